import EQEngine
import EQStore
import Foundation
import Testing

/// `define NAME = case ... end`: the column's values, its persistence with the segments, and the
/// errors of a definition.
struct LifecycleTests {
    static func users() -> Table {
        Table(name: "users", columns: [
            ExecFixture.ints("id", [1, 2, 3, 4]), ExecFixture.ints("score", [10, 600, 950, nil]),
            ExecFixture.strings("role", ["student", "staff", "student", "staff"]),
        ])
    }

    /// The first condition that holds wins; a null score meets no condition and takes `else`.
    @Test func firstMatchingBranchWins() {
        let session = ExecFixture.session(LifecycleTests.users())
        #expect(ExecFixture.failures(session, """
            define tier = case when score >= 500 then "mid" when score >= 900 then "top" else "low" end
            """).isEmpty)
        #expect(ExecFixture.rows(session, "users | show id, tier") == ["1|low", "2|mid", "3|mid", "4|low"])
        // `count by` and `sort by` follow the declared labels (mid, top, low), not their text.
        #expect(ExecFixture.rows(session, "users | count by tier") == ["mid|2", "low|2"])
        #expect(ExecFixture.rows(session, "users | sort by tier | show id") == ["2", "3", "1", "4"])
    }

    /// A list filtered on a lifecycle keeps the table's own columns; `show *` does not add it either.
    @Test func filteredRowsKeepTheirColumns() {
        let session = ExecFixture.session(LifecycleTests.users())
        _ = ExecFixture.failures(session, "define tier = case when score >= 500 then \"high\" else \"low\" end")
        let table = ExecFixture.query(session, "users where tier = high")
        #expect(table?.columns.map(\.name) == ["id", "score", "role"])
        #expect(ExecFixture.query(session, "users where tier = low | show *")?.columns.map(\.name) == ["id", "score", "role"])
    }

    @Test func savedWithTheSegmentsAndReadBack() throws {
        let folder = try ExportTests.folder()
        let first = ExecFixture.session(LifecycleTests.users())
        first.segmentsPath = folder + "/eq.segments"
        #expect(first.run("""
            define tier = case when score >= 500 then "high" else "low" end
            let high = users where tier = high
            save segments
            """) { _, _ in }.isEmpty)
        #expect(try String(contentsOfFile: folder + "/eq.segments", encoding: .utf8) == """
            let high = users where tier = high
            define tier = case when score >= 500 then "high" else "low" end

            """)
        let second = ExecFixture.session(LifecycleTests.users())
        second.segmentsPath = folder + "/eq.segments"
        try second.loadSegments()
        #expect(second.lifecycles.map(\.name) == ["tier"])
        #expect(ExecFixture.rows(second, "high | show id") == ["2", "3"])
    }

    /// A definition in the file that does not read is reported and written back unchanged, while the
    /// good ones load, as for segments.
    @Test func aBadDefinitionInTheFileIsKeptAsWritten() throws {
        let folder = try ExportTests.folder()
        let text = "define broken = case when score > then \"x\" end\ndefine tier = case when score > 100 then \"a\" end\n"
        try text.write(toFile: folder + "/eq.segments", atomically: false, encoding: .utf8)
        let session = ExecFixture.session(LifecycleTests.users())
        session.segmentsPath = folder + "/eq.segments"
        let problems = try session.loadSegments()
        #expect(problems.count == 1)
        #expect(session.lifecycles.map(\.name) == ["tier"])
        #expect(session.run("save segments") { _, _ in }.isEmpty)
        #expect(try String(contentsOfFile: folder + "/eq.segments", encoding: .utf8) == text)
        // A `define` of that name replaces the kept text.
        #expect(session.run("define broken = case when score > 1 then \"x\" end\nsave segments") { _, _ in }.isEmpty)
        #expect(try String(contentsOfFile: folder + "/eq.segments", encoding: .utf8) == """
            define broken = case when score > 1 then "x" end
            define tier = case when score > 100 then "a" end

            """)
    }

    @Test func definitionErrors() {
        let session = ExecFixture.session(LifecycleTests.users())
        #expect(ExecFixture.failures(session, "define role = case when score > 1 then \"a\" end").first?.message
                == "users already has a column named \"role\"")
        #expect(ExecFixture.failures(session, "define stage = case when score > 1 then \"a\" end").first?.message
                == "\"stage\" is a built-in column")
        #expect(ExecFixture.failures(session, "define t = case when rol = x then \"a\" end").first?.hint
                == "did you mean \"role\"?")
        #expect(ExecFixture.failures(session, "define t = case else \"a\" end").first?.message
                == "expected `when` after `case`, found `else`")
        #expect(ExecFixture.failures(session, "define t = case when score > 1 then \"\" end").first?.message
                == "a label cannot be empty")
        #expect(ExecFixture.failures(session, "define t = case when score > 1 then end").first?.message
                == "expected a label after `then`, found `end`")
    }

    /// A lifecycle may use another; a definition that would reach itself is refused, not a hang.
    @Test func lifecyclesUseEachOtherButNeverThemselves() {
        let session = ExecFixture.session(LifecycleTests.users())
        _ = ExecFixture.failures(session, "define tier = case when score >= 500 then \"high\" else \"low\" end")
        _ = ExecFixture.failures(session, "define band = case when tier = high and role = student then \"star\" else \"rest\" end")
        #expect(ExecFixture.rows(session, "users | count by band") == ["star|1", "rest|3"])
        #expect(ExecFixture.failures(session, "define tier = case when band = star then \"high\" else \"low\" end")
            .first?.message == "lifecycle \"tier\" refers to itself")
        #expect(ExecFixture.rows(session, "users | count by band") == ["star|1", "rest|3"])
    }
}
