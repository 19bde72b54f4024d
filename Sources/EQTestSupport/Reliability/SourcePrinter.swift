import EQSyntax
import EQTypes

/// Prints a syntax tree back as eq source that parses to the same tree: the "printed back" half of the
/// grammar round trip. The form is canonical rather than the user's: every step after a `|`, every
/// compound operand in parentheses, event types quoted, a report's `between` as `from ... to`.
public enum SourcePrinter {
    public static func print(_ script: Script) -> String {
        script.statements.map(print).joined(separator: "\n")
    }

    public static func print(_ statement: Statement) -> String {
        switch statement.kind {
        case .load(let load): print(load)
        case .set(let assignments):
            "set " + assignments.map { "\($0.name.name) = \(value_($0.value))" }.joined(separator: ", ")
        case .query(let query): print(query)
        case .explain(let query): "explain " + print(query)
        case .explainReport(let report): "explain " + print(report)
        case .explainAnalyze(let query): "explain analyze " + print(query)
        case .letSegment(let name, let query): "let \(name.name) = " + print(query)
        case .segments(let save): save ? "save segments" : "segments"
        case .snapshot(let snapshot): "\(snapshot.save ? "save" : "load") snapshot \(quote(snapshot.path))"
        case .explainTransitions(let request, let analyze):
            "explain \(analyze ? "analyze " : "")" + print(Statement(.transitions(request), span: request.span))
        case .transitions(let request):
            "transitions \(request.subject.name) from \(value_(request.start)) to \(value_(request.end))"
                + request.steps.map { " " + print($0, inReport: false) }.joined()
                + request.after.map { " | " + print($0, inReport: false) }.joined()
        case .defineLifecycle(let name, let lifecycle):
            "define \(name.name) = case " + lifecycle.branches.map { "when \(expr($0.condition)) then \(quote($0.label.name))" }
                .joined(separator: " ") + (lifecycle.otherwise.map { " else \(quote($0.name))" } ?? "") + " end"
        case .report(let report): print(report)
        case .explainSQL(let query): "explain sql " + print(query)
        case .connection(.connect(let url, _)): "connect \(quote(url))"
        case .connection(.disconnect): "disconnect"
        case .connection(.copy(let relation, let into)): "copy \(relation.name) from postgres" + (into.map { " as \($0.name)" } ?? "")
        }
    }

    static func print(_ load: LoadStatement) -> String {
        var text = "load \(load.table.name) from \(quote(load.path))"
        if let format = load.format { text += " as \(format.name)" }
        if let column = load.timeColumn { text += " time \(column.name)" }
        if let column = load.keyColumn { text += " key \(column.name)" }
        if let delimiter = load.delimiter { text += " delimiter \(quote(delimiter))" }
        if let format = load.dateFormat { text += " dateformat \(quote(format))" }
        if !load.declaredTypes.isEmpty {
            text += " with (" + load.declaredTypes.map { "\($0.column.name) \($0.type.name)" }.joined(separator: ", ") + ")"
        }
        if let columns = load.columns { text += " columns (" + columns.map(\.name).joined(separator: ", ") + ")" }
        return text
    }

    public static func print(_ query: Query) -> String {
        var text = query.source.name
        for step in query.steps { text += " | " + print(step, inReport: false) }
        if let asOf = query.asOf { text += " as of " + value_(asOf) }
        if let chart = query.chart { text += " " + print(chart) }
        return text
    }

    static func print(_ chart: ChartRequest) -> String {
        "| chart \(chart.kind.rawValue)"
            + (chart.columns.isEmpty ? "" : " using " + chart.columns.map(\.name).joined(separator: ", "))
            + (chart.path.map { " to " + quote($0) } ?? "") + (chart.overwrite ? " overwrite" : "")
    }

    static func print(_ report: Report) -> String {
        var text: String = switch report.kind {
        case .registrations: "registrations"
        case .retention: "retention"
        case .activeUsers: "active users"
        case .stickiness: "stickiness"
        case .statusHistory: "status history"
        case .clients: "clients"
        case .cohorts(let part): "cohorts" + (part.map { " " + $0.rawValue } ?? "")
        case .trend(.registrations): "trend registrations"
        case .trend(.activeUsers): "trend active users"
        case .trend(.table(let table)): "trend " + table.name
        }
        if let period = report.period { text += " " + period.rawValue }
        for (index, step) in report.steps.enumerated() {
            // A filter ending in a bare operand would take a following `since`, `before`, `after` or `last` as its
            // own; `vs previous period` (which changes nothing) keeps them apart.
            if index > 0, case .filter = report.steps[index - 1].kind, case .time(let clause) = step.kind {
                switch clause.kind {
                case .since, .before, .after, .last: text += " vs previous period"
                case .between: break
                }
            }
            text += " " + print(step, inReport: true)
        }
        // A report word alone (or before `| chart`) names a table; `vs previous period` keeps it a report.
        if report.period == nil && report.steps.isEmpty { text += " vs previous period" }
        for step in report.pipeline { text += " | " + print(step, inReport: false) }
        if let chart = report.chart { text += " " + print(chart) }
        return text
    }

