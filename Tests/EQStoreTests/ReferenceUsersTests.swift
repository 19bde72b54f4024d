import EQTypes
import Testing

@testable import EQStore

/// The reference dataset's users.csv: the file every golden case starts from.
@Suite struct ReferenceUsersTests {
    static func load(chunkSize: Int? = nil) throws -> Table {
        try TableLoader.parseCSV(bytes: Array(referenceUsersCSV.utf8), sourceName: "users.csv", tableName: "users",
                                 options: LoadOptions(), chunkSize: chunkSize)
    }

    @Test func typesAndRoles() throws {
        let table = try ReferenceUsersTests.load()
        #expect(table.rowCount == 2000)
        let types = Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, $0.type) })
        #expect(types == ["id": .int, "name": .string, "email": .string, "role": .string, "country": .string,
                          "plan": .string, "score": .int, "joined_at": .date, "last_login_at": .timestamp,
                          "last_email_at": .timestamp, "email_opt_in": .bool])
        #expect(table.column("score").validity.nullCount > 0)
        #expect(table.column("last_login_at").validity.nullCount > 0)
        #expect(table.timeColumn == table.columnIndex(named: "joined_at"))
        #expect(table.lastSeenColumn == table.columnIndex(named: "last_login_at"))
    }

    @Test func namesKeepCommasQuotesAndNonASCII() throws {
        let names = Set(try ReferenceUsersTests.load().values("name"))
        #expect(names.contains(.string("Johansson, Ann-Marie")))
        #expect(names.contains(.string("Omar \"Singh\" Jr")))
        #expect(names.contains(.string("李雷 Dubois")))
    }

    /// Writing every cell back with eq's canonical text and minimal RFC 4180 quoting gives the file
    /// byte for byte: nothing was lost, rounded or re-typed on the way in.
    @Test(arguments: [nil, 4096] as [Int?])
    func roundTripsByteForByte(_ chunkSize: Int?) throws {
        let table = try ReferenceUsersTests.load(chunkSize: chunkSize)
        var text = table.columns.map(\.name).joined(separator: ",") + "\n"
        for rowIndex in 0..<table.rowCount {
            text += table.columns.map { quoted($0.value(at: rowIndex).description) }.joined(separator: ",") + "\n"
        }
        #expect(text == referenceUsersCSV)
    }

    private func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
