/// One scalar, used where a single value crosses a stage boundary: literals, settings, aggregate results,
/// rows handed to writers. The engine's hot paths never box rows into `Value`; they work on typed columns.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case string(String)
    case date(Int32)
    case timestamp(Int64)
    /// An integer beyond 64 bits: only an integer `sum` whose total leaves Int64 makes one (DuckDB
    /// widens such sums to HUGEINT). Its type is still `int`; it is printed with every digit.
    case hugeint(Int128)

    public var isNull: Bool { if case .null = self { true } else { false } }

    public var type: DataType? {
        switch self {
        case .null: nil
        case .int, .hugeint: .int
        case .double: .double
        case .bool: .bool
        case .string: .string
        case .date: .date
        case .timestamp: .timestamp
        }
    }

    /// The canonical text: what CSV writes and what the table view shows before any rounding.
    public var description: String {
        switch self {
        case .null: ""
        case .int(let value): String(value)
        case .hugeint(let value): String(value)
        case .double(let value): Value.format(double: value)
        case .bool(let value): value ? "true" : "false"
        case .string(let value): value
        case .date(let days): CivilDate.format(days: days)
        case .timestamp(let micros): CivilDate.format(micros: micros)
        }
    }

    /// Shortest text that reads back to the same Double, always with a fraction or exponent so it stays
    /// recognisably floating-point (`500.0`, `488.5`).
    public static func format(double value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return "\(value)"
    }
}
