import EQBinder
import EQSyntax
import EQTypes

/// Prints a plan as an indented tree, root first, with predicates in the user's terms (column names,
/// dates as dates), so `explain` shows what the optimizer did to a query.
public enum Explain {
    public static func render(_ plan: QueryPlan) -> String {
        render(plan, annotations: [])
    }

    /// The plan with `annotations[depth]` after the line of the operator at that depth (what
    /// `explain analyze` measured); operators without one print as in `explain`.
    public static func render(_ plan: QueryPlan, annotations: [String]) -> String {
        var lines: [String] = []
        render(plan.root, depth: 0, into: &lines)
        for index in lines.indices where index < annotations.count && !annotations[index].isEmpty {
            lines[index] += "  " + annotations[index]
        }
        let today = CivilDate.format(days: plan.context.today)
        lines.append("")
        lines.append("today = \(today), active_days = \(plan.context.activeDays), at_risk_days = \(plan.context.atRiskDays)")
        return lines.joined(separator: "\n")
    }

    static func render(_ node: LogicalPlan, depth: Int, into lines: inout [String]) {
        let indent = depth == 0 ? "" : String(repeating: "   ", count: depth - 1) + "└─ "
        let columns = node.input?.outputColumns ?? []
        switch node {
        case .scan(let table, let schemaColumns):
            lines.append(indent + "Scan \(table) (\(schemaColumns.count) columns)")
        case .filter(_, let predicate):
            lines.append(indent + "Filter " + describe(predicate, columns))
        case .boundFilter(_, let expr):
            lines.append(indent + "Filter (unlowered) \(expr)")
        case .aggregate(_, let keys, let aggregates):
            var text = "Aggregate " + aggregates.map(describe).joined(separator: ", ")
            if !keys.isEmpty { text += " by " + keys.map { describe($0, columns) }.joined(separator: ", ") }
            lines.append(indent + text)
        case .project(_, let projected):
            lines.append(indent + "Project " + projected.map { describe($0, columns) }.joined(separator: ", "))
        case .sort(_, let keys):
            lines.append(indent + "Sort " + keys.map { describe($0, columns) }.joined(separator: ", "))
        case .topN(_, let count, let keys):
            lines.append(indent + "TopN \(count) by " + keys.map { describe($0, columns) }.joined(separator: ", "))
        case .limit(_, let count):
            lines.append(indent + "Limit \(count)")
        case .computeCondition(_, let expr, let lowered, let name, _):
            lines.append(indent + "Mark \(name) = " + (lowered.map { describe($0, columns) } ?? "\(expr)"))
        case .funnel(_, let funnel):
            lines.append(indent + describe(funnel, columns))
        case .campaign(_, let step):
            lines.append(indent + step.description)
        case .computeAsOf(_, let column, let lowered):
            var text = indent + "AsOf \(column.name) = \(column.subject) at the end of "
                + "\(CivilDate.format(days: column.day)) (last login from \(column.events) up to then)"
            if let past = column.lifecycle {
                // One line per operator (`explain analyze` annotates by line): the chain follows, each
                // lifecycle's conditions on the columns it runs over then.
                var pastColumns = Array(columns.prefix(past.columnCount))
                var parts: [String] = []
                for (step, lifecycle) in past.chain.enumerated() {
                    parts.append("\(lifecycle.name) = " + describe(lifecycle, lowered: step < lowered?.count ?? 0
                        ? lowered?[step] : nil, pastColumns))
                    pastColumns.append(Schema.Column(name: lifecycle.name, type: .string))
                }
                text += ": " + parts.joined(separator: "; ")
            }
            lines.append(text)
        case .computeLifecycle(_, let lifecycle, let lowered):
            lines.append(indent + "Lifecycle \(lifecycle.name) = " + describe(lifecycle, lowered: lowered, columns))
        case .compute(_, let computed):
            lines.append(indent + "Compute " + computed.map { "\($0.name) = \(describe($0.expr, columns))" }
                .joined(separator: ", "))
        }
        if let input = node.input { render(input, depth: depth + 1, into: &lines) }
    }

    /// `case when ... then "label" ... [else "label"] end`, each condition lowered where it has been.
    static func describe(_ lifecycle: BoundLifecycle, lowered: [Predicate]?, _ columns: [Schema.Column]) -> String {
        var branches: [String] = []
        for (index, condition) in lifecycle.conditions.enumerated() {
            let text = lowered.map { index < $0.count ? describe($0[index], columns) : "" } ?? "\(condition)"
            branches.append("when \(text) then \"\(lifecycle.labels[lifecycle.codes[index]])\"")
        }
        if let otherwise = lifecycle.otherwise { branches.append("else \"\(lifecycle.labels[otherwise])\"") }
        return "case " + branches.joined(separator: " ") + " end"
    }

    static func describe(_ column: ColumnExpr, _ columns: [Schema.Column]) -> String {
        if case .derived(let derived, let source) = column.ref, source < columns.count {
            return "\(derived.rawValue)(\(columns[source].name))"
        }
        return column.name
    }

