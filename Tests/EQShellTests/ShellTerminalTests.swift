import EQTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `eq` driven through a pseudo-terminal, as a user types: completion, history across
/// sessions, continuation lines, Ctrl-C and non-ASCII input. Skipped (with the reason) only when the
/// binary has not been built.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct ShellTerminalTests {
    static let prompt = "eq demo> "

    /// A shell on the demo data with its own history file; LANG is left unset, as under CI, so the
    /// UTF-8 fallback is exercised too. An empty PAGER turns the pager off, so a result longer than the
    /// 30-row terminal is printed where the test reads it (OutputControlTerminalTests covers paging).
    func startShell(history: String? = nil, arguments: [String] = [],
                    prompt: String = ShellTerminalTests.prompt) throws -> (PTYSession, String) {
        let historyPath = try history ?? (TemporaryFile.directory() + "/history")
        let home = try TemporaryFile.directory()
        let shell = try PTYSession(executable: PTYSession.eqBinary()!, arguments: arguments, environment: [
            "TERM": "xterm", "HOME": home, "EQ_HISTORY": historyPath, "PATH": "/usr/bin:/bin", "PAGER": "",
        ])
        try #require(shell.wait(timeout: 30) { $0.transcript().contains(prompt) && $0.isReadingKeys },
                     "no prompt:\n\(shell.transcript())")
        return (shell, historyPath)
    }

    /// Waits for the prompt that follows output produced after `mark`, and for the line editor to be
    /// reading keys again.
    func waitForPrompt(_ shell: PTYSession, after mark: Int, timeout: Double = 30) -> Bool {
        shell.wait(timeout: timeout) { $0.transcript(after: mark).contains(Self.prompt) && $0.isReadingKeys }
    }

    @Test func bannerNamesTheDataSet() throws {
        let (shell, _) = try startShell()
        #expect(shell.transcript().contains("connected to demo data"))
    }

    @Test func tabCompletesColumnsAndValues() throws {
        let (shell, _) = try startShell()
        shell.send("users where ro" + PTYSession.Key.tab)
        #expect(shell.waitFor("users where role "))
        var mark = shell.mark
        shell.send("= st" + PTYSession.Key.tab)
        #expect(shell.waitFor("student", after: mark), "candidates listed:\n\(shell.transcript(after: mark))")
        #expect(shell.transcript(after: mark).contains("staff"))
        mark = shell.mark
        shell.send("u" + PTYSession.Key.tab + "| count" + PTYSession.Key.enter)
        #expect(shell.waitFor("│ count", after: mark))
        #expect(waitForPrompt(shell, after: mark))
        #expect(shell.screen.contains("eq demo> users where role = student | count"), "\(shell.screen)")
    }

    @Test func arrowUpRecallsTheHistoryOfAnEarlierSession() throws {
        let (first, historyPath) = try startShell()
        let mark = first.mark
        first.send("users | count by role" + PTYSession.Key.enter)
        #expect(first.waitFor("student", after: mark))
        #expect(waitForPrompt(first, after: mark))
        first.send(PTYSession.Key.ctrlD)
        #expect(first.waitForExit() == 0)

        let (second, _) = try startShell(history: historyPath)
        let before = second.mark
        second.send(PTYSession.Key.up)
        #expect(second.waitFor("users | count by role", after: before))
        second.send(PTYSession.Key.enter)
        #expect(second.waitFor("student", after: before))
        #expect(waitForPrompt(second, after: before))
        second.send(".quit" + PTYSession.Key.enter)
        #expect(second.waitForExit() == 0)
    }

    @Test func aStatementContinuesOverSeveralLines() throws {
        let (shell, _) = try startShell()
        let mark = shell.mark
        shell.send("users where status = at_risk and" + PTYSession.Key.enter)
        #expect(shell.waitFor("    ...> ", after: mark))
        let second = shell.mark
        shell.send("role = student |" + PTYSession.Key.enter)
        #expect(shell.waitFor("    ...> ", after: second))
        shell.send("count" + PTYSession.Key.enter)
        #expect(shell.waitFor("│ count", after: mark))
        #expect(waitForPrompt(shell, after: mark))
        #expect(shell.screen.contains("eq demo> users where status = at_risk and\n    ...> role = student |\n    ...> count"),
                "\(shell.screen)")
    }

    @Test func ctrlCAbandonsTheLineBeingTyped() throws {
        let (shell, _) = try startShell()
        let mark = shell.mark
        shell.send("users where stat" + PTYSession.Key.ctrlC)
        #expect(shell.wait { $0.screen.contains("eq demo> users where stat^C") }, "\(shell.screen)")
        #expect(waitForPrompt(shell, after: mark))
        shell.send(".tables" + PTYSession.Key.enter)
        #expect(shell.waitFor("events", after: mark))
    }

    @Test func ctrlCCancelsARunningQueryAndTheShellCarriesOn() throws {
        let (shell, _) = try startShell()
        let mark = shell.mark
        shell.send("events | count by user_id, type, channel | count" + PTYSession.Key.enter)
        usleep(300_000)
        shell.send(PTYSession.Key.ctrlC)
        #expect(waitForPrompt(shell, after: mark), "\(shell.transcript(after: mark))")
        let after = shell.mark
        shell.send(".tables" + PTYSession.Key.enter)
        #expect(shell.waitFor("users", after: after))
        #expect(shell.waitFor("events", after: after))
        #expect(waitForPrompt(shell, after: after))
        shell.send(PTYSession.Key.ctrlD)
        #expect(shell.waitForExit() == 0)
    }

    @Test func anAccentedLineIsEditedAndRunIntact() throws {
        let (shell, _) = try startShell()
        let mark = shell.mark
        // Typed without the accent, then fixed by moving over the multi-byte text with the cursor keys.
        shell.send("users where name contains \"Jos\" | count")
        shell.send(String(repeating: PTYSession.Key.left, count: 9) + "é" + PTYSession.Key.enter)
        #expect(shell.waitFor("│ count", after: mark))
        #expect(waitForPrompt(shell, after: mark))
        #expect(shell.screen.contains("eq demo> users where name contains \"José\" | count"), "\(shell.screen)")
        #expect(!shell.transcript(after: mark).contains("error"))
    }

    @Test func theBannerSaysWhenTheDataIsTooOldForToday() throws {
        let (shell, _) = try startShell(arguments: ["--data", ExampleScriptTests.dataDirectory, "--today", "2025-01-01"],
                                        prompt: "eq data> ")
        let banner = shell.transcript()
        #expect(banner.contains("warning: the newest last_login_at in users is 2024-07-01"), "\(banner)")
        #expect(banner.contains("`set today = 2024-07-01` or `--today 2024-07-01`"), "\(banner)")
        #expect(banner.components(separatedBy: "warning:").count == 2, "said more than once:\n\(banner)")
    }

    @Test func countsAreGroupedAtTheTerminal() throws {
        let (shell, _) = try startShell()
        let folder = try TemporaryFile.directory()
        let mark = shell.mark
        shell.send("load people from \"\(ExampleScriptTests.dataDirectory)/users.csv\"" + PTYSession.Key.enter)
        #expect(shell.waitFor("loaded people: 2,000 rows, 11 columns", after: mark), "\(shell.transcript(after: mark))")
        #expect(waitForPrompt(shell, after: mark))
        let export = shell.mark
        shell.send("people | export \"\(folder)/people.csv\"" + PTYSession.Key.enter)
        #expect(shell.waitFor("exported 2,000 rows to", after: export), "\(shell.transcript(after: export))")
        #expect(waitForPrompt(shell, after: export))
    }

    @Test func historyLeavesOutMetaCommandsUnlessAskedForAll() throws {
        let (shell, _) = try startShell()
        for line in ["users | count", ".clear", ".mode table"] {
            let mark = shell.mark
            shell.send(line + PTYSession.Key.enter)
            #expect(waitForPrompt(shell, after: mark))
        }
        let mark = shell.mark
        shell.send(".history" + PTYSession.Key.enter)
        #expect(waitForPrompt(shell, after: mark))
        let listing = shell.transcript(after: mark)
        #expect(listing.contains("1  users | count"), "\(listing)")
        #expect(!listing.contains(".clear"), "\(listing)")
        let all = shell.mark
        shell.send(".history all" + PTYSession.Key.enter)
        #expect(waitForPrompt(shell, after: all))
        let full = shell.transcript(after: all)
        #expect(full.contains("2  .clear"), "\(full)")
        #expect(full.contains("4  .history"), "\(full)")
    }

    @Test func ctrlDOnAnEmptyLineExits() throws {
        let (shell, _) = try startShell()
        shell.send(PTYSession.Key.ctrlD)
        #expect(shell.waitForExit() == 0)
    }
}
