import EQDiagnostics
import EQTypes
import Foundation
import Testing

@testable import EQStore

/// Loading from paths: format by extension, file errors, and declared engagement roles.
@Suite struct TableLoaderFileTests {
    /// A fresh directory per test, removed afterwards.
    final class Directory {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("eqstore-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ name: String, _ text: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    func loadError(path: String, options: LoadOptions = .init()) -> Diagnostic? {
        do {
            _ = try TableLoader.load(path: path, tableName: "t", options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [("t.csv", "a,b\n1,x\n"), ("t.tsv", "a\tb\n1\tx\n"), ("t.ndjson", "{\"a\": 1, \"b\": \"x\"}\n"),
                      ("t.jsonl", "{\"a\": 1, \"b\": \"x\"}\n"), ("t.TXT", "a,b\n1,x\n")])
    func formatFollowsTheExtension(_ name: String, _ text: String) throws {
        let directory = try Directory()
        let table = try TableLoader.load(path: try directory.write(name, text), tableName: "t")
        #expect(table.columns.map(\.name) == ["a", "b"])
        #expect(table.values("a") == [.int(1)])
        #expect(table.values("b") == [.string("x")])
    }

    @Test func declaredFormatOverridesTheExtension() throws {
        let directory = try Directory()
        let path = try directory.write("t.txt", "{\"a\": 1}\n")
        let table = try TableLoader.load(path: path, tableName: "t", options: LoadOptions(format: .ndjson))
        #expect(table.values("a") == [.int(1)])
    }

    @Test func missingFile() {
        let diagnostic = loadError(path: "/nonexistent/users.csv")
        #expect(diagnostic?.message == "cannot open \"/nonexistent/users.csv\": No such file or directory")
    }

    @Test func directoryIsNotAFile() throws {
        let directory = try Directory()
        #expect(loadError(path: directory.url.path)?.message == "cannot open \"\(directory.url.path)\": Is a directory")
    }

    @Test func emptyFileOnDisk() throws {
        let directory = try Directory()
        let path = try directory.write("empty.csv", "")
        #expect(loadError(path: path)?.message == "\"\(path)\" is empty")
    }

    @Test func errorsNameThePath() throws {
        let directory = try Directory()
        let path = try directory.write("bad.csv", "a,b\n1,2\n3\n")
        #expect(loadError(path: path)?.locationText == "\(path):3:2")
    }

    @Test func declaredRolesOverrideInferredOnes() throws {
        let directory = try Directory()
        let text = "member,signup,seen,joined_at\n1,2024-01-01,2024-02-01 00:00:00,2024-01-01\n"
        let path = try directory.write("u.csv", text)
        let options = LoadOptions(timeColumn: "SIGNUP", keyColumn: "member", lastSeenColumn: "seen")
        let table = try TableLoader.load(path: path, tableName: "u", options: options)
        #expect(table.timeColumn == 1)
        #expect(table.lastSeenColumn == 2)
        #expect(table.keyColumn == 0)
    }

    @Test func declaredRoleMustExist() throws {
        let directory = try Directory()
        let path = try directory.write("u.csv", "id,signup\n1,2024-01-01\n")
        let diagnostic = loadError(path: path, options: LoadOptions(timeColumn: "singup"))
        #expect(diagnostic?.message == "no column \"singup\" in \(path) for the time column")
        #expect(diagnostic?.hint == "did you mean \"signup\"?")
    }

    @Test func declaredTimeColumnMustBeTemporal() throws {
        let directory = try Directory()
        let path = try directory.write("u.csv", "id,signup\n1,2024-01-01\n")
        let diagnostic = loadError(path: path, options: LoadOptions(timeColumn: "id"))
        #expect(diagnostic?.message == "the time column \"id\" is int, not a date or timestamp")
    }

    @Test func smallFilesReportNoProgress() throws {
        let directory = try Directory()
        let path = try directory.write("t.csv", "a\n1\n")
        _ = try TableLoader.load(path: path, tableName: "t") { _, _ in Issue.record("progress for a tiny file") }
    }
}
