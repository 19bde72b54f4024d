import EQTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The interactive shell follows the same rules as the batch modes (ModeConsistencyTests): the demo
/// leaves whole at the first load and `today` moves to the current date; a value no row holds gets a
/// warning; long results are cut at `.maxrows` with a footer saying how many rows there are.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct ShellModeTerminalTests {
    let terminal = ShellTerminalTests()

    func run(_ shell: PTYSession, _ line: String, expecting text: String) -> Bool {
        let mark = shell.mark
        shell.send(line + PTYSession.Key.enter)
        let found = shell.waitFor(text, after: mark, timeout: 60)
        return found && terminal.waitForPrompt(shell, after: mark)
    }

    @Test func aLoadRemovesTheDemoAndMovesToday() throws {
        let (shell, _) = try terminal.startShell()
        defer { shell.terminate() }
        #expect(run(shell, "events | count", expecting: "501"), "\(shell.transcript())")
        let users = ModeConsistencyTests.usersFile
        #expect(run(shell, "load users from \"\(users)\"", expecting: "the demo data is unloaded; today = "),
                "\(shell.transcript())")
        #expect(run(shell, "events | count", expecting: "unknown table"), "\(shell.transcript())")
        #expect(run(shell, "registrations monthly last 1 months", expecting: ModeConsistencyTests.currentMonth),
                "\(shell.transcript())")
    }

    @Test func anUnmatchedValueWarnsAndStrictFails() throws {
        let (shell, _) = try terminal.startShell()
        defer { shell.terminate() }
        #expect(run(shell, "users where role = STUDENT | count", expecting: "warning: no user has role \"STUDENT\""),
                "\(shell.transcript())")
        #expect(shell.transcript().contains("did you mean \"student\" ("), "\(shell.transcript())")
        _ = run(shell, "set strict = on", expecting: "strict = on")
        #expect(run(shell, "users where role = studnt | count", expecting: "error: no user has role \"studnt\""),
                "\(shell.transcript())")
    }

    @Test func maxRowsChoosesTheCutAndTheFooterSaysSo() throws {
        let (shell, _) = try terminal.startShell()
        defer { shell.terminate() }
        #expect(run(shell, "users | show id", expecting: "40 of 50,000 rows shown; .maxrows 0 shows all"),
                "\(shell.transcript())")
        _ = run(shell, ".maxrows 6", expecting: "")
        #expect(run(shell, "users | show id", expecting: "6 of 50,000 rows shown"), "\(shell.transcript())")
    }

    /// `eq -i SCRIPT` runs the script in the shell it then leaves open, under the same rule.
    @Test func aStartupScriptFollowsTheSameRule() throws {
        let script = try TemporaryFile.directory() + "/start.eq"
        try "load users from \"\(ModeConsistencyTests.usersFile)\"\nactive users monthly last 2 months\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let shell = try PTYSession(executable: PTYSession.eqBinary()!, arguments: ["-i", script], environment: [
            "TERM": "xterm", "HOME": try TemporaryFile.directory(), "EQ_HISTORY": try TemporaryFile.directory() + "/history",
            "PATH": "/usr/bin:/bin", "PAGER": "",
        ])
        defer { shell.terminate() }
        #expect(terminal.waitForPrompt(shell, after: 0, timeout: 60), "\(shell.transcript())")
        #expect(shell.transcript().contains("this report needs an `events` table"), "\(shell.transcript())")
        #expect(run(shell, "registrations monthly last 1 months", expecting: ModeConsistencyTests.currentMonth),
                "\(shell.transcript())")
    }

    /// `eq -c` on a terminal cuts long results too, at `--max-rows`, and says how to see them all.
    @Test func commandOnATerminalCutsAtMaxRows() throws {
        let shell = try PTYSession(executable: PTYSession.eqBinary()!,
                                   arguments: ["-c", "users | show id", "--max-rows", "4"],
                                   environment: ["TERM": "xterm", "PATH": "/usr/bin:/bin"])
        defer { shell.terminate() }
        #expect(shell.waitForExit(timeout: 120) == 0, "\(shell.transcript())")
        #expect(shell.transcript().contains("4 of 50,000 rows shown; --max-rows 0 shows all"), "\(shell.transcript())")
    }
}
