import EQTypes

/// The order of values of one type, nulls last, strings byte-wise: used for group keys and for
/// comparisons that fall back to `Value`.
public enum ValueOrder {
    /// Negative, zero or positive; nil when either side is null or the types cannot be compared.
    public static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.double(let x), .double(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.int(let x), .double(let y)): return Double(x) < y ? -1 : Double(x) > y ? 1 : 0
        case (.double(let x), .int(let y)): return x < Double(y) ? -1 : x > Double(y) ? 1 : 0
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.date(let x), .date(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.timestamp(let x), .timestamp(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.date(let x), .timestamp(let y)):
            let micros = CivilDate.micros(ofDay: x)
            return micros < y ? -1 : micros > y ? 1 : 0
        case (.timestamp(let x), .date(let y)):
            let micros = CivilDate.micros(ofDay: y)
            return x < micros ? -1 : x > micros ? 1 : 0
        case (.string(let x), .string(let y)):
            return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : (x.utf8.elementsEqual(y.utf8) ? 0 : 1)
        default: return nil
        }
    }

    /// Ascending with nulls last: the order `count by` gives its groups.
    public static func ascendingNullsLast(_ a: Value, _ b: Value) -> Bool {
        switch (a.isNull, b.isNull) {
        case (true, _): return false
        case (false, true): return true
        default: return (compare(a, b) ?? 0) < 0
        }
    }
}
