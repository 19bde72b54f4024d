import EQTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Files that are not regular files, that change while read, or that cannot be written: each ends
/// with a clear message and the right exit status, never a hang, a crash or a success with output lost.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"))
struct SpecialFileTests {
    /// A FIFO opened for reading blocks until a writer comes: as a data file or inside a `--data`
    /// folder it hung eq. It is refused before the first read.
    @Test func aFIFOAsADataFileIsRefused() throws {
        let folder = try EQProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/users.csv", 0o600) == 0)
        let load = try EQProcess.run(["-c", "load t from \"\(folder)/users.csv\""])
        #expect(load.finished && load.status == 1, "\(load)")
        #expect(load.err.contains("it is a pipe (FIFO), not a regular file"), "\(load)")
        let data = try EQProcess.run(["--data", folder, "-c", "users | count"])
        #expect(data.finished && data.status != 0, "\(data)")
        #expect(data.err.contains("it is a pipe (FIFO), not a regular file"), "\(data)")
    }

    /// Two files for one table name in a `--data` folder: one was kept without a word.
    @Test func twoFilesForOneTableInADataFolderAreRefused() throws {
        let folder = try EQProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "id\n1\n".write(toFile: folder + "/users.csv", atomically: true, encoding: .utf8)
        try "{\"id\": 2}\n".write(toFile: folder + "/users.ndjson", atomically: true, encoding: .utf8)
        let outcome = try EQProcess.run(["--data", folder, "-c", "users | count"])
        #expect(outcome.finished && outcome.status != 0, "\(outcome)")
        #expect(outcome.err.contains("\"users.csv\" and \"users.ndjson\""), "\(outcome)")
        #expect(outcome.err.contains("would both be table users"), "\(outcome)")
    }

    /// Results written to a full disk: the error was printed but eq exited 0 and ran on.
    @Test(arguments: ["table", "csv", "json"])
    func aResultThatCannotBeWrittenFailsTheScript(_ format: String) throws {
        let outcome = try EQProcess.run(["-c", "users | count; users | count by role", "--format", format],
                                        standardOutputPath: "/dev/full")
        #expect(outcome.finished && outcome.status == 1, "\(outcome)")
        #expect(outcome.err.contains("cannot write the result to standard output: No space left on device"), "\(outcome)")
        // It stopped at the first statement: one error, not two.
        #expect(outcome.err.components(separatedBy: "error:").count == 2, "\(outcome)")
    }

    /// `.output` to a full disk showed nothing at all; piped, the statement now fails and eq exits 1.
    @Test func outputToAFullDiskFailsTheStatement() throws {
        let outcome = try EQProcess.run([], input: ".output /dev/full\nusers | count\nusers | count by role\n")
        #expect(outcome.finished && outcome.status == 1, "\(outcome)")
        #expect(outcome.err.contains("cannot write to \"/dev/full\": No space left on device"), "\(outcome)")
    }

    /// A byte-order mark before a script (Windows editors write one) was a syntax error.
    @Test func aScriptMayStartWithAByteOrderMark() throws {
        let folder = try EQProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = "\u{FEFF}users | count\n"
        try script.write(toFile: folder + "/bom.eq", atomically: true, encoding: .utf8)
        let run = try EQProcess.run(["run", folder + "/bom.eq", "--format", "csv"])
        #expect(run.finished && run.status == 0 && run.out == "count\n50000\n", "\(run)")
        let piped = try EQProcess.run(["--format", "csv"], input: script)
        #expect(piped.finished && piped.status == 0 && piped.out == "count\n50000\n", "\(piped)")
        let read = try EQProcess.run(["--format", "csv"], input: ".read \(folder)/bom.eq\n")
        #expect(read.finished && read.status == 0 && read.out == "count\n50000\n", "\(read)")
    }
}
