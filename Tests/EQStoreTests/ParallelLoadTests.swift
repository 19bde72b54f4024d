import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

/// Small chunk sizes force many chunks on small inputs, so the parallel paths run in every test run:
/// quote-aware chunk cuts, per-chunk widening, the type agreement rounds and the dictionary merge.
@Suite struct ParallelLoadTests {
    static func sampleCSV(rows: Int) -> String {
        var text = "id,name,role,score,joined_at,note\n"
        let roles = ["student", "alumni", "employer", "staff", "admin"]
        for rowIndex in 0..<rows {
            let name = rowIndex % 11 == 0 ? "\"Costa, \"\"Chloé\"\" \(rowIndex)\"" : "name\(rowIndex)"
            let score = rowIndex % 13 == 0 ? "" : String(rowIndex * 7 % 1000)
            let note = rowIndex % 17 == 0 ? "\"multi\nline, \(rowIndex)\"" : "n"
            text += "\(rowIndex),\(name),\(roles[rowIndex % 5]),\(score),2024-01-\(rowIndex % 28 + 10),\(note)\n"
        }
        return text
    }

    @Test(arguments: [64, 300, 4096])
    func chunkedLoadMatchesSingleChunk(_ chunkSize: Int) throws {
        let text = ParallelLoadTests.sampleCSV(rows: 3000)
        let whole = try loadCSV(text)
        let chunked = try loadCSV(text, chunkSize: chunkSize)
        #expect(chunked.rowCount == 3000)
        for column in whole.columns {
            #expect(chunked.column(column.name).type == column.type)
            #expect(chunked.values(column.name) == whole.values(column.name), "\(column.name)")
        }
        #expect(chunked.values("note")[17] == .string("multi\nline, 17"))
    }

    @Test func dictionariesMergeAcrossChunks() throws {
        let table = try loadCSV(ParallelLoadTests.sampleCSV(rows: 3000), chunkSize: 256)
        guard case .string(let roles) = table.column("role").storage else {
            Issue.record("role is not a string column")
            return
        }
        #expect(roles.codes != nil)
        #expect(roles.dictionary.count == 5)
        let entries = Set((0..<5).map { roles.dictionary.string(at: $0) })
        #expect(entries == ["student", "alumni", "employer", "staff", "admin"])
    }

    @Test func distinctStringsUseThePlainLayout() throws {
        let table = try loadCSV(ParallelLoadTests.sampleCSV(rows: 3000), chunkSize: 256)
        guard case .string(let names) = table.column("name").storage else {
            Issue.record("name is not a string column")
            return
        }
        #expect(names.codes == nil)
        #expect(names.dictionary.count == 3000)
        #expect(names.string(at: 11) == "Costa, \"Chloé\" 11")
    }

    /// One chunk near the end widens; every other chunk must be parsed again with the wider type.
    @Test(arguments: [("12.5", DataType.double, Value.double(12.5)), ("twelve", .string, .string("twelve"))])
    func lateWideningReachesEveryChunk(_ odd: String, _ type: DataType, _ expected: Value) throws {
        var values = (0..<20_000).map(String.init)
        values[19_990] = odd
        let table = try loadCSV("v\n" + values.joined(separator: "\n") + "\n", chunkSize: 4096)
        #expect(table.column("v").type == type)
        #expect(table.values("v")[19_990] == expected)
        #expect(table.values("v")[5] == (type == .double ? .double(5) : .string("5")))
    }

    @Test func theFirstBadRecordIsReportedWhicheverChunkFindsIt() {
        var lines = (0..<5000).map { "\($0),x" }
        lines[4000] = "4000,x,extra"
        lines[1000] = "1000"
        let diagnostic = loadError("a,b\n" + lines.joined(separator: "\n") + "\n", chunkSize: 1000)
        #expect(diagnostic?.locationText == "t.csv:1002:5")
    }

    @Test func chunkCutsNeverFallInsideQuotes() {
        let text = "a,b\n" + (0..<500).map { "\($0),\"x\n\($0),y\"" }.joined(separator: "\n") + "\n"
        let base = Array(text.utf8)
        base.withUnsafeBufferPointer { buffer in
            let chunks = ChunkPlanner.chunks(buffer.baseAddress!, range: 4..<buffer.count, chunkSize: 100)
            #expect(chunks.count > 10)
            for chunk in chunks.dropFirst() {
                #expect(buffer[chunk.lowerBound - 1] == UInt8(ascii: "\n"))
                #expect(buffer[chunk.lowerBound - 2] == UInt8(ascii: "\""))
            }
        }
    }
}
