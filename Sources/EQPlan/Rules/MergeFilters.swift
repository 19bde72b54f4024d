import EQBinder

extension Optimizer {
    /// Merges consecutive filters (`where ...` followed by `since ...`) into one conjunction, so the
    /// executor makes one pass and later rules can order all the conditions together. Safe because
    /// filters commute and neither changes the columns.
    static let mergeFilters = OptimizerRule(name: "merge_filters", isOptional: true) { plan in
        var plan = plan
        plan.root = rewrite(plan.root) { node in
            guard case .boundFilter(let input, let outer) = node, case .boundFilter(let inner, let first) = input else {
                return node
            }
            return .boundFilter(inner, .and(conjuncts(first) + conjuncts(outer)))
        }
        return plan
    }

    static func conjuncts(_ expr: BoundExpr) -> [BoundExpr] {
        if case .and(let items) = expr { return items }
        return [expr]
    }
}
