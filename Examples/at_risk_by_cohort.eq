# At-risk users of one role since a month, by cohort, with their average score.
# Run: eq run Examples/at_risk_by_cohort.eq --param role=student --param since=2024-01
users where status = at_risk and role = $role since $since
  | count, avg score by cohort
