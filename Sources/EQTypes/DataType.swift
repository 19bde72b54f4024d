/// The physical types a column can have. Dates are days since 1970-01-01 (Int32); timestamps are
/// microseconds since 1970-01-01 00:00:00 UTC (Int64), as in DuckDB, so every time value compares as an
/// integer.
public enum DataType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case int
    case double
    case bool
    case string
    case date
    case timestamp

    public var description: String { rawValue }

    public var isNumeric: Bool { self == .int || self == .double }
    public var isTemporal: Bool { self == .date || self == .timestamp }

    /// Parses a declared type name as written in `with (score int)`.
    public init?(declared name: String) {
        switch name.lowercased() {
        case "int", "integer", "bigint", "int64": self = .int
        case "double", "float", "real", "number", "decimal": self = .double
        case "bool", "boolean": self = .bool
        case "string", "text", "varchar", "str": self = .string
        case "date": self = .date
        case "timestamp", "datetime", "time": self = .timestamp
        default: return nil
        }
    }
}
