import Testing
@testable import EQSyntax

/// Every example of the language section of the spec (issue 3) and of the reference cases, with the
/// tree it must produce.
struct SpecExampleTests {
    static let examples: [(source: String, tree: String)] = [
        (#"load users from "data/users.csv""#, #"Load(users, "data/users.csv")"#),
        (#"load events from "data/events.ndjson""#, #"Load(events, "data/events.ndjson")"#),
        ("set today = 2024-06-30", "Set(today, Date(2024-06-30))"),
        ("set active_days = 45; set at_risk_days = 90", "Set(active_days, Int(45))\nSet(at_risk_days, Int(90))"),
        ("users where status = at_risk and role = student since 2024-01",
         "Query(users, Filter(And(Compare(=, Name(status), Name(at_risk)), Compare(=, Name(role), Name(student)))), "
             + "Time(Since(Month(2024-01))))"),
        (#"users where status in (at_risk, inactive) and not country = "US""#,
         #"Query(users, Filter(And(In(Name(status), [Name(at_risk), Name(inactive)]), "#
             + #"Not(Compare(=, Name(country), String("US"))))))"#),
        (#"users where email ends with "@example.org" or name contains "ann""#,
         #"Query(users, Filter(Or(EndsWith(Name(email), String("@example.org")), Contains(Name(name), String("ann")))))"#),
        ("users where last_login_at before 30 days ago and score >= 500",
         "Query(users, Filter(And(Time(Name(last_login_at), Before(Ago(30, day))), Compare(>=, Name(score), Int(500)))))"),
        ("users where last_email_at is null", "Query(users, Filter(IsNull(Name(last_email_at))))"),
        ("users since 2024-01 | count by cohort, status",
         "Query(users, Time(Since(Month(2024-01))), Aggregate(Count, By(cohort, status)))"),
        ("users where status = active | top 100 by score | show id, email, score",
         "Query(users, Filter(Compare(=, Name(status), Name(active))), Top(100, score), Show(id, email, score))"),
        ("users | sort by joined_at desc | limit 20", "Query(users, Sort(joined_at desc), Limit(20))"),
        ("users between 2024-01 and 2024-03 | count",
         "Query(users, Time(Between(Month(2024-01), Month(2024-03))), Aggregate(Count))"),
        ("events where type = login last 7 days | count by channel",
         "Query(events, Filter(Compare(=, Name(type), Name(login))), Time(Last(7, day)), Aggregate(Count, By(channel)))"),
        ("users | avg score by role", "Query(users, Aggregate(Avg(score), By(role)))"),
        ("users | count by country | where count >= 100 | sort by count desc",
         "Query(users, Aggregate(Count, By(country)), Filter(Compare(>=, Name(count), Int(100))), Sort(count desc))"),
        ("explain users where status = at_risk and role = student",
         "Explain(Query(users, Filter(And(Compare(=, Name(status), Name(at_risk)), Compare(=, Name(role), Name(student))))))"),
        ("users | count, avg score, max last_login_at by role",
         "Query(users, Aggregate(Count, Avg(score), Max(last_login_at), By(role)))"),
        (#"load users from "u.csv" with (score int)"#, #"Load(users, "u.csv", With(score int))"#),
        ("USERS WHERE Status = at_risk", "Query(USERS, Filter(Compare(=, Name(Status), Name(at_risk))))"),
        ("users where email_opt_in", "Query(users, Filter(Name(email_opt_in)))"),
        ("users where status = at_risk and role = student since 2024-01 | count",
         "Query(users, Filter(And(Compare(=, Name(status), Name(at_risk)), Compare(=, Name(role), Name(student)))), "
             + "Time(Since(Month(2024-01))), Aggregate(Count))"),
        ("users | count by stage", "Query(users, Aggregate(Count, By(stage)))"),
        (#"users where status = active and country = "US" | top 10 by score | show id, email, score"#,
         #"Query(users, Filter(And(Compare(=, Name(status), Name(active)), Compare(=, Name(country), String("US")))), "#
             + "Top(10, score), Show(id, email, score))"),
        ("users where days_inactive >= 45 and days_inactive < 90 | count",
         "Query(users, Filter(And(Compare(>=, Name(days_inactive), Int(45)), Compare(<, Name(days_inactive), Int(90)))), "
             + "Aggregate(Count))"),
        ("users | sort by joined_at desc | limit 5 | show id, joined_at",
         "Query(users, Sort(joined_at desc), Limit(5), Show(id, joined_at))"),
        ("users where email_opt_in and status = inactive | count",
         "Query(users, Filter(And(Name(email_opt_in), Compare(=, Name(status), Name(inactive)))), Aggregate(Count))"),
        (#"users where name contains "JOSÉ" | count"#,
         #"Query(users, Filter(Contains(Name(name), String("JOSÉ"))), Aggregate(Count))"#),
        ("set active_days = 30; set at_risk_days = 60; users | count by status",
         "Set(active_days, Int(30))\nSet(at_risk_days, Int(60))\nQuery(users, Aggregate(Count, By(status)))"),
    ]

    @Test(arguments: examples)
    func parsesToTheSpecifiedTree(source: String, tree: String) throws {
        #expect(try SyntaxTestSupport.tree(source) == tree)
    }
}
