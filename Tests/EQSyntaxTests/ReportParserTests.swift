import Testing
@testable import EQSyntax

/// Reports parse to `Report` statements; a report word that ends the statement is still a table.
struct ReportParserTests {
    typealias S = SyntaxTestSupport

    @Test(arguments: [
        ("registrations monthly since 2024-01", "Report(Registrations, monthly, Time(Since(Month(2024-01))))"),
        ("retention weekly last 12 weeks where role = student",
         "Report(Retention, weekly, Time(Last(12, week)), Filter(Compare(=, Name(role), Name(student))))"),
        ("active users daily last 30 days", "Report(ActiveUsers, daily, Time(Last(30, day)))"),
        ("stickiness last 30 days", "Report(Stickiness, Time(Last(30, day)))"),
        ("trend users where role = student monthly since 2024-01",
         "Report(Trend(users), monthly, Filter(Compare(=, Name(role), Name(student))), Time(Since(Month(2024-01))))"),
        ("trend new users quarterly since 2024-01 vs previous period",
         "Report(Trend(Registrations), quarterly, Time(Since(Month(2024-01))))"),
        ("cohorts from 2024-01 to 2024-06", "Report(Cohorts, Time(Between(Month(2024-01), Month(2024-06))))"),
        ("cohorts at_risk from 2024-01 to 2024-06", "Report(Cohorts(at_risk), Time(Between(Month(2024-01), Month(2024-06))))"),
        ("status history monthly since 2024-01 | chart stacked",
         "Report(StatusHistory, monthly, Time(Since(Month(2024-01))), Chart(stacked))"),
        ("clients where status in (active, at_risk) between 2024-01 and 2024-03",
         "Report(Clients, Filter(In(Name(status), [Name(active), Name(at_risk)])), Time(Between(Month(2024-01), Month(2024-03))))"),
        ("users | count by status as of 2024-03-31 | chart bar to \"s.svg\"",
         "Query(users, Aggregate(Count, By(status)), AsOf(Date(2024-03-31)), Chart(bar, \"s.svg\"))"),
        ("retention monthly since 2024-01 where role = student | where size > 20 | limit 3 | export \"r.csv\"",
         "Report(Retention, monthly, Time(Since(Month(2024-01))), Filter(Compare(=, Name(role), Name(student))), "
            + "Pipe(Filter(Compare(>, Name(size), Int(20))), Limit(3), Export(\"r.csv\")))"),
        ("cohorts retention from 2024-01 to 2024-06 | show cohort, retention_rate | chart line using retention_rate to \"r.svg\"",
         "Report(Cohorts(retention), Time(Between(Month(2024-01), Month(2024-06))), Pipe(Show(cohort, retention_rate)), "
            + "Chart(line, Using(retention_rate), \"r.svg\"))"),
        ("users | count, avg score by role | chart bar using count, avg_score",
         "Query(users, Aggregate(Count, Avg(score), By(role)), Chart(bar, Using(count, avg_score)))"),
        ("clients", "Query(clients)"),
        ("clients | count", "Query(clients, Aggregate(Count))"),
    ])
    func parses(text: String, tree: String) throws {
        #expect(try S.tree(text) == tree)
    }

    @Test(arguments: [
        ("retention since 2024-01", "expected `daily`, `weekly`, `monthly` or `quarterly` after `retention`"),
        ("trend users where role = student", "expected `daily`, `weekly`, `monthly` or `quarterly` after `trend users`"),
        ("users | count | chart pie", "expected `bar`, `line`, `heatmap` or `stacked` after `chart`, found `pie`"),
        ("users | chart bar to svg", "expected a quoted file path after `to`, found `svg`"),
        ("users | count | chart bar using", "expected a column to chart after `using`"),
        ("cohorts from 2024-01 2024-06", "expected `to` after `from 2024-01`, found `2024-06`"),
    ])
    func errors(text: String, message: String) {
        #expect(S.diagnostic(text)?.message == message)
    }
}
