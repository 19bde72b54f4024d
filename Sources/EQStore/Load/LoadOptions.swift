import EQTypes

/// How to read one data file: what `load ... as csv with (score int) time joined_at` says.
public struct LoadOptions: Sendable {
    public enum Format: String, Sendable {
        case csv
        case ndjson
    }

    /// nil: chosen by extension (`.csv`, `.tsv`, `.ndjson`, `.jsonl`), CSV otherwise.
    public var format: Format?
    /// nil: `,`, or a tab for `.tsv` files.
    public var delimiter: UInt8?
    /// Lower-cased column name -> type, from `with (score int)`; these columns never widen.
    public var declaredTypes: [String: DataType]
    public var timeColumn: String?
    public var keyColumn: String?
    public var lastSeenColumn: String?
    /// Checked between chunks (Ctrl-C): a cancelled load fails with "cancelled" and builds no table, so
    /// the table of that name loaded before stays.
    public var cancellation: (@Sendable () -> Bool)?
    /// `dateformat "%m/%d/%Y"`: how the file writes its dates; nil reads ISO 8601 and the unambiguous
    /// other forms (see `DateColumns`).
    public var dateFormat: DateFormat?
    /// `columns (id, email)`: read only these; nil reads every column.
    public var columns: ColumnSelection?

    public init(format: Format? = nil, delimiter: UInt8? = nil, declaredTypes: [String: DataType] = [:],
                timeColumn: String? = nil, keyColumn: String? = nil, lastSeenColumn: String? = nil) {
        self.format = format
        self.delimiter = delimiter
        self.declaredTypes = declaredTypes
        self.timeColumn = timeColumn
        self.keyColumn = keyColumn
        self.lastSeenColumn = lastSeenColumn
    }

    /// The format to use for `path`: the declared one, else the extension's.
    func resolvedFormat(for path: String) -> Format {
        if let format { return format }
        let lower = path.lowercased()
        return lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl") ? .ndjson : .csv
    }

    /// The extension's delimiter: a tab for `.tsv`, `,` otherwise.
    static func defaultDelimiter(for path: String) -> UInt8 {
        path.lowercased().hasSuffix(".tsv") ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    }

    /// Lower-cased names of the columns declared date or timestamp, which a `dateformat` reads.
    var dateFormattedColumns: Set<String> {
        guard dateFormat != nil else { return [] }
        return Set(declaredTypes.filter { $0.value.isTemporal }.keys.map { $0.lowercased() })
    }
}
