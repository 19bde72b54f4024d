import EQBinder

/// A named rewrite of the plan. Rules are listed in one ordered array so the order is readable, and
/// each can be switched off (tests pin plans with and without a rule).
public struct OptimizerRule: Sendable {
    public var name: String
    /// Whether the executor can run plans without this rule; lowering rules are required.
    public var isOptional: Bool
    public var apply: @Sendable (QueryPlan) -> QueryPlan
}

public enum Optimizer {
    /// The rules in the order they run.
    public static let rules: [OptimizerRule] = [
        mergeFilters,
        pushDownNot,
        rewriteDerivedColumns,
        lowerFilters,
        foldConstants,
        orderPredicates,
    ]

    public static func optimize(_ plan: QueryPlan, disabling disabled: Set<String> = []) -> QueryPlan {
        var plan = plan
        for rule in rules where !(rule.isOptional && disabled.contains(rule.name)) {
            plan = rule.apply(plan)
        }
        return plan
    }

    /// Applies `transform` to every node, inputs first.
    static func rewrite(_ node: LogicalPlan, _ transform: (LogicalPlan) -> LogicalPlan) -> LogicalPlan {
        guard let input = node.input else { return transform(node) }
        return transform(node.replacingInput(rewrite(input, transform)))
    }

    /// Rewrites the bound expression of every not-yet-lowered filter.
    static func rewriteBoundFilters(_ plan: QueryPlan, _ transform: (BoundExpr) -> BoundExpr) -> QueryPlan {
        var plan = plan
        plan.root = rewrite(plan.root) { node in
            if case .boundFilter(let input, let expr) = node { return .boundFilter(input, transform(expr)) }
            return node
        }
        return plan
    }

    /// Rewrites the predicate of every lowered filter.
    static func rewritePredicates(_ plan: QueryPlan, _ transform: (Predicate) -> Predicate) -> QueryPlan {
        var plan = plan
        plan.root = rewrite(plan.root) { node in
            if case .filter(let input, let predicate) = node { return .filter(input, transform(predicate)) }
            return node
        }
        return plan
    }
}
