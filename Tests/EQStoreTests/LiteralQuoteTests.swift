import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

/// A quote that is not the first byte of a field is an ordinary character (DuckDB, Polars and Python's
/// csv module read `5'11"` the same way), and the parallel chunk planner must agree with the scanner on
/// that, or a chunk cut lands inside a quoted field.
@Suite struct LiteralQuoteTests {
    @Test func quoteInsideAnUnquotedFieldIsLiteral() throws {
        let table = try loadCSV("place,height\n37°36'37.8\"N,5'11\"\nx\"y\"z,\"quoted, \"\"really\"\"\"\n")
        #expect(table.values("place") == [.string("37°36'37.8\"N"), .string("x\"y\"z")])
        #expect(table.values("height") == [.string("5'11\""), .string("quoted, \"really\"")])
    }

    @Test func literalQuotesWithOtherDelimiters() throws {
        let table = try loadCSV("a;b\n1\";2\"\"\n", options: LoadOptions(delimiter: UInt8(ascii: ";")))
        #expect(table.values("a") == [.string("1\"")])
        #expect(table.values("b") == [.string("2\"\"")])
    }

    /// Every row has one literal quote (an odd count, which flips a plain quote parity) and every fifth a
    /// quoted field with a line break and a doubled quote in it: a cut by parity would land inside one.
    static func coordinatesCSV(rows: Int) -> String {
        var text = "id,latitude,note,n\n"
        for rowIndex in 0..<rows {
            let note = rowIndex % 5 == 0 ? "\"line one\nline \"\"two\"\", \(rowIndex)\"" : "plain \(rowIndex)"
            text += "\(rowIndex),37°\(rowIndex % 60)'37.8\"N,\(note),\(rowIndex * 3)\n"
        }
        return text
    }

    @Test(arguments: [64, 200, 1000, 4096])
    func chunkedLoadReadsLiteralQuotesLikeOneChunk(_ chunkSize: Int) throws {
        let text = LiteralQuoteTests.coordinatesCSV(rows: 4000)
        let whole = try loadCSV(text)
        #expect(whole.rowCount == 4000)
        #expect(whole.values("latitude")[61] == .string("37°1'37.8\"N"))
        #expect(whole.values("note")[5] == .string("line one\nline \"two\", 5"))
        let chunked = try loadCSV(text, chunkSize: chunkSize)
        #expect(chunked.rowCount == 4000)
        for column in whole.columns {
            #expect(chunked.column(column.name).type == column.type)
            #expect(chunked.values(column.name) == whole.values(column.name), "\(column.name)")
        }
    }

    @Test func chunkCutsFollowTheScannersQuoteRules() {
        let text = "a,b\n" + (0..<600).map { "\($0)\",\"x\n\($0),\"\"y\"" }.joined(separator: "\n") + "\n"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let chunks = ChunkPlanner.chunks(base, range: 4..<buffer.count, chunkSize: 100)
            #expect(chunks.count > 10)
            for chunk in chunks.dropFirst() {
                // Each record is `N",` + a quoted field holding a line break and `N,""y`: a cut may only
                // follow the closing quote.
                #expect(buffer[chunk.lowerBound - 1] == UInt8(ascii: "\n"))
                #expect(buffer[chunk.lowerBound - 2] == UInt8(ascii: "\""))
            }
        }
    }
}
