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
    do {
        _ = try loadCSV(text, options: options, chunkSize: chunkSize)
        return nil
    } catch {
        return error
    }
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
