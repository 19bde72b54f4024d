import EQShell
import EQTestSupport
import Foundation
import Synchronization
import Testing

/// The shell's own files under real processes on pseudo-terminals: `kill -9` while the shell appends
/// history, and two shells appending history and saving segments into the same files at once.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"))
struct ShellProcessTests {
    static let kills = ReliabilitySettings.integer("EQ_FUZZ_HISTORY_KILLS", default: 20)
    static let entries = ReliabilitySettings.integer("EQ_FUZZ_SHELL_ENTRIES", default: 60)
    /// The prompt of a shell on the folder `data`.
    static let prompt = "eq data> "

    /// An interactive eq on the golden data with the given history and segments files.
    static func startShell(history: String, segments: String, home: String) throws -> PTYSession {
        let binary = try #require(PTYSession.eqBinary())
        let shell = try PTYSession(executable: binary, arguments: ["--data", Reliability.dataDirectory], environment: [
            "TERM": "xterm", "HOME": home, "EQ_HISTORY": history, "EQ_SEGMENTS": segments,
            "PATH": "/usr/bin:/bin", "PAGER": "",
        ], directory: home)
        try #require(shell.wait(timeout: 120) { $0.isReadingKeys && $0.transcript().contains(Self.prompt) },
                     "no prompt:\n\(shell.transcript())")
        return shell
    }

    /// Sends `line` and waits until the shell reads keys again after printing something.
    static func enter(_ shell: PTYSession, _ line: String) -> Bool {
        let mark = shell.mark
        shell.send(line + PTYSession.Key.enter)
        return shell.wait(timeout: 120) { $0.isReadingKeys && $0.transcript(after: mark).contains(Self.prompt) }
    }

    /// The history file as lines; fails the test if the last one is cut short (no final line break).
    static func historyLines(_ path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.isEmpty || text.hasSuffix("\n"), "a torn last line: \(text.suffix(80).debugDescription)")
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// `kill -9` at a seeded random moment while the shell takes a burst of statements: the history
    /// file keeps every complete line written before, in order, and no torn line.
    @Test func killDuringHistoryAppend() throws {
        let directory = try Reliability.temporaryDirectory("kill-history")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = directory + "/history"
        var random = SeededRandom(seed: Reliability.seed &+ 11)
        var expected: [String] = []
        var cut = 0
        for trial in 0..<Self.kills {
            let shell = try Self.startShell(history: history, segments: directory + "/eq.segments", home: directory)
            let burst = (0..<50).map { "users | where id = \(trial * 100 + $0) | count" }
            shell.send(burst.joined(separator: PTYSession.Key.enter) + PTYSession.Key.enter)
            // Most kills land inside the burst (50 statements take about 0.2 s on a debug build).
            Thread.sleep(forTimeInterval: Double(random.below(250)) / 1000)
            kill(shell.pid, SIGKILL)
            shell.terminate()
            let lines = try Self.historyLines(history)
            // Everything from earlier trials is still there, in order; this trial's lines are a prefix
            // of its burst (the shell appends each statement as it is entered, one write(2) each).
            #expect(Array(lines.prefix(expected.count)) == expected, "trial \(trial): earlier entries changed")
            let added = Array(lines.dropFirst(expected.count))
            #expect(added == Array(burst.prefix(added.count)), "trial \(trial): \(added.suffix(3)) is not a prefix of the burst")
            if added.count < burst.count { cut += 1 }
            expected = lines
        }
        print("[reliability] kill -9 during history append: \(Self.kills) kills, \(cut) cut a burst short, "
              + "\(expected.count) entries kept, none lost or torn")
    }

    /// Two shells, as two processes, enter statements and save segments into the same files at once:
    /// every statement is in the history exactly once, on a line of its own, and every segment either
    /// shell saved is in eq.segments (a save re-reads and merges under a lock).
    @Test func twoShellProcessesAppendHistoryAndSaveSegments() throws {
        let directory = try Reliability.temporaryDirectory("two-shell-processes")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = directory + "/history"
        let segments = directory + "/eq.segments"
        let entries = Self.entries
        let problems = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do {
                let shell = try Self.startShell(history: history, segments: segments, home: directory)
                defer { shell.terminate() }
                for entry in 0..<entries {
                    var line = "users | where id = \(index * 10_000 + entry) | count"
                    if entry % 10 == 9 { line = "let s\(index)_\(entry) = users where id = \(entry); save segments" }
                    if !Self.enter(shell, line) {
                        problems.withLock { $0.append("shell \(index) stuck at \(line):\n\(shell.transcript().suffix(500))") }
                        return
                    }
                }
                shell.send(PTYSession.Key.ctrlD)
                if shell.waitForExit(timeout: 60) != 0 {
                    problems.withLock { $0.append("shell \(index) did not exit cleanly:\n\(shell.transcript().suffix(500))") }
                }
            } catch {
                problems.withLock { $0.append("shell \(index): \(error)") }
            }
        }
        #expect(problems.withLock { $0 }.isEmpty, "\(problems.withLock { $0 })")
        let lines = try Self.historyLines(history)
        var wanted: [String] = []
        for index in 0..<2 {
            for entry in 0..<entries {
                wanted.append(entry % 10 == 9 ? "let s\(index)_\(entry) = users where id = \(entry); save segments"
                              : "users | where id = \(index * 10_000 + entry) | count")
            }
        }
        #expect(lines.count == wanted.count, "\(lines.count) history lines for \(wanted.count) statements")
        #expect(Set(lines) == Set(wanted), "lost: \(Set(wanted).subtracting(lines).prefix(3)); unexpected: \(Set(lines).subtracting(wanted).prefix(3))")
        let saved = try String(contentsOfFile: segments, encoding: .utf8)
        let names = Set(saved.split(separator: "\n").compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) })
        let definedNames = Set((0..<2).flatMap { index in (0..<entries).filter { $0 % 10 == 9 }.map { "s\(index)_\($0)" } })
        #expect(names == definedNames, "eq.segments holds \(names.sorted()), not \(definedNames.sorted())")
        print("[reliability] two shell processes: 2 x \(entries) statements, \(lines.count) history lines, none lost or torn; "
              + "\(names.count) segments saved by both, none lost")
    }
}
