import EQOutput
import EQStore
import Foundation
import Testing

@Suite struct ResultStreamWriterTests {
    /// Enough rows to cross several encoding batches and, with a small block size, many flushes.
    let table = usersTable(rows: 5000)

    func written(_ format: OutputFormat) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("eq-writer-\(UUID()).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ResultStreamWriter(format: format, blockSize: 4096).write(table, toFile: path)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test(arguments: [OutputFormat.csv, .json, .ndjson])
    func streamingMatchesRendering(format: OutputFormat) throws {
        #expect(try written(format) == ResultRenderer.render(table, options: RenderOptions(format: format)))
    }

    @Test func csvHasOneLinePerRowPlusHeader() throws {
        let lines = try written(.csv).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5002)
        #expect(lines[0] == "id,name,email,plan,score,ratio,joined_at,last_login_at")
        #expect(lines[5] == "5,\"Ann-Marie Johansson, Jr\",user5@example.org,pro,148,0.5714285714285714,2024-01-05,2024-06-01 04:05:09")
        #expect(lines[6] == "6,\"Omar \"\"Singh\"\"\",user6@example.org,team,,0.7142857142857143,2024-01-06,2024-06-01 05:05:09")
    }

    @Test func jsonArrayIsValidAcrossBatches() throws {
        let data = Data(try written(.json).utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == 5000)
        #expect(objects[4999]["email"] as? String == "user5000@example.org")
        #expect(objects[1]["score"] is NSNull)
    }

    /// Large enough to be encoded on several lanes in parallel; the output must still be in row order.
    @Test func parallelEncodingKeepsRowOrder() throws {
        let rowCount = 140_001
        let kinds = ["login", "page_view", "email, open"]
        let table = Table(name: "events", columns: [
            Column(name: "user_id", storage: .int((0..<rowCount).map { Int64($0) }),
                   validity: ValidityMask(allValid: rowCount)),
            Column(name: "type", storage: .string(StringColumn(dictionary: StringDictionary(kinds),
                                                               codes: (0..<rowCount).map { UInt32($0 % 3) })),
                   validity: ValidityMask(allValid: rowCount)),
        ])
        var expected = "user_id,type\n"
        for rowIndex in 0..<rowCount {
            expected += rowIndex % 3 == 2 ? "\(rowIndex),\"email, open\"\n" : "\(rowIndex),\(kinds[rowIndex % 3])\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("eq-lanes-\(UUID()).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ResultStreamWriter().write(table, toFile: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)

        let json = ResultRenderer.render(table, options: RenderOptions(format: .json))
        let lines = json.split(separator: "\n")
        #expect(lines.count == rowCount + 2)
        #expect(lines[rowCount - 1] == #"{"user_id":139999,"type":"page_view"},"#)
        #expect(lines[rowCount] == #"{"user_id":140000,"type":"email, open"}"#)
        #expect(lines[rowCount + 1] == "]")
    }

    @Test func unwritablePathIsAnError() {
        #expect(throws: OutputError.self) {
            try ResultStreamWriter().write(table, toFile: "/nonexistent-dir/x.csv")
        }
    }
}
