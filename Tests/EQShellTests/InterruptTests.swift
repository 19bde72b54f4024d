import EQTestSupport
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `eq` binary as a subprocess, interrupted with SIGINT while a long operation runs: every
/// kind of operation must stop, exit 130, print no partial result and leave no file behind. Each test
/// waits for a sign that the operation has started (the `--timer` line of the statement before it,
/// or the temporary file of a write) and has generous timeouts, for a slow, loaded machine; nothing
/// asserts how long anything took.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct InterruptTests {
    /// The demo data's user count as the first statement prints it in CSV.
    static let countOutput = "count\n50000\n"

    /// Runs `users | count` (the sign of readiness: its `--timer` line), then `statement`, and sends
    /// SIGINT as soon as the first has finished.
    func interruptAfterCount(_ statement: String, first: String = "users | count",
                             firstStatements: Int = 1) throws -> RunningEQ.Outcome {
        let eq = try RunningEQ(["--timer", "--format", "csv", "-c", first + "\n" + statement])
        try #require(eq.wait { _, err in err.components(separatedBy: "time:").count > firstStatements },
                     "never started:\n\(eq.output.err)")
        eq.interrupt()
        return try #require(eq.finish(), "did not stop after SIGINT:\n\(eq.output.err)")
    }

    func expectCancelled(_ outcome: RunningEQ.Outcome, firstOutput: String = countOutput, firstStatements: Int = 1,
                         sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.status == 130, "\(outcome)", sourceLocation: sourceLocation)
        #expect(outcome.out == firstOutput, "a partial result was printed: \(outcome.out)",
                sourceLocation: sourceLocation)
        #expect(outcome.err.contains("cancelled"), "\(outcome.err)", sourceLocation: sourceLocation)
        #expect(outcome.err.components(separatedBy: "time:").count == firstStatements + 1, "the statement finished: \(outcome.err)",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "events | sort by type, channel, at desc, user_id",
        "events | top 20 by type, at desc, user_id",
        "events | distinct user_id",
        // The demo's only list with ids is 50,000 users, quick to split; sorted first so the
        // statement runs long enough to be interrupted (the steps' own checks are unit-tested).
        "users | sort by email, name | holdout 10% | count by group",
        "users | sort by email, name | sample 10% | count",
        "retention weekly since 2021-01",
        "status history weekly since 2021-01",
    ])
    func aLongStatementStops(statement: String) throws {
        expectCancelled(try interruptAfterCount(statement))
    }

    /// Statements piped in are a batch run too.
    @Test func pipedStatementsStop() throws {
        let eq = try RunningEQ(["--format", "csv"],
                               input: "users | count\nevents | sort by type, channel, at desc, user_id\n")
        try #require(eq.wait { out, _ in out.contains("50000") }, "never started:\n\(eq.output.err)")
        eq.interrupt()
        let outcome = try #require(eq.finish(), "did not stop after SIGINT:\n\(eq.output.err)")
        #expect(outcome.status == 130, "\(outcome)")
        #expect(outcome.out == Self.countOutput)
        #expect(outcome.err.contains("cancelled"), "\(outcome.err)")
    }

    @Test func anExportLeavesNoFileBehind() throws {
        let folder = try TemporaryFile.directory()
        expectCancelled(try interruptAfterCount("events | export \"\(folder)/events.csv\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }

    @Test func aLoadStops() throws {
        let folder = try TemporaryFile.directory()
        let path = folder + "/big.csv"
        // About 60 MB: several chunks, so the load is checked between them.
        var block = Data("id,name,score,joined_at\n".utf8)
        let row = Data("123456,Somebody With A Name,42.5,2024-01-01\n".utf8)
        var chunk = Data()
        for _ in 0..<25_000 { chunk.append(row) }
        for _ in 0..<56 { block.append(chunk) }
        try block.write(to: URL(fileURLWithPath: path))
        try "id\n1\n2\n".write(toFile: folder + "/small.csv", atomically: false, encoding: .utf8)
        // A script that loads runs without the demo data; a small load and count show it has started.
        let outcome = try interruptAfterCount("load big from \"\(path)\"\nbig | count",
                                              first: "load small from \"\(folder)/small.csv\"\nsmall | count",
                                              firstStatements: 2)
        expectCancelled(outcome, firstOutput: "count\n2\n", firstStatements: 2)
    }

    @Test func generatingStopsAndLeavesNoFiles() throws {
        let folder = try TemporaryFile.directory()
        let eq = try RunningEQ(["gen", "--users", "100000", "--out", folder])
        try #require(eq.wait(timeout: 300) { _, _ in
            !((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty
        }, "never started writing:\n\(eq.output.err)")
        eq.interrupt()
        let outcome = try #require(eq.finish(), "did not stop after SIGINT")
        #expect(outcome.status == 130, "\(outcome)")
        #expect(outcome.out.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
    }
}

/// `eq` started with pipes for its output, read on threads of their own so it never blocks on a full
/// pipe.
final class RunningEQ: Sendable {
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var out: String
        var err: String
        var description: String { "status \(status)\n--- stdout\n\(out)\n--- stderr\n\(err)" }
    }

    /// What one pipe delivered so far. Guarded by an `NSLock` (pthread) rather than a `Mutex` (a raw
    /// futex ThreadSanitizer cannot see, so it reported the reader thread and the test as racing).
    final class Bytes: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
        func append(_ more: ArraySlice<UInt8>) { lock.withLock { bytes.append(contentsOf: more) } }
    }

    private let pid: pid_t
    private let standardOutput = Bytes()
    private let standardError = Bytes()
    private let finishedReaders = Atomic<Int>(0)

    /// `input`, when given, is the whole of standard input (statements piped in); otherwise it is empty.
    init(_ arguments: [String], environment extra: [String: String] = [:], input: String? = nil) throws {
        let binary = try #require(PTYSession.eqBinary())
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw TemporaryFile.TemporaryFileError() }
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var inPipe: [Int32] = [-1, -1]
        if input != nil {
            guard pipe(&inPipe) == 0 else { throw TemporaryFile.TemporaryFileError() }
            for fd in inPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        // The pipes are close-on-exec, so no other process the tests start keeps them open; the
        // duplicates made here for the child are not.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // SIGINT at its default disposition in the child, whatever the test runner set.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["EQ_SEGMENTS"] = "/nonexistent/eq.segments"
        environment.merge(extra) { _, new in new }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, binary, &actions, &attributes, argv, envp)
        close(outPipe[1])
        close(errPipe[1])
        if let input {
            close(inPipe[0])
            let bytes = Array(input.utf8)
            _ = bytes.withUnsafeBytes { write(inPipe[1], $0.baseAddress, $0.count) }
            close(inPipe[1])
        }
        guard spawned == 0 else { throw TemporaryFile.TemporaryFileError() }
        pid = child
        let sinks = [(outPipe[0], standardOutput), (errPipe[0], standardError)]
        for (fd, sink) in sinks {
            Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    sink.append(buffer[0..<count])
                }
                close(fd)
                finishedReaders.add(1, ordering: .relaxed)
            }.start()
        }
    }

    var output: (out: String, err: String) {
        (standardOutput.text, standardError.text)
    }

    /// Polls until `condition` holds on the output so far, or the process ends, or `timeout` seconds.
    func wait(timeout: Double = 180, until condition: (String, String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let (out, err) = output
            if condition(out, err) { return true }
            if kill(pid, 0) != 0 { return false }
            usleep(10_000)
        }
        return false
    }

    func interrupt() {
        kill(pid, SIGINT)
    }

    /// Waits for the exit; nil (after killing it) when it does not end within `timeout` seconds or
    /// ended by a signal rather than an exit status.
    func finish(timeout: Double = 180) -> Outcome? {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid {
                // Let the readers drain what is left in the pipes.
                let drained = Date().addingTimeInterval(30)
                while finishedReaders.load(ordering: .relaxed) < 2 && Date() < drained { usleep(10_000) }
                let exited = status & 0x7f == 0
                guard exited else { return Outcome(status: -(status & 0x7f), out: output.out, err: output.err) }
                return Outcome(status: (status >> 8) & 0xff, out: output.out, err: output.err)
            }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        return nil
    }
}

