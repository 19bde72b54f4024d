import EQBinder
import EQDiagnostics
import EQExec
import EQOutput
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Step {
    /// The steps that work on a finished list rather than inside the plan: the session runs the query
    /// up to each of them, applies it to the result, and runs the rest of the pipeline over that.
    var isCampaignStep: Bool {
        switch kind {
        case .export, .distinct, .holdout, .sample, .preview: true
        default: false
        }
    }
}

extension Session {
    /// The name the intermediate list goes by while the rest of the pipeline is bound over it.
    static let stagedTableName = "(list)"

    /// `startingWith` is a table already made (a report's result) that the steps run over instead of the
    /// query's source.
    func runCampaignQuery(_ query: Query, startingWith initial: Table? = nil, source: SourceFile,
                          span: SourceSpan) throws(Diagnostic) -> StatementOutcome {
        var base: Table? = initial
        var pending: [Step] = []
        /// What the campaign steps left out, and why; printed with the result or the export summary.
        var notes: [String] = []
        for (index, step) in query.steps.enumerated() {
            guard step.isCampaignStep else {
                pending.append(step)
                continue
            }
            let isLast = index == query.steps.count - 1
            func fail(_ message: String, hint: String? = nil) -> Diagnostic {
                Diagnostic(message, source: source, span: step.span, hint: hint)
            }
            let flag = cancellation
            let stop = { flag.isCancelled }
            let cancelled = Diagnostic(ExecutionError.cancelled.message, source: source, span: step.span)
            switch step.kind {
            case .export(let request):
                guard isLast else {
                    throw fail("`export` ends a query", hint: "put the steps that shape the list before it")
                }
                if let columns = request.columns { pending.append(Step(.show(columns), span: step.span)) }
                let table = try runList(query, base: base, steps: pending, source: source, span: span)
                return try export(table, request, notes: notes, source: source)
            case .preview:
                guard isLast else { throw fail("`preview` ends a query") }
                let table = try runList(query, base: base, steps: pending, source: source, span: span)
                return .text(try preview(table, source: source, span: step.span))
            case .distinct(let column, let exact):
                let table = try runList(query, base: base, steps: pending, source: source, span: span)
                do {
                    let (kept, count, withoutValue) = try CampaignOps.distinct(table, column: column.name, exact: exact,
                                                                              cancellation: stop)
                    base = kept
                    notes.append(Session.distinctNote(column.name, dropped: count, withoutValue: withoutValue,
                                                      exact: exact, isText: table.columnIndex(named: column.name).map { table.columns[$0].type == .string } ?? false))
                } catch {
                    if error == .cancelled { throw cancelled }
                    throw Diagnostic("unknown column \"\(column.name)\"", source: source, span: column.span,
                                     hint: Suggestion.hint(for: column.name, in: table.columns.map(\.name)))
                }
            case .holdout(let request):
                let table = try runList(query, base: base, steps: pending, source: source, span: span)
                let name = request.column?.name ?? HoldoutRequest.defaultColumn
                do {
                    let split = try CampaignOps.holdout(table, basisPoints: request.share.basisPoints, label: request.label,
                                                        seed: request.seed, column: name, cancellation: stop)
                    base = split.table
                    if split.withoutID > 0 {
                        notes.append("left out \(split.withoutID) row\(split.withoutID == 1 ? "" : "s") without an id "
                                     + "(a row without an id can be in neither group)")
                    }
                } catch .columnExists {
                    throw Diagnostic("the list already has a column \"\(name)\"", source: source,
                                     span: request.column?.span ?? step.span,
                                     hint: "put this split in a column of its own: `holdout ... into \(name)2`")
                } catch {
                    if error == .cancelled { throw cancelled }
                    throw fail("`holdout` splits rows by their integer `id` column, and this list has none",
                               hint: "keep `id` in the list: `show id, ...`")
                }
            case .sample(let request):
                let table = try runList(query, base: base, steps: pending, source: source, span: span)
                var rows: Int64?
                var share: Int64?
                switch request.size {
                case .rows(let count): rows = count
                case .share(let percent): share = percent.basisPoints
                }
                do {
                    base = try CampaignOps.sample(table, rows: rows, basisPoints: share, seed: request.seed,
                                                  cancellation: stop)
                    let withoutID = table.columnIndex(named: "id").map { table.columns[$0].validity.nullCount } ?? 0
                    if withoutID > 0 {
                        notes.append("left out \(withoutID) row\(withoutID == 1 ? "" : "s") without an id "
                                     + "(a sample picks rows by id)")
                    }
                } catch {
                    if error == .cancelled { throw cancelled }
                    throw fail("`sample` picks rows by their integer `id` column, and this list has none",
                               hint: "keep `id` in the list: `show id, ...`")
                }
            default:
                break
            }
            pending = []
        }
        let table = try runList(query, base: base, steps: pending, source: source, span: span)
        guard !notes.isEmpty else { return .result(table) }
        return .annotated(table, note: notes.joined(separator: "; "))
    }

    /// What `distinct` dropped and by which rule, and the rows it kept for want of a value.
    static func distinctNote(_ column: String, dropped: Int, withoutValue: Int, exact: Bool, isText: Bool) -> String {
        var text = "dropped \(dropped) row\(dropped == 1 ? "" : "s") repeating an earlier \(column)"
        if isText { text += exact ? " (compared byte for byte)" : " (compared ignoring case and surrounding spaces)" }
        if withoutValue > 0 {
            text += "; kept \(withoutValue) row\(withoutValue == 1 ? "" : "s") without \(column) (no value to compare)"
        }
        return text
    }

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
