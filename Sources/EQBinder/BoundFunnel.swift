import EQSyntax
import EQTypes

/// A funnel with every name resolved: the users' id column in the input relation, the events table's
/// key, type and time columns, the steps' types, the window and the first step's admitted times (in the
/// events' time units), and the column it is split by.
public struct BoundFunnel: Sendable, Hashable {
    /// The events table, lower-cased as the executor keys tables.
    public var eventsTable: String
    /// The users' id column in the input relation.
    public var userColumn: Int
    public var keyColumn: Int
    public var typeColumn: Int
    public var timeColumn: Int
    /// The event types of the steps, in order (at least two; a type may repeat).
    public var steps: [String]
    public var windowCount: Int64
    public var windowUnit: TimeUnit
    /// The times a first step's event may have (sorted, disjoint; storage units of the events' time
    /// column); nil admits every time.
    public var firstStepTimes: [EventBounds]?
    /// `by COL`: one funnel per value, in the column's order.
    public var group: BoundColumn?
    /// Set when `group` is a holdout's column: the held-out label; the result then compares `target`
    /// with it instead of listing the groups.
    public var controlLabel: String?
    /// Names for `explain`.
    public var names: EventCondition.Names

    public init(eventsTable: String, userColumn: Int, keyColumn: Int, typeColumn: Int, timeColumn: Int, steps: [String],
                windowCount: Int64, windowUnit: TimeUnit, firstStepTimes: [EventBounds]?, group: BoundColumn?,
                controlLabel: String?, names: EventCondition.Names) {
        self.eventsTable = eventsTable
        self.userColumn = userColumn
        self.keyColumn = keyColumn
        self.typeColumn = typeColumn
        self.timeColumn = timeColumn
        self.steps = steps
        self.windowCount = windowCount
        self.windowUnit = windowUnit
        self.firstStepTimes = firstStepTimes
        self.group = group
        self.controlLabel = controlLabel
        self.names = names
    }

    /// The most steps a funnel takes (each step's type is a byte in the kernel).
    public static let maximumSteps = 100

    /// The z of a two-sided 95% interval.
    public static let z95 = 1.959963984540054

    /// The result's columns. Plain (or `by COL`, which comes first): step, event, users, from_previous,
    /// from_first, median_days_from_previous. Comparing a holdout: step, event, then users and rate per
    /// group, the difference of the rates and its interval.
    public var outputColumns: [Schema.Column] {
        let lead = [Schema.Column(name: "step", type: .int), Schema.Column(name: "event", type: .string)]
        if let controlLabel {
            return lead + [
                Schema.Column(name: "target_users", type: .int), Schema.Column(name: "target_rate", type: .double),
                Schema.Column(name: "\(controlLabel)_users", type: .int),
                Schema.Column(name: "\(controlLabel)_rate", type: .double),
                Schema.Column(name: "difference", type: .double), Schema.Column(name: "ci_low", type: .double),
                Schema.Column(name: "ci_high", type: .double),
            ]
        }
        let keys = group.map { [Schema.Column(name: $0.name, type: $0.type)] } ?? []
        return keys + lead + [
            Schema.Column(name: "users", type: .int), Schema.Column(name: "from_previous", type: .double),
            Schema.Column(name: "from_first", type: .double),
            Schema.Column(name: "median_days_from_previous", type: .double),
        ]
    }

    /// The columns shown as percentages (their values are fractions).
    public var proportionColumns: Set<String> {
        controlLabel.map { ["target_rate", "\($0)_rate", "difference", "ci_low", "ci_high"] }
            ?? ["from_previous", "from_first"]
    }
}
