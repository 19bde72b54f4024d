import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

/// Random, mostly malformed input: the loader must never trap, and cutting the file into many chunks must
/// never change the outcome (the same rows and types, or the same first error).
@Suite struct LoaderFuzzTests {
    /// A fixed-seed generator, so a failure reproduces.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let csvPieces: [[UInt8]] = [
        "a", "1", "-7", "2.5", ",", ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r", "2024-01-01",
        "2024-01-01 10:00:00", "true", "é", " ", "9007199254740993", "",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3]]

    static let jsonPieces: [[UInt8]] = [
        "{", "}", "\"a\"", "\"b\"", ":", ",", "1", "2.5", "\"x\"", "\"2024-01-01\"", "true", "null", "[1]",
        "\n", " ", "\"\\n\"", "\"\\u00e9\"", "\"", "\\",
    ].map { Array($0.utf8) } + [[0xFF]]

    static func randomInput(seed: UInt64, pieces: [[UInt8]], prefix: String) -> [UInt8] {
        var generator = Generator(state: seed)
        var bytes = Array(prefix.utf8)
        for _ in 0..<(20 + generator.next(300)) { bytes += pieces[generator.next(pieces.count)] }
        return bytes
    }

    enum Outcome: Equatable {
        case table([String], [DataType], [[Value]])
        case failure(String?, String)
    }

    static func outcome(_ load: () throws(Diagnostic) -> Table) -> Outcome {
        do {
            let table = try load()
            let values = table.columns.map { column in (0..<table.rowCount).map { column.value(at: $0) } }
            return .table(table.columns.map(\.name), table.columns.map(\.type), values)
        } catch {
            return .failure(error.locationText, error.message)
        }
    }

    @Test(arguments: 0..<300)
    func csvChunkingNeverChangesTheOutcome(_ seed: Int) {
        // Well-formed records are common enough that many seeds load, not just fail early.
        let bytes = LoaderFuzzTests.randomInput(seed: UInt64(seed), pieces: LoaderFuzzTests.csvPieces, prefix: "a,b\n")
        func load(_ chunkSize: Int?) -> Outcome {
            LoaderFuzzTests.outcome { () throws(Diagnostic) -> Table in
                try TableLoader.parseCSV(bytes: bytes, sourceName: "f.csv", tableName: "f", options: .init(),
                                         chunkSize: chunkSize)
            }
        }
        let whole = load(nil)
        #expect(load(16) == whole)
        #expect(load(7) == whole)
    }

    @Test(arguments: 0..<300)
    func ndjsonChunkingNeverChangesTheOutcome(_ seed: Int) {
        let bytes = LoaderFuzzTests.randomInput(seed: UInt64(seed), pieces: LoaderFuzzTests.jsonPieces,
                                                prefix: "{\"a\": 1}\n")
        func load(_ chunkSize: Int?) -> Outcome {
            LoaderFuzzTests.outcome { () throws(Diagnostic) -> Table in
                try TableLoader.parseNDJSON(bytes: bytes, sourceName: "f.ndjson", tableName: "f", chunkSize: chunkSize)
            }
        }
        let whole = load(nil)
        #expect(load(16) == whole)
    }

    /// Well-formed random tables, so the comparison above is not only between two failures.
    @Test(arguments: 0..<50)
    func wellFormedRandomTablesLoadTheSameInChunks(_ seed: Int) throws {
        var generator = Generator(state: UInt64(seed) &+ 1000)
        let cells = ["1", "-2", "3.5", "", "\"\"", "x", "\"a,b\"", "\"l1\nl2\"", "2024-02-29", "2024-02-29 01:02:03",
                     "TRUE", "9007199254740993", "\"q\"\"q\""]
        var text = "a,b,c\n"
        for _ in 0..<(1 + generator.next(400)) {
            text += (0..<3).map { _ in cells[generator.next(cells.count)] }.joined(separator: ",") + "\n"
        }
        let whole = LoaderFuzzTests.outcome { () throws(Diagnostic) -> Table in try loadCSV(text) }
        guard case .table = whole else {
            Issue.record("a well-formed table failed: \(whole)")
            return
        }
        #expect(LoaderFuzzTests.outcome { () throws(Diagnostic) -> Table in try loadCSV(text, chunkSize: 32) } == whole)
    }
}
