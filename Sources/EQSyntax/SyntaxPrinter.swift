import EQTypes

/// Prints syntax trees as S-expressions, e.g.
/// `Query(users, Filter(Compare(=, Name(status), Name(at_risk))), Time(Since(Month(2024-01))))`.
///
/// Tests compare these strings instead of building trees by hand, and `eq ast` shows them, so the form
/// is stable: one line per statement, no spans.
public enum SyntaxPrinter {
    public static func render(_ script: Script) -> String {
        script.statements.map(render).joined(separator: "\n")
    }

    public static func render(_ statement: Statement) -> String {
        switch statement.kind {
        case .load(let load): render(load)
        case .set(let assignments):
            "Set(" + assignments.map { "\($0.name.name), \(render($0.value))" }.joined(separator: "; ") + ")"
        case .query(let query): render(query)
        case .explain(let query): "Explain(\(render(query)))"
        case .explainReport(let report): "Explain(\(render(report)))"
        case .explainAnalyze(let query): "ExplainAnalyze(\(render(query)))"
        case .letSegment(let name, let query): "Let(\(name.name), \(render(query)))"
        case .segments(let save): save ? "SaveSegments" : "Segments"
        case .snapshot(let snapshot): "\(snapshot.save ? "Save" : "Load")Snapshot(\(quote(snapshot.path)))"
        case .explainTransitions(let request, let analyze):
            "Explain\(analyze ? "Analyze" : "")(" + render(Statement(.transitions(request), span: request.span)) + ")"
        case .transitions(let request):
            "Transitions(\(request.subject.name), \(render(request.start)), \(render(request.end))"
                + request.steps.map { ", " + render($0) }.joined() + request.after.map { ", Then(" + render($0) + ")" }.joined()
                + ")"
        case .defineLifecycle(let name, let lifecycle):
            "Define(\(name.name), " + lifecycle.branches.map { "When(\(render($0.condition)), \(quote($0.label.name)))" }
                .joined(separator: ", ") + (lifecycle.otherwise.map { ", Else(\(quote($0.name)))" } ?? "") + ")"
        case .report(let report): render(report)
        case .explainSQL(let query): "ExplainSQL(\(render(query)))"
        case .connection(.connect(let url, _)): "Connect(\(quote(url)))"
        case .connection(.disconnect): "Disconnect"
        case .connection(.copy(let relation, let into)): "Copy(\(relation.name)" + (into.map { ", As(\($0.name))" } ?? "") + ")"
        }
    }

    public static func render(_ load: LoadStatement) -> String {
        var parts = [load.table.name, quote(load.path)]
        if let format = load.format { parts.append("Format(\(format.name))") }
        if let column = load.timeColumn { parts.append("TimeColumn(\(column.name))") }
        if let column = load.keyColumn { parts.append("KeyColumn(\(column.name))") }
        if let delimiter = load.delimiter { parts.append("Delimiter(\(quote(delimiter)))") }
        if let pattern = load.dateFormat { parts.append("DateFormat(\(quote(pattern)))") }
        if !load.declaredTypes.isEmpty {
            let columns = load.declaredTypes.map { "\($0.column.name) \($0.type.name)" }
            parts.append("With(\(columns.joined(separator: ", ")))")
        }
        if let columns = load.columns { parts.append("Columns(\(columns.map(\.name).joined(separator: ", ")))") }
        return "Load(\(parts.joined(separator: ", ")))"
    }

    public static func render(_ query: Query) -> String {
        var parts = [query.source.name] + query.steps.map(render)
        if let asOf = query.asOf { parts.append("AsOf(\(render(asOf)))") }
        if let chart = query.chart { parts.append(render(chart)) }
        return "Query(\(parts.joined(separator: ", ")))"
    }

    public static func render(_ step: Step) -> String {
        switch step.kind {
        case .filter(let condition):
            return "Filter(\(render(condition)))"
        case .time(let clause):
            return "Time(\(render(clause)))"
        case .aggregate(let calls, let keys):
            var parts = calls.map(render)
            if !keys.isEmpty { parts.append("By(\(keys.map(\.name).joined(separator: ", ")))") }
            return "Aggregate(\(parts.joined(separator: ", ")))"
        case .show(let columns):
            return "Show(\(columns.map { $0.map(\.name).joined(separator: ", ") } ?? "*"))"
        case .showExpressions(let items):
            return "Show(\(items.map { render($0.expr) + ($0.alias.map { " as \($0.name)" } ?? "") }.joined(separator: ", ")))"
        case .sort(let keys):
            return "Sort(\(keys.map(render).joined(separator: ", ")))"
        case .top(let count, let keys):
            return "Top(\(count), \(keys.map(render).joined(separator: ", ")))"
        case .limit(let count):
            return "Limit(\(count))"
        case .export(let request):
            var parts = [quote(request.path)]
            if let columns = request.columns { parts.append("Columns(\(columns.map(\.name).joined(separator: ", ")))") }
            if request.overwrite { parts.append("Overwrite") }
            if request.raw { parts.append("Raw") }
            return "Export(\(parts.joined(separator: ", ")))"
        case .distinct(let column, let exact):
            return "Distinct(\(column.name)\(exact ? ", exact" : ""))"
        case .holdout(let request):
            return "Holdout(\(request.share.basisPoints)bp, \(request.label), seed \(request.seed)"
                + (request.column.map { ", into \($0.name)" } ?? "") + ")"
        case .sample(let request):
            switch request.size {
            case .rows(let count): return "Sample(\(count), seed \(request.seed))"
            case .share(let share): return "Sample(\(share.basisPoints)bp, seed \(request.seed))"
            }
        case .preview:
            return "Preview"
        case .funnel(let request):
            var parts = [request.steps.map { quote($0.name) }.joined(separator: " -> "),
                         "Within(\(request.windowCount), \(request.windowUnit.rawValue))"]
            if let clause = request.firstStepTime { parts.append(render(clause)) }
            if let column = request.by { parts.append("By(\(column.name))") }
            return "Funnel(\(parts.joined(separator: ", ")))"
        }
    }

