import EQDiagnostics

/// `did login at least 3 times last 30 days`, `did not apply`: a condition on a user's events, answered
/// by a semi-join from the users to the events table, so it never needs a column of its own.
public struct EventMatch: Sendable {
    /// `at least N`, `at most N` (zero included: users with no such event match), `exactly N`.
    public enum Count: Sendable, Hashable {
        case atLeast(Int64)
        case atMost(Int64)
        case exactly(Int64)
    }
    /// The event type as written (`login`, or a quoted `"page view"`).
    public var type: Identifier
    /// `did not X`: no event of that type in the window.
    public var negated: Bool
    public var count: Count?
    /// The window on the events' time column; nil means all of time.
    public var time: TimeClause?

    public init(type: Identifier, negated: Bool, count: Count?, time: TimeClause?) {
        self.type = type
        self.negated = negated
        self.count = count
        self.time = time
    }
}

/// `first login`, `last purchase`: when a user's earliest or latest event of a type happened, null for
/// users without one; a value like a timestamp column, so any comparison or time predicate applies.
public struct EventTime: Sendable {
    public var latest: Bool
    public var type: Identifier

    public init(latest: Bool, type: Identifier) {
        self.latest = latest
        self.type = type
    }
}
