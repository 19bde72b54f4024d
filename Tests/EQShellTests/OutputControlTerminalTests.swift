import EQTestSupport
import Foundation
import Testing

/// The pager and Ctrl-L, driven through a pseudo-terminal of 30 rows as a user sees them.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct OutputControlTerminalTests {
    let terminal = ShellTerminalTests()

    /// `PAGER` is a stand-in that marks every line it is given, so the test sees what was paged.
    func startShell(pager: String) throws -> PTYSession {
        let shell = try PTYSession(executable: PTYSession.eqBinary()!, arguments: [], environment: [
            "TERM": "xterm", "HOME": try TemporaryFile.directory(), "EQ_HISTORY": try TemporaryFile.directory() + "/history",
            "PATH": "/usr/bin:/bin", "PAGER": pager,
        ], rows: 30)
        #expect(terminal.waitForPrompt(shell, after: 0, timeout: 60), "\(shell.transcript())")
        return shell
    }

    func run(_ shell: PTYSession, _ line: String) -> String {
        let mark = shell.mark
        shell.send(line + PTYSession.Key.enter)
        #expect(terminal.waitForPrompt(shell, after: mark), "\(shell.transcript(after: mark))")
        return shell.transcript(after: mark)
    }

    @Test func onlyResultsLongerThanTheScreenArePaged() throws {
        let shell = try startShell(pager: "sed s/^/PAGED:/")
        defer { shell.terminate() }
        #expect(!run(shell, "users | count").contains("PAGED:"))
        _ = run(shell, ".maxrows 40")
        let long = run(shell, "users | show id")
        #expect(long.contains("PAGED:│"), "\(long)")
        _ = run(shell, ".pager off")
        let unpaged = run(shell, "users | show id")
        #expect(!unpaged.contains("PAGED:") && unpaged.contains("40 of 50,000 rows shown"), "\(unpaged)")
    }

    /// The shell under test starts in a directory of its own, so whatever it or its pager writes by a
    /// relative name lands there, never in the checkout the tests run from. (`less` took keys a test
    /// typed while it paged, `.maxrows 6`, as "save to the file 6", and that file was committed.)
    @Test func aPagerWritesIntoTheSessionsOwnDirectory() throws {
        let shell = try startShell(pager: "tee paged.txt")
        defer { shell.terminate() }
        _ = run(shell, ".maxrows 40")
        _ = run(shell, "users | show id")
        let here = FileManager.default.currentDirectoryPath
        #expect(shell.directory != here)
        #expect(FileManager.default.fileExists(atPath: shell.directory + "/paged.txt"), "\(shell.directory)")
        #expect(!FileManager.default.fileExists(atPath: here + "/paged.txt"), "a pager wrote into \(here)")
        try? FileManager.default.removeItem(atPath: here + "/paged.txt")
    }

    /// An empty PAGER turns paging off, as in psql.
    @Test func anEmptyPagerMeansNone() throws {
        let shell = try startShell(pager: "")
        defer { shell.terminate() }
        let long = run(shell, "users | show id")
        #expect(long.contains("40 of 50,000 rows shown"), "\(long)")
    }

    @Test func ctrlLClearsTheScreenAndKeepsTheLine() throws {
        let shell = try startShell(pager: "")
        defer { shell.terminate() }
        _ = run(shell, "users | count by role")
        #expect(shell.screen.contains("student"))
        shell.send("users | cou" + PTYSession.Key.ctrlL)
        #expect(shell.wait { !$0.screen.contains("student") && $0.screen.contains("eq demo> users | cou") },
                "\(shell.screen)")
        #expect(shell.screen.contains("eq demo> users | cou"), "\(shell.screen)")
    }
}
