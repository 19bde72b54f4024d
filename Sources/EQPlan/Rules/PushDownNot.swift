import EQBinder

extension Optimizer {
    /// Pushes `not` down to the leaves (De Morgan), negating each leaf. A negated comparison still
    /// rejects nulls, which is what three-valued logic gives for a `where`: `not country = "US"` keeps
    /// neither "US" nor the rows with no country. Derived status and stage never are null, so their
    /// negation is the complement of the values.
    static let pushDownNot = OptimizerRule(name: "push_down_not", isOptional: false) { plan in
        rewriteBoundFilters(plan) { removeNot($0, negate: false) }
    }

    static func removeNot(_ expr: BoundExpr, negate: Bool) -> BoundExpr {
        switch expr {
        case .not(let inner):
            return removeNot(inner, negate: !negate)
        case .and(let items):
            let mapped = items.map { removeNot($0, negate: negate) }
            return negate ? .or(mapped) : .and(mapped)
        case .or(let items):
            let mapped = items.map { removeNot($0, negate: negate) }
            return negate ? .and(mapped) : .or(mapped)
        default:
            return negate ? negateLeaf(expr) : expr
        }
    }

    static func negateLeaf(_ expr: BoundExpr) -> BoundExpr {
        switch expr {
        case .constant(let value):
            return .constant(!value)
        case .compare(let column, let op, let value):
            if case .derived(let derived, _) = column.ref, let values = derived.values, case .string(let text) = value {
                let kept = op == .eq ? values.filter { $0 != text } : [text]
                return .inList(column, kept.map(Value.string), negated: false)
            }
            return .compare(column, op.negated, value)
        case .compareColumns(let left, let op, let right):
            return .compareColumns(left, op.negated, right)
        case .range(let column, let lower, let upper):
            var parts: [BoundExpr] = []
            if let lower { parts.append(.range(column, lower: nil, upper: lower)) }
            if let upper { parts.append(.range(column, lower: upper, upper: nil)) }
            return parts.isEmpty ? .constant(false) : .or(parts)
        case .inList(let column, let items, let negated):
            if case .derived(let derived, _) = column.ref, let values = derived.values, !negated {
                let texts = Set(items.compactMap { if case .string(let text) = $0 { text } else { nil } })
                return .inList(column, values.filter { !texts.contains($0) }.map(Value.string), negated: false)
            }
            return .inList(column, items, negated: !negated)
        case .match(let kind, let column, let text, let negated):
            return .match(kind, column, text, negated: !negated)
        case .isNull(let column, let negated):
            return .isNull(column, negated: !negated)
        case .event(let condition):
            return .event(condition.negated)
        case .member(let column, let segment, let negated):
            return .member(column, segment: segment, negated: !negated)
        case .scalar(let condition):
            return .scalar(.not(condition))
        case .and, .or, .not:
            return removeNot(expr, negate: true)
        }
    }
}

import EQTypes
