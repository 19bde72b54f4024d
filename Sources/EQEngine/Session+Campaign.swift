import EQBinder
import EQDiagnostics
import EQExec
import EQOutput
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// The name the intermediate list goes by while the rest of the pipeline is bound over it.
    static let stagedTableName = "(list)"

    /// Runs `steps` over the query's own source (before any campaign step) or over the list so far.
    func runList(_ query: Query, base: Table?, steps: [Step], source: SourceFile, span: SourceSpan)
        throws(Diagnostic) -> Table {
        guard var base else {
            var plain = query
            plain.steps = steps
            return try execute(try statementPlan(plain, source: source, span: span), source: source, span: span)
        }
        if steps.isEmpty { return base }
        base.name = Session.stagedTableName
        var schemas = catalog
        schemas[Session.stagedTableName] = base.schema
        var binder = Binder(catalog: schemas, context: engagementContext, source: source, parameters: parameters)
        binder.eventTypes = eventTypes
        binder.segmentNames = segments.map(\.name)
        binder.lifecycles = lifecycleDefinitions
        let listQuery = Query(source: Identifier(Session.stagedTableName, span: query.source.span), steps: steps,
                              span: query.span)
        let plan = Optimizer.optimize(Planner.plan(try binder.bind(listQuery)))
        var tables = backend.tables
        tables[Session.stagedTableName] = base
        let staged = try executor(for: try segmentPlans(for: plan, source: source, span: span), tables: tables,
                                  source: source, span: span)
        do {
            var result = try staged.run(plan)
            result.name = "result"
            return result
        } catch {
            throw Diagnostic(error.message, source: source, span: span)
        }
    }

    func export(_ table: Table, _ request: ExportRequest, notes: [String],
                source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        let summary: ExportWriter.Summary
        var writer = ExportWriter(overwrite: request.overwrite, raw: request.raw)
        writer.threads = settings.threads
        let flag = cancellation
        writer.cancellation = { flag.isCancelled }
        do {
            summary = try writer.write(table, to: request.path)
        } catch {
            if error == .write(.cancelled) {
                throw Diagnostic(ExecutionError.cancelled.message, source: source, span: request.pathSpan)
            }
            let hint: String? = switch error {
            case .file(.exists): "add `overwrite` to replace it"
            case .unknownExtension: "name the file .csv, .tsv, .ndjson or .json"
            default: nil
            }
            throw Diagnostic(error.message, source: source, span: request.pathSpan, hint: hint)
        }
        var text = "exported \(countPhrase(summary.rows, "row", grouped: groupsThousands)) to \(request.path)"
        for note in notes { text += "; " + note }
        if summary.defusedCells > 0 {
            text += "; \(summary.defusedCells) cell\(summary.defusedCells == 1 ? "" : "s") starting with = + - @ "
                + "prefixed with ' (add `raw` to keep them as they are)"
        }
        return .text(text)
    }

    /// `preview`: the list's size, the share of each status and role, and ten example rows.
    func preview(_ table: Table, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> String {
        var lines = [countPhrase(table.rowCount, "row", grouped: groupsThousands)]
        for column in ["status", "role"] {
            let count = AggregateCall(function: .count, column: nil, span: span)
            let steps = [Step(.aggregate([count], by: [Identifier(column, span: span)]), span: span)]
            guard let shares = try? runList(Query(source: Identifier(Session.stagedTableName, span: span), steps: [],
                                                  span: span),
                                            base: table, steps: steps, source: source, span: span),
                  shares.columns.count == 2 else { continue }
            let parts = (0..<shares.rowCount).map { row -> String in
                let name = shares.columns[0].value(at: row)
                let value = shares.columns[1].value(at: row)
                let number = if case .int(let count) = value { count } else { Int64(0) }
                let percent = table.rowCount == 0 ? 0 : Double(number) * 100 / Double(table.rowCount)
                let label = name == .null ? "(none)" : name.description
                return "\(label) \(number) (\((percent * 10).rounded() / 10)%)"
            }
            lines.append("\(column): " + parts.joined(separator: ", "))
        }
        let examples = CampaignOps.gather(table, (0..<min(10, table.rowCount)).map { UInt32($0) })
        lines.append("")
        lines.append(ResultRenderer.render(examples, options: RenderOptions(format: .table, width: 100, maxRows: 10)))
        return lines.joined(separator: "\n")
    }
}
