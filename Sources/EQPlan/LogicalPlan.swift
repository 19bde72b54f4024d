import EQBinder
import EQSyntax
import EQTypes

/// A value the executor computes per row: a stored column, or a derived engagement column.
public struct ColumnExpr: Sendable, Hashable {
    public var ref: ColumnRef
    public var name: String
    public var type: DataType
    public init(_ column: BoundColumn) {
        self.ref = column.ref
        self.name = column.name
        self.type = column.type
    }
}

public struct PlanAggregate: Sendable, Hashable {
    public var function: AggregateCall.Function
    public var input: ColumnExpr?
    public var name: String
    public var type: DataType
    /// For `percentile`: the fraction.
    public var fraction: Double? = nil
    /// For `share`: shown as a percentage.
    public var proportion = false
}

public struct PlanSortKey: Sendable, Hashable {
    public var column: ColumnExpr
    public var descending: Bool
}

/// The logical plan: a tree whose leaves scan a table. Each node's column references point into the
/// output of its input node.
public indirect enum LogicalPlan: Sendable {
    case scan(table: String, columns: [Schema.Column])
    case filter(LogicalPlan, Predicate)
    /// A filter still in bound form; the optimizer lowers it into a `Predicate`.
    case boundFilter(LogicalPlan, BoundExpr)
    case aggregate(LogicalPlan, keys: [ColumnExpr], aggregates: [PlanAggregate])
    case project(LogicalPlan, [ColumnExpr])
    /// The input's columns followed by values computed per row.
    case compute(LogicalPlan, [ComputedColumn])
    /// The input's columns and an int column, 1 where the condition holds; `lowered` once optimised.
    case computeCondition(LogicalPlan, BoundExpr, lowered: Predicate?, name: String, falseIsNull: Bool)
    /// The input's columns and a lifecycle's label per row (the first condition that holds);
    /// `lowered` holds each condition's predicate once optimised.
    case computeLifecycle(LogicalPlan, BoundLifecycle, lowered: [Predicate]?)
    /// The input's columns and status, stage or a lifecycle as of the end of a past day, from the
    /// login events; for a lifecycle, `lowered` holds each of its chain's conditions once optimised.
    case computeAsOf(LogicalPlan, AsOfColumn, lowered: [[Predicate]]?)
    case sort(LogicalPlan, [PlanSortKey])
    case topN(LogicalPlan, count: Int64, [PlanSortKey])
    case limit(LogicalPlan, Int64)
    /// Per step of the funnel, the input's users who reached it (one pass over their events).
    case funnel(LogicalPlan, BoundFunnel)
    /// `distinct`, `holdout`, `sample` over the input's rows, in their order.
    case campaign(LogicalPlan, CampaignStep)

    public var input: LogicalPlan? {
        switch self {
        case .scan: nil
        case .filter(let input, _), .boundFilter(let input, _), .aggregate(let input, _, _), .project(let input, _),
             .sort(let input, _), .topN(let input, _, _), .limit(let input, _), .compute(let input, _),
             .computeCondition(let input, _, _, _, _), .funnel(let input, _), .computeLifecycle(let input, _, _),
             .computeAsOf(let input, _, _), .campaign(let input, _):
            input
        }
    }

    /// Rebuilds this node over a new input (for rules that rewrite the tree bottom-up).
    public func replacingInput(_ newInput: LogicalPlan) -> LogicalPlan {
        switch self {
        case .scan: self
        case .filter(_, let predicate): .filter(newInput, predicate)
        case .boundFilter(_, let expr): .boundFilter(newInput, expr)
        case .aggregate(_, let keys, let aggregates): .aggregate(newInput, keys: keys, aggregates: aggregates)
        case .project(_, let columns): .project(newInput, columns)
        case .compute(_, let columns): .compute(newInput, columns)
        case .computeCondition(_, let expr, let lowered, let name, let falseIsNull):
            .computeCondition(newInput, expr, lowered: lowered, name: name, falseIsNull: falseIsNull)
        case .computeLifecycle(_, let lifecycle, let lowered): .computeLifecycle(newInput, lifecycle, lowered: lowered)
        case .computeAsOf(_, let column, let lowered): .computeAsOf(newInput, column, lowered: lowered)
        case .sort(_, let keys): .sort(newInput, keys)
        case .topN(_, let count, let keys): .topN(newInput, count: count, keys)
        case .limit(_, let count): .limit(newInput, count)
        case .funnel(_, let funnel): .funnel(newInput, funnel)
        case .campaign(_, let step): .campaign(newInput, step)
        }
    }
}

/// A plan with the settings it was made under: derived columns and relative periods depend on them.
public struct QueryPlan: Sendable {
    public var root: LogicalPlan
    public var context: EngagementContext
    public var outputColumns: [Schema.Column]
    public init(root: LogicalPlan, context: EngagementContext, outputColumns: [Schema.Column]) {
        self.root = root
        self.context = context
        self.outputColumns = outputColumns
    }
}

extension LogicalPlan {
    /// The columns this node produces, so rules can see the types their column indexes refer to.
    public var outputColumns: [Schema.Column] {
        switch self {
        case .scan(_, let columns): columns
        case .filter(let input, _), .boundFilter(let input, _), .sort(let input, _), .topN(let input, _, _),
             .limit(let input, _):
            input.outputColumns
        case .aggregate(_, let keys, let aggregates):
            keys.map { Schema.Column(name: $0.name, type: $0.type) }
                + aggregates.map { Schema.Column(name: $0.name, type: $0.type) }
        case .project(_, let columns):
            columns.map { Schema.Column(name: $0.name, type: $0.type) }
        case .compute(let input, let columns):
            input.outputColumns + columns.map { Schema.Column(name: $0.name, type: $0.type) }
        case .computeCondition(let input, _, _, let name, _):
            input.outputColumns + [Schema.Column(name: name, type: .int)]
        case .funnel(_, let funnel):
            funnel.outputColumns
        case .computeLifecycle(let input, let lifecycle, _):
            input.outputColumns + [Schema.Column(name: lifecycle.name, type: .string)]
        case .campaign(let input, let step):
            step.outputColumns(input.outputColumns)
        case .computeAsOf(let input, let column, _):
            input.outputColumns + [Schema.Column(name: column.name, type: .string)]
        }
    }
}
