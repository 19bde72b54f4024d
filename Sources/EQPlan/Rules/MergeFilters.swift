import EQBinder

extension Optimizer {
    /// Merges consecutive filters (`where ...` followed by `since ...`) into one conjunction, so the
    /// executor makes one pass and later rules can order all the conditions together. Safe because
    /// filters commute and neither changes the columns.
    static let mergeFilters = OptimizerRule(name: "merge_filters", isOptional: true) { plan in
        var plan = plan
        plan.root = mergeRuns(plan.root)
        return plan
    }

    /// Each run of filters is gathered once, top down, and rebuilt as one node: merging pairs bottom
    /// up copied the growing conjunction at every filter, quadratic in the number of `where` steps.
    static func mergeRuns(_ node: LogicalPlan) -> LogicalPlan {
        guard case .boundFilter = node else {
            guard let input = node.input else { return node }
            return node.replacingInput(mergeRuns(input))
        }
        var run: [BoundExpr] = []
        var below = node
        while case .boundFilter(let input, let expr) = below {
            run.append(expr)
            below = input
        }
        let merged = mergeRuns(below)
        guard run.count > 1 else { return .boundFilter(merged, run[0]) }
        var items: [BoundExpr] = []
        for expr in run.reversed() { items += conjuncts(expr) }
        return .boundFilter(merged, .and(items))
    }

    static func conjuncts(_ expr: BoundExpr) -> [BoundExpr] {
        if case .and(let items) = expr { return items }
        return [expr]
    }
}