    static func render(_ call: AggregateCall) -> String {
        let name = switch call.function {
        case .count: "Count"
        case .countDistinct: "CountDistinct"
        case .sum: "Sum"
        case .avg: "Avg"
        case .min: "Min"
        case .max: "Max"
        case .median: "Median"
        case .nps: "Nps"
        case .share: "Share"
        case .percentile: "Percentile\(call.fraction.map { "(\(AggregateCall.percentText($0)))" } ?? "")"
        }
        var base = call.argument.map { "\(name)(\(render($0)))" } ?? call.column.map { "\(name)(\($0.name))" } ?? name
        if let condition = call.condition { base += " Where(\(render(condition)))" }
        if let divisor = call.divisor.first { base = "Ratio(\(base), \(render(divisor)))" }
        return base + (call.alias.map { " as \($0.name)" } ?? "")
    }

    static func render(_ key: SortKey) -> String {
        let text = key.expression.map(render) ?? key.column.name
        return switch key.descending {
        case true?: "\(text) desc"
        case false?: "\(text) asc"
        case nil: text
        }
    }

    public static func render(_ clause: TimeClause) -> String {
        switch clause.kind {
        case .since(let value): "Since(\(render(value)))"
        case .before(let value): "Before(\(render(value)))"
        case .after(let value): "After(\(render(value)))"
        case .between(let low, let high): "Between(\(render(low)), \(render(high)))"
        case .last(let count, let unit): "Last(\(count), \(unit.rawValue))"
        }
    }

    public static func render(_ expr: Expr) -> String {
        switch expr.kind {
        case .name(let name): "Name(\(name))"
        case .literal(let literal): render(literal)
        case .compare(let op, let left, let right): "Compare(\(op.rawValue), \(render(left)), \(render(right)))"
        case .and(let terms): "And(\(terms.map(render).joined(separator: ", ")))"
        case .or(let terms): "Or(\(terms.map(render).joined(separator: ", ")))"
        case .not(let operand): "Not(\(render(operand)))"
        case .inList(let operand, let values, let negated):
            "\(negated ? "NotIn" : "In")(\(render(operand)), [\(values.map(render).joined(separator: ", "))])"
        case .match(let match, let left, let right, let negated):
            "\(negated ? "Not" : "")\(matchName(match))(\(render(left)), \(render(right)))"
        case .isNull(let operand, let negated): "\(negated ? "IsNotNull" : "IsNull")(\(render(operand)))"
        case .ago(let count, let unit): "Ago(\(count), \(unit.rawValue))"
        case .time(let operand, let clause): "Time(\(render(operand)), \(render(clause)))"
        case .parameter(let name): "Param(\(name))"
        case .did(let match): render(match)
        case .eventTime(let time): "\(time.latest ? "Last" : "First")(\(time.type.name))"
        case .member(let segment): "In(\(segment.name))"
        case .arithmetic(let op, let left, let right): "Arith(\(op.rawValue), \(render(left)), \(render(right)))"
        case .negate(let operand): "Negate(\(render(operand)))"
        case .call(let function, let arguments):
            "Call(\(function.name)\(arguments.map { ", " + render($0) }.joined()))"
        case .pattern(let kind, let left, let right, let negated):
            "\(negated ? "Not" : "")\(kind == .like ? "Like" : "Matches")(\(render(left)), \(render(right)))"
        case .changed(let change):
            "Changed(\(render(change.subject)), From(\(change.from.map(render) ?? "")), To(\(change.to.map(render) ?? "")), "
                + "\(render(change.start)), \(render(change.end)))"
        }
    }

    static func render(_ match: EventMatch) -> String {
        var parts = [match.type.name]
        switch match.count {
        case .atLeast(let count)?: parts.append("AtLeast(\(count))")
        case .atMost(let count)?: parts.append("AtMost(\(count))")
        case .exactly(let count)?: parts.append("Exactly(\(count))")
        case nil: break
        }
        if let time = match.time { parts.append(render(time)) }
        return "\(match.negated ? "DidNot" : "Did")(\(parts.joined(separator: ", ")))"
    }

    private static func matchName(_ match: StringMatch) -> String {
        switch match {
        case .contains: "Contains"
        case .startsWith: "StartsWith"
        case .endsWith: "EndsWith"
        }
    }

    public static func render(_ literal: Literal) -> String {
        switch literal {
        case .integer(let value): "Int(\(value))"
        case .double(let value): "Double(\(Value.format(double: value)))"
        case .string(let value): "String(\(quote(value)))"
        case .date(let days): "Date(\(CivilDate.format(days: days)))"
        case .month(let index): "Month(\(CivilDate.formatMonth(index: index)))"
        case .timestamp(let micros): "Timestamp(\(CivilDate.format(micros: micros)))"
        case .bool(let value): "Bool(\(value))"
        case .null: "Null"
        case .duration(let count, let unit): "Duration(\(count), \(unit.rawValue))"
        }
    }

    /// A string in double quotes with the language's own escapes, so the output can be pasted back.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(character)
            }
        }
        return result + "\""
    }
}
