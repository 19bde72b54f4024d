import Testing
@testable import EQSyntax

/// Every construct of the grammar, beyond the spec's own examples.
struct ParserTests {
    static let statements: [(source: String, tree: String)] = [
        (#"load users from "u.csv" as csv time joined_at key id delimiter ";" with (score int, joined_at date)"#,
         #"Load(users, "u.csv", Format(csv), TimeColumn(joined_at), KeyColumn(id), Delimiter(";"), "#
             + "With(score int, joined_at date))"),
        (#"LOAD e FROM "e.tsv" DELIMITER "\t" AS CSV"#, #"Load(e, "e.tsv", Format(CSV), Delimiter("\t"))"#),
        (#"load s from "s.csv" dateformat "%m/%d/%Y" delimiter ";""#,
         #"Load(s, "s.csv", Delimiter(";"), DateFormat("%m/%d/%Y"))"#),
        (#"load events from "events.ndjson" as ndjson time at key user_id"#,
         #"Load(events, "events.ndjson", Format(ndjson), TimeColumn(at), KeyColumn(user_id))"#),
        ("set window = 30 days", "Set(window, Duration(30, day))"),
        ("set last_seen = last_active_at", "Set(last_seen, Name(last_active_at))"),
        ("set threshold = -2.5", "Set(threshold, Double(-2.5))"),
        ("set label = 'x'", #"Set(label, String("x"))"#),
        // Several settings at once, applied in order (both thresholds without an invalid pair between).
        ("set active_days = 14, at_risk_days = 30", "Set(active_days, Int(14); at_risk_days, Int(30))"),
        ("explain users | count by status", "Explain(Query(users, Aggregate(Count, By(status))))"),
        // `load`, `set` and `explain` are still table names where a statement could not start.
        ("set | count", "Query(set, Aggregate(Count))"),
        ("load where x = 1", "Query(load, Filter(Compare(=, Name(x), Int(1))))"),
        ("explain", "Query(explain)"),
        ("explain analyze users | count", "ExplainAnalyze(Query(users, Aggregate(Count)))"),
        // `analyze` is a keyword only where a table name could not follow it.
        ("explain analyze where x = 1", "Explain(Query(analyze, Filter(Compare(=, Name(x), Int(1)))))"),
        ("explain analyze | count", "Explain(Query(analyze, Aggregate(Count)))"),
        ("explain analyze", "Explain(Query(analyze))"),
    ]

    static let steps: [(source: String, tree: String)] = [
        ("users", "Query(users)"),
        ("users | show *", "Query(users, Show(*))"),
        ("users | show id", "Query(users, Show(id))"),
        ("users | count distinct email by role", "Query(users, Aggregate(CountDistinct(email), By(role)))"),
        ("users | sum score, min score, max score, count",
         "Query(users, Aggregate(Sum(score), Min(score), Max(score), Count))"),
        ("users | count by a, b, c", "Query(users, Aggregate(Count, By(a, b, c)))"),
        ("users | sort by a desc, b, c asc", "Query(users, Sort(a desc, b, c asc))"),
        ("users | top 5 by score asc", "Query(users, Top(5, score asc))"),
        ("users | top 5 by score desc, id", "Query(users, Top(5, score desc, id))"),
        ("users | limit 0", "Query(users, Limit(0))"),
        ("Users | COUNT BY Role | SORT BY count DESC", "Query(Users, Aggregate(Count, By(Role)), Sort(count desc))"),
        ("users since 2024", "Query(users, Time(Since(Int(2024))))"),
        ("users last 24 hours", "Query(users, Time(Last(24, hour)))"),
        ("users last 3 months", "Query(users, Time(Last(3, month)))"),
        ("users last 1 quarter", "Query(users, Time(Last(1, quarter)))"),
        ("users last 2 weeks", "Query(users, Time(Last(2, week)))"),
        ("users last 1 year", "Query(users, Time(Last(1, year)))"),
        ("users before 2024-06-30 after 2024-01-01",
         "Query(users, Time(Before(Date(2024-06-30))), Time(After(Date(2024-01-01))))"),
        ("users since $start", "Query(users, Time(Since(Param(start))))"),
        ("users since 90 days ago", "Query(users, Time(Since(Ago(90, day))))"),
        ("users where a = 1 | where b = 2 since 2024-01 | count",
         "Query(users, Filter(Compare(=, Name(a), Int(1))), Filter(Compare(=, Name(b), Int(2))), "
             + "Time(Since(Month(2024-01))), Aggregate(Count))"),
        ("users | count by country where count > 5",
         "Query(users, Aggregate(Count, By(country)), Filter(Compare(>, Name(count), Int(5))))"),
        ("users | top 3 by score since 2024-01", "Query(users, Top(3, score), Time(Since(Month(2024-01))))"),
        ("users where a = 1 where b = 2",
         "Query(users, Filter(Compare(=, Name(a), Int(1))), Filter(Compare(=, Name(b), Int(2))))"),
        ("events | count by type", "Query(events, Aggregate(Count, By(type)))"),
        ("events where at since 2024-01", "Query(events, Filter(Time(Name(at), Since(Month(2024-01)))))"),
    ]

    static let expressions: [(condition: String, tree: String)] = [
        ("a != 1 and b < 2 and c <= 3 and d > 4.5 and e >= -1",
         "And(Compare(!=, Name(a), Int(1)), Compare(<, Name(b), Int(2)), Compare(<=, Name(c), Int(3)), "
             + "Compare(>, Name(d), Double(4.5)), Compare(>=, Name(e), Int(-1)))"),
        ("score > -1", "Compare(>, Name(score), Int(-1))"),
        ("score > -1.5", "Compare(>, Name(score), Double(-1.5))"),
        ("a not in (1, 'x', b)", #"NotIn(Name(a), [Int(1), String("x"), Name(b)])"#),
        ("a in (2024-01)", "In(Name(a), [Month(2024-01)])"),
        (#"a not contains "x""#, #"NotContains(Name(a), String("x"))"#),
        ("a starts with 'x'", #"StartsWith(Name(a), String("x"))"#),
        ("a not starts with 'x'", #"NotStartsWith(Name(a), String("x"))"#),
        ("a not ends with 'x'", #"NotEndsWith(Name(a), String("x"))"#),
        ("a CONTAINS 'x'", #"Contains(Name(a), String("x"))"#),
        (#"not a starts with "x""#, #"Not(StartsWith(Name(a), String("x")))"#),
        ("a is not null", "IsNotNull(Name(a))"),
        ("a IS NULL", "IsNull(Name(a))"),
        ("(a = 1 or b = 2) and c",
         "And(Or(Compare(=, Name(a), Int(1)), Compare(=, Name(b), Int(2))), Name(c))"),
        ("a = 1 or b = 2 and c = 3",
         "Or(Compare(=, Name(a), Int(1)), And(Compare(=, Name(b), Int(2)), Compare(=, Name(c), Int(3))))"),
        ("not a = 1 and b", "And(Not(Compare(=, Name(a), Int(1))), Name(b))"),
        ("not (a or b)", "Not(Or(Name(a), Name(b)))"),
        ("not not a", "Not(Not(Name(a)))"),
        ("((a))", "Name(a)"),
        ("joined_at since 2024-01", "Time(Name(joined_at), Since(Month(2024-01)))"),
        ("joined_at after 2024-01-15", "Time(Name(joined_at), After(Date(2024-01-15)))"),
        ("joined_at between 2024-01 and 2024-03 and score > 1",
         "And(Time(Name(joined_at), Between(Month(2024-01), Month(2024-03))), Compare(>, Name(score), Int(1)))"),
        ("x = true or y = FALSE or z = null",
         "Or(Compare(=, Name(x), Bool(true)), Compare(=, Name(y), Bool(false)), Compare(=, Name(z), Null))"),
        ("x = $min", "Compare(=, Name(x), Param(min))"),
        ("x < 2 weeks ago", "Compare(<, Name(x), Ago(2, week))"),
        ("x < 1 hour ago or x > 3 months ago",
         "Or(Compare(<, Name(x), Ago(1, hour)), Compare(>, Name(x), Ago(3, month)))"),
        ("x before 1 quarter ago", "Time(Name(x), Before(Ago(1, quarter)))"),
        ("x since 2 years ago", "Time(Name(x), Since(Ago(2, year)))"),
        ("x = 30 days", "Compare(=, Name(x), Duration(30, day))"),
        (#"name = "it's \"ok\"""#, #"Compare(=, Name(name), String("it's \"ok\""))"#),
        ("at = '2024-06-30 12:00:00'", #"Compare(=, Name(at), String("2024-06-30 12:00:00"))"#),
        ("count >= 100", "Compare(>=, Name(count), Int(100))"),
        ("type = login and last = 3", "And(Compare(=, Name(type), Name(login)), Compare(=, Name(last), Int(3)))"),
        ("1 = a", "Compare(=, Int(1), Name(a))"),
        ("(a) = (b)", "Compare(=, Name(a), Name(b))"),
    ]

    @Test(arguments: statements + steps)
    func parses(source: String, tree: String) throws {
        #expect(try SyntaxTestSupport.tree(source) == tree)
    }

    @Test(arguments: expressions)
    func expression(condition: String, tree: String) throws {
        #expect(try SyntaxTestSupport.tree("t where " + condition) == "Query(t, Filter(\(tree)))")
    }

    @Test func spansPointAtTheSource() throws {
        let text = "users where score >= 500 | top 10 by score"
        let script = try Parser.parseScript(SyntaxTestSupport.source(text))
        guard case .query(let query) = try #require(script.statements.first).kind else {
            Issue.record("expected a query")
            return
        }
        #expect(script.source.text(of: query.span) == text)
        #expect(query.steps.map { script.source.text(of: $0.span) } == ["where score >= 500", "top 10 by score"])
        guard case .filter(let condition) = query.steps[0].kind, case .compare(_, let left, let right) = condition.kind
        else {
            Issue.record("expected a comparison")
            return
        }
        #expect(script.source.text(of: condition.span) == "score >= 500")
        #expect(script.source.text(of: left.span) == "score")
        #expect(script.source.text(of: right.span) == "500")
    }

    @Test func loadKeepsThePathSpan() throws {
        let script = try Parser.parseScript(SyntaxTestSupport.source(#"load users from "data/users.csv""#))
        guard case .load(let load) = try #require(script.statements.first).kind else {
            Issue.record("expected a load")
            return
        }
        #expect(script.source.text(of: load.pathSpan) == #""data/users.csv""#)
        #expect(script.source.text(of: load.table.span) == "users")
    }
}
