import EQTestSupport
import Foundation
import Testing

/// `eq gen` through the real binary: the format flag picks the files written, and both formats load
/// back to the same tables.
@Suite struct GenerateCommandTests {
    static func generate(_ format: String, into folder: String) throws -> String {
        let result = try ExampleScriptTests.run(["gen", "--users", "300", "--seed", "9", "--out", folder, "--format", format])
        #expect(result.status == 0, "\(result.err)")
        return result.out
    }

    @Test func ndjsonFormatWritesNDJSONThatLoadsToTheSameTables() throws {
        let root = NSTemporaryDirectory() + "eq-gen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let printed = try Self.generate("ndjson", into: root + "/ndjson")
        #expect(printed.contains("users.ndjson: 300 rows"))
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/ndjson").sorted()
        #expect(names == ["events.ndjson", "users.ndjson"])
        let firstLine = try String(contentsOfFile: root + "/ndjson/users.ndjson", encoding: .utf8)
            .split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("{\"id\":1,"))
        _ = try Self.generate("csv", into: root + "/csv")
        // Typed queries (status needs timestamps, the sum needs integers) and every row of both tables.
        let script = "users | count by status, role; users | sum score by plan; events where at since 2024-01 | count by type; users; events"
        let fromCSV = try ExampleScriptTests.run(["--data", root + "/csv", "--today", "2024-06-30", "--format", "csv", "-c", script])
        let fromNDJSON = try ExampleScriptTests.run(["--data", root + "/ndjson", "--today", "2024-06-30", "--format", "csv", "-c", script])
        #expect(fromCSV.status == 0 && fromNDJSON.status == 0, "\(fromCSV.err)\(fromNDJSON.err)")
        #expect(fromCSV.out.count > 10_000)
        #expect(fromNDJSON.out == fromCSV.out)
    }
}
