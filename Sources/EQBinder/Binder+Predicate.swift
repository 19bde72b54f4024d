import EQDiagnostics
import EQSyntax
import EQTypes

extension Binder {
    /// Binds a `where` condition.
    func bindPredicate(_ expr: Expr, scope: Scope) throws(Diagnostic) -> BoundExpr {
        if let event = try bindEventExpr(expr, scope: scope) { return event }
        if needsScalar(expr) {
            let condition = try bindScalar(expr, scope: scope)
            guard condition.type == .bool else {
                throw error("\(source.text(of: expr.span)) is \(condition.type), not a condition", at: expr.span,
                            hint: "compare it with a value, e.g. `\(source.text(of: expr.span)) > 0`")
            }
            return .scalar(condition)
        }
        switch expr.kind {
        case .and(let terms):
            return .and(try flatten(terms, scope: scope, and: true))
        case .or(let terms):
            return .or(try flatten(terms, scope: scope, and: false))
        case .not(let inner):
            return .not(try bindPredicate(inner, scope: scope))
        case .literal(.bool(let value)):
            return .constant(value)
        case .changed(let change):
            return try bindChange(change, scope: scope)
        case .name(let name):
            let column = try resolve(Identifier(name, span: expr.span), in: scope)
            guard column.type == .bool else {
                throw error("\"\(column.name)\" is \(column.type), not a condition", at: expr.span,
                            hint: "compare it with a value, e.g. `\(column.name) = ...`")
            }
            return .compare(column, .eq, .bool(true))
        case .compare(let op, let left, let right):
            return try bindComparison(op, left, right, scope: scope)
        case .inList(let subject, let items, let negated):
            let column = try subjectColumn(subject, scope: scope)
            if column.type.isTemporal {
                var alternatives: [BoundExpr] = []
                for item in items { alternatives.append(try temporalComparison(column, .eq, item)) }
                let any = BoundExpr.or(alternatives)
                return negated ? .not(any) : any
            }
            var values: [Value] = []
            for item in items { values.append(try value(item, for: column, scope: scope)) }
            return .inList(column, values, negated: negated)
        case .match(let kind, let subject, let pattern, let negated):
            let column = try subjectColumn(subject, scope: scope)
            guard column.type == .string else {
                throw error("`\(kind.rawValue)` needs a string column, and \(column.name) is \(column.type)",
                            at: subject.span)
            }
            guard case .string(let text) = try value(pattern, for: column, scope: scope, validateDerived: false) else {
                throw error("`\(kind.rawValue)` needs a string", at: pattern.span)
            }
            return .match(kind, column, text, negated: negated)
        case .isNull(let subject, let negated):
            return .isNull(try subjectColumn(subject, scope: scope), negated: negated)
        case .time(let subject, let clause):
            // `score between 10 and 20` on numbers: both ends included, as in SQL.
            if case .between(let low, let high) = clause.kind, try isNumericSubject(subject, scope: scope) {
                return .and([
                    try bindPredicate(Expr(.compare(.ge, subject, low), span: expr.span), scope: scope),
                    try bindPredicate(Expr(.compare(.le, subject, high), span: expr.span), scope: scope),
                ])
            }
            let column = try subjectColumn(subject, scope: scope)
            // `where email_opt_in last 30 days`: a flag then the query's own time clause, as it read
            // before a time clause could follow a column.
            if column.type == .bool, let index = scope.timeColumn {
                let timeColumn = BoundColumn(ref: .base(index), name: scope.columns[index].name,
                                             type: scope.columns[index].type)
                return .and([.compare(column, .eq, .bool(true)), try bindTime(clause, on: timeColumn)])
            }
            guard column.type.isTemporal else {
                throw error("\"\(column.name)\" is \(column.type), not a date or timestamp", at: subject.span)
            }
            return try bindTime(clause, on: column)
        default:
            throw error("expected a condition", at: expr.span,
                        hint: "for example `status = active` or `score >= 500`")
        }
    }

