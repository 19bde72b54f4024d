import EQDiagnostics
import EQTypes
import Foundation
import Synchronization
import Testing

@testable import EQStore

/// Values and files that used to load as something else without a word (issue 11). Each is now
/// loaded exactly (a number or time a double or timestamp cannot hold stays text, as written) or
/// refused with `file:line:col`.
@Suite struct LoadExactnessTests {
    /// A double column would have rounded or lost these; the column stays text and keeps them.
    @Test(arguments: ["1e-400", "-1.234567e-320", "0.123456789012345678901234567890", "123456789012345678901234567890.5"])
    func numbersADoubleCannotHoldStayText(_ text: String) throws {
        let table = try loadCSV("x\n1.5\n\(text)\n")
        #expect(table.column("x").type == .string)
        #expect(table.values("x") == [.string("1.5"), .string(text)])
    }

    /// Trailing zeros past 17 digits lose nothing; a value at the edge of the normal range is exact, and so
    /// is a subnormal whose shortest form is the text written.
    @Test func numbersADoubleHoldsStayDoubles() throws {
        let table = try loadCSV("x\n1.50000000000000000000\n2.2250738585072014e-308\n0.1234567890123456\n5e-324\n-2.5e-320\n")
        #expect(table.values("x") == [.double(1.5), .double(2.2250738585072014e-308), .double(0.1234567890123456),
                                      .double(Double.leastNonzeroMagnitude), .double(Double("-2.5e-320") ?? 0)])
    }

    /// A declared double refuses them with the position, rather than round.
    @Test func aDeclaredDoubleRefusesThemWithAPosition() {
        let options = LoadOptions(declaredTypes: ["x": .double])
        let diagnostic = loadError("x\n1.5\n1e-400\n", options: options)
        #expect(diagnostic?.locationText == "t.csv:3:1", "\(String(describing: diagnostic))")
    }

    /// `+99:00` was applied as a 99-hour offset, and digits beyond microseconds were dropped: such
    /// text is no timestamp, so it stays text.
    @Test(arguments: ["2024-06-30 12:00:00+99:00", "2024-06-30 12:00:00.123456789", "2024-06-30 12:00:00+05:75"])
    func timestampsThatWouldChangeStayText(_ text: String) throws {
        let table = try loadCSV("at\n2024-06-30 12:00:00\n\(text)\n")
        #expect(table.column("at").type == .string)
        #expect(table.values("at")[1] == .string(text))
    }

    @Test func zerosBeyondMicrosecondsAndRealOffsetsAreTimestamps() throws {
        let table = try loadCSV("at\n2024-06-30 12:00:00.123456000\n2024-06-30 12:00:00+14:00\n")
        let day = Int64(CivilDate.days(year: 2024, month: 6, day: 30)) * CivilDate.microsPerDay
        #expect(table.values("at") == [.timestamp(day + 12 * 3_600_000_000 + 123_456), .timestamp(day - 2 * 3_600_000_000)])
    }

    /// Lone CR line ends made the whole file one line: a header and 0 rows.
    @Test func loneCarriageReturnLineEndsAreRefused() {
        let diagnostic = loadError("id,name\r1,ann\r2,bob\r")
        #expect(diagnostic?.locationText == "t.csv:1:8", "\(String(describing: diagnostic))")
        #expect(diagnostic?.message.contains("lone carriage return") == true)
        #expect(ndjsonError("{\"a\": 1}\r{\"a\": 2}\r")?.message.contains("lone carriage return") == true)
    }

    /// UTF-16 without a byte-order mark loaded as text full of NUL bytes.
    @Test func utf16WithoutAByteOrderMarkIsRefused() {
        let bytes = Array("id,name\n1,ann\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let diagnostic = loadError(bytes: bytes)
        #expect(diagnostic?.locationText == "t.csv:1:2", "\(String(describing: diagnostic))")
        #expect(diagnostic?.message == "a NUL byte: this is not a UTF-8 text file")
        #expect(diagnostic?.hint == "it looks like UTF-16; save it as UTF-8")
    }

    @Test func crlfAndLoneCRInsideAFieldStillLoad() throws {
        #expect(try loadCSV("id,name\r\n1,ann\r\n").rowCount == 1)
        #expect(try loadCSV("id,name\n1,\"a\rb\"\n").values("name") == [.string("a\rb")])
    }
}

