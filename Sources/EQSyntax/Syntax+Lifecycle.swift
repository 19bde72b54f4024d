import EQDiagnostics

/// `case when COND then "label" ... else "label" end`: the body of `define NAME = ...`, a column whose
/// value is the label of the first condition that holds. Conditions are any condition of the language.
public struct LifecycleCase: Sendable {
    /// One `when COND then LABEL`.
    public struct Branch: Sendable {
        public var condition: Expr
        public var label: Identifier
        public init(condition: Expr, label: Identifier) {
            self.condition = condition
            self.label = label
        }
    }
    public var branches: [Branch]
    /// nil when `else` is missing: rows no condition holds for are then null, as in SQL's `case`.
    public var otherwise: Identifier?
    public var span: SourceSpan
    public init(branches: [Branch], otherwise: Identifier?, span: SourceSpan) {
        self.branches = branches
        self.otherwise = otherwise
        self.span = span
    }

    /// The distinct labels in the order they are first written (`else` last unless written before):
    /// the order `count by` and `sort by` give them, since it is the order the user declared.
    public var labels: [String] {
        var seen: Set<String> = []
        var ordered: [String] = []
        for label in branches.map(\.label.name) + (otherwise.map { [$0.name] } ?? []) where seen.insert(label).inserted {
            ordered.append(label)
        }
        return ordered
    }
}
