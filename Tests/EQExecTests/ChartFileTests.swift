import EQEngine
import EQStore
import Foundation
import Testing

/// `| chart ... to FILE` writes what the file name says and, like `export`, keeps an existing file
/// unless told `overwrite`.
@Suite struct ChartFileTests {
    static func session() -> Session {
        ExecFixture.session(Table(name: "users", columns: [
            ExecFixture.strings("role", ["staff", "student", "student"]),
            ExecFixture.ints("score", [1, 2, 3]),
        ]))
    }

    @Test func keepsAnExistingFileUnlessToldToOverwrite() throws {
        let folder = try ExportTests.folder()
        let session = Self.session()
        let text = """
            users | count by role | chart bar to "\(folder)/roles.svg"
            users | count by role | chart bar to "\(folder)/roles.svg"
            users | count by role | chart bar to "\(folder)/roles.svg" overwrite
            """
        var printed: [String] = []
        let failures = session.run(text, keepGoing: true) { outcome, _ in
            if case .text(let line) = outcome { printed.append(line) }
        }
        #expect(failures.map(\.message) == ["\"\(folder)/roles.svg\" already exists"])
        #expect(failures.first?.hint == "add `overwrite` after the file name to replace it")
        #expect(printed.count == 2)
        #expect(try ExportTests.contents(folder + "/roles.svg").contains("<svg"))
    }

    @Test func writesTheFormatTheNameSays() throws {
        let folder = try ExportTests.folder()
        let session = Self.session()
        let failures = session.run("""
            users | count by role | chart bar to "\(folder)/roles.txt"
            users | count by role | chart bar to "\(folder)/roles.png"
            """, keepGoing: true) { _, _ in }
        #expect(try ExportTests.contents(folder + "/roles.txt").hasPrefix("count by role\n"))
        #expect(failures.map(\.message) == ["eq cannot write a chart as a .png file"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/roles.png"))
    }
}
