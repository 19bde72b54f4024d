/// `lower <= x < upper` over integer storage; `Int64.min` / `Int64.max` stand for open ends (an upper of
/// `Int64.max` includes it). The binder's own copy of the planner's `Interval`, which it cannot import.
public struct EventBounds: Sendable, Hashable {
    public var lower: Int64
    public var upper: Int64
    public init(lower: Int64 = .min, upper: Int64 = .max) {
        self.lower = lower
        self.upper = upper
    }

    /// The part of these bounds inside `other` (all of them without it); empty as `0..<0`.
    public func clamped(to other: EventBounds?) -> EventBounds {
        guard let other else { return self }
        let cut = EventBounds(lower: Swift.max(lower, other.lower), upper: Swift.min(upper, other.upper))
        return cut.lower < cut.upper ? cut : EventBounds(lower: 0, upper: 0)
    }

    public func contains(_ value: Int64) -> Bool {
        value >= lower && (value < upper || upper == .max)
    }

    /// The values none of `bounds` (sorted, disjoint) covers.
    public static func complement(_ bounds: [EventBounds]) -> [EventBounds] {
        var result: [EventBounds] = []
        var start = Int64.min
        var open = true
        for bound in bounds.sorted(by: { $0.lower < $1.lower }) {
            if bound.lower > start { result.append(EventBounds(lower: start, upper: bound.lower)) }
            if bound.upper == .max {
                open = false
                break
            }
            start = max(start, bound.upper)
        }
        if open { result.append(EventBounds(lower: start, upper: .max)) }
        return result
    }
}

/// A condition on each user's events of one type, answered by a semi-join on the user's id: how many
/// there were in a window, or when the first or last one happened. Every index is resolved and every
/// time is in the events' storage units, so planning and execution never look at names again.
public struct EventCondition: Sendable, Hashable {
    public enum Measure: String, Sendable, Hashable {
        /// The number of matching events; never null, zero for users without any.
        case count
        /// The earliest / latest event time; null (never matching) for users without any.
        case first
        case last
    }

    /// The events table, lower-cased as the executor keys tables.
    public var table: String
    /// The users' id column in the filtered relation.
    public var userColumn: Int
    /// The events' user key, type and time columns.
    public var keyColumn: Int
    public var typeColumn: Int
    public var timeColumn: Int?
    public var type: String
    /// The events counted, by time; nil counts them all.
    public var window: EventBounds?
    public var measure: Measure
    /// The counts or times that pass (sorted, disjoint).
    public var accepted: [EventBounds]
    /// Names for `explain`: the events table's key, type and time columns, and the users' id column.
    public var names: Names

    public struct Names: Sendable, Hashable {
        public var user: String
        public var key: String
        public var type: String
        public var time: String?
        public var timeIsDate: Bool
        public init(user: String, key: String, type: String, time: String?, timeIsDate: Bool) {
            self.user = user
            self.key = key
            self.type = type
            self.time = time
            self.timeIsDate = timeIsDate
        }
    }

    public init(table: String, userColumn: Int, keyColumn: Int, typeColumn: Int, timeColumn: Int?, type: String,
                window: EventBounds?, measure: Measure, accepted: [EventBounds], names: Names) {
        self.table = table
        self.userColumn = userColumn
        self.keyColumn = keyColumn
        self.typeColumn = typeColumn
        self.timeColumn = timeColumn
        self.type = type
        self.window = window
        self.measure = measure
        self.accepted = accepted
        self.names = names
    }

    /// The condition that holds where this one does not. A count is never null, so its complement is
    /// exact; a first/last time of a user without events is null and stays rejected both ways, as
    /// three-valued logic has it for any comparison.
    public var negated: EventCondition {
        var copy = self
        var complement = EventBounds.complement(accepted)
        if measure == .count {
            complement = complement.compactMap { bound in
                bound.upper != .max && bound.upper <= 0 ? nil : EventBounds(lower: max(0, bound.lower), upper: bound.upper)
            }
        }
        copy.accepted = complement
        return copy
    }
}
