import EQBinder
import EQDiagnostics
import EQExec
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// The users as they were at the end of `day`: those who had signed up by then, with their last
    /// login recomputed from the login events up to the end of that day. `rows` maps each of its rows
    /// back to the table's own. `as of` queries it with `day` as today, and `clients` evaluates its
    /// conditions on it, so a status in either means the status at that date.
    func usersAsOf(_ users: Table, events: Table, day: Int32) throws -> (table: Table, rows: [UInt32]) {
        let index = try UserIndex(users: effectiveTable(users), selectedRows: nil)
        let latest = try LoginEvents.lastLogin(in: events, users: index, before: CivilDate.micros(ofDay: day + 1))
        let rows = (0..<users.rowCount).filter { index.joinDay[$0] != Int32.min && index.joinDay[$0] <= day }
            .map { UInt32($0) }
        var columns = users.columns.map { $0.gather(rows) }
        let lastLogin = Column(name: "last_login_at", storage: .timestamp(rows.map { latest[Int($0)] ?? 0 }),
                               validity: ValidityMask(valid: rows.map { latest[Int($0)] != nil }))
        let lastSeen: Int
        if let existing = effectiveTable(users).lastSeenColumn {
            columns[existing] = Column(name: users.columns[existing].name, storage: lastLogin.storage,
                                       validity: lastLogin.validity)
            lastSeen = existing
        } else {
            columns.append(lastLogin)
            lastSeen = columns.count - 1
        }
        let past = Table(name: users.name, columns: columns, timeColumn: users.timeColumn, lastSeenColumn: lastSeen,
                         keyColumn: users.keyColumn)
        return (past, rows)
    }

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
            let (past, rows) = try usersAsOf(users, events: events, day: day)
            let query = Query(source: Identifier(users.name, span: report.keyword), steps: filters, span: report.span)
            let (plan, executor) = try planAsOf(query, past: past, day: day, source: source, span: report.span)
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

    /// `query` planned over `past` (the users as they were at the end of `day`) with `day` as today, and
    /// an executor over the session's tables with `past` in place of the users: what `as of` and the
    /// range-end filters of `clients` share, so every derived column follows the date.
    func planAsOf(_ query: Query, past: Table, day: Int32, source: SourceFile,
                  span: SourceSpan) throws(Diagnostic) -> (plan: QueryPlan, executor: Executor) {
        var tables = self.tables
        tables[past.name.lowercased()] = past
        var schemas = catalog
        schemas[past.name.lowercased()] = past.schema
        var context = engagementContext
        context.today = day
        var binder = Binder(catalog: schemas, context: context, source: source, parameters: parameters)
        binder.eventTypes = eventTypes
        binder.segmentNames = segments.map(\.name)
        binder.lifecycles = lifecycleDefinitions
        let plan = Optimizer.optimize(Planner.plan(try binder.bind(try expandSegments(query, source: source))))
        let flag = cancellation
        var executor = Executor(tables: tables, cancellation: { flag.isCancelled })
        executor.segmentIDs = try segmentIDs(in: plan, source: source, span: span)
        return (plan, executor)
    }
}
