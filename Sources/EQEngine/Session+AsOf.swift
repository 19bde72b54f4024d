import EQBinder
import EQDiagnostics
import EQExec
import EQLocalBackend
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// The rows of `users` that `filters` pick when evaluated at the end of `day` (with `day` as
    /// today), as `clients ... where status = active between 2024-01 and 2024-03` means "active at the
    /// end of March", not today.
    func rowsSelectedAsOf(_ users: Table, filters: [Step], day: Int32, report: Report,
                          source: SourceFile) throws(Diagnostic) -> [UInt32] {
        guard let events = table(named: "events") else {
            throw Diagnostic("this report needs an `events` table with `login` events", source: source,
                             span: report.keyword, hint: "load one with `load events from \"events.csv\"`")
        }
        do {
            let (past, rows) = try LocalBackend.usersAsOf(effectiveTable(users), events: events, day: day)
            let query = Query(source: Identifier(users.name, span: report.keyword), steps: filters, span: report.span)
            let (plan, segments) = try planAsOf(query, past: past, day: day, source: source, span: report.span)
            var tables = backend.tables
            tables[past.name.lowercased()] = past
            let executor = try executor(for: segments, tables: tables, source: source, span: report.span)
            let picked = try executor.selectedRows(plan) ?? (0..<past.rowCount).map { UInt32($0) }
            return picked.map { rows[Int($0)] }
        } catch let error as ExecutionError {
            throw Diagnostic(error.message, source: source, span: report.keyword)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic("\(error)", source: source, span: report.keyword)
        }
    }

    /// `query` planned over `past` (the users as they were at the end of `day`) with `day` as today,
    /// with the segments it uses: what `as of` and the range-end filters of `clients` share, so every
    /// derived column follows the date.
    func planAsOf(_ query: Query, past: Schema, day: Int32, source: SourceFile,
                  span: SourceSpan) throws(Diagnostic) -> (plan: QueryPlan, segments: [SegmentPlan]) {
        var schemas = catalog
        schemas[past.name.lowercased()] = past
        var context = engagementContext
        context.today = day
        var binder = Binder(catalog: schemas, context: context, source: source, parameters: parameters)
        binder.eventTypes = eventTypes
        binder.segmentNames = segments.map(\.name)
        let plan = Optimizer.optimize(Planner.plan(try binder.bind(try expandSegments(query, source: source))))
        return (plan, try segmentPlans(for: plan, source: source, span: span))
    }

    func planAsOf(_ query: Query, past: Table, day: Int32, source: SourceFile,
                  span: SourceSpan) throws(Diagnostic) -> (plan: QueryPlan, segments: [SegmentPlan]) {
        try planAsOf(query, past: past.schema, day: day, source: source, span: span)
    }
}