/// Loading a file that another program truncates while eq parses it: the file was memory-mapped, and
/// touching a page past the new end killed eq with SIGBUS. The bytes are now read into eq's own memory
/// before parsing, so the load finishes with the file as it was read; a change during the read itself
/// is refused.
@Suite struct ChangingFileTests {
    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("eq-\(UUID().uuidString)-\(name)").path
    }

    /// 50 MB (the size from which progress is reported), with a last row that widens `a` to text, so
    /// the chunks parse a second time after the first progress report has truncated the file. Parsed
    /// chunks give their pages back (FileBytes+Release), so the second parse reads them again, finds
    /// another file and refuses the load; it never crashes or loads what it did not read.
    @Test func truncatingTheFileMidLoadDoesNotCrash() throws {
        let path = temporaryPath("big.csv")
        defer { unlink(path) }
        let padding = String(repeating: "p", count: 1_000)
        var text = "a,b\n"
        let rows = (ProgressReporter.minimumBytes / (padding.count + 4)) + 1_000
        text.reserveCapacity(rows * (padding.count + 4))
        for _ in 0..<rows { text += "1,\(padding)\n" }
        text += "x,\(padding)\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let truncated = Mutex(false)
        do {
            _ = try TableLoader.load(path: path, tableName: "t") { _, _ in
                truncated.withLock { done in
                    if !done { _ = Glibc.truncate(path, 0) }
                    done = true
                }
            }
            Issue.record("a file truncated before its second parse loaded")
        } catch {
            #expect(error.message == "\"\(path)\" changed while it was being read; nothing was loaded")
        }
        #expect(truncated.withLock { $0 })
    }

    /// A column widened by the last chunk makes every chunk parse again from pages read back from the
    /// file: the table is the one an in-memory parse gives. An error near the end still gets its line
    /// number, counted over pages read back.
    @Test func chunksParsedAgainAfterReleasingTheirPagesReadTheSameBytes() throws {
        let path = temporaryPath("widen.csv")
        defer { unlink(path) }
        var text = "id,n,note\n"
        let rows = 120_000
        for row in 0..<rows { text += "\(row),\(row % 977),note number \(row) with some padding text\n" }
        text += "\(rows),1.5,last\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let fromFile = try TableLoader.load(path: path, tableName: "t")
        let inMemory = try TableLoader.parseCSV(bytes: Array(text.utf8), sourceName: path, tableName: "t",
                                                options: LoadOptions())
        #expect(fromFile.column("n").type == .double)
        #expect(fromFile.rowCount == rows + 1)
        for name in ["id", "n", "note"] {
            #expect(fromFile.values(name) == inMemory.values(name), "\(name)")
        }

        var declared = LoadOptions()
        declared.declaredTypes = ["n": .int]
        do {
            _ = try TableLoader.load(path: path, tableName: "t", options: declared)
            Issue.record("1.5 loaded as an int")
        } catch {
            #expect(error.locationText == "\(path):\(rows + 2):\(String(rows).count + 2)", "\(error)")
            #expect(error.source?.text == "\(rows),1.5,last")
        }
    }

    @Test func aFileThatShrinksWhileItIsReadIsRefused() throws {
        let path = temporaryPath("t.csv")
        defer { unlink(path) }
        try "a\n1\n2\n3\n".write(toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try FileBytes(path: path, beforeReading: { _ = Glibc.truncate(path, 2) })
            Issue.record("the read succeeded")
        } catch {
            #expect(error.message == "\"\(path)\" changed while it was being read; nothing was loaded")
        }
    }

    @Test func aFileThatGrowsWhileItIsReadIsRefused() throws {
        let path = temporaryPath("t.csv")
        defer { unlink(path) }
        try "a\n1\n".write(toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try FileBytes(path: path, beforeReading: {
                let fd = open(path, O_WRONLY | O_APPEND)
                _ = Glibc.write(fd, "2\n", 2)
                close(fd)
            })
            Issue.record("the read succeeded")
        } catch {
            #expect(error.message.contains("changed while it was being read"))
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
