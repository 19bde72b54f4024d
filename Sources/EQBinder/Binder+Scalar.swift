import EQDiagnostics
import EQSyntax
import EQTypes

extension Binder {
    /// True for the conditions only a computed value can answer: arithmetic or a function on either
    /// side of a comparison, `like` and `matches`.
    func needsScalar(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .pattern: return true
        case .compare(_, let left, let right): return isComputed(left) || isComputed(right)
        case .isNull(let operand, _): return isComputed(operand)
        default: return false
        }
    }

    func isComputed(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .arithmetic, .negate, .call: true
        default: false
        }
    }

    /// Binds a value computed per row. Names are columns here (a bare word is a string only as the
    /// other side of a comparison with a string, as in `lower(role) = student`).
    func bindScalar(_ expr: Expr, scope: Scope) throws(Diagnostic) -> ScalarExpr {
        switch expr.kind {
        case .name(let name):
            return .column(try resolve(Identifier(name, span: expr.span), in: scope))
        case .literal, .parameter:
            return try scalarConstant(expr)
        case .arithmetic(let op, let left, let right):
            let (boundLeft, boundRight) = (try bindScalar(left, scope: scope), try bindScalar(right, scope: scope))
            if op == .subtract && boundLeft.type.isTemporal && boundRight.type.isTemporal {
                throw error("the difference of two dates or timestamps is not a number",
                            at: expr.span, hint: "count the whole days between them: `days(\(source.text(of: expr.span)))`")
            }
            for (side, bound) in [(left, boundLeft), (right, boundRight)] where !bound.type.isNumeric && !isNullConstant(bound) {
                throw error("`\(op.rawValue)` needs numbers, and \(source.text(of: side.span)) is \(bound.type)", at: side.span)
            }
            let type: DataType = boundLeft.type == .double || boundRight.type == .double ? .double : .int
            return .arithmetic(op, boundLeft, boundRight, type)
        case .negate(let operand):
            let bound = try bindScalar(operand, scope: scope)
            guard bound.type.isNumeric else {
                throw error("`-` needs a number, and \(source.text(of: operand.span)) is \(bound.type)", at: operand.span)
            }
            return .negate(bound)
        case .call(let function, let arguments):
            return try bindCall(function, arguments, span: expr.span, scope: scope)
        case .compare(let op, let left, let right):
            var (boundLeft, boundRight) = (try bindScalarOrWord(left, scope: scope), try bindScalarOrWord(right, scope: scope))
            if boundLeft == nil, let other = boundRight, other.type == .string, case .name(let word) = left.kind {
                boundLeft = .constant(.string(word), .string)
            }
            if boundRight == nil, let other = boundLeft, other.type == .string, case .name(let word) = right.kind {
                boundRight = .constant(.string(word), .string)
            }
            guard let boundLeft, let boundRight else {
                let unresolved = (try? bindScalarOrWord(left, scope: scope)) == nil ? left : right
                return .column(try resolve(Identifier(source.text(of: unresolved.span), span: unresolved.span), in: scope))
            }
            let (a, b) = (boundLeft.type, boundRight.type)
            guard a == b || (a.isNumeric && b.isNumeric) || (a.isTemporal && b.isTemporal)
                || isNullConstant(boundLeft) || isNullConstant(boundRight) else {
                throw error("cannot compare \(source.text(of: left.span)) (\(a)) with \(source.text(of: right.span)) (\(b))",
                            at: expr.span)
            }
            return .compare(op, boundLeft, boundRight)
        case .pattern(let kind, let subject, let patternExpr, let negated):
            let bound = try bindScalar(subject, scope: scope)
            guard bound.type == .string else {
                throw error("`\(kind.rawValue)` needs text, and \(source.text(of: subject.span)) is \(bound.type)", at: subject.span)
            }
            guard case .literal(.string(let pattern)) = patternExpr.kind else {
                throw error("`\(kind.rawValue)` needs a quoted pattern", at: patternExpr.span,
                            hint: kind == .like ? "write `like \"A%\"`" : "write `matches \"^u[0-9]+\"`")
            }
            if kind == .matches {
                do {
                    _ = try Regex(pattern)
                } catch {
                    throw self.error("invalid regular expression: \(error)", at: patternExpr.span,
                                     hint: "`matches` takes a regular expression; escape special characters with \\")
                }
            }
            return .pattern(kind, bound, pattern, negated: negated)
        case .isNull(let operand, let negated):
            return .isNull(try bindScalar(operand, scope: scope), negated: negated)
        case .not(let inner):
            let bound = try bindScalar(inner, scope: scope)
            guard bound.type == .bool else { throw error("`not` needs a condition", at: inner.span) }
            return .not(bound)
        default:
            throw error("expected a value", at: expr.span, hint: "for example `score * 1.1` or `lower(email)`")
        }
    }

    /// nil for a bare word that names no column (it may be a string value).
    private func bindScalarOrWord(_ expr: Expr, scope: Scope) throws(Diagnostic) -> ScalarExpr? {
        if case .name(let name) = expr.kind, scope.resolve(name) == nil { return nil }
        return try bindScalar(expr, scope: scope)
    }

    private func isNullConstant(_ expr: ScalarExpr) -> Bool {
        if case .constant(.null, _) = expr { true } else { false }
    }

    private func scalarConstant(_ expr: Expr) throws(Diagnostic) -> ScalarExpr {
        switch try literalValue(expr) {
        case .integer(let value): return .constant(.int(value), .int)
        case .double(let value): return .constant(.double(value), .double)
        case .string(let text), .word(let text): return .constant(.string(text), .string)
        case .bool(let flag): return .constant(.bool(flag), .bool)
        case .null: return .constant(.null, .int)
        case .date(let day): return .constant(.date(day), .date)
        case .month(let index): return .constant(.date(CivilDate.firstDay(ofMonthIndex: index)), .date)
        case .timestamp(let micros): return .constant(.timestamp(micros), .timestamp)
        }
    }

    private func bindCall(_ function: Identifier, _ arguments: [Expr], span: SourceSpan, scope: Scope) throws(Diagnostic) -> ScalarExpr {
        let name = function.name.lowercased()
        func one() throws(Diagnostic) -> Expr {
            guard arguments.count == 1 else {
                throw error("`\(name)` takes one argument, not \(arguments.count)", at: span,
                            hint: name == "days" ? "write `days(resolved_at - opened_at)`" : "write `\(name)(email)`")
            }
            return arguments[0]
        }
        switch name {
        case "lower", "upper", "trim":
            let argument = try one()
            let bound = try bindScalar(argument, scope: scope)
            guard bound.type == .string || isNullConstant(bound) else {
                throw error("`\(name)` needs text, and \(source.text(of: argument.span)) is \(bound.type)", at: argument.span)
            }
            return .text(ScalarExpr.TextFunction(rawValue: name) ?? .lower, bound)
        case "days":
            let argument = try one()
            guard case .arithmetic(.subtract, let later, let earlier) = argument.kind else {
                throw error("`days` counts the days between two dates or timestamps", at: argument.span,
                            hint: "write `days(resolved_at - opened_at)`")
            }
            let (a, b) = (try bindScalar(later, scope: scope), try bindScalar(earlier, scope: scope))
            for (side, bound) in [(later, a), (earlier, b)] where !bound.type.isTemporal {
                throw error("`days` needs dates or timestamps, and \(source.text(of: side.span)) is \(bound.type)", at: side.span)
            }
            return .days(a, b)
        case "coalesce":
            guard !arguments.isEmpty else {
                throw error("`coalesce` needs at least one argument", at: span, hint: "write `coalesce(score, 0)`")
            }
            var bound: [ScalarExpr] = []
            for argument in arguments { bound.append(try bindScalar(argument, scope: scope)) }
            let typed = bound.filter { !isNullConstant($0) }.map(\.type)
            var type = typed.first ?? .int
            for (argument, other) in zip(arguments, bound) where !isNullConstant(other) && other.type != type {
                if type.isNumeric && other.type.isNumeric {
                    type = .double
                } else if type.isTemporal && other.type.isTemporal {
                    type = .timestamp
                } else {
                    throw error("`coalesce` needs values of one type, and \(source.text(of: argument.span)) is \(other.type), not \(type)",
                                at: argument.span)
                }
            }
            return .coalesce(bound, type)
        default:
            throw error("unknown function `\(function.name)`", at: function.span,
                        hint: Suggestion.hint(for: name, in: ["coalesce", "lower", "upper", "trim", "days"])
                            ?? "the functions are coalesce, lower, upper, trim and days")
        }
    }
}
