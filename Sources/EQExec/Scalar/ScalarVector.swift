import EQTypes

/// The values of one computed expression for one vector of rows, with a validity flag per row (SQL
/// null where false; the value slot then holds a zero or an empty string).
struct ScalarVector {
    enum Values {
        case int([Int64])
        case double([Double])
        case bool([Bool])
        case string([String])
        case date([Int32])
        case timestamp([Int64])
    }
    var values: Values
    var valid: [Bool]

    var count: Int { valid.count }

    /// Numbers as doubles, for arithmetic and comparisons that mix ints and decimals.
    var doubles: [Double] {
        switch values {
        case .int(let values): values.map(Double.init)
        case .double(let values): values
        default: [Double](repeating: 0, count: count)
        }
    }

    /// Dates and timestamps as microseconds (a date is its midnight), for `days` and mixed comparisons.
    var micros: [Int64] {
        switch values {
        case .date(let days): days.map { CivilDate.micros(ofDay: $0) }
        case .timestamp(let values): values
        default: [Int64](repeating: 0, count: count)
        }
    }

    func value(at position: Int) -> Value {
        guard valid[position] else { return .null }
        switch values {
        case .int(let values): return .int(values[position])
        case .double(let values): return .double(values[position])
        case .bool(let values): return .bool(values[position])
        case .string(let values): return .string(values[position])
        case .date(let values): return .date(values[position])
        case .timestamp(let values): return .timestamp(values[position])
        }
    }
}

/// Why a computed value could not be produced: only integer overflow, which SQL makes an error rather
/// than a wrapped (silently wrong) number.
struct ScalarFailure: Error, Sendable {
    var message: String
}

/// The first failure any task hit while filtering; filter kernels cannot throw, so they record it
/// here and the executor raises it once the scan is over.
final class ScalarFailures: @unchecked Sendable {
    private var first: ScalarFailure?
    private let lock = NSLockLite()
    func record(_ failure: ScalarFailure) { lock.withLock { if first == nil { first = failure } } }
    var failure: ScalarFailure? { lock.withLock { first } }
}
