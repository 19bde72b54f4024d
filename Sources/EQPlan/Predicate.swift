import EQBinder
import EQSyntax
import EQTypes

/// `lower <= x < upper` over a column's integer storage (ints, days, microseconds). A lower of
/// `Int64.min` is no lower bound (nothing lies below it); the upper bound is explicit, nil meaning none,
/// because no exclusive Int64 bound can include `Int64.max` itself: with `Int64.max` as the "unbounded"
/// mark, `score != 9223372036854775807` kept the rows it should drop.
public struct Interval: Sendable, Hashable {
    public var lower: Int64
    /// Exclusive; nil when the interval runs to the top of the range, `Int64.max` included.
    public var upper: Int64?
    public init(lower: Int64 = .min, upper: Int64? = nil) {
        self.lower = lower
        self.upper = upper
    }
    public static let all = Interval()
    /// The binder's event bounds, whose `Int64.max` upper end means "no upper bound".
    public init(_ bounds: EventBounds) {
        self.init(lower: bounds.lower, upper: bounds.upper == .max ? nil : bounds.upper)
    }
    public var isEmpty: Bool {
        guard let upper else { return false }
        return lower >= upper
    }
    @inline(__always)
    public func contains(_ value: Int64) -> Bool {
        guard value >= lower else { return false }
        guard let upper else { return true }
        return value < upper
    }
}

/// A filter in the form the executor runs: every leaf is one kernel over one stored column. Derived
/// columns are gone by now (rewritten to intervals of the timestamp they derive from), and `not` has
/// been pushed into the leaves.
public indirect enum Predicate: Sendable, Hashable {
    case constant(Bool)
    /// Rows whose value lies in any of the intervals; `includeNull` also keeps rows with no value
    /// (how "never logged in" counts as inactive).
    case intervals(column: Int, [Interval], includeNull: Bool)
    case doubleCompare(column: Int, CompareOp, Double)
    /// String predicates run once per dictionary entry, then per row as a lookup of the code.
    case stringIn(column: Int, [String], negated: Bool)
    case stringCompare(column: Int, CompareOp, String)
    case stringMatch(column: Int, StringMatch, String, negated: Bool)
    /// `cohort contains "2"`: the match on the cohort (`YYYY-MM`) of a date or timestamp column, as the
    /// cohort is shown. Rows without a cohort never match, as for a stored string.
    case cohortMatch(column: Int, StringMatch, String, negated: Bool)
    case boolEquals(column: Int, Bool)
    case isNull(column: Int, negated: Bool)
    case compareColumns(Int, CompareOp, Int)
    /// A semi-join on the user's events, run once over the events table into a per-id answer.
    case events(EventCondition)
    /// The row's id (column `column`) is, or with `negated` is not, among the ids of a named segment.
    case member(column: Int, segment: String, negated: Bool)
    /// A condition on computed values, evaluated a vector at a time; only true rows pass.
    case scalar(ScalarExpr)
    case and([Predicate])
    case or([Predicate])

    public var isConstantTrue: Bool { self == .constant(true) }
}
