import EQOutput
import EQStore
import EQTypes
import Foundation
import Testing

/// The export's formula guard runs on the bytes as cells are encoded; `FormulaGuard.defuse` (a guarded
/// copy of every dictionary, then the plain writer) is the reference it must match byte for byte.
@Suite struct GuardedCSVEncodingTests {
    /// Pieces that exercise every branch: the triggers, the characters that force quoting, non-ASCII.
    static let pieces = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"", ",", ";", "'", " ", "a", "Zoë",
                         "李雷", "e\u{301}", "ß", "İ", "=SUM(A1)", "\"\"", "x@y.org", "1", "-0", "😀"]

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func hostile(_ random: inout Generator) -> String {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// A table of `rows` rows: a repeating (coded) text column, a plain one, numbers; some nulls.
    static func table(rows: Int, seed: UInt64) -> Table {
        var random = Generator(state: seed)
        let vocabulary = (0..<40).map { _ in hostile(&random) }
        var coded: [Value] = []
        var plain: [Value] = []
        var numbers: [Value] = []
        var doubles: [Value] = []
        for _ in 0..<rows {
            coded.append(Int.random(in: 0..<10, using: &random) == 0 ? .null
                         : .string(vocabulary.randomElement(using: &random)!))
            plain.append(Int.random(in: 0..<10, using: &random) == 0 ? .null : .string(hostile(&random)))
            numbers.append(.int(Int64.random(in: -1000...1000, using: &random)))
            doubles.append(.double(Double(Int.random(in: -9999...9999, using: &random)) / 8))
        }
        return Table(name: "t", columns: [
            makeColumn(hostile(&random), .string, coded),
            makeColumn("=plain", .string, plain, plainStrings: true),
            makeColumn("n", .int, numbers),
            makeColumn(hostile(&random), .double, doubles),
        ])
    }

    static func written(_ table: Table, delimiter: UInt8, guarded: Bool) throws -> (bytes: [UInt8], defused: Int) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("eq-guard-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var writer = ResultStreamWriter(format: .csv, delimiter: delimiter, blockSize: 4096)
        writer.guardsFormulas = guarded
        let defused = try writer.write(table, to: fd)
        close(fd)
        return (Array(try Data(contentsOf: URL(fileURLWithPath: path))), defused)
    }

    @Test(arguments: zip([UInt64(1), 2, 3, 4], [UInt8(ascii: ","), 0x09, UInt8(ascii: ";"), UInt8(ascii: "'")]))
    func guardedEncoderMatchesTheDefusedCopy(seed: UInt64, delimiter: UInt8) throws {
        let table = Self.table(rows: 3000, seed: seed)
        let (reference, cells) = FormulaGuard.defuse(table)
        let old = try Self.written(reference, delimiter: delimiter, guarded: false)
        let new = try Self.written(table, delimiter: delimiter, guarded: true)
        #expect(cells > 0)
        #expect(new.defused == cells)
        #expect(new.bytes == old.bytes)
        // Unguarded, the cells are written as they are.
        let raw = try Self.written(table, delimiter: delimiter, guarded: false)
        #expect(raw.defused == 0)
        #expect(raw.bytes != new.bytes)
    }

    /// Enough rows for several encoding lanes (a lane takes 65,536 rows a round) and a gathered slice
    /// of a plain column, whose codes point into a dictionary larger than the list.
    @Test func manyRowsOnSeveralLanesAndAGatheredSlice() throws {
        let table = Self.table(rows: 150_000, seed: 9)
        let slice = Table(name: "t", columns: table.columns.map { $0.gather((0..<140_000).map { UInt32($0 * 7 % 150_000) }) })
        for candidate in [table, slice] {
            let (reference, cells) = FormulaGuard.defuse(candidate)
            let old = try Self.written(reference, delimiter: UInt8(ascii: ","), guarded: false)
            let new = try Self.written(candidate, delimiter: UInt8(ascii: ","), guarded: true)
            #expect(new.defused == cells)
            #expect(new.bytes == old.bytes)
        }
    }
}
