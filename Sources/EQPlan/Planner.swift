import EQBinder
import EQTypes

/// Turns a bound query into a logical plan, one node per step, then hands it to the optimizer.
public enum Planner {
    public static func plan(_ query: BoundQuery) -> QueryPlan {
        var node = LogicalPlan.scan(table: query.table, columns: query.schema.columns)
        for step in query.steps {
            switch step {
            case .filter(let expr):
                node = .boundFilter(node, expr)
            case .aggregate(let keys, let aggregates):
                node = .aggregate(node, keys: keys.map(ColumnExpr.init), aggregates: aggregates.map {
                    PlanAggregate(function: $0.function, input: $0.column.map(ColumnExpr.init), name: $0.name, type: $0.type,
                                  fraction: $0.fraction, proportion: $0.proportion)
                })
            case .compute(let columns):
                node = .compute(node, columns)
            case .computeCondition(let expr, let name, let falseIsNull):
                node = .computeCondition(node, expr, lowered: nil, name: name, falseIsNull: falseIsNull)
            case .campaign(let step):
                node = .campaign(node, step)
            case .computeAsOf(let column):
                node = .computeAsOf(node, column, lowered: nil)
            case .computeLifecycle(let lifecycle):
                node = .computeLifecycle(node, lifecycle, lowered: nil)
            case .project(let columns):
                node = .project(node, columns.map(ColumnExpr.init))
            case .sort(let keys):
                node = .sort(node, keys.map { PlanSortKey(column: ColumnExpr($0.column), descending: $0.descending) })
            case .top(let count, let keys):
                node = .topN(node, count: count, keys.map { PlanSortKey(column: ColumnExpr($0.column), descending: $0.descending) })
            case .limit(let count):
                node = .limit(node, count)
            case .funnel(let funnel):
                node = .funnel(node, funnel)
            }
        }
        return QueryPlan(root: node, context: query.context, outputColumns: query.outputColumns)
    }
}
