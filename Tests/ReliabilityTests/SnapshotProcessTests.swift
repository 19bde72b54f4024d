import EQTestSupport
import Foundation
import Testing

/// Snapshots through the real binary: `--data FILE.eqsnap`, a write that fails at any point, the
/// read(2) fallback, and the memory limit (an environment variable, so each check is its own process).
struct SnapshotProcessTests {
    static func eq(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String, errors: String) {
        let binary = try #require(PTYSession.eqBinary(), "build the eq binary first (swift build --product eq)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(["NO_COLOR": "1"]) { $1 }) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static let queries = "users | count by status; events | count by type; retention monthly since 2024-03; keen | count"

    @Test func dataOpensASnapshotWithItsSegmentsAndSettings() throws {
        let directory = try Reliability.temporaryDirectory("snapshot-data")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/crm.eqsnap"
        let setup = "set active_days = 30; let keen = users where did login at least 3 times last 30 days"
        let fromCSV = try Self.eq(["--data", Reliability.dataDirectory, "--today", "2024-06-30", "--format", "csv",
                                   "-c", "\(setup); \(Self.queries); save snapshot \"\(path)\""])
        #expect(fromCSV.status == 0, "\(fromCSV.errors)")
        for mapping in ["1", "0"] {
            let reopened = try Self.eq(["--data", path, "--format", "csv", "-c", Self.queries],
                                       environment: ["EQ_SNAPSHOT_MMAP": mapping, "EQ_SEGMENTS": directory + "/none"])
            #expect(reopened.status == 0, "\(reopened.errors)")
            #expect(reopened.output == fromCSV.output, "EQ_SNAPSHOT_MMAP=\(mapping)")
        }
    }

    @Test func aDamagedSnapshotGivenToDataExitsWithTheReason() throws {
        let directory = try Reliability.temporaryDirectory("snapshot-damaged")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/crm.eqsnap"
        #expect(try Self.eq(["--data", Reliability.dataDirectory, "-c", "save snapshot \"\(path)\""]).status == 0)
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.truncate(atOffset: 5_000)
        try handle.close()
        let run = try Self.eq(["--data", path, "-c", "users | count"])
        #expect(run.status != 0)
        #expect(run.errors.contains("\"\(path)\" is cut short or damaged"), "\(run.errors)")
    }

    /// The opened tables read the snapshot through its mapping; another program cutting the file short
    /// meanwhile must not end eq with a bare "Bus error": eq says what happened and exits with 70.
    @Test func aSnapshotCutShortWhileOpenStopsEqWithTheReason() throws {
        let directory = try Reliability.temporaryDirectory("snapshot-cut")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/crm.eqsnap"
        #expect(try Self.eq(["--data", Reliability.dataDirectory, "-c", "save snapshot \"\(path)\""]).status == 0)
        let binary = try #require(PTYSession.eqBinary(), "build the eq binary first (swift build --product eq)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--data", path, "--timer", "--format", "csv"]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["NO_COLOR": "1", "EQ_SEGMENTS": directory + "/none"]) { $1 }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("users | count by status;\n".utf8))
        var seen = ""
        while !seen.contains("time:") {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains("time:"), "\(seen)")
        #expect(truncate(path, 0) == 0)
        input.fileHandleForWriting.write(Data("users | count by status;\nevents | count by type;\n".utf8))
        try input.fileHandleForWriting.close()
        let rest = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 70)
        #expect(rest.contains("was cut short or replaced in place by another program"), "\(rest)")
    }

    /// Write 1, 2, 3, ... of `save snapshot` fails until the save succeeds: each failure exits non-zero,
    /// names the path and leaves the previous snapshot byte for byte.
    @Test func aFailedWriteLeavesThePreviousSnapshot() throws {
        let directory = try Reliability.temporaryDirectory("snapshot-fault")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/crm.eqsnap"
        #expect(try Self.eq(["--data", Reliability.dataDirectory, "-c", "users | limit 5 | count; save snapshot \"\(path)\""]).status == 0)
        let old = try Data(contentsOf: URL(fileURLWithPath: path))
        var write = 1
        while write < 200 {
            let run = try Self.eq(["--data", Reliability.dataDirectory, "-c", "set strict = on; save snapshot \"\(path)\""],
                                  environment: ["EQ_FAULT_WRITE": "\(write):ENOSPC"])
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0 != "crm.eqsnap" }
            #expect(leftovers.isEmpty, "write \(write): \(leftovers)")
            if run.status == 0 { break }
            #expect(run.errors.contains("cannot save snapshot") && run.errors.contains(path), "\(run.errors)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old, "write \(write) changed the old snapshot")
            write += 1
        }
        #expect(write > 1, "the first write did not fail, so the seam is not on this path")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != old)
    }

    @Test func theMemoryLimitSaysWhatIsNeededAndWhatThereIs() throws {
        let directory = try Reliability.temporaryDirectory("snapshot-memory")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/crm.eqsnap"
        #expect(try Self.eq(["--data", Reliability.dataDirectory, "-c", "save snapshot \"\(path)\""]).status == 0)
        let users = Reliability.dataDirectory + "/users.csv"
        let load = try Self.eq(["-c", "load users from \"\(users)\""], environment: ["EQ_MEMORY_LIMIT": "10KB"])
        #expect(load.status != 0)
        #expect(load.errors.contains("loading \"\(users)\" needs about"), "\(load.errors)")
        #expect(load.errors.contains("and 10 KB is available (EQ_MEMORY_LIMIT=10KB)"), "\(load.errors)")
        #expect(load.errors.contains("columns (id, email, last_login_at)") && load.errors.contains("PostgreSQL"))
        let open = try Self.eq(["-c", "load snapshot \"\(path)\""], environment: ["EQ_MEMORY_LIMIT": "10KB"])
        #expect(open.status != 0)
        #expect(open.errors.contains("opening snapshot \"\(path)\" needs about"), "\(open.errors)")
        let folder = try Self.eq(["--data", Reliability.dataDirectory, "-c", "users | count"],
                                 environment: ["EQ_MEMORY_LIMIT": "10KB"])
        #expect(folder.status != 0)
        #expect(folder.errors.contains("needs about"), "\(folder.errors)")
        // With room, the same load goes through.
        let roomy = try Self.eq(["-c", "load users from \"\(users)\"; users | count"], environment: ["EQ_MEMORY_LIMIT": "2GB"])
        #expect(roomy.status == 0, "\(roomy.errors)")
    }
}
