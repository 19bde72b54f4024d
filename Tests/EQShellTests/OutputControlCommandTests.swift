import EQTestSupport
import Foundation
import Testing

/// Output control from a pipe, `-c` and `eq run`: `.once`, `.headers`, `.nullvalue`, the new modes,
/// one JSON document for several statements, titled report parts and quoted table names.
@Suite struct OutputControlCommandTests {
    static let data = ExampleScriptTests.dataDirectory

    static func run(_ arguments: [String], input: String = "") throws -> (out: String, err: String, status: Int32) {
        try ExampleScriptTests.run(arguments, input: input)
    }

    @Test func onceSendsTheNextResultOnlyToAFile() throws {
        let file = try TemporaryFile.directory() + "/once.csv"
        let result = try Self.run(["--data", Self.data, "--today", "2024-07-01", "--format", "csv"],
                                  input: ".once \(file)\nusers | count\nusers | count by role | limit 1\n")
        #expect(result.status == 0, "\(result.err)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "count\n2000\n")
        #expect(result.out == "role,count\nadmin,81\n" || result.out.hasPrefix("role,count\n"), "\(result.out)")
        #expect(!result.out.contains("2000"))
    }

    @Test func onceIsRefusedWhereOutputIsAStream() throws {
        let result = try Self.run(["--data", Self.data, "-c", ".once x.csv\nusers | count"])
        #expect(result.status == 1)
        #expect(result.err.contains("`.once` redirects the shell's results"), "\(result.err)")
    }

    @Test func headersNullValueAndTabsFromAPipeAndFromC() throws {
        let statements = ".mode tabs\n.headers off\n.nullvalue -\nusers | show id, email | sort by email | limit 1"
        let piped = try Self.run(["--data", Self.data, "--today", "2024-07-01"], input: statements + "\n")
        let command = try Self.run(["--data", Self.data, "--today", "2024-07-01", "-c", statements])
        #expect(piped.status == 0 && command.status == 0, "\(piped.err)\(command.err)")
        #expect(piped.out == command.out)
        #expect(!piped.out.contains("email") && piped.out.contains("\t"), "\(piped.out)")
    }

    /// `.maxwidth` narrows the table view; `.expanded auto` then prints a row that does not fit as
    /// `column = value` lines rather than hiding columns. The same piped and after `-c`.
    @Test func maxWidthAndExpandedDisplay() throws {
        let query = "users | show id, name, email, role, country | limit 1"
        for arguments in [["--data", Self.data, "-c", ".maxwidth 40\n" + query + "\n.expanded auto\n" + query]] {
            let result = try Self.run(arguments)
            #expect(result.status == 0, "\(result.err)")
            let parts = result.out.components(separatedBy: "\n\n")
            #expect(parts.count == 2, "\(result.out)")
            #expect(parts[0].split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(parts[0])")
            #expect(parts[0].contains("hidden"), "\(parts[0])")
            #expect(parts.last?.hasPrefix("-[ row 1 ]-\n     id = 1\n") == true, "\(result.out)")
        }
        let piped = try Self.run(["--data", Self.data], input: ".maxwidth 40\n.expanded auto\n" + query + "\n")
        #expect(piped.out.hasPrefix("-[ row 1 ]-\n     id = 1\n"), "\(piped.out)")
        let refused = try Self.run(["--data", Self.data, "-c", ".maxwidth 5"])
        #expect(refused.status == 1 && refused.err.contains("N is 0 (the terminal's width) or from 20 to 100000"),
                "\(refused.err)")
    }

    @Test func severalStatementsAreOneJSONDocument() throws {
        let statements = "users | count\nusers | count by role | limit 2"
        for result in [try Self.run(["--data", Self.data, "--format", "json", "-c", statements]),
                       try Self.run(["--data", Self.data, "--format", "json"], input: statements + "\n")] {
            #expect(result.status == 0, "\(result.err)")
            let document = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]]
            #expect(document?.count == 2, "\(result.out)")
            #expect(document?.first?["statement"] as? String == "users | count")
            #expect((document?.last?["rows"] as? [Any])?.count == 2)
        }
        let single = try Self.run(["--data", Self.data, "--format", "json", "-c", "users | count"])
        #expect(single.out == "[\n{\"count\":2000}\n]\n")
    }

    @Test func theCompositeCohortsTitlesEachPart() throws {
        let result = try Self.run(["--data", Self.data, "-c", "cohorts from 2024-01 to 2024-02"])
        #expect(result.status == 0, "\(result.err)")
        for part in ["registrations", "status", "retention", "distribution", "at_risk"] {
            #expect(result.out.contains("cohorts \(part)\n┌"), "\(result.out)")
        }
    }

    @Test func aQuotedNameFindsTheTableAFileBecame() throws {
        let folder = try CommandLineTests.folder(["my table.csv": "id,n\n1,2\n2,3\n", "2024-report.csv": "id\n1\n"])
        let result = try Self.run(["--data", folder, "--format", "csv", "-c",
                                   "\"my table\" | count\n\"2024-report\" | count\nmy_table where n = 3 | count"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "count\n2\n\ncount\n1\n\ncount\n1\n")
        let schema = try Self.run(["--data", folder, "-c", ".schema \"my table\""])
        #expect(schema.status == 0 && schema.out.hasPrefix("my_table (2 rows)"), "\(schema.out)\(schema.err)")
    }
}
