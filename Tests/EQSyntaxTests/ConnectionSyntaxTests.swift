import Testing
@testable import EQSyntax

/// `connect`, `disconnect`, `copy ... from postgres` and `explain sql`, and the tables named like them
/// that stay queryable.
struct ConnectionSyntaxTests {
    static let cases: [(source: String, tree: String)] = [
        (#"connect "postgres://analyst@localhost:5432/crm""#, #"Connect("postgres://analyst@localhost:5432/crm")"#),
        ("disconnect", "Disconnect"),
        ("DISCONNECT; users | count", "Disconnect\nQuery(users, Aggregate(Count))"),
        ("copy users from postgres", "Copy(users)"),
        ("copy users from postgres as crm_users", "Copy(users, As(crm_users))"),
        ("explain sql users where role = student | count",
         "ExplainSQL(Query(users, Filter(Compare(=, Name(role), Name(student))), Aggregate(Count)))"),
        // Where a statement could not start, the words are table names.
        ("connect | count", "Query(connect, Aggregate(Count))"),
        ("connect where x = 1", "Query(connect, Filter(Compare(=, Name(x), Int(1))))"),
        ("disconnect | count", "Query(disconnect, Aggregate(Count))"),
        ("copy", "Query(copy)"),
        ("copy where x = 1", "Query(copy, Filter(Compare(=, Name(x), Int(1))))"),
        ("explain sql", "Explain(Query(sql))"),
        ("explain sql | count", "Explain(Query(sql, Aggregate(Count)))"),
        ("explain sql where x = 1", "Explain(Query(sql, Filter(Compare(=, Name(x), Int(1)))))"),
    ]

    @Test(arguments: cases)
    func parses(source: String, tree: String) throws {
        #expect(try SyntaxTestSupport.tree(source) == tree)
    }

    static let errors: [(source: String, message: String)] = [
        ("copy users from s3", "expected `postgres` after `from`, found `s3`"),
        ("copy users from postgres as", "expected a table name after `as`"),
        ("explain sql (", "expected a query after `explain sql`, found `(`"),
    ]

    @Test(arguments: errors)
    func rejects(source: String, message: String) {
        var found = ""
        do { _ = try Parser.parseScript(SyntaxTestSupport.source(source)) } catch { found = error.message }
        #expect(found == message, "\(source)")
    }

    /// The URL's span is the string's, where a connection failure's caret goes.
    @Test func theURLSpanIsTheString() throws {
        let text = #"connect "postgres://a@b/c""#
        let script = try Parser.parseScript(SyntaxTestSupport.source(text))
        guard case .connection(.connect(_, let span)) = script.statements[0].kind else {
            Issue.record("not a connect statement")
            return
        }
        #expect(span.start == 8 && span.end == text.utf8.count)
    }
}
