import EQTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The interactive shell with a history path that is not a regular file: /dev/zero never ends (eq ran
/// out of memory and aborted) and a FIFO blocks (eq hung before its prompt). Both now start with a
/// warning and run without saved history.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct HistoryFileTests {
    func startShell(history: String) throws -> PTYSession {
        let home = try TemporaryFile.directory()
        return try PTYSession(executable: PTYSession.eqBinary()!, environment: [
            "TERM": "xterm", "HOME": home, "EQ_HISTORY": history, "PATH": "/usr/bin:/bin",
        ])
    }

    @Test func devZeroAsTheHistoryFileIsRefused() throws {
        let shell = try startShell(history: "/dev/zero")
        defer { shell.terminate() }
        #expect(shell.waitFor("eq demo> ", timeout: 60), "\(shell.transcript())")
        #expect(shell.transcript().contains("history file /dev/zero is not a regular file"), "\(shell.transcript())")
        #expect(shell.wait(timeout: 30) { $0.isReadingKeys })
        let mark = shell.mark
        shell.send("users | count" + PTYSession.Key.enter)
        #expect(shell.waitFor("50000", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        shell.send(".quit" + PTYSession.Key.enter)
        #expect(shell.waitForExit(timeout: 30) == 0)
    }

    @Test func aFIFOAsTheHistoryFileIsRefused() throws {
        let path = try TemporaryFile.directory() + "/history"
        #expect(mkfifo(path, 0o600) == 0)
        let shell = try startShell(history: path)
        defer { shell.terminate() }
        #expect(shell.waitFor("eq demo> ", timeout: 60), "\(shell.transcript())")
        #expect(shell.transcript().contains("is not a regular file"), "\(shell.transcript())")
        #expect(shell.wait(timeout: 30) { $0.isReadingKeys })
        shell.send("users | count" + PTYSession.Key.enter + ".quit" + PTYSession.Key.enter)
        #expect(shell.waitForExit(timeout: 60) == 0, "\(shell.transcript())")
    }
}
