import EQDiagnostics
@testable import EQEngine
import EQStore
import Foundation
import Testing

/// eq.segments is user data: one bad definition, a second shell saving at the same time, a device or a
/// FIFO in its place must never cost a definition, hang or crash.
struct SegmentRobustnessTests {
    static func users() -> Table {
        Table(name: "users", columns: [
            ExecFixture.ints("id", [1, 2, 3, 4]), ExecFixture.strings("role", ["student", "staff", "student", "staff"]),
        ])
    }

    @Test func aBadDefinitionCostsOnlyItselfAndIsWrittenBackUnchanged() throws {
        let folder = try ExportTests.folder()
        let path = folder + "/eq.segments"
        let broken = "let broken = users where role = \"unterminated\n  | limit 2\n"
        try ("let students = users where role = student\n" + broken + "let staff = users where role = staff\n"
             + "users | count\n")
            .write(toFile: path, atomically: false, encoding: .utf8)
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        session.segmentsPath = path
        let problems = try session.loadSegments()
        #expect(session.segments.map(\.name) == ["students", "staff"])
        #expect(problems.count == 2)
        #expect(problems.map { $0.locationText ?? "" } == [path + ":2:33", path + ":5:1"])
        #expect(ExecFixture.rows(session, "staff | show id") == ["2", "4"])
        let failures = session.run("let seniors = users where id > 3\nsave segments") { _, _ in }
        #expect(failures.isEmpty)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved == "let students = users where role = student\n" + broken
                + "let staff = users where role = staff\n" + "users | count\n" + "let seniors = users where id > 3\n")
    }

    /// Found by the segments-file fuzz target: with CR LF line ends the file was one entry (a CR LF is
    /// one Character, and the cut looked for "\n"), so one bad definition lost every other; and kept
    /// text ending in CR gained a line break at every save.
    @Test func crlfLineEndsKeepEachDefinitionApart() throws {
        let folder = try ExportTests.folder()
        let path = folder + "/eq.segments"
        try "let a = users where id = 1\r\nlet broken = users where id = = 1\r\nlet b = users where id = 2\r\n"
            .write(toFile: path, atomically: false, encoding: .utf8)
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        session.segmentsPath = path
        let problems = try session.loadSegments()
        #expect(session.segments.map(\.name) == ["a", "b"])
        #expect(problems.map { $0.locationText ?? "" } == [path + ":2:31"])
        #expect(ExecFixture.rows(session, "b | show id") == ["2"])

        let text = "let kept = users where id = = 1\r"
        let once = SegmentFile.merge(disk: SegmentFile.parse(text, name: "s").entries, session: [], changed: []).text
        let twice = SegmentFile.merge(disk: SegmentFile.parse(once, name: "s").entries, session: [], changed: []).text
        #expect(once == twice, "\(once.debugDescription) then \(twice.debugDescription)")
    }

    /// A lifecycle written over several lines is saved so, with its `end` in the first column: reading
    /// the file back keeps the `end` (and a `when` there) with its `define`, while a `define` that never
    /// got its `end` does not swallow the `let` after it.
    @Test func aMultiLineDefineReadsBackWhole() throws {
        let text = "define tier = case\n  when id > 2 then \"high\"\nwhen id > 1 then \"mid\"\n  else \"low\"\nend\n"
            + "define broken = case when id > 2 then \"x\"\nlet a = users where id = 1\n"
        let (entries, problems) = SegmentFile.parse(text, name: "s")
        let names = entries.compactMap { entry -> String? in
            if case .segment(let segment) = entry { segment.name } else { nil }
        }
        #expect(names == ["tier", "a"])
        #expect(problems.count == 1)
        let folder = try ExportTests.folder()
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        session.segmentsPath = folder + "/eq.segments"
        let failures = session.run("define tier = case\n  when id > 2 then \"high\"\n  else \"low\"\nend\nsave segments") { _, _ in }
        #expect(failures.isEmpty)
        let reopened = ExecFixture.session(SegmentRobustnessTests.users())
        reopened.segmentsPath = session.segmentsPath
        #expect(try reopened.loadSegments().isEmpty)
        #expect(ExecFixture.rows(reopened, "users | count by tier") == ["high|2", "low|2"])
    }

    /// Found by the segments fuzz target: a second byte-order mark was kept as text, written back
    /// first, and dropped by the next read, so saving twice changed the file.
    @Test func everyLeadingByteOrderMarkIsDropped() {
        let text = "\u{FEFF}\u{FEFF}let a = users where id = = 1\n"
        let once = SegmentFile.merge(disk: SegmentFile.parse(text, name: "s").entries, session: [], changed: []).text
        let twice = SegmentFile.merge(disk: SegmentFile.parse(once, name: "s").entries, session: [], changed: []).text
        #expect(once == twice, "\(once.debugDescription) then \(twice.debugDescription)")
        #expect(!once.hasPrefix("\u{FEFF}"))
    }

    @Test func fixingABrokenDefinitionReplacesItsKeptText() throws {
        let folder = try ExportTests.folder()
        let path = folder + "/eq.segments"
        try "let broken = users where id = = 1\nlet fine = users\n".write(toFile: path, atomically: false, encoding: .utf8)
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        session.segmentsPath = path
        #expect(try session.loadSegments().count == 1)
        #expect(session.run("let broken = users where id = 1\nsave segments") { _, _ in }.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8)
                == "let broken = users where id = 1\nlet fine = users\n")
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let folder = try ExportTests.folder()
        let path = folder + "/eq.segments"
        try "\u{FEFF}let staff = users where role = staff\n".write(toFile: path, atomically: false, encoding: .utf8)
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        #expect(try session.loadSegments(from: path).isEmpty)
        #expect(ExecFixture.rows(session, "staff | show id") == ["2", "4"])
    }

    @Test func twoSessionsSavingKeepEachOthersSegments() throws {
        let folder = try ExportTests.folder()
        let path = folder + "/eq.segments"
        try "let shared = users where id > 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        let first = ExecFixture.session(SegmentRobustnessTests.users())
        let second = ExecFixture.session(SegmentRobustnessTests.users())
        for session in [first, second] {
            session.segmentsPath = path
            try session.loadSegments()
        }
        #expect(first.run("let mine = users where id = 1\nsave segments") { _, _ in }.isEmpty)
        #expect(second.run("let theirs = users where id = 2\nlet shared = users where id > 2\nsave segments") { _, _ in }
            .isEmpty)
        #expect(first.run("let mine2 = users where id = 3\nsave segments") { _, _ in }.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == """
            let shared = users where id > 2
            let mine = users where id = 1
            let theirs = users where id = 2
            let mine2 = users where id = 3

            """)
    }

    @Test func aDeviceOrFIFOIsRefusedWithItsPath() throws {
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        #expect(throws: Diagnostic.self) { try session.loadSegments(from: "/dev/full") }
        do {
            try session.loadSegments(from: "/dev/zero")
        } catch {
            #expect(error.message == "cannot read segments from \"/dev/zero\": not a regular file")
        }
        let fifo = try ExportTests.folder() + "/fifo.segments"
        #expect(mkfifo(fifo, 0o644) == 0)
        // Opening a FIFO for reading blocks until a writer comes; this must return at once with an error.
        #expect(throws: Diagnostic.self) { try session.loadSegments(from: fifo) }
        session.segmentsPath = "/dev/full"
        let failures = session.run("let a = users where id = 1\nsave segments") { _, _ in }
        #expect(failures.count == 1)
        #expect(failures.first?.message == "cannot save segments to \"/dev/full\": not a regular file")
        #expect(failures.first?.locationText == "query:2:1")
    }

    @Test func aFailedSaveSaysWhereAndLeavesNoFile() throws {
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        session.segmentsPath = "/nonexistent-folder-for-eq/eq.segments"
        let failures = session.run("let a = users\nsave segments") { _, _ in }
        #expect(failures.count == 1)
        #expect(failures.first?.message.contains("/nonexistent-folder-for-eq/eq.segments") == true)
    }
}

/// Segments are worked out once per statement, however often they are used, and a cycle is an error.
struct SegmentPlanTests {
    /// Each level tests membership of the one below twice: expanded as text at every use this doubles at
    /// every level (2^30 runs); worked out once each, it is 31 runs.
    @Test func thirtyNestedLevelsRunEachSegmentOnce() throws {
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        var script = "let s0 = users where id > 1\n"
        for level in 1...30 {
            script += "let s\(level) = s\(level - 1) where in s\(level - 1) and (in s\(level - 1) or id > 100)\n"
        }
        #expect(session.run(script) { _, _ in }.isEmpty)
        #expect(ExecFixture.rows(session, "users where in s30 | show id") == ["2", "3", "4"])
        #expect(session.segmentRuns.runCount == 31)
    }

    @Test func aCycleFromTheFileIsAPositionedError() throws {
        let folder = try ExportTests.folder()
        try "let a = users where in b\nlet b = users where in a\n"
            .write(toFile: folder + "/eq.segments", atomically: false, encoding: .utf8)
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        try session.loadSegments(from: folder + "/eq.segments")
        for statement in ["a | count", "users where in b | count", "segments"] {
            let failures = ExecFixture.failures(session, statement)
            if statement == "segments" {
                #expect(failures.isEmpty)
                continue
            }
            #expect(failures.count == 1)
            #expect(failures.first?.message.hasSuffix("refers to itself through other segments") == true)
            #expect(failures.first?.locationText?.hasPrefix("segment ") == true)
            #expect(failures.first?.hint?.contains("→") == true)
        }
    }

    /// Reading used to compare each definition with every one before it (100,000 took minutes); now
    /// each is indexed by name as it is read.
    @Test func twentyThousandSegmentsLoadAndResolve() throws {
        let folder = try ExportTests.folder()
        var text = ""
        for index in 0..<20_000 { text += "let s\(index) = users where id > \(index % 4)\n" }
        try text.write(toFile: folder + "/eq.segments", atomically: false, encoding: .utf8)
        let session = ExecFixture.session(SegmentRobustnessTests.users())
        #expect(try session.loadSegments(from: folder + "/eq.segments").isEmpty)
        #expect(session.segments.count == 20_000)
        #expect(session.segment(named: "S19999")?.definition == "users where id > 3")
        #expect(ExecFixture.rows(session, "s19998 | show id") == ["3", "4"])
    }
}
