import EQTypes

/// A column's type while it is being inferred: the `DataType`s plus `null` for "no value seen yet".
///
/// Types only ever move up this lattice (`widened`, `joined`), so the loop that re-parses chunks until
/// they agree always ends.
enum InferredType: UInt8, Sendable, Equatable {
    case null
    case bool
    case int
    case double
    case date
    case timestamp
    case string

    init(_ type: DataType) {
        switch type {
        case .bool: self = .bool
        case .int: self = .int
        case .double: self = .double
        case .date: self = .date
        case .timestamp: self = .timestamp
        case .string: self = .string
        }
    }

    /// A column nobody ever filled is a string column, as in DuckDB.
    var dataType: DataType {
        switch self {
        case .null, .string: .string
        case .bool: .bool
        case .int: .int
        case .double: .double
        case .date: .date
        case .timestamp: .timestamp
        }
    }

    /// The type that holds what this one held plus a value of type `other` that did not fit.
    ///
    /// An int column meeting a double becomes double; but a double column meeting an int that did not fit
    /// (one beyond 2^53, which a double would round) becomes string, so no value is ever rounded.
    func widened(toHold other: InferredType) -> InferredType {
        switch (self, other) {
        case (.null, _): other
        case (.int, .double): .double
        case (.date, .timestamp): .timestamp
        default: .string
        }
    }

    /// The smallest type holding both, for columns that different chunks inferred differently.
    func joined(with other: InferredType) -> InferredType {
        if self == other || other == .null { return self }
        if self == .null { return other }
        switch (self, other) {
        case (.int, .double), (.double, .int): return .double
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        default: return .string
        }
    }
}
