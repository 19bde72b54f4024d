import EQDiagnostics
import EQSyntax
import EQTypes

extension Binder {
    /// Converts a literal (or a bare word such as `student`) to a value of the column's type.
    func value(_ expr: Expr, for column: BoundColumn, scope: Scope, validateDerived: Bool = true) throws(Diagnostic) -> Value {
        let literal = try literalValue(expr)
        if case .derived(let derived, _) = column.ref {
            return try derivedValue(literal, expr: expr, derived: derived, validate: validateDerived)
        }
        switch (column.type, literal) {
        case (_, .null):
            throw error("comparing with null matches nothing", at: expr.span, hint: "use `\(column.name) is null`")
        case (.int, .integer(let number)): return .int(number)
        case (.int, .double(let number)), (.double, .double(let number)): return .double(number)
        case (.double, .integer(let number)): return .double(Double(number))
        case (.string, .string(let text)): return .string(text)
        case (.string, .word(let text)): return .string(text)
        case (.bool, .bool(let flag)): return .bool(flag)
        case (.bool, .word(let text)) where ["true", "false"].contains(text.lowercased()):
            return .bool(text.lowercased() == "true")
        case (_, .word(let text)):
            throw error("unknown column \"\(text)\"", at: expr.span, hint: Suggestion.hint(for: text, in: scope.names))
        default:
            throw error("cannot compare \(column.name) (\(column.type)) with \(literal.kindName)", at: expr.span,
                        hint: column.type == .string ? "quote the value: \"...\"" : nil)
        }
    }

    private func derivedValue(_ literal: LiteralValue, expr: Expr, derived: DerivedColumn, validate: Bool) throws(Diagnostic) -> Value {
        switch derived {
        case .status, .stage:
            let text: String
            switch literal {
            case .word(let word): text = word
            case .string(let string): text = string
            default: throw error("\(derived.rawValue) is a string such as \(derived.values![0])", at: expr.span)
            }
            if validate, let values = derived.values, !values.contains(text) {
                throw error("\(derived.rawValue) is never \"\(text)\"", at: expr.span,
                            hint: Suggestion.hint(for: text, in: values)
                                ?? "its values are \(values.joined(separator: ", "))")
            }
            return .string(text)
        case .cohort:
            switch literal {
            case .month(let index): return .string(CivilDate.formatMonth(index: index))
            case .string(let text), .word(let text):
                if !validate { return .string(text) }
                let bytes = Array(text.utf8)
                if bytes.count == 7, let day = TemporalParser.parseDate(Array((text + "-01").utf8)) {
                    return .string(CivilDate.formatMonth(index: CivilDate.monthIndex(ofDay: day)))
                }
                throw error("a cohort is a month such as 2024-01", at: expr.span)
            default:
                throw error("a cohort is a month such as 2024-01", at: expr.span)
            }
        case .daysInactive:
            switch literal {
            case .integer(let number): return .int(number)
            case .double(let number): return .double(number)
            default: throw error("days_inactive is a whole number of days", at: expr.span)
            }
        }
    }

    /// A literal, with bare words kept apart from quoted strings so `role = student` can be told from
    /// a misspelt column.
    enum LiteralValue {
        case integer(Int64), double(Double), string(String), word(String), bool(Bool), null
        case date(Int32), month(Int32), timestamp(Int64)

        var kindName: String {
            switch self {
            case .integer: "a number"
            case .double: "a number"
            case .string: "a string"
            case .word(let word): "\"\(word)\""
            case .bool: "a boolean"
            case .null: "null"
            case .date: "a date"
            case .month: "a month"
            case .timestamp: "a timestamp"
            }
        }
    }

    func literalValue(_ expr: Expr) throws(Diagnostic) -> LiteralValue {
        switch expr.kind {
        case .name(let name): return .word(name)
        case .literal(let literal):
            switch literal {
            case .integer(let value): return .integer(value)
            case .double(let value): return .double(value)
            case .string(let value): return .string(value)
            case .bool(let value): return .bool(value)
            case .null: return .null
            case .date(let value): return .date(value)
            case .month(let value): return .month(value)
            case .timestamp(let value): return .timestamp(value)
            case .duration:
                throw error("a duration is not a value here", at: expr.span, hint: "did you mean `... ago`?")
            }
        case .parameter(let name):
            return try parameterValue(name, span: expr.span)
        default:
            throw error("expected a value", at: expr.span)
        }
    }

    /// Parameters are typed as literals of the language, never pasted into the text.
    func parameterValue(_ name: String, span: SourceSpan) throws(Diagnostic) -> LiteralValue {
        guard let text = parameters[name] ?? parameters[name.lowercased()] else {
            throw error("no value for parameter $\(name)", at: span,
                        hint: Suggestion.closest(to: name, in: parameters.keys.sorted()).map { "did you mean $\($0)?" }
                            ?? "pass it with --param \(name)=VALUE")
        }
        if let number = Int64(text) { return .integer(number) }
        if let number = Double(text), text.contains(".") { return .double(number) }
        if ["true", "false"].contains(text.lowercased()) { return .bool(text.lowercased() == "true") }
        if let day = TemporalParser.parseDate(text) { return .date(day) }
        if text.utf8.count == 7, let day = TemporalParser.parseDate(text + "-01") {
            return .month(CivilDate.monthIndex(ofDay: day))
        }
        if let micros = TemporalParser.parseTimestamp(text) { return .timestamp(micros) }
        return .string(text)
    }
}
