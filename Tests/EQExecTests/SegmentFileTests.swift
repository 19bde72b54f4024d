import EQEngine
import EQStore
import Foundation
import Testing

/// Segments are kept across sessions: `save segments` writes them, a new session reads them back.
struct SegmentFileTests {
    @Test func saveAndLoadRoundTrip() throws {
        let folder = try ExportTests.folder()
        let users = Table(name: "users", columns: [
            ExecFixture.ints("id", [1, 2, 3]), ExecFixture.strings("role", ["student", "staff", "student"]),
        ])
        let first = ExecFixture.session(users)
        first.segmentsPath = folder + "/eq.segments"
        let failures = first.run("""
            let students = users where role = student
            let first_student = students
              | limit 1
            save segments
            """) { _, _ in }
        #expect(failures.isEmpty)
        #expect(try String(contentsOfFile: folder + "/eq.segments", encoding: .utf8) == """
            let students = users where role = student
            let first_student = students
              | limit 1

            """)
        let second = ExecFixture.session(users)
        second.segmentsPath = folder + "/eq.segments"
        try second.loadSegments()
        #expect(second.segments.map(\.name) == ["students", "first_student"])
        #expect(ExecFixture.rows(second, "first_student | show id") == ["1"])
        #expect(ExecFixture.rows(second, "users where not in students | show id") == ["2"])
    }

    @Test func aMissingFileMeansNoSegments() throws {
        let session = ExecFixture.session()
        try session.loadSegments(from: try ExportTests.folder() + "/none")
        #expect(session.segments.isEmpty)
    }
}

extension SegmentFileTests {
    /// A hand-edited file can hold a cycle that `let` would refuse; using it is an error, not a crash.
    @Test func aCycleFromTheFileIsAnError() throws {
        let folder = try ExportTests.folder()
        try "let a = b\nlet b = a where id > 1\n".write(toFile: folder + "/eq.segments", atomically: false, encoding: .utf8)
        let session = ExecFixture.session(Table(name: "users", columns: [ExecFixture.ints("id", [1, 2])]))
        try session.loadSegments(from: folder + "/eq.segments")
        let failures = ExecFixture.failures(session, "a | count")
        #expect(failures.first?.message.hasSuffix("refers to itself through other segments") == true)
    }
}