/// Ctrl-C at the shell stops a long statement of any kind and brings the prompt straight back.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct ShellInterruptTests {
    static let prompt = "eq demo> "

    @Test(arguments: ["events | sort by type, channel, at desc, user_id", "events | distinct user_id"])
    func ctrlCStopsTheStatementAndThePromptComesBack(statement: String) throws {
        let home = try TemporaryFile.directory()
        let shell = try PTYSession(executable: PTYSession.eqBinary()!, environment: [
            "TERM": "xterm", "HOME": home, "EQ_HISTORY": home + "/history", "PATH": "/usr/bin:/bin",
            "EQ_SEGMENTS": home + "/eq.segments",
        ])
        func promptBack(after mark: Int) -> Bool {
            shell.wait(timeout: 180) { $0.transcript(after: mark).contains(Self.prompt) && $0.isReadingKeys }
        }
        try #require(promptBack(after: 0), "no prompt:\n\(shell.transcript())")
        let mark = shell.mark
        shell.send(statement + PTYSession.Key.enter)
        // Running: the line editor has echoed the line and handed the terminal back (Ctrl-C raises
        // SIGINT again); while it reads keys it has that off.
        try #require(shell.wait(timeout: 60) { $0.transcript(after: mark).contains(statement) && $0.sendsSignals },
                     "\(shell.transcript(after: mark))")
        shell.send(PTYSession.Key.ctrlC)
        #expect(promptBack(after: mark), "\(shell.transcript(after: mark))")
        let transcript = shell.transcript(after: mark)
        #expect(transcript.contains("cancelled"), "\(transcript)")
        #expect(!transcript.contains("│ user_id"), "a result was printed:\n\(transcript)")
        let after = shell.mark
        shell.send(".tables" + PTYSession.Key.enter)
        #expect(shell.waitFor("events", after: after, timeout: 60))
        #expect(promptBack(after: after))
        shell.send(PTYSession.Key.ctrlD)
        #expect(shell.waitForExit(timeout: 60) == 0)
    }
}