    static func print(_ step: Step, inReport: Bool) -> String {
        switch step.kind {
        case .filter(let condition):
            return "where " + expr(condition, inReport: inReport)
        case .time(let clause):
            if inReport, case .between(let low, let high) = clause.kind {
                return "from \(value_(low)) to \(value_(high))"
            }
            return print(clause)
        case .aggregate(let calls, let keys):
            let list = calls.map { call -> String in
                var text = aggregateTerm(call)
                if let divisor = call.divisor.first { text += " / " + aggregateTerm(divisor) }
                if let alias = call.alias { text += " as " + alias.name }
                return text
            }.joined(separator: ", ")
            return keys.isEmpty ? list : list + " by " + keys.map(\.name).joined(separator: ", ")
        case .show(let columns):
            return "show " + (columns.map { $0.map(\.name).joined(separator: ", ") } ?? "*")
        case .showExpressions(let columns):
            return "show " + columns.map { column in
                operand(column.expr) + (column.alias.map { " as " + $0.name } ?? "")
            }.joined(separator: ", ")
        case .sort(let keys):
            return "sort by " + keys.map(print).joined(separator: ", ")
        case .top(let count, let keys):
            return "top \(count) by " + keys.map(print).joined(separator: ", ")
        case .limit(let count):
            return "limit \(count)"
        case .export(let request):
            var text = "export " + quote(request.path)
            if let columns = request.columns { text += " (" + columns.map(\.name).joined(separator: ", ") + ")" }
            if request.overwrite { text += " overwrite" }
            if request.raw { text += " raw" }
            return text
        case .distinct(let column, let exact):
            return "distinct " + column.name + (exact ? " exact" : "")
        case .holdout(let request):
            // The label and seed are always written, so an `as of` after the step is never read as a label.
            return "holdout \(percent(request.share)) as \(request.label) seed \(request.seed)"
                + (request.column.map { " into " + $0.name } ?? "")
        case .sample(let request):
            switch request.size {
            case .rows(let count): return "sample \(count) seed \(request.seed)"
            case .share(let share): return "sample \(percent(share)) seed \(request.seed)"
            }
        case .preview:
            return "preview"
        case .funnel(let request):
            var text = "funnel " + request.steps.map { quote($0.name) }.joined(separator: " -> ")
                + " within \(request.windowCount) \(request.windowUnit.rawValue)s"
            if let clause = request.firstStepTime { text += " " + print(clause) }
            if let column = request.by { text += " by " + column.name }
            return text
        }
    }

    static func percent(_ share: Percent) -> String {
        let whole = share.basisPoints / 100
        let fraction = share.basisPoints % 100
        guard fraction != 0 else { return "\(whole)%" }
        return fraction < 10 ? "\(whole).0\(fraction)%" : "\(whole).\(fraction)%"
    }

    static func print(_ key: SortKey) -> String {
        let name = key.expression.map(operand) ?? key.column.name
        switch key.descending {
        case true?: return name + " desc"
        case false?: return name + " asc"
        case nil: return name
        }
    }

    static func print(_ clause: TimeClause) -> String {
        switch clause.kind {
        case .since(let value): "since " + value_(value)
        case .before(let value): "before " + value_(value)
        case .after(let value): "after " + value_(value)
        case .between(let low, let high): "between \(value_(low)) and \(value_(high))"
        case .last(let count, let unit): "last \(count) \(unit.rawValue)s"
        }
    }

    /// An expression at `or` level. In a report a `did` without its own window is parenthesised, so a
    /// report's `last` after it is not read as the window.
    static func expr(_ node: Expr, inReport: Bool = false) -> String {
        switch node.kind {
        case .or(let terms):
            return terms.map { andLevel($0, inReport: inReport) }.joined(separator: " or ")
        default:
            return andLevel(node, inReport: inReport)
        }
    }

    static func andLevel(_ node: Expr, inReport: Bool) -> String {
        switch node.kind {
        case .and(let terms):
            return terms.map { notLevel($0, inReport: inReport) }.joined(separator: " and ")
        case .or:
            return "(" + expr(node, inReport: inReport) + ")"
        default:
            return notLevel(node, inReport: inReport)
        }
    }

    static func notLevel(_ node: Expr, inReport: Bool) -> String {
        switch node.kind {
        case .not(let operand):
            return "not " + notLevel(operand, inReport: inReport)
        case .did(let match):
            let text = did(match)
            return inReport && match.time == nil ? "(" + text + ")" : text
        case .member(let segment):
            return "in " + segment.name
        case .and, .or:
            return "(" + expr(node, inReport: inReport) + ")"
        default:
            return comparison(node)
        }
    }

