import Testing
@testable import EQSyntax

/// Event conditions, segments and campaign steps, and the words they reuse (`did`, `first`, `last`,
/// `in`, `at`, `segments`) still working as column and table names where those keywords cannot stand.
struct SegmentSyntaxTests {
    static let trees: [(source: String, tree: String)] = [
        ("users where did login at least 3 times last 30 days and role = student",
         "Query(users, Filter(And(Did(login, AtLeast(3), Last(30, day)), Compare(=, Name(role), Name(student)))))"),
        ("users where not did purchase since 2024-01",
         "Query(users, Filter(Not(Did(purchase, Since(Month(2024-01))))))"),
        ("users where did email_click last 14 days and did not apply last 14 days",
         "Query(users, Filter(And(Did(email_click, Last(14, day)), DidNot(apply, Last(14, day)))))"),
        ("users where did login at most 2 times", "Query(users, Filter(Did(login, AtMost(2))))"),
        (#"users where did "page view" exactly 1 time between 2024-01 and 2024-02"#,
         "Query(users, Filter(Did(page view, Exactly(1), Between(Month(2024-01), Month(2024-02)))))"),
        ("users where first login before 2024-03 and last purchase since 2024-05",
         "Query(users, Filter(And(Time(First(login), Before(Month(2024-03))), Time(Last(purchase), Since(Month(2024-05))))))"),
        ("users where last login < 30 days ago", "Query(users, Filter(Compare(<, Last(login), Ago(30, day))))"),
        ("users where first login is null", "Query(users, Filter(IsNull(First(login))))"),
        ("users where in reachable and not in contacted",
         "Query(users, Filter(And(In(reachable), Not(In(contacted)))))"),
        // The same words as column names.
        ("users where did", "Query(users, Filter(Name(did)))"),
        ("users where did = true and last = 3",
         "Query(users, Filter(And(Compare(=, Name(did), Bool(true)), Compare(=, Name(last), Int(3)))))"),
        ("users where did is null", "Query(users, Filter(IsNull(Name(did))))"),
        ("users where first in (1, 2)", "Query(users, Filter(In(Name(first), [Int(1), Int(2)])))"),
        ("events where at since 2024-01 last 7 days",
         "Query(events, Filter(Time(Name(at), Since(Month(2024-01)))), Time(Last(7, day)))"),
        ("users where role = student last 30 days",
         "Query(users, Filter(Compare(=, Name(role), Name(student))), Time(Last(30, day)))"),
        // Segments.
        ("let reachable = users where email_opt_in | limit 5",
         "Let(reachable, Query(users, Filter(Name(email_opt_in)), Limit(5)))"),
        ("segments", "Segments"),
        ("save segments", "SaveSegments"),
        ("segments | count", "Query(segments, Aggregate(Count))"),
        ("let | count", "Query(let, Aggregate(Count))"),
        // Campaign steps.
        (#"r | export "c.csv" (email, name) overwrite raw"#,
         #"Query(r, Export("c.csv", Columns(email, name), Overwrite, Raw))"#),
        (#"r | distinct email | export "l.ndjson""#, #"Query(r, Distinct(email), Export("l.ndjson"))"#),
        ("r | holdout 10% as control seed 7", "Query(r, Holdout(1000bp, control, seed 7))"),
        ("r | holdout 12.5%", "Query(r, Holdout(1250bp, control, seed 0))"),
        // `as of` after the share is the query's, not a group called `of` (found by the grammar round trip).
        ("r | holdout 10% as of 2024-03-31", "Query(r, Holdout(1000bp, control, seed 0), AsOf(Date(2024-03-31)))"),
        ("r | holdout 10% as test as of 2024-03", "Query(r, Holdout(1000bp, test, seed 0), AsOf(Month(2024-03)))"),
        ("r | sample 1000 seed 3", "Query(r, Sample(1000, seed 3))"),
        ("r | sample 5%", "Query(r, Sample(500bp, seed 0))"),
        ("r | preview", "Query(r, Preview)"),
    ]

    @Test(arguments: trees)
    func parses(source: String, tree: String) throws {
        #expect(try SyntaxTestSupport.tree(source) == tree)
    }

    static let errors: [(source: String, message: String)] = [
        ("users where did login at least 3", "expected `times` after `3`"),
        ("users where did login at most times", "expected a count after `at most`, found `times`"),
        ("users where did not login exactly 2 times", "`did not` takes no count, found `exactly`"),
        ("users where first 3", "unexpected `3`"),
        (#"r | export list"#, "expected a quoted file name after `export`, found `list`"),
        (#"r | export "a.csv" overwrite overwrite"#, "`overwrite` is given twice"),
        ("r | holdout 10", "expected `%` after `10`"),
        ("r | sample", "expected a row count or a share such as 5% after `sample`"),
        ("let x users", "expected `=` after `let x`, found `users`"),
        ("let x = 3", "expected a query after `=`, found `3`"),
    ]

    @Test(arguments: errors)
    func rejects(source: String, message: String) {
        #expect(SyntaxTestSupport.diagnostic(source)?.message == message)
    }
}
