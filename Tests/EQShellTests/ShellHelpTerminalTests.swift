import EQTestSupport
import Testing

/// Issue 14 at the terminal: Tab offers what the grammar allows at the cursor (a result column after an
/// aggregate, an event type after `did`, a chart kind), and `.help TOPIC` explains every statement and
/// step.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct ShellHelpTerminalTests {
    let terminal = ShellTerminalTests()

    @Test func tabCompletesAResultColumnAfterAnAggregate() throws {
        let (shell, _) = try terminal.startShell()
        defer { shell.terminate() }
        let mark = shell.mark
        shell.send("users | count by status | where c" + PTYSession.Key.tab)
        #expect(shell.wait { $0.screen.contains("eq demo> users | count by status | where count") }, "\(shell.screen)")
        shell.send("> 0 | sort by status" + PTYSession.Key.enter)
        #expect(shell.waitFor("at_risk", after: mark), "\(shell.transcript(after: mark))")
        #expect(terminal.waitForPrompt(shell, after: mark))
        #expect(shell.screen.contains("eq demo> users | count by status | where count > 0 | sort by status"), "\(shell.screen)")
    }

    @Test func tabCompletesEventTypesAndChartKinds() throws {
        let (shell, _) = try terminal.startShell()
        defer { shell.terminate() }
        var mark = shell.mark
        shell.send("users where did pur" + PTYSession.Key.tab)
        #expect(shell.wait { $0.screen.contains("eq demo> users where did purchase") }, "\(shell.screen)")
        shell.send("last 30 days | count" + PTYSession.Key.enter)
        #expect(shell.waitFor("│ count", after: mark), "\(shell.transcript(after: mark))")
        #expect(terminal.waitForPrompt(shell, after: mark))
        mark = shell.mark
        shell.send("users | count by status | chart " + PTYSession.Key.tab)
        #expect(shell.waitFor("heatmap", after: mark), "candidates listed:\n\(shell.transcript(after: mark))")
        #expect(shell.transcript(after: mark).contains("stacked"))
    }

    /// The session's own segments, and the columns of the table under one; a number column is offered
    /// no text match.
    @Test func tabCompletesSegmentsTheirColumnsAndOperatorsByType() throws {
        let (shell, _) = try terminal.startShell()
        defer { shell.terminate() }
        var mark = shell.mark
        shell.send("let reachable_students = users where role = student" + PTYSession.Key.enter)
        #expect(terminal.waitForPrompt(shell, after: mark))
        mark = shell.mark
        shell.send("reachable_s" + PTYSession.Key.tab + "where sco" + PTYSession.Key.tab)
        #expect(shell.wait { $0.screen.contains("eq demo> reachable_students where score") }, "\(shell.screen)")
        shell.send(PTYSession.Key.tab)
        #expect(shell.waitFor("is not null", after: mark), "candidates listed:\n\(shell.transcript(after: mark))")
        #expect(!shell.transcript(after: mark).contains("contains"), "\(shell.transcript(after: mark))")
        shell.send(">= 0 and not in reach" + PTYSession.Key.tab + "| count" + PTYSession.Key.enter)
        #expect(shell.waitFor("│ count", after: mark), "\(shell.transcript(after: mark))")
        #expect(terminal.waitForPrompt(shell, after: mark))
        #expect(shell.screen.contains("where score >= 0 and not in reachable_students | count"), "\(shell.screen)")
    }

    @Test func helpExplainsStepsAndReports() throws {
        let (shell, _) = try terminal.startShell()
        defer { shell.terminate() }
        for (line, text) in [(".help export", "export \"FILE\" [(COL, ...)] [overwrite] [raw]"),
                             (".help retention", "retention PERIOD [WINDOW] [where COND]"),
                             (".help active users", "active users PERIOD"),
                             (".help", "Steps (after |): count, sum")] {
            let mark = shell.mark
            shell.send(line + PTYSession.Key.enter)
            #expect(shell.waitFor(text, after: mark), "\(line):\n\(shell.transcript(after: mark))")
            #expect(terminal.waitForPrompt(shell, after: mark))
            #expect(!shell.transcript(after: mark).contains("no help"), "\(line)")
        }
    }
}
