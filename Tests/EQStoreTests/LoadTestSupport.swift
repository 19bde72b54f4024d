import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

/// Loads CSV text the way `load` would, with a fixed file name for diagnostics.
func loadCSV(_ text: String, options: LoadOptions = .init(), chunkSize: Int? = nil) throws(Diagnostic) -> Table {
    try TableLoader.parseCSV(bytes: Array(text.utf8), sourceName: "t.csv", tableName: "t", options: options,
                             chunkSize: chunkSize)
}

func loadNDJSON(_ text: String, options: LoadOptions = .init(), chunkSize: Int? = nil) throws(Diagnostic) -> Table {
    try TableLoader.parseNDJSON(bytes: Array(text.utf8), sourceName: "t.ndjson", tableName: "t", options: options,
                                chunkSize: chunkSize)
}

/// The diagnostic a load fails with, or nil when it succeeds.
func loadError(_ text: String, options: LoadOptions = .init(), chunkSize: Int? = nil) -> Diagnostic? {
    loadError(bytes: Array(text.utf8), options: options, chunkSize: chunkSize)
}

func loadError(bytes: [UInt8], options: LoadOptions = .init(), chunkSize: Int? = nil) -> Diagnostic? {
    do {
        _ = try TableLoader.parseCSV(bytes: bytes, sourceName: "t.csv", tableName: "t", options: options,
                                     chunkSize: chunkSize)
        return nil
    } catch {
        return error
    }
}

func ndjsonError(_ text: String, chunkSize: Int? = nil) -> Diagnostic? {
    do {
        _ = try loadNDJSON(text, chunkSize: chunkSize)
        return nil
    } catch {
        return error
    }
}

/// An expected failure: where (`t.csv:3:4`, or just the file) and words the message must contain.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let location: String?
    let message: String
    var testDescription: String { name }
}

func expectFailure(_ diagnostic: Diagnostic?, _ testCase: ErrorCase) {
    guard let diagnostic else {
        Issue.record("\(testCase.name): the load succeeded")
        return
    }
    if let location = testCase.location {
        #expect(diagnostic.locationText == location, "\(diagnostic)")
    }
    #expect(diagnostic.message.contains(testCase.message), "\(diagnostic)")
}

extension Table {
    func column(_ name: String) -> Column {
        columns[columnIndex(named: name)!]
    }

    func values(_ name: String) -> [Value] {
        let column = column(name)
        return (0..<rowCount).map { column.value(at: $0) }
    }
}

func day(_ text: String) -> Int32 { TemporalParser.parseDate(text)! }
func micros(_ text: String) -> Int64 { TemporalParser.parseTimestamp(text)! }
