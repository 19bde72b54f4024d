import EQDiagnostics
import EQTypes

/// Loads a CSV or NDJSON file into a columnar `Table`, all or nothing: every record becomes one row, or
/// the load fails with the first bad record's `file:line:col` and no table.
public enum TableLoader {
    /// Loads `path` as `tableName`.
    ///
    /// `progress` is called with (bytes done, bytes total) from worker threads as chunks finish, for files
    /// of 50 MB or more; the shell draws a bar with it on a terminal.
    public static func load(path: String, tableName: String, options: LoadOptions = .init(),
                            progress: (@Sendable (Int, Int) -> Void)? = nil) throws(Diagnostic) -> Table {
        try load(path: path, tableName: tableName, options: options, progress: progress,
                 streamingFrom: StreamedCSV.threshold)
    }

    /// `streamingFrom` is the file size from which a CSV file is streamed (`StreamedCSV`) rather than
    /// read whole; tests lower it, with `prefixBytes` and `chunkSize`, to stream small files.
    static func load(path: String, tableName: String, options: LoadOptions,
                     progress: (@Sendable (Int, Int) -> Void)?, streamingFrom threshold: Int,
                     prefixBytes: Int = StreamedCSV.prefixBytes, chunkSize: Int? = nil) throws(Diagnostic) -> Table {
        let format = options.resolvedFormat(for: path)
        let streams = format == .csv && (MemoryBudget.fileSize(path) ?? 0) >= threshold
        let file = try FileBytes(path: path, lazily: streams)
        return try withExtendedLifetime(file) { () throws(Diagnostic) -> Table in
            let reporter = ProgressReporter(total: file.buffer.count, callback: progress)
            if file.isLazy {
                if let streamed = try StreamedCSV.read(file, sourceName: path, tableName: tableName,
                                                       options: options, progress: reporter,
                                                       prefixBytes: prefixBytes, chunkSize: chunkSize) {
                    var table = streamed.table
                    if let note = streamed.note { table.loadNotes.insert(note, at: 0) }
                    return table.withZoneMaps()
                }
                try file.loadAll()
            }
            try TextShape.check(file.buffer, sourceName: path)
            switch format {
            case .csv:
                let (delimiter, note) = chooseDelimiter(file.buffer, path: path, options: options)
                var table = try CSVReader.read(file.buffer, sourceName: path, tableName: tableName, options: options,
                                               delimiter: delimiter, chunkSize: chunkSize, progress: reporter,
                                               file: file)
                if let note { table.loadNotes.insert(note, at: 0) }
                return table.withZoneMaps()
            case .ndjson:
                return try NDJSONReader.read(file.buffer, sourceName: path, tableName: tableName, options: options,
                                             chunkSize: nil, progress: reporter, file: file).withZoneMaps()
            }
        }
    }

    /// The declared delimiter, else the one `DelimiterSniffer` finds, with a note when that is not the
    /// extension's own.
    static func chooseDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, path: String, options: LoadOptions)
        -> (UInt8, note: String?) {
        if let delimiter = options.delimiter { return (delimiter, nil) }
        let fallback = LoadOptions.defaultDelimiter(for: path)
        let chosen = DelimiterSniffer.choose(bytes, default: fallback)
        guard chosen != fallback else { return (chosen, nil) }
        let name = DelimiterSniffer.describe(chosen)
        let spelled = chosen == UInt8(ascii: "\t") ? "\"\\t\"" : name
        return (chosen, "read \"\(path)\" with delimiter \(name), detected from its first rows "
                    + "(write `delimiter \(spelled)` in the load to say so)")
    }

    /// Parses CSV held in memory; `sourceName` is what diagnostics call the file.
    public static func parseCSV(bytes: [UInt8], sourceName: String, tableName: String, options: LoadOptions)
        throws(Diagnostic) -> Table {
        try parseCSV(bytes: bytes, sourceName: sourceName, tableName: tableName, options: options, chunkSize: nil)
    }

    /// `chunkSize` forces small chunks in tests, so the parallel path and dictionary merge run on small input.
    static func parseCSV(bytes: [UInt8], sourceName: String, tableName: String, options: LoadOptions,
                         chunkSize: Int?) throws(Diagnostic) -> Table {
        try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) -> Table in
            try TextShape.check(buffer, sourceName: sourceName)
            let (delimiter, note) = chooseDelimiter(buffer, path: sourceName, options: options)
            var table = try CSVReader.read(buffer, sourceName: sourceName, tableName: tableName, options: options,
                                           delimiter: delimiter, chunkSize: chunkSize, progress: nil)
            if let note { table.loadNotes.insert(note, at: 0) }
            return table.withZoneMaps()
        }
    }

    static func parseNDJSON(bytes: [UInt8], sourceName: String, tableName: String, options: LoadOptions = .init(),
                            chunkSize: Int? = nil) throws(Diagnostic) -> Table {
        try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) -> Table in
            try TextShape.check(buffer, sourceName: sourceName)
            return try NDJSONReader.read(buffer, sourceName: sourceName, tableName: tableName, options: options,
                                  chunkSize: chunkSize, progress: nil)
        }
    }
}
