import Testing
@testable import EQShell

struct MetaCommandTests {
    static let invocations: [(line: String, name: String, arguments: [String], rest: String)] = [
        (".tables", "tables", [], ""),
        ("  .schema users  ", "schema", ["users"], "users"),
        (".MODE csv", "mode", ["csv"], "csv"),
        (".output \"my results.csv\"", "output", ["my results.csv"], "\"my results.csv\""),
        (".output 'a b' c", "output", ["a b", "c"], "'a b' c"),
        (".load users from \"data/users.csv\"", "load", ["users", "from", "data/users.csv"],
         "users from \"data/users.csv\""),
        (".help", "help", [], ""),
        (".read \"\"", "read", [""], "\"\""),
    ]

    @Test(arguments: invocations)
    func parsesNameAndArguments(line: String, name: String, arguments: [String], rest: String) {
        let invocation = MetaInvocation.parse(line)
        #expect(invocation == MetaInvocation(name: name, arguments: arguments, rest: rest))
    }

    @Test func aLineWithoutADotIsNotAMetaCommand() {
        #expect(MetaInvocation.parse("users | count") == nil)
    }

    @Test func namesAreUniqueAndHelpListsEachOne() {
        let names = MetaCommand.all.map(\.name)
        #expect(Set(names).count == names.count)
        for name in ["help", "tables", "schema", "load", "timer", "mode", "output", "read", "set", "history", "clear",
                     "quit", "exit"] {
            #expect(names.contains(name))
            #expect(MetaCommand.listing.contains("." + name))
        }
    }
}

struct StatementAssemblerTests {
    @Test func aPromptRunsEachCompleteLineAtOnce() {
        var assembler = StatementAssembler(waitsForPipeLines: false)
        #expect(assembler.add("users where status = at_risk and") == [])
        #expect(!assembler.isEmpty)
        #expect(assembler.add("role = student") == [.statement("users where status = at_risk and\nrole = student", line: 1)])
        #expect(assembler.isEmpty)
        #expect(assembler.add(".tables") == [.metaCommand(".tables", line: 3)])
    }

    @Test func aScriptHoldsAStatementForAFollowingPipeLine() {
        var assembler = StatementAssembler(waitsForPipeLines: true)
        #expect(assembler.add("users") == [])
        #expect(assembler.add("") == [])
        #expect(assembler.add("  | count by role") == [])
        #expect(assembler.add(".mode csv") == [.statement("users\n\n  | count by role", line: 1), .metaCommand(".mode csv", line: 4)])
        #expect(assembler.add("-- a comment") == [])
        #expect(assembler.add("events") == [])
        #expect(assembler.finish() == [.statement("events", line: 6)])
    }

    /// A `define` may put each `when` on its own line: the statement runs once its `end` arrives, after
    /// another statement as well as first.
    @Test(arguments: [true, false])
    func aDefineRunsAtItsEnd(waitsForPipeLines: Bool) {
        var assembler = StatementAssembler(waitsForPipeLines: waitsForPipeLines)
        let first = assembler.add("users | count")
        #expect(assembler.add("define tier = case") == (waitsForPipeLines ? [.statement("users | count", line: 1)] : []))
        #expect(first == (waitsForPipeLines ? [] : [.statement("users | count", line: 1)]))
        #expect(assembler.add("  when score >= 500 then \"high\"") == [])
        #expect(assembler.add("  else \"low\"") == [])
        let text = "define tier = case\n  when score >= 500 then \"high\"\n  else \"low\"\nend"
        let last = assembler.add("end")
        #expect((waitsForPipeLines ? assembler.finish() : last) == [.statement(text, line: 2)])
    }

    @Test func aDotInsideAnOpenStringIsNotAMetaCommand() {
        var assembler = StatementAssembler(waitsForPipeLines: false)
        #expect(assembler.add("users where name = \"a") == [])
        #expect(assembler.add(".b\"") == [.statement("users where name = \"a\n.b\"", line: 1)])
    }

    @Test func historyEntriesAreOneLine() {
        #expect(Shell.historyEntry(for: "users where a = 1 and\n  b = 2") == "users where a = 1 and b = 2")
        #expect(Shell.historyEntry(for: "users \\\n| count") == "users | count")
    }
}