    static func describe(_ key: PlanSortKey, _ columns: [Schema.Column]) -> String {
        describe(key.column, columns) + (key.descending ? " desc" : "")
    }

    static func describe(_ aggregate: PlanAggregate) -> String {
        guard let input = aggregate.input else { return "count" }
        let function = aggregate.function == .countDistinct ? "count distinct"
            : aggregate.function == .percentile ? "percentile \(AggregateCall.percentText(aggregate.fraction ?? 0)) of"
            : aggregate.function.rawValue
        return "\(function) \(input.name)"
    }

    public static func describe(_ predicate: Predicate, _ columns: [Schema.Column]) -> String {
        func name(_ index: Int) -> String { index < columns.count ? columns[index].name : "#\(index)" }
        func type(_ index: Int) -> DataType { index < columns.count ? columns[index].type : .int }
        switch predicate {
        case .constant(let value):
            return value ? "true" : "false"
        case .intervals(let column, let intervals, let includeNull):
            var parts = intervals.map { describe($0, type(column)) }
            if includeNull { parts.append("null") }
            return "\(name(column)) in " + parts.joined(separator: " ∪ ")
        case .doubleCompare(let column, let op, let value):
            return "\(name(column)) \(op.rawValue) \(Value.format(double: value))"
        case .stringIn(let column, let values, let negated):
            let list = values.map { "\"\($0)\"" }
            if list.count == 1 { return "\(name(column)) \(negated ? "!=" : "=") \(list[0])" }
            return "\(name(column)) \(negated ? "not in" : "in") (\(list.joined(separator: ", ")))"
        case .stringCompare(let column, let op, let value):
            return "\(name(column)) \(op.rawValue) \"\(value)\""
        case .stringMatch(let column, let kind, let value, let negated):
            return "\(name(column)) \(negated ? "not " : "")\(kind.rawValue) \"\(value)\""
        case .cohortMatch(let column, let kind, let value, let negated):
            return "cohort of \(name(column)) \(negated ? "not " : "")\(kind.rawValue) \"\(value)\""
        case .boolEquals(let column, let value):
            return value ? name(column) : "not \(name(column))"
        case .isNull(let column, let negated):
            return "\(name(column)) is \(negated ? "not " : "")null"
        case .compareColumns(let left, let op, let right):
            return "\(name(left)) \(op.rawValue) \(name(right))"
        case .events(let condition):
            return describe(condition)
        case .member(let column, let segment, let negated):
            return "\(name(column)) \(negated ? "not in" : "in") segment \(segment)"
        case .scalar(let expr):
            return describe(expr, columns)
        case .and(let items):
            return items.map { wrap($0, columns) }.joined(separator: " and ")
        case .or(let items):
            return items.map { wrap($0, columns) }.joined(separator: " or ")
        }
    }

    private static func wrap(_ predicate: Predicate, _ columns: [Schema.Column]) -> String {
        switch predicate {
        case .and, .or: "(" + describe(predicate, columns) + ")"
        default: describe(predicate, columns)
        }
    }

    static func describe(_ interval: Interval, _ type: DataType) -> String {
        func show(_ value: Int64) -> String {
            switch type {
            case .date: CivilDate.format(days: Int32(clamping: value))
            case .timestamp: CivilDate.format(micros: value)
            default: String(value)
            }
        }
        let lower = interval.lower == .min ? "(-∞" : "[" + show(interval.lower)
        let upper = interval.upper.map { show($0) + ")" } ?? "+∞)"
        return lower + ", " + upper
    }
}

extension Explain {
    /// A computed value in the language's own notation, fully parenthesised so precedence is visible.
    static func describe(_ expr: ScalarExpr, _ columns: [Schema.Column]) -> String {
        switch expr {
        case .column(let column):
            return describe(ColumnExpr(column), columns)
        case .constant(let value, _):
            if case .string(let text) = value { return "\"\(text)\"" }
            return value.isNull ? "null" : "\(value)"
        case .arithmetic(let op, let left, let right, _):
            return "(\(describe(left, columns)) \(op.rawValue) \(describe(right, columns)))"
        case .negate(let operand):
            return "-\(describe(operand, columns))"
        case .coalesce(let items, _):
            return "coalesce(\(items.map { describe($0, columns) }.joined(separator: ", ")))"
        case .text(let function, let operand):
            return "\(function.rawValue)(\(describe(operand, columns)))"
        case .days(let later, let earlier):
            return "days(\(describe(later, columns)) - \(describe(earlier, columns)))"
        case .compare(let op, let left, let right):
            return "\(describe(left, columns)) \(op.rawValue) \(describe(right, columns))"
        case .pattern(let kind, let subject, let pattern, let negated):
            return "\(describe(subject, columns)) \(negated ? "not " : "")\(kind.rawValue) \"\(pattern)\""
        case .not(let operand):
            return "not (\(describe(operand, columns)))"
        case .isNull(let operand, let negated):
            return "\(describe(operand, columns)) is \(negated ? "not " : "")null"
        }
    }
}
