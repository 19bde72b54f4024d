extension Optimizer {
    /// Simplifies constant parts: `x and false` is false, an empty interval set matches nothing, an
    /// interval set covering every value and null matches everything. Runs after lowering so it also
    /// catches conditions that became constant there (`status = at_risk or status != at_risk`).
    static let foldConstants = OptimizerRule(name: "fold_constants", isOptional: true) { plan in
        rewritePredicates(plan, fold)
    }

    static func fold(_ predicate: Predicate) -> Predicate {
        switch predicate {
        case .and(let items):
            var kept: [Predicate] = []
            for item in items.map(fold) {
                if item == .constant(false) { return .constant(false) }
                if item == .constant(true) { continue }
                if case .and(let inner) = item { kept.append(contentsOf: inner) } else { kept.append(item) }
            }
            return kept.isEmpty ? .constant(true) : kept.count == 1 ? kept[0] : .and(kept)
        case .or(let items):
            var kept: [Predicate] = []
            for item in items.map(fold) {
                if item == .constant(true) { return .constant(true) }
                if item == .constant(false) { continue }
                if case .or(let inner) = item { kept.append(contentsOf: inner) } else { kept.append(item) }
            }
            return kept.isEmpty ? .constant(false) : kept.count == 1 ? kept[0] : .or(kept)
        case .intervals(let column, let intervals, let includeNull):
            let live = intervals.filter { !$0.isEmpty }
            if live.isEmpty && !includeNull { return .constant(false) }
            if live.isEmpty { return .isNull(column: column, negated: false) }
            if live == [Interval.all] { return includeNull ? .constant(true) : .isNull(column: column, negated: true) }
            return .intervals(column: column, live, includeNull: includeNull)
        case .stringIn(let column, let values, let negated) where values.isEmpty:
            return negated ? .isNull(column: column, negated: true) : .constant(false)
        default:
            return predicate
        }
    }
}
