import EQBinder
import EQDiagnostics
import EQExec
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// `explain` of a named segment adds its funnel: how many rows are left after each condition of
    /// its filter, in the order the executor applies them, so a list that came out too small shows
    /// which condition emptied it before anything is sent.
    func explainText(_ query: Query, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> String {
        var plain = query
        plain.asOf = nil
        plain.chart = nil
        var sink = StatementPlan.Sink.result
        if let chart = query.chart { sink = .chart(chart, report: nil) }
        if let (rows, final) = sinkQuery(plain) {
            plain = rows
            sink = final
        }
        if let date = query.asOf {
            var statement = try asOfPlan(plain, date: date, source: source)
            statement.sink = sink
            return Explain.render(statement)
        }
        var statement = try statementPlan(plain, source: source, span: span)
        statement.sink = sink
        let text = Explain.render(statement)
        // The funnel counts on the local engine, so not while queries run on a server.
        guard let plan = statement.query, connection == nil, tables[query.source.name.lowercased()] == nil,
              segment(named: query.source.name) != nil else { return text }
        return text + "\n\n" + (try funnel(plan, source: source, span: span))
    }

    private func funnel(_ plan: QueryPlan, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> String {
        // The filter right above the scan holds every condition of the segment (filters merge).
        var node: LogicalPlan? = plan.root
        var found: (input: LogicalPlan, conditions: [Predicate])?
        while let current = node {
            if case .filter(let input, let predicate) = current, case .scan = input {
                if case .and(let items) = predicate { found = (input, items) } else { found = (input, [predicate]) }
            }
            node = current.input
        }
        guard let (scan, conditions) = found, case .scan(let tableName, let columns) = scan else {
            return "funnel: the segment has no conditions"
        }
        let segments = try segmentPlans(for: plan, source: source, span: span)
        let total = tables[tableName.lowercased()]?.rowCount ?? 0
        var rows: [(String, Int)] = [(tableName, total)]
        let first = BoundColumn(ref: .base(0), name: columns.first?.name ?? "", type: columns.first?.type ?? .int)
        for count in 1...conditions.count {
            let prefix = Array(conditions.prefix(count))
            let filter = LogicalPlan.filter(scan, prefix.count == 1 ? prefix[0] : .and(prefix))
            let narrowed = QueryPlan(root: .project(filter, [ColumnExpr(first)]), context: plan.context,
                                     outputColumns: [Schema.Column(name: first.name, type: first.type)])
            // Each step is a statement plan of its own (a count of the prefix), run on the back end,
            // which keeps the segments' ids from the first step on.
            let result = try execute(StatementPlan(segments: segments, body: .query(narrowed)), source: source, span: span)
            let label = (count == 1 ? "where " : "and ") + Explain.describe(conditions[count - 1], columns)
            rows.append((label, result.rowCount))
        }
        let width = min(rows.map(\.0.count).max() ?? 0, 100)
        let digits = rows.map { String($0.1).count }.max() ?? 1
        var lines = ["funnel:"]
        for (label, count) in rows {
            let shown = label.count > width ? String(label.prefix(width - 1)) + "…" : label
            let padding = String(repeating: " ", count: width - shown.count + 2 + digits - String(count).count)
            lines.append("  " + shown + padding + String(count))
        }
        return lines.joined(separator: "\n")
    }
}
