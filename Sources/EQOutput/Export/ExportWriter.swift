import EQStore

/// Writes a campaign list to a file: CSV (RFC 4180, UTF-8) or NDJSON by the file's extension, through
/// `AtomicFile`, so the file is either the complete new list or untouched.
public struct ExportWriter: Sendable {
    public struct Summary: Sendable, Equatable {
        public var rows: Int
        /// Text cells prefixed with `'` by the formula guard.
        public var defusedCells: Int
        public init(rows: Int, defusedCells: Int) {
            self.rows = rows
            self.defusedCells = defusedCells
        }
    }

    public enum Failure: Error, Sendable, Equatable {
        case unknownExtension(String)
        case file(AtomicFile.Failure)
        case write(OutputError)

        public var message: String {
            switch self {
            case .unknownExtension(let path): "cannot tell the format of \"\(path)\""
            case .file(let failure): failure.message
            case .write(let error): error.description
            }
        }
    }

    public var overwrite: Bool
    /// Writes text cells as they are, formulas included.
    public var raw: Bool
    /// Checked between blocks of rows: a cancelled export leaves no file, not even a temporary one.
    public var cancellation: (@Sendable () -> Bool)?
    /// Encoding threads at most (`--threads`); nil for one per core.
    public var threads: Int?

    public init(overwrite: Bool = false, raw: Bool = false) {
        self.overwrite = overwrite
        self.raw = raw
    }

    /// The format a path's extension names: `.csv` (or `.tsv`, tab-separated), `.ndjson`/`.jsonl`, `.json`.
    public static func format(of path: String) -> (OutputFormat, UInt8)? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return (.csv, UInt8(ascii: ",")) }
        if lower.hasSuffix(".tsv") { return (.csv, 0x09) }
        if lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl") { return (.ndjson, 0) }
        if lower.hasSuffix(".json") { return (.json, 0) }
        return nil
    }

    public func write(_ table: Table, to path: String) throws(Failure) -> Summary {
        guard let (format, delimiter) = Self.format(of: path) else { throw .unknownExtension(path) }
        // JSON is read by programs, which do not evaluate formulas; the guard is for spreadsheets. It
        // runs on the bytes as the cells are encoded (once per entry of a repeating dictionary).
        var writer = ResultStreamWriter(format: format, delimiter: delimiter == 0 ? UInt8(ascii: ",") : delimiter)
        writer.guardsFormulas = format == .csv && !raw
        writer.cancellation = cancellation
        writer.threads = threads
        var defused = 0
        let result: Result<Void, OutputError>
        do {
            result = try AtomicFile.write(to: path, replacing: overwrite) { (fd: Int32) throws(OutputError) in
                defused = try writer.write(table, to: fd)
            }
        } catch {
            throw .file(error)
        }
        if case .failure(let error) = result { throw .write(error) }
        return Summary(rows: table.rowCount, defusedCells: defused)
    }
}