    static func comparison(_ node: Expr) -> String {
        switch node.kind {
        case .compare(let op, let left, let right):
            return operand(left) + " \(op.rawValue) " + operand(right)
        case .inList(let left, let values, let negated):
            return operand(left) + (negated ? " not in (" : " in (") + values.map(value_).joined(separator: ", ") + ")"
        case .match(let match, let left, let right, let negated):
            return operand(left) + (negated ? " not " : " ") + match.rawValue + " " + operand(right)
        case .isNull(let left, let negated):
            return operand(left) + (negated ? " is not null" : " is null")
        case .pattern(let pattern, let left, let right, let negated):
            return operand(left) + (negated ? " not " : " ") + pattern.rawValue + " " + operand(right)
        case .time(let left, let clause):
            return operand(left) + " " + print(clause)
        case .changed(let change):
            return operand(change.subject) + " changed" + (change.from.map { " from " + value_($0) } ?? "")
                + (change.to.map { " to " + value_($0) } ?? "") + " between \(value_(change.start)) and \(value_(change.end))"
        default:
            return operand(node)
        }
    }

    /// A value or event time as it is; anything else in parentheses.
    static func operand(_ node: Expr) -> String {
        switch node.kind {
        case .name, .literal, .parameter, .ago: value_(node)
        case .eventTime(let time): (time.latest ? "last " : "first ") + quote(time.type.name)
        // Arithmetic is printed with every operation parenthesised, so precedence never decides.
        case .arithmetic(let op, let left, let right): "(" + operand(left) + " \(op.rawValue) " + operand(right) + ")"
        case .negate(let inner): "-(" + expr(inner) + ")"
        case .call(let name, let arguments): name.name + "(" + arguments.map(operand).joined(separator: ", ") + ")"
        default: "(" + expr(node) + ")"
        }
    }

    /// One aggregate without its divisor and name: `count where ...`, `percentile 90 of score`.
    static func aggregateTerm(_ call: AggregateCall) -> String {
        let argument = call.argument.map(operand) ?? call.column?.name ?? ""
        let condition = call.condition.map { " where (" + expr($0) + ")" } ?? ""
        switch call.function {
        case .count: return "count" + condition
        case .share: return "share" + condition
        case .countDistinct: return "count distinct \(argument)"
        case .percentile:
            // The share as the percent it was written as (0.9 * 100 is 90.00000000000001 in binary).
            let percent = ((call.fraction ?? 0) * 100 * 1e9).rounded() / 1e9
            return "percentile \(decimal(percent)) of \(argument)"
        default: return "\(call.function.rawValue) \(argument)"
        }
    }

    static func did(_ match: EventMatch) -> String {
        var text = "did " + (match.negated ? "not " : "") + quote(match.type.name)
        switch match.count {
        case .atLeast(let count)?: text += " at least \(count) times"
        case .atMost(let count)?: text += " at most \(count) times"
        case .exactly(let count)?: text += " exactly \(count) times"
        case nil: break
        }
        if let time = match.time { text += " " + print(time) }
        return text
    }

    /// Grammar rule `value`.
    static func value_(_ node: Expr) -> String {
        switch node.kind {
        case .name(let name): name
        case .parameter(let name): "$" + name
        case .ago(let count, let unit): "\(count) \(unit.rawValue)s ago"
        case .literal(let literal): print(literal)
        default: "(" + expr(node) + ")"
        }
    }

    public static func print(_ literal: Literal) -> String {
        switch literal {
        case .integer(let value): String(value)
        case .double(let value): decimal(value)
        case .string(let value): quote(value)
        case .date(let days): CivilDate.format(days: days)
        case .month(let index): CivilDate.formatMonth(index: index)
        case .timestamp(let micros): quote(CivilDate.format(micros: micros))
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        case .duration(let count, let unit): "\(count) \(unit.rawValue)s"
        }
    }

    /// A double in the language's DECIMAL form (digits, a point, digits; never an exponent), with the
    /// shortest digits that read back as the same double.
    public static func decimal(_ value: Double) -> String {
        let sign = value.sign == .minus ? "-" : ""
        let shortest = "\(value.magnitude)"
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return sign + (shortest.contains(".") ? shortest : shortest + ".0")
        }
        let mantissa = shortest[..<e]
        let exponent = Int(shortest[shortest.index(after: e)...]) ?? 0
        var digits = mantissa.filter { $0 != "." }
        let point = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count)
            + exponent
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) + ".0" }
        digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
        return sign + digits
    }

    /// Double quotes with the language's escapes (the same as the tree printer's).
    public static func quote(_ text: String) -> String {
        SyntaxPrinter.quote(text)
    }
}
