import EQTestSupport
import Foundation
import Testing

/// Write failures at every point of a file sink: with `EQ_FAULT_WRITE=N:ENOSPC` (or EIO) the Nth write
/// to the file fails. For N = 1, 2, ... until the write succeeds, eq must exit non-zero, name the path,
/// leave the old file exactly as it was and leave no temporary file behind.
struct FaultInjectionTests {
    struct Run {
        var status: Int32
        var errors: String
    }

    static func eq(_ arguments: [String], environment: [String: String]) throws -> Run {
        let binary = try #require(PTYSession.eqBinary(), "build the eq binary first (swift build --product eq)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        // Never the checkout: the statements write only absolute paths in temporary folders.
        process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(["NO_COLOR": "1"]) { $1 }) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, errors: String(decoding: data, as: UTF8.self))
    }

    /// Fails write 1, 2, ... of `statement` (which writes `target`, holding `old` beforehand) until a
    /// run succeeds; returns how many runs failed.
    static func failEveryWrite(_ statement: String, target: String, old: String, directory: String,
                               environment: [String: String] = [:]) throws -> Int {
        var failed = 0
        for code in ["ENOSPC", "EIO"] {
            var write = 1
            while true {
                try old.write(toFile: target, atomically: true, encoding: .utf8)
                let run = try eq(["--data", Reliability.dataDirectory, "-c", statement],
                                 environment: environment.merging(["EQ_FAULT_WRITE": "\(write):\(code)"]) { $1 })
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
                #expect(leftovers.isEmpty, "write \(write) \(code): temporary files left: \(leftovers)")
                if run.status == 0 { break }
                failed += 1
                #expect(run.errors.contains(target), "write \(write) \(code): the error does not name \(target): \(run.errors)")
                #expect(try String(contentsOfFile: target, encoding: .utf8) == old, "write \(write) \(code): the old file changed")
                write += 1
                if write > 2_000 {
                    Issue.record("still failing at write \(write)")
                    break
                }
            }
            #expect(write > 1, "\(code): the first write did not fail, so the seam is not on this path")
            #expect(try String(contentsOfFile: target, encoding: .utf8) != old, "\(code): the successful run left the old file")
        }
        return failed
    }

    @Test func exportSurvivesEveryFailedWrite() throws {
        let directory = try Reliability.temporaryDirectory("fault-export")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = directory + "/list.csv"
        let failed = try Self.failEveryWrite("events | export \"\(target)\" overwrite", target: target,
                                             old: "id\nthe old list\n", directory: directory)
        print("[reliability] fault injection, export: \(failed) failed writes, each left the old file")
    }

    @Test func savedSegmentsSurviveEveryFailedWrite() throws {
        let directory = try Reliability.temporaryDirectory("fault-segments")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = directory + "/eq.segments"
        let old = "let old_segment = users where role = student\n"
        let failed = try Self.failEveryWrite("let students = users where role = student; save segments", target: target,
                                             old: old, directory: directory, environment: ["EQ_SEGMENTS": target])
        print("[reliability] fault injection, save segments: \(failed) failed writes, each left the old file")
    }
}
