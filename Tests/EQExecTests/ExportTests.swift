import EQEngine
import EQOutput
import EQStore
import Foundation
import Testing

/// Export must never leave a partial or clobbered list behind: these pin the refusal to overwrite, the
/// atomic replacement, RFC 4180 quoting and the formula guard.
struct ExportTests {
    /// A fresh, empty folder per test.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("eq-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    static func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    static let people = Table(name: "users", columns: [
        ExecFixture.ints("id", [1, 2, 3, 4]),
        ExecFixture.strings("name", ["Smith, Anna", "Jo \"JJ\" Lee", "two\nlines", "=HYPERLINK(\"x\")"]),
        ExecFixture.strings("email", ["a@x.org", "-b@x.org", "@c", nil], plain: true),
        ExecFixture.ints("score", [-5, 10, 20, 30]),
    ])

    @Test func quotesCommasQuotesAndLineBreaks() throws {
        let path = try Self.folder() + "/list.csv"
        let summary = try ExportWriter(raw: true).write(Self.people, to: path)
        #expect(summary == ExportWriter.Summary(rows: 4, defusedCells: 0))
        #expect(try Self.contents(path) == """
            id,name,email,score
            1,"Smith, Anna",a@x.org,-5
            2,"Jo ""JJ"" Lee",-b@x.org,10
            3,"two
            lines",@c,20
            4,"=HYPERLINK(""x"")",,30

            """)
    }

    @Test func formulaGuardPrefixesRiskyTextCellsOnly() throws {
        let path = try Self.folder() + "/list.csv"
        let summary = try ExportWriter().write(Self.people, to: path)
        // Three text cells start with = - @; the number -5 is not text and stays as it is.
        #expect(summary.defusedCells == 3)
        #expect(try Self.contents(path) == """
            id,name,email,score
            1,"Smith, Anna",a@x.org,-5
            2,"Jo ""JJ"" Lee",'-b@x.org,10
            3,"two
            lines",'@c,20
            4,"'=HYPERLINK(""x"")",,30

            """)
    }

    @Test func tabAndCarriageReturnAreRiskyToo() {
        #expect(FormulaGuard.isRisky("\tcmd"))
        #expect(FormulaGuard.isRisky("\r=1"))
        #expect(FormulaGuard.isRisky("+1"))
        #expect(!FormulaGuard.isRisky("Anna"))
        #expect(!FormulaGuard.isRisky(""))
    }

    @Test func refusesToReplaceAnExistingFile() throws {
        let folder = try Self.folder()
        let path = folder + "/list.csv"
        try "old list\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: ExportWriter.Failure.file(.exists(path: path))) {
            try ExportWriter().write(Self.people, to: path)
        }
        #expect(try Self.contents(path) == "old list\n")
        #expect(try Self.entries(folder) == ["list.csv"])
    }

    @Test func overwriteReplacesTheWholeFile() throws {
        let folder = try Self.folder()
        let path = folder + "/list.csv"
        try String(repeating: "a much longer old list\n", count: 1000).write(toFile: path, atomically: false, encoding: .utf8)
        _ = try ExportWriter(overwrite: true).write(Self.people, to: path)
        #expect(try Self.contents(path).hasPrefix("id,name,email,score\n1,"))
        #expect(!(try Self.contents(path)).contains("old list"))
        #expect(try Self.entries(folder) == ["list.csv"])
    }

    /// A write that fails half-way (here: the body throws after writing part of the file) leaves the
    /// old file exactly as it was and no temporary file behind.
    @Test func aFailedWriteLeavesTheOldFileAndNoTemporary() throws {
        let folder = try Self.folder()
        let path = folder + "/list.csv"
        try "old list\n".write(toFile: path, atomically: false, encoding: .utf8)
        struct Crash: Error {}
        let result = try AtomicFile.write(to: path, replacing: true) { (fd: Int32) throws(Crash) in
            let partial = Array("id,name\n1,half".utf8)
            _ = partial.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            throw Crash()
        }
        guard case .failure = result else {
            Issue.record("the write should have failed")
            return
        }
        #expect(try Self.contents(path) == "old list\n")
        #expect(try Self.entries(folder) == ["list.csv"])
    }

    @Test func aFailedFirstWriteLeavesNoFileAtAll() throws {
        let folder = try Self.folder()
        struct Crash: Error {}
        _ = try AtomicFile.write(to: folder + "/new.csv", replacing: false) { (_: Int32) throws(Crash) in throw Crash() }
        #expect(try Self.entries(folder).isEmpty)
    }

    @Test func aMissingFolderIsAnError() throws {
        let path = try Self.folder() + "/no/such/folder/list.csv"
        #expect(throws: ExportWriter.Failure.self) { try ExportWriter().write(Self.people, to: path) }
    }

    @Test func ndjsonByExtensionAndNoFormulaGuard() throws {
        let path = try Self.folder() + "/list.ndjson"
        let summary = try ExportWriter().write(Self.people, to: path)
        #expect(summary.defusedCells == 0)
        let lines = try Self.contents(path).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[3] == #"{"id":4,"name":"=HYPERLINK(\"x\")","email":null,"score":30}"#)
    }

    @Test func unknownExtensionIsAnError() throws {
        let path = try Self.folder() + "/list.xlsx"
        #expect(throws: ExportWriter.Failure.unknownExtension(path)) { try ExportWriter().write(Self.people, to: path) }
    }

    /// Through the language: the summary line, the column list, `distinct`, and the refusal's message.
    @Test func exportStatement() throws {
        let folder = try Self.folder()
        let session = ExecFixture.session(Table(name: "users", columns: [
            ExecFixture.ints("id", [1, 2, 3, 4]),
            ExecFixture.strings("email", ["a@x.org", "=b@x.org", "a@x.org", "c@x.org"]),
            ExecFixture.strings("name", ["Ann", "Bob", "Ann again", "Cy, Jr."]),
        ]))
        var printed: [String] = []
        let text = """
            users | distinct email | export "\(folder)/list.csv" (email, name)
            users | export "\(folder)/list.csv"
            """
        let failures = session.run(text, keepGoing: true) { outcome, _ in
            if case .text(let line) = outcome { printed.append(line) }
        }
        #expect(printed == ["exported 3 rows to \(folder)/list.csv; dropped 1 row repeating an earlier email (compared "
                            + "ignoring case and surrounding spaces); 1 cell starting "
                            + "with = + - @ prefixed with ' (add `raw` to keep them as they are)"])
        #expect(try Self.contents(folder + "/list.csv") == "email,name\na@x.org,Ann\n'=b@x.org,Bob\nc@x.org,\"Cy, Jr.\"\n")
        #expect(failures.map(\.message) == ["\"\(folder)/list.csv\" already exists"])
        #expect(failures.first?.hint == "add `overwrite` to replace it")
    }
}
