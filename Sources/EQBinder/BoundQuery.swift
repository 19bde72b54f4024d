import EQSyntax
import EQTypes

/// The columns eq derives from a table's last-login and time columns. They are not stored: the planner
/// rewrites predicates on them into ranges of the underlying timestamp, and the executor computes them
/// only where they are grouped, sorted or shown.
public enum DerivedColumn: String, Sendable, Hashable, CaseIterable {
    case status
    case stage
    case cohort
    case daysInactive = "days_inactive"

    public var type: DataType { self == .daysInactive ? .int : .string }

    /// The values a derived string column can take, in key order, for validation and "did you mean".
    public var values: [String]? {
        switch self {
        case .status: EngagementRules.statusValues
        case .stage: EngagementRules.stageValues
        case .cohort, .daysInactive: nil
        }
    }
}

/// A column as a bound query sees it: stored in the relation, or derived from one of its columns.
public enum ColumnRef: Sendable, Hashable {
    case base(Int)
    /// The derived column and the index of the column it derives from (last login or time column).
    case derived(DerivedColumn, from: Int)

    public var baseIndex: Int {
        switch self {
        case .base(let index): index
        case .derived(_, let from): from
        }
    }
}

/// A resolved column with the name and type it shows under.
public struct BoundColumn: Sendable, Hashable {
    public var ref: ColumnRef
    public var name: String
    public var type: DataType
    public init(ref: ColumnRef, name: String, type: DataType) {
        self.ref = ref
        self.name = name
        self.type = type
    }
}

/// Filter expressions after name resolution and type checking. Values are already converted to the
/// column's storage units (days for dates, microseconds for timestamps), so later stages never parse.
public indirect enum BoundExpr: Sendable, Hashable {
    case constant(Bool)
    case compare(BoundColumn, CompareOp, Value)
    case compareColumns(BoundColumn, CompareOp, BoundColumn)
    /// `lower <= x < upper` on a temporal column, from time clauses; nil is unbounded. Nulls never match.
    case range(BoundColumn, lower: Value?, upper: Value?)
    case inList(BoundColumn, [Value], negated: Bool)
    case match(StringMatch, BoundColumn, String, negated: Bool)
    case isNull(BoundColumn, negated: Bool)
    case and([BoundExpr])
    case or([BoundExpr])
    case not(BoundExpr)
    /// `did login last 30 days`, `first login before 2024-03`: a semi-join on the user's events.
    case event(EventCondition)
    /// `in reachable`: the row's id column holds an id of the named segment's rows.
    case member(BoundColumn, segment: String, negated: Bool)
    /// A condition on computed values (`score * 2 > 100`, `name like "A%"`): true rows pass, false
    /// and null rows do not.
    case scalar(ScalarExpr)
}

public struct BoundAggregate: Sendable, Hashable {
    public var function: AggregateCall.Function
    public var column: BoundColumn?
    /// `count`, `avg_score`, `count_distinct_email`, or the name given with `as`.
    public var name: String
    public var type: DataType
    /// For `percentile`: the fraction, 0.9 for `percentile 90`.
    public var fraction: Double?
    /// `share where ...`: a fraction of the group, shown as a percentage.
    public var proportion = false
    public init(function: AggregateCall.Function, column: BoundColumn?, name: String, type: DataType) {
        self.function = function
        self.column = column
        self.name = name
        self.type = type
    }
}

public struct BoundSortKey: Sendable, Hashable {
    public var column: BoundColumn
    public var descending: Bool
}

/// One step of a bound pipeline. Each step's columns refer to the relation produced by the step before.
public enum BoundStep: Sendable {
    case filter(BoundExpr)
    /// Appends computed columns to the relation (for a `show`, `sort by` or aggregate expression).
    case compute([ComputedColumn])
    /// Appends an int column, 1 where the condition holds and 0 elsewhere (`share where` averages
    /// it); with `falseIsNull`, null elsewhere (`count where` counts it, so no rows count 0, not null).
    case computeCondition(BoundExpr, name: String, falseIsNull: Bool)
    /// Appends a string column: the label of the first lifecycle condition that holds on the row.
    case computeLifecycle(BoundLifecycle)
    /// Appends status or stage as it was at the end of a past day (`changed`, `transitions`).
    case computeAsOf(AsOfColumn)
    case aggregate(keys: [BoundColumn], aggregates: [BoundAggregate])
    case project([BoundColumn])
    case sort([BoundSortKey])
    case top(Int64, [BoundSortKey])
    case limit(Int64)
    /// `funnel A -> B within N unit`: per step, the users of the relation who reached it in order.
    case funnel(BoundFunnel)
    /// `distinct`, `holdout`, `sample`: a campaign list's preparation, over the rows so far.
    case campaign(CampaignStep)
}

/// The engagement settings a query is bound under; part of the bound query so the plan is reproducible.
public struct EngagementContext: Sendable, Hashable {
    /// Days since 1970-01-01.
    public var today: Int32
    public var activeDays: Int
    public var atRiskDays: Int
    public init(today: Int32, activeDays: Int = 45, atRiskDays: Int = 90) {
        self.today = today
        self.activeDays = activeDays
        self.atRiskDays = atRiskDays
    }
}

public struct BoundQuery: Sendable {
    public var table: String
    public var schema: Schema
    public var steps: [BoundStep]
    public var context: EngagementContext
    /// The names and types of the result's columns.
    public var outputColumns: [Schema.Column]
}
