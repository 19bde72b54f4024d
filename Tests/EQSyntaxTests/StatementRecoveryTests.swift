import EQDiagnostics
import Testing
@testable import EQSyntax

/// A batch run executes statement by statement; a bad lexeme must fail only the statement it is in,
/// as a parse error does, so the statements around it still run (with `--keep-going`, after it too).
@Suite struct StatementRecoveryTests {
    /// Each statement's outcome: its tree, or `error: MESSAGE`.
    static func outcomes(_ text: String) -> [String] {
        Parser.parseStatements(SyntaxTestSupport.source(text)).map { result in
            switch result {
            case .success(let statement): SyntaxPrinter.render(statement)
            case .failure(let error): "error: " + error.message
            }
        }
    }

    static let cases: [(String, [String])] = [
        ("users | count\nusers last 30days\nevents | count",
         ["Query(users, Aggregate(Count))", "error: invalid number `30days`", "Query(events, Aggregate(Count))"]),
        ("users | count; users where score > 99999999999999999999; events | count",
         ["Query(users, Aggregate(Count))", "error: integer `99999999999999999999` is too large",
          "Query(events, Aggregate(Count))"]),
        // Two bad lexemes in one statement: the first is its error.
        ("users where a = 1x and b = 2y\nevents", ["error: invalid number `1x`", "Query(events)"]),
        // A bad lexeme with no statement around it is reported in its place.
        ("users\n30days\nevents", ["Query(users)", "error: invalid number `30days`", "Query(events)"]),
        // A bad lexeme at a statement's start fails that statement; it does not run without it.
        ("users\n30days events | count\nevents", ["Query(users)", "error: invalid number `30days`", "Query(events)"]),
        ("30days users; events", ["error: invalid number `30days`", "Query(events)"]),
        ("users where name = \"a\\qb\"\nevents", ["error: unknown escape `\\q` in a string", "Query(events)"]),
        ("users where created_at > 2024-13-01 | count; events",
         ["error: invalid month `2024-13-01`", "Query(events)"]),
        // A string left open swallows the rest: what came before it still stands.
        ("users | count\nusers where name = \"open", ["Query(users, Aggregate(Count))", "error: unterminated string"]),
        ("users | count\n\"open", ["Query(users, Aggregate(Count))", "error: unterminated string"]),
    ]

    @Test(arguments: cases)
    func aLexicalErrorFailsOnlyItsStatement(text: String, expected: [String]) {
        #expect(Self.outcomes(text) == expected)
    }

    /// A time clause reads naturally after any column, `last` included (it used to be taken as the
    /// query's own clause after a column that is not a condition).
    @Test(arguments: [
        ("users where last_email_at last 30 days", "Query(users, Filter(Time(Name(last_email_at), Last(30, day))))"),
        ("users where last_email_at since 2024-06 and role = student",
         "Query(users, Filter(And(Time(Name(last_email_at), Since(Month(2024-06))), Compare(=, Name(role), Name(student)))))"),
        ("users where last = 3", "Query(users, Filter(Compare(=, Name(last), Int(3))))"),
    ])
    func aTimeClauseFollowsAColumn(text: String, tree: String) throws {
        #expect(try SyntaxTestSupport.tree(text) == tree)
    }
}
