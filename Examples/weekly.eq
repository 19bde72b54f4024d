# The Monday engagement report: how many users are active, at risk or gone, and who to call.
# Run: eq --data Tests/GoldenTests/Golden/data --today 2024-06-30 run Examples/weekly.eq --format csv
# On your own export: eq --data ./exports run Examples/weekly.eq --format csv

# Status of everyone, then of this year's sign-ups by cohort.
users | count by status
users since 2024-01 | count by cohort, status

# Students drifting away this year, per country with at least a handful.
users where status = at_risk and role = student since 2024-01
  | count by country
  | where count >= 5
  | sort by count desc

# The ten most engaged active US users, for the customer-success team.
users where status = active and country = "US"
  | top 10 by score
  | show id, email, score
