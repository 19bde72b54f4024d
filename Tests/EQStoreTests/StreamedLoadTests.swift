import EQDiagnostics
import EQTypes
import Foundation
import Testing

@testable import EQStore

/// A large CSV file is streamed (`StreamedCSV`: a prefix for the header and sample, a block-by-block
/// plan, each chunk read only when parsed) instead of read whole, so its text never sits beside all
/// the columns. Streaming must load exactly what reading the whole file loads, or fail with exactly
/// the same message and place. The sizes here are shrunk (prefix, chunks) so small files stream.
@Suite struct StreamedLoadTests {
    static let prefix = 4_096
    static let chunk = 16_384

    /// Records of every kind: quoted fields with commas, doubled quotes and line breaks (some across
    /// block edges), literal quotes in unquoted fields, nulls, and values that widen a column only
    /// after the prefix (the sample never saw them).
    static func text(rows: Int, late: [Int: String] = [:]) -> String {
        var lines = ["id,name,note,score,joined,at,flag,code"]
        for row in 0..<rows {
            let note = switch row % 7 {
            case 0: "\"two\nlines, \"\"quoted\"\"\""
            case 1: "5'11\""
            case 2: ""
            default: "plain \(row)"
            }
            let score = row % 11 == 0 ? "" : "\(Double(row) / 4)"
            let day = 1 + row % 28
            let code = late[row] ?? "\(row % 97)"
            lines.append("\(row),name \(row % 300),\(note),\(score),2024-03-\(day < 10 ? "0" : "")\(day),"
                         + "2024-06-01T10:\(row % 60 < 10 ? "0" : "")\(row % 60):00Z,\(row % 2 == 0),\(code)")
        }
        return lines.joined(separator: "\n") + "\n\n\n"
    }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("eq-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    static func whole(_ path: String) -> Result<Table, Diagnostic> {
        Result { () throws(Diagnostic) -> Table in
            try TableLoader.load(path: path, tableName: "t", options: .init(), progress: nil, streamingFrom: .max,
                                 chunkSize: chunk)
        }
    }

    static func streamed(_ path: String) -> Result<Table, Diagnostic> {
        Result { () throws(Diagnostic) -> Table in
            try TableLoader.load(path: path, tableName: "t", options: .init(), progress: nil, streamingFrom: 0,
                                 prefixBytes: prefix, chunkSize: chunk)
        }
    }

    static func rows(_ table: Table) -> [[Value]] {
        (0..<table.rowCount).map { row in table.columns.map { $0.value(at: row) } }
    }

    static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = try write(text)
        defer { unlink(path) }
        switch (whole(path), streamed(path)) {
        case (.success(let whole), .success(let streamed)):
            #expect(streamed.columns.map(\.name) == whole.columns.map(\.name), sourceLocation: sourceLocation)
            #expect(streamed.columns.map(\.type) == whole.columns.map(\.type), sourceLocation: sourceLocation)
            #expect(streamed.loadNotes == whole.loadNotes, sourceLocation: sourceLocation)
            #expect(rows(streamed) == rows(whole), sourceLocation: sourceLocation)
        case (.failure(let whole), .failure(let streamed)):
            #expect(streamed.message == whole.message, sourceLocation: sourceLocation)
            #expect(streamed.span == whole.span, sourceLocation: sourceLocation)
            #expect(streamed.source?.firstLine == whole.source?.firstLine, sourceLocation: sourceLocation)
            #expect(streamed.source?.text == whole.source?.text, sourceLocation: sourceLocation)
        case (let whole, let streamed):
            Issue.record("whole: \(whole), streamed: \(streamed)", sourceLocation: sourceLocation)
        }
    }

    @Test func aLargeFileStreamsToTheSameTable() throws {
        let text = Self.text(rows: 6_000)
        let path = try Self.write(text)
        defer { unlink(path) }
        // The streamed path itself is taken (it returns nil when it hands the file to the whole read).
        let file = try FileBytes(path: path, lazily: true)
        let streamed = try StreamedCSV.read(file, sourceName: path, tableName: "t", options: .init(), progress: nil,
                                            prefixBytes: Self.prefix, chunkSize: Self.chunk)
        #expect(streamed != nil)
        #expect(streamed?.table.rowCount == 6_000)
        try Self.expectSame(text)
    }

    /// Values the sample (the prefix) never saw still widen their column as when the file is read whole.
    @Test(arguments: ["n/a", "1.5", "99999999999999999999", ""])
    func aLateValueWidensTheColumnAlike(_ value: String) throws {
        try Self.expectSame(Self.text(rows: 6_000, late: [5_500: value]))
    }

    /// Errors after the prefix are reported at the same line and column, with the same text.
    @Test func aBadRecordFarIntoTheFileIsReportedAlike() throws {
        var lines = Self.text(rows: 6_000).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[5_000] += ",extra"
        try Self.expectSame(lines.joined(separator: "\n"))
    }

    /// What `TextShape` refuses, and a file with no record boundary in its prefix, fall back to the whole
    /// read and say the same.
    @Test func refusedShapesAndLongRecordsFallBackAlike() throws {
        let text = Self.text(rows: 6_000)
        let middle = text.index(text.startIndex, offsetBy: text.utf8.count / 2)
        try Self.expectSame(String(text[..<middle]) + "\u{0}" + String(text[middle...]))
        try Self.expectSame(text.replacingOccurrences(of: "\n", with: "\r"))
        try Self.expectSame("id,blob\n1,\"" + String(repeating: "x\n", count: 60_000) + "\"\n2,y\n")
        try Self.expectSame("id,id\n" + String(repeating: "1,2\n", count: 30_000))
        try Self.expectSame("id;name\n" + String(repeating: "1;a\n", count: 30_000))
    }

    /// The merge frees each chunk's piece as soon as it is copied, not after the whole column, so a
    /// column and all its pieces are never in memory together.
    @Test(arguments: [(InferredType.int, false), (.double, false), (.date, false), (.bool, false), (.timestamp, false),
                      (.string, false), (.string, true)])
    func theMergeFreesEachPieceOnceCopied(_ type: InferredType, _ plain: Bool) throws {
        let pieces = (0..<3).map { _ in ColumnPiece(type: type, plainStrings: plain, expectedRows: 16) }
        _ = try ColumnMerger.merge(name: "c", type: type, pieces: pieces, rowCount: 0)
        for piece in pieces {
            #expect(piece.integers == nil && piece.doubles == nil && piece.days == nil && piece.bools == nil)
            #expect(piece.codes == nil && piece.dictionary == nil && piece.plainBytes == nil)
        }
    }

    @Test func aFileCutShortDuringTheStreamIsRefused() throws {
        let path = try Self.write(Self.text(rows: 6_000))
        defer { unlink(path) }
        let file = try FileBytes(path: path, lazily: true)
        _ = Glibc.truncate(path, 50_000)
        do {
            _ = try StreamedCSV.read(file, sourceName: path, tableName: "t", options: .init(), progress: nil,
                                     prefixBytes: Self.prefix, chunkSize: Self.chunk)
            Issue.record("the load succeeded")
        } catch {
            #expect(error.message.contains("changed while it was being read"))
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
