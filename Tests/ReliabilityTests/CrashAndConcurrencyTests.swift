import EQOutput
import EQShell
import EQTestSupport
import Foundation
import Testing

/// `kill -9` at random moments of a file write, and two writers at once: a file is always the old one
/// or a complete new one, nothing appended is lost or torn, and no temporary file outlives the next run.
struct CrashAndConcurrencyTests {
    static let kills = ReliabilitySettings.integer("EQ_FUZZ_KILLS", default: 50)
    static let appends = ReliabilitySettings.integer("EQ_FUZZ_APPENDS", default: 500)
    static let writers = ReliabilitySettings.integer("EQ_FUZZ_WRITERS", default: 2)

    /// Starts eq with `statement`, kills it with SIGKILL after `delay`, and waits for it.
    static func runAndKill(_ statement: String, after delay: Duration, environment: [String: String]) throws {
        let binary = try #require(PTYSession.eqBinary(), "build the eq binary first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--data", Reliability.dataDirectory, "-c", statement]
        process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18 + Double(delay.components.seconds))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Kills `statement` (which writes `target`) at seeded random moments; after each kill the target
    /// holds the old bytes or the complete new ones, and a final clean run leaves no temporary file.
    static func killWhileWriting(_ statement: String, target: String, old: String, directory: String,
                                 environment: [String: String] = [:]) throws -> (old: Int, new: Int, temporaries: Int) {
        try old.write(toFile: target, atomically: true, encoding: .utf8)
        // The complete new file, from one run that is not killed; its length sets the range of kill times.
        let clock = ContinuousClock()
        let started = clock.now
        _ = try FaultInjectionTests.eq(["--data", Reliability.dataDirectory, "-c", statement], environment: environment)
        let span = max(1, Int((clock.now - started).components.seconds * 1_000
            + (clock.now - started).components.attoseconds / 1_000_000_000_000_000) * 12 / 10)
        let complete = try String(contentsOfFile: target, encoding: .utf8)
        try #require(complete != old)
        var random = SeededRandom(seed: Reliability.seed &+ 7)
        var outcomes = (old: 0, new: 0, temporaries: 0)
        for index in 0..<Self.kills {
            try old.write(toFile: target, atomically: true, encoding: .utf8)
            try runAndKill(statement, after: .milliseconds(random.below(span)), environment: environment)
            outcomes.temporaries += try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }.count
            let now = try String(contentsOfFile: target, encoding: .utf8)
            #expect(now == old || now == complete, "kill #\(index): \(target) is neither the old file nor the new one")
            if now == old { outcomes.old += 1 } else { outcomes.new += 1 }
        }
        let run = try FaultInjectionTests.eq(["--data", Reliability.dataDirectory, "-c", statement], environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left after the next run: \(leftovers)")
        return outcomes
    }

    @Test func killDuringExport() throws {
        let directory = try Reliability.temporaryDirectory("kill-export")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = directory + "/events.csv"
        let outcome = try Self.killWhileWriting("events | export \"\(target)\" overwrite", target: target,
                                                old: "user_id\nold\n", directory: directory)
        print("[reliability] kill -9 during export: \(Self.kills) kills, \(outcome.old) left the old file, \(outcome.new) the new one, "
              + "\(outcome.temporaries) temporary files seen after a kill (all gone after the next run)")
    }

    @Test func killDuringSegmentSave() throws {
        let directory = try Reliability.temporaryDirectory("kill-segments")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = directory + "/eq.segments"
        let outcome = try Self.killWhileWriting("let s = users where role = student; save segments", target: target,
                                                old: "let old = users\n", directory: directory,
                                                environment: ["EQ_SEGMENTS": target])
        print("[reliability] kill -9 during save segments: \(Self.kills) kills, \(outcome.old) left the old file, \(outcome.new) the new one, "
              + "\(outcome.temporaries) temporary files seen after a kill (all gone after the next run)")
    }

    /// Two shells append history and save segments at once: every entry arrives exactly once on a line
    /// of its own, and the segments file is always one writer's complete file.
    @Test func twoShellsAppendHistoryAndSaveSegmentsAtOnce() throws {
        let directory = try Reliability.temporaryDirectory("two-shells")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let history = directory + "/history"
        let segments = directory + "/eq.segments"
        let writers = Self.writers
        let appends = Self.appends
        let torn = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: writers) { shell in
            let store = HistoryStore(path: history, limit: 1_000_000)
            for index in 0..<appends {
                store.append("users | where id = \(shell * 1_000_000 + index) -- shell \(shell)")
                if index % 25 == 0 {
                    let text = (0..<40).map { "let s\(shell)_\($0) = users where id = \(index)\n" }.joined()
                    do {
                        try AtomicFile.write(Array(text.utf8), to: segments, replacing: true)
                    } catch {
                        torn.withLock { $0 += 1 }
                    }
                    if let bytes = AtomicFile.read(segments) {
                        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
                        let owners = Set(lines.map { $0.split(separator: "_").first ?? "" })
                        if lines.count != 40 || owners.count != 1 { torn.withLock { $0 += 1 } }
                    }
                }
            }
        }
        let lines = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let expected = Set((0..<writers).flatMap { shell in
            (0..<appends).map { "users | where id = \(shell * 1_000_000 + $0) -- shell \(shell)" }
        })
        let written = lines.filter { !$0.isEmpty }.map(String.init)
        #expect(written.count == writers * appends, "\(written.count) lines for \(writers * appends) entries")
        #expect(Set(written) == expected, "lost or torn: \(expected.subtracting(written).prefix(3)) / \(Set(written).subtracting(expected).prefix(3))")
        #expect(torn.withLock { $0 } == 0, "a segments file was torn or a save failed")
        print("[reliability] two shells: \(writers) x \(appends) history entries, none lost or torn; segments saved \(writers * (appends / 25 + 1)) times, none torn")
    }
}

import Synchronization
