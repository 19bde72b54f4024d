import Testing
@testable import EQSyntax

/// The statement-separation rules of the spec, as the shell sees them (`needsContinuation`) and as a
/// script is split into statements.
struct ContinuationTests {
    static let continuation: [(text: String, continues: Bool)] = [
        ("users", false),
        ("", false),
        ("   \n  ", false),
        ("users |", true),
        ("users | count by role,", true),
        ("users where a = 1 and", true),
        ("users where a = 1 AND", true),
        ("users where a = 1 or", true),
        ("users where a = 1 or   ", true),
        ("users where a = 1 and -- the rest below", true),
        ("users where a = 1 -- and", false),
        ("users where a in (1,", true),
        ("users where (a = 1", true),
        ("users where (a = 1)", false),
        ("users where a = 1)", false),
        ("users where name = \"ann", true),
        ("users where name = 'ann", true),
        ("users where name = \"ann\"", false),
        ("users \\", true),
        ("users \\  ", true),
        ("users; events |", true),
        ("users | count\n| sort by count", false),
        ("users where band = sand", false),
        ("users where a = 2024-13", false),
        ("users where a = @", false),
        ("users where (a = 1; users", false),
        // A `define`'s `case ... end` may take several lines, one `when` per line.
        ("define journey = case", true),
        ("define journey = case\n  when status = active then \"active\"", true),
        ("define journey = case\n  when status = active then \"active\"\n  else \"other\"\nend", false),
        ("define journey = case when status = active then \"active\" end", false),
        ("DEFINE journey = CASE\nWHEN a THEN \"x\" END", false),
        // `case` and `end` mean nothing special outside a `define`'s `= case`.
        ("users where kind = case", false),
        ("users | show case", false),
        ("define journey = case\nend; users where x = case", false),
    ]

    @Test(arguments: continuation)
    func needsContinuation(text: String, continues: Bool) {
        #expect(Parser.needsContinuation(text) == continues)
    }

    static let scripts: [(source: String, trees: [String])] = [
        ("users\n| where a = 1\n| count", ["Query(users, Filter(Compare(=, Name(a), Int(1))), Aggregate(Count))"]),
        ("users\n  | count\n  | sort by count desc", ["Query(users, Aggregate(Count), Sort(count desc))"]),
        ("users\n\n-- grouped\n| count", ["Query(users, Aggregate(Count))"]),
        ("users |\n count", ["Query(users, Aggregate(Count))"]),
        ("define tier = case\n  when score >= 500 then \"high\"\n  else \"low\"\nend\nusers | count by tier",
         ["Define(tier, When(Compare(>=, Name(score), Int(500)), \"high\"), Else(\"low\"))",
          "Query(users, Aggregate(Count, By(tier)))"]),
        ("users where a = 1 and\n b = 2",
         ["Query(users, Filter(And(Compare(=, Name(a), Int(1)), Compare(=, Name(b), Int(2)))))"]),
        ("users where a = 1 or\n\n b = 2",
         ["Query(users, Filter(Or(Compare(=, Name(a), Int(1)), Compare(=, Name(b), Int(2)))))"]),
        ("users | count by a,\n b", ["Query(users, Aggregate(Count, By(a, b)))"]),
        ("users where a in (1,\n2)", ["Query(users, Filter(In(Name(a), [Int(1), Int(2)])))"]),
        ("users where (a = 1\n or b = 2)",
         ["Query(users, Filter(Or(Compare(=, Name(a), Int(1)), Compare(=, Name(b), Int(2)))))"]),
        ("users where name = \"a\nb\"", [#"Query(users, Filter(Compare(=, Name(name), String("a\nb"))))"#]),
        ("users \\\n where a = 1", ["Query(users, Filter(Compare(=, Name(a), Int(1))))"]),
        ("users; events", ["Query(users)", "Query(events)"]),
        ("users\nevents", ["Query(users)", "Query(events)"]),
        ("users;;\n;events;", ["Query(users)", "Query(events)"]),
        ("-- a comment\n\nusers # trailing\n\n   \n# only a comment\nevents", ["Query(users)", "Query(events)"]),
        ("set a = 1\nset b = 2", ["Set(a, Int(1))", "Set(b, Int(2))"]),
        ("users\r\n| count\r\nevents", ["Query(users, Aggregate(Count))", "Query(events)"]),
        ("", []),
        ("-- nothing here\n\n", []),
    ]

    @Test(arguments: scripts)
    func scriptSplitting(source: String, trees: [String]) throws {
        let script = try Parser.parseScript(SyntaxTestSupport.source(source))
        #expect(script.statements.map(SyntaxPrinter.render) == trees)
    }

    @Test func statementSpansCoverTheirLines() throws {
        let text = "users\n| count\nevents where a = 1"
        let script = try Parser.parseScript(SyntaxTestSupport.source(text))
        let spans = script.statements.map { script.source.text(of: $0.span) }
        #expect(spans == ["users\n| count", "events where a = 1"])
    }
}
