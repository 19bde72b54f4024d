# At-risk users of one role since a month, by cohort, with their average score.
# Run: eq --data Tests/GoldenTests/Golden/data --today 2024-06-30 run Examples/at_risk_by_cohort.eq --param role=student --param since=2024-01 --format csv
# (the reference data of the tests; on the demo data, leave out --data and --today)
users where status = at_risk and role = $role since $since
  | count, avg score by cohort
