import EQTypes

extension Optimizer {
    /// Orders the conditions of a conjunction cheapest first, so the expensive ones see only the rows
    /// that survived: integer ranges and booleans cost a compare per row, dictionary lookups a load
    /// more, column-to-column comparisons and disjunctions the most. Safe because `and` commutes.
    static let orderPredicates = OptimizerRule(name: "order_predicates", isOptional: true) { plan in
        var plan = plan
        plan.root = rewrite(plan.root) { node in
            guard case .filter(let input, let predicate) = node else { return node }
            return .filter(input, order(predicate, columns: input.outputColumns))
        }
        return plan
    }

    static func order(_ predicate: Predicate, columns: [Schema.Column]) -> Predicate {
        switch predicate {
        case .and(let items):
            let ordered = items.map { order($0, columns: columns) }.enumerated().sorted { left, right in
                let (leftCost, rightCost) = (cost(left.element, columns), cost(right.element, columns))
                return leftCost != rightCost ? leftCost < rightCost : left.offset < right.offset
            }
            return .and(ordered.map(\.element))
        case .or(let items):
            return .or(items.map { order($0, columns: columns) })
        default:
            return predicate
        }
    }

    /// Relative cost per row. A date is four bytes to a timestamp's eight, so a range of dates is
    /// read first.
    static func cost(_ predicate: Predicate, _ columns: [Schema.Column]) -> Int {
        switch predicate {
        case .constant: 0
        case .isNull: 1
        case .boolEquals: 2
        case .intervals(let column, let intervals, _):
            (column < columns.count && columns[column].type == .date ? 1 : 2) + intervals.count
        case .stringIn: 4
        case .doubleCompare: 4
        case .stringCompare, .stringMatch, .cohortMatch: 5
        case .compareColumns: 8
        case .member: 6
        case .events: 7
        case .scalar: 9
        case .and(let items), .or(let items): 10 + items.reduce(0) { $0 + cost($1, columns) }
        }
    }
}
