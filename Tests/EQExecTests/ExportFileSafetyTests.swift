import EQEngine
import EQOutput
import EQStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What `export` must not change silently (issue 11): a replaced file keeps its mode and owner, a
/// killed export's temporary file does not stay forever, and header cells get the formula guard too.
struct ExportFileSafetyTests {
    static func mode(_ path: String) -> mode_t {
        var status = stat()
        _ = stat(path, &status)
        return status.st_mode & 0o7777
    }

    @Test(arguments: [0o600, 0o640, 0o444])
    func overwriteKeepsTheModeOfTheOldFile(_ mode: Int) throws {
        let path = try ExportTests.folder() + "/list.csv"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, mode_t(mode)) == 0)
        _ = try ExportWriter(overwrite: true).write(ExportTests.people, to: path)
        #expect(Self.mode(path) == mode_t(mode))
        #expect(try ExportTests.contents(path).hasPrefix("id,name,email,score\n"))
    }

    @Test func aNewFileGetsTheUsualMode() throws {
        let path = try ExportTests.folder() + "/list.csv"
        let mask = umask(0o022)
        defer { umask(mask) }
        _ = try ExportWriter().write(ExportTests.people, to: path)
        #expect(Self.mode(path) == 0o644)
    }

    /// A dead writer's temporary file goes at the next export into the folder; a live writer's, and
    /// files merely looking similar, stay.
    @Test func staleTemporaryFilesOfDeadWritersAreRemoved() throws {
        let folder = try ExportTests.folder()
        let dead = try Self.deadPID()
        let stale = folder + "/.old.csv.\(dead).0.tmp"
        let live = folder + "/.old.csv.\(getppid()).0.tmp"
        let unrelated = [folder + "/.notes.tmp", folder + "/.a.\(dead).tmp", folder + "/old.csv.\(dead).0.tmp"]
        for path in [stale, live] + unrelated { try "partial".write(toFile: path, atomically: false, encoding: .utf8) }
        _ = try ExportWriter().write(ExportTests.people, to: folder + "/new.csv")
        let left = Set(try ExportTests.entries(folder))
        #expect(!left.contains(".old.csv.\(dead).0.tmp"))
        #expect(left.contains(".old.csv.\(getppid()).0.tmp"))
        for path in unrelated { #expect(left.contains(String(path.split(separator: "/").last!))) }
        #expect(left.contains("new.csv"))
    }

    /// The id of a process that has exited (a child started and waited for).
    static func deadPID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func headerCellsAreGuardedAndCounted() throws {
        let table = Table(name: "t", columns: [
            ExecFixture.strings("=cmd", ["a", "b"]),
            ExecFixture.ints("+n", [1, 2]),
            ExecFixture.strings("name", ["=x", "y"]),
        ])
        let path = try ExportTests.folder() + "/list.csv"
        let summary = try ExportWriter().write(table, to: path)
        #expect(summary.defusedCells == 3)
        #expect(try ExportTests.contents(path) == "'=cmd,'+n,name\na,1,'=x\nb,2,y\n")
        let raw = try ExportTests.folder() + "/raw.csv"
        #expect(try ExportWriter(raw: true).write(table, to: raw).defusedCells == 0)
        #expect(try ExportTests.contents(raw).hasPrefix("=cmd,+n,name\n"))
    }
}
