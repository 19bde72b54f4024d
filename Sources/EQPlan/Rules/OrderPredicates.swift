extension Optimizer {
    /// Orders the conditions of a conjunction cheapest first, so the expensive ones see only the rows
    /// that survived: integer ranges and booleans cost a compare per row, dictionary lookups a load
    /// more, column-to-column comparisons and disjunctions the most. Safe because `and` commutes.
    static let orderPredicates = OptimizerRule(name: "order_predicates", isOptional: true) { plan in
        rewritePredicates(plan, order)
    }

    static func order(_ predicate: Predicate) -> Predicate {
        switch predicate {
        case .and(let items):
            let ordered = items.map(order).enumerated().sorted { left, right in
                let (leftCost, rightCost) = (cost(left.element), cost(right.element))
                return leftCost != rightCost ? leftCost < rightCost : left.offset < right.offset
            }
            return .and(ordered.map(\.element))
        case .or(let items):
            return .or(items.map(order))
        default:
            return predicate
        }
    }

    static func cost(_ predicate: Predicate) -> Int {
        switch predicate {
        case .constant: 0
        case .isNull: 1
        case .boolEquals: 2
        case .intervals(_, let intervals, _): 2 + intervals.count
        case .stringIn: 4
        case .doubleCompare: 4
        case .stringCompare, .stringMatch: 5
        case .compareColumns: 8
        case .and(let items), .or(let items): 10 + items.reduce(0) { $0 + cost($1) }
        }
    }
}
