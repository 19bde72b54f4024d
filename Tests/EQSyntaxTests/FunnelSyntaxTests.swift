import Testing
@testable import EQSyntax

/// Funnels as a step and as a statement over `users`, `->` as a token that continues a line, and
/// `funnel` still naming a table where no event type follows it.
struct FunnelSyntaxTests {
    static let trees: [(source: String, tree: String)] = [
        ("funnel signup -> email_click -> apply within 14 days",
         #"Query(users, Funnel("signup" -> "email_click" -> "apply", Within(14, day)))"#),
        ("users where role = student | funnel signup -> apply within 2 weeks since 2024-01 by cohort",
         #"Query(users, Filter(Compare(=, Name(role), Name(student))), Funnel("signup" -> "apply", Within(2, week), Since(Month(2024-01)), By(cohort)))"#),
        (#"reachable | holdout 10% seed 7 | funnel "sign up"->apply within 1 month by group | where step = 2"#,
         #"Query(reachable, Holdout(1000bp, control, seed 7), Funnel("sign up" -> "apply", Within(1, month), By(group)), Filter(Compare(=, Name(step), Int(2))))"#),
        // A line ending in `->` continues.
        ("funnel signup ->\n  apply within 3 days",
         #"Query(users, Funnel("signup" -> "apply", Within(3, day)))"#),
        ("explain funnel a -> b within 1 hour", #"Explain(Query(users, Funnel("a" -> "b", Within(1, hour))))"#),
        // `funnel` before no event type is a table.
        ("funnel | count", "Query(funnel, Aggregate(Count))"),
        ("funnel where x = 1", "Query(funnel, Filter(Compare(=, Name(x), Int(1))))"),
        // `-` then `>` apart is no arrow; `x->1` never was an expression.
        ("users where a - 1 > 2", "Query(users, Filter(Compare(>, Arith(-, Name(a), Int(1)), Int(2))))"),
    ]

    @Test(arguments: trees)
    func parses(source: String, tree: String) throws {
        #expect(try SyntaxTestSupport.tree(source) == tree)
    }

    static let errors: [(marked: String, message: String, hint: String?)] = [
        ("1️⃣funnel signup within 14 days", "a funnel needs at least two steps",
         "join the steps with `->`: `funnel signup -> apply within 14 days`"),
        ("funnel signup 1️⃣apply within 14 days", "expected `->` after `signup`, found `apply`",
         "join the steps with `->`: `funnel signup -> apply`"),
        ("funnel signup -> apply1️⃣", "expected `within` after the funnel's steps",
         "each step must follow the first within a window: `within 14 days`"),
        ("funnel signup -> apply within 1️⃣x days", "expected a count after `within`, found `x`", nil),
        ("users | funnel 1️⃣| count", "expected an event type after `funnel`, found `|`",
         "write `funnel signup -> apply within 14 days`"),
        ("users 1️⃣funnel a -> b within 1 day", "`funnel` must follow a `|`", "write `| funnel`"),
    ]

    @Test(arguments: errors)
    func reportsErrorAtMarker(marked: String, message: String, hint: String?) throws {
        try SyntaxTestSupport.expectError(marked, message: message, hint: hint)
    }
}
