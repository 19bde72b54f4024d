import EQTestSupport
import Foundation
import Testing

/// Runs the built `eq` as a child process, so that a crash (SIGBUS, SIGILL, SIGSEGV, SIGABRT) fails
/// the one test that caused it instead of the whole test run, and a hang is ended by a watchdog and
/// reported as one. Output goes through files, so a large standard error cannot block the child.
struct EQProcess {
    struct Outcome: CustomStringConvertible {
        var out: String
        var err: String
        var status: Int32
        /// Killed by a signal it did not handle (a crash), or by the watchdog.
        var crashed: Bool
        var hung: Bool

        var description: String { "status \(status), crashed \(crashed), hung \(hung)\n--- stdout\n\(out.prefix(2000))\n--- stderr\n\(err.prefix(2000))" }

        /// Ended by itself with a status, neither crashed nor stopped by the watchdog.
        var finished: Bool { !crashed && !hung }
    }

    /// Far longer than any of these runs takes on a loaded machine; it only turns a hang into a failure.
    static let watchdogSeconds = 300.0

    static func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:],
                    standardOutputPath: String? = nil, directory: String? = nil) throws -> Outcome {
        let binary = try #require(PTYSession.eqBinary(), "build the eq product first")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("eqproc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = standardOutputPath ?? scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path
        let inPath = scratch.appendingPathComponent("in").path
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        _ = FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
        if standardOutputPath == nil { _ = FileManager.default.createFile(atPath: outPath, contents: nil) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        // Never the checkout: a relative path a statement writes lands in the run's own scratch folder.
        process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) } ?? scratch
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["EQ_HISTORY"] = ""
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            done.signal()
        }
        var hung = false
        if done.wait(timeout: .now() + watchdogSeconds) == .timedOut {
            hung = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        let out = standardOutputPath == nil ? (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" : ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Outcome(out: out, err: err, status: process.terminationStatus,
                       crashed: !hung && process.terminationReason == .uncaughtSignal, hung: hung)
    }

    /// A fresh folder under /tmp, removed by the caller's `defer`.
    static func scratchFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eqtest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