    private func isNumericSubject(_ subject: Expr, scope: Scope) throws(Diagnostic) -> Bool {
        if isComputed(subject) { return try bindScalar(subject, scope: scope).type.isNumeric }
        guard case .name(let name) = subject.kind, let column = scope.resolve(name) else { return false }
        return column.type.isNumeric
    }

    /// The bound terms of a chain, with a parenthesised chain of the same connective spliced in
    /// (`(a and b) and c` is one conjunction of three).
    private func flatten(_ terms: [Expr], scope: Scope, and: Bool) throws(Diagnostic) -> [BoundExpr] {
        var items: [BoundExpr] = []
        items.reserveCapacity(terms.count)
        for term in terms {
            switch try bindPredicate(term, scope: scope) {
            case .and(let parts) where and: items += parts
            case .or(let parts) where !and: items += parts
            case let bound: items.append(bound)
            }
        }
        return items
    }

    func subjectColumn(_ expr: Expr, scope: Scope) throws(Diagnostic) -> BoundColumn {
        guard case .name(let name) = expr.kind else {
            throw error("expected a column name", at: expr.span)
        }
        return try resolve(Identifier(name, span: expr.span), in: scope)
    }

    func bindComparison(_ op: CompareOp, _ left: Expr, _ right: Expr, scope: Scope) throws(Diagnostic) -> BoundExpr {
        var op = op
        var (subject, other) = (left, right)
        if case .name(let name) = left.kind, scope.resolve(name) != nil {
        } else if case .name(let name) = right.kind, scope.resolve(name) != nil {
            (subject, other) = (right, left)
            op = op.flipped
        }
        let column = try subjectColumn(subject, scope: scope)
        if case .name(let name) = other.kind, let otherColumn = scope.resolve(name) {
            guard comparable(column.type, otherColumn.type) else {
                throw error("cannot compare \(column.name) (\(column.type)) with \(otherColumn.name) (\(otherColumn.type))",
                            at: other.span)
            }
            // Derived columns are rewritten into ranges of the column they come from, which only works
            // against a value; compared with a column they would silently compare that source column.
            for (side, expr) in [(column, subject), (otherColumn, other)] {
                if case .derived = side.ref {
                    throw error("\(side.name) can only be compared with a value here", at: expr.span,
                                hint: "show it first: `show id, \(column.name), \(otherColumn.name) | where "
                                    + "\(column.name) \(op.rawValue) \(otherColumn.name)`")
                }
            }
            return .compareColumns(column, op, otherColumn)
        }
        if case .derived(let derived, _) = column.ref, derived.values != nil, op != .eq && op != .ne {
            throw error("\(derived.rawValue) can only be compared with `=`, `!=` or `in`", at: left.span.union(right.span))
        }
        if column.type.isTemporal {
            return try temporalComparison(column, op, other)
        }
        return .compare(column, op, try value(other, for: column, scope: scope))
    }

    private func comparable(_ a: DataType, _ b: DataType) -> Bool {
        a == b || (a.isNumeric && b.isNumeric) || (a.isTemporal && b.isTemporal)
    }

    /// `joined_at = 2024-01` means "in January"; `<` and `>=` use the period's start, `<=` and `>` its end.
    func temporalComparison(_ column: BoundColumn, _ op: CompareOp, _ valueExpr: Expr) throws(Diagnostic) -> BoundExpr {
        let period = try self.period(of: valueExpr)
        let start = bound(period.start, for: column)
        let end = bound(period.end, for: column)
        switch op {
        case .eq: return .range(column, lower: start, upper: end)
        case .ne: return .or([.range(column, lower: nil, upper: start), .range(column, lower: end, upper: nil)])
        case .lt: return .range(column, lower: nil, upper: start)
        case .le: return .range(column, lower: nil, upper: end)
        case .gt: return .range(column, lower: end, upper: nil)
        case .ge: return .range(column, lower: start, upper: nil)
        }
    }
}
