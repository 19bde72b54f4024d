import EQBinder
import EQDiagnostics
import EQExec
import EQOutput
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// The statements that do more than run a plan: reports, `as of` and `| chart`. Everything else
    /// returns nil and runs the ordinary way.
    func executeReportStatement(_ statement: Statement, source: SourceFile) throws(Diagnostic) -> [StatementOutcome]? {
        switch statement.kind {
        case .report(let report):
            let tables = try reportTables(report, source: source)
            guard !report.pipeline.isEmpty else {
                guard let chart = report.chart else { return tables.map { .result($0) } }
                return [try drawChart(chart, tables[0], charting: report.kind, source: source)]
            }
            let outcome = try runReportPipeline(report, tables, source: source)
            guard let chart = report.chart else { return [outcome] }
            switch outcome {
            case .result(let table): return [try drawChart(chart, table, charting: report.kind, source: source)]
            case .annotated(let table, let note):
                guard case .text(let drawn) = try drawChart(chart, table, charting: report.kind, source: source) else {
                    return [outcome]
                }
                return [.text(drawn + (drawn.hasSuffix("\n") ? "" : "\n") + note)]
            default: return [outcome]
            }
        case .query(let query) where query.asOf != nil || query.chart != nil:
            var plain = query
            plain.asOf = nil
            plain.chart = nil
            let table: Table
            if let date = query.asOf {
                table = try runAsOf(plain, date: date, source: source)
            } else {
                // The ordinary path, so segments and campaign steps work under a chart too.
                let outcome = try execute(Statement(.query(plain), span: statement.span), source: source)
                guard case .result(let result) = outcome else { return [outcome] }
                table = result
            }
            guard let chart = query.chart else { return [.result(table)] }
            return [try drawChart(chart, table, source: source)]
        default:
            return nil
        }
    }

    /// One table per report, or the five parts of the composite `cohorts`.
    func reportTables(_ report: Report, source: SourceFile) throws(Diagnostic) -> [Table] {
        func fail(_ error: ExecutionError) -> Diagnostic {
            Diagnostic(error.message, source: source, span: report.keyword)
        }
        let context = engagementContext
        if report.usesStatus { try context.checkThresholds(source: source, span: report.keyword) }
        let subject: Identifier = if case .trend(.table(let table)) = report.kind {
            table
        } else {
            Identifier("users", span: report.keyword)
        }
        let filters = report.steps.filter { if case .filter = $0.kind { true } else { false } }
        let times = report.steps.compactMap { step -> TimeClause? in
            if case .time(let clause) = step.kind { clause } else { nil }
        }
        if times.count > 1 {
            throw Diagnostic("a report takes one time window", source: source, span: times[1].span,
                             hint: "use `between X and Y` for a range")
        }
        let window = try times.first.map { (clause) throws(Diagnostic) in try reportWindow(clause, table: subject, source: source) }
        var selected: [UInt32]?
        if case .clients = report.kind, !filters.isEmpty, let window, let users = table(named: subject.name) {
            // Status in a range report means status at the range's end, the rule `as of` follows.
            selected = try rowsSelectedAsOf(users, filters: filters, day: min(window.last, context.today), report: report,
                                            source: source)
        } else if !filters.isEmpty {
            let plan = try plan(Query(source: subject, steps: filters, span: report.span), source: source)
            let members = try segmentIDs(in: plan, source: source, span: report.span)
            do { selected = try executor(segmentIDs: members).selectedRows(plan) } catch { throw fail(error) }
        }
        guard let subjectTable = table(named: subject.name) else {
            throw Diagnostic("reports need a `\(subject.name)` table", source: source, span: subject.span,
                             hint: tableNames.isEmpty ? "no tables are loaded" : "tables: \(tableNames.joined(separator: ", "))")
        }
        if case .trend(.table) = report.kind {
            let range = try periodRange(report, clause: times.first, window: window, earliest: earliestDay(of: subjectTable),
                                        source: source)
            let extended = PeriodRange(calendar: range.calendar, first: range.first - 1, last: range.first + Int32(range.count) - 1)
            do {
                return [ReportTables.trend(range, counts: try ReportTables.periodCounts(subjectTable, rows: selected, extended))]
            } catch { throw fail(error) }
        }
        do {
            let users = try UserIndex(users: effectiveTable(subjectTable), selectedRows: selected)
            let earliest = users.joinDay.filter { $0 != Int32.min }.min() ?? context.today
            func logins() throws(Diagnostic) -> LoginEvents {
                guard let events = table(named: "events") else {
                    throw Diagnostic("this report needs an `events` table with `login` events", source: source,
                                     span: report.keyword, hint: "load one with `load events from \"events.csv\"`")
                }
                let flag = cancellation
                do { return try LoginEvents(events: events, users: users, cancellation: { flag.isCancelled }) } catch {
                    throw fail(error)
                }
            }
            func range(earliest: Int32, limit: Int = 100_000) throws(Diagnostic) -> PeriodRange {
                try periodRange(report, clause: times.first, window: window, earliest: earliest, limit: limit, source: source)
            }
            switch report.kind {
            case .registrations:
                return [ReportTables.registrations(users, try range(earliest: earliest))]
            case .retention:
                // Cohorts come from the window; their offsets run on through today's period.
                let cohorts = try range(earliest: earliest, limit: 400)
                let last = max(Int(cohorts.first) + cohorts.count - 1, Int(cohorts.calendar.index(ofDay: context.today)))
                guard last - Int(cohorts.first) < 400 else {
                    throw Diagnostic("\(last - Int(cohorts.first) + 1) periods from the first cohort to today are too many",
                                     source: source, span: report.span, hint: "at most 400: use longer periods")
                }
                let offsets = PeriodRange(calendar: cohorts.calendar, first: cohorts.first, last: Int32(last))
                try checkMemory(users.rowCount * ((offsets.count + 63) / 64) * 8, report: report, source: source)
                return [ReportTables.retention(users, try logins(), offsets, cohorts: cohorts.count)]
            case .activeUsers:
                let events = try logins()
                let periods = try range(earliest: events.day.min() ?? context.today, limit: 1_500)
                try checkMemory(periods.count * (users.rowCount / 8 + 8), report: report, source: source)
                return [ReportTables.activeUsers(users, events, periods)]
            case .stickiness:
                let events = try logins()
                var days = window ?? (first: context.today - 29, last: context.today)
                if days.first == Int32.min { days.first = events.day.min() ?? context.today }
                days.last = min(days.last, context.today)
                guard Int(days.last) - Int(days.first) < 1_500 else {
                    throw Diagnostic("stickiness covers at most 1500 days", source: source, span: report.span,
                                     hint: "narrow the window, for example `last 30 days`")
                }
                return [ReportTables.stickiness(users, events, from: days.first, through: days.last)]
            case .statusHistory:
                let periods = try range(earliest: earliest, limit: 400)
                try checkMemory(users.rowCount * periods.count * 4, report: report, source: source)
                return [ReportTables.statusHistory(users, try logins(), periods, context: context)]
            case .clients:
                guard let window else {
                    throw Diagnostic("`clients` needs a range", source: source, span: report.keyword,
                                     hint: "write `clients between 2024-01 and 2024-03`")
                }
                return [ReportTables.clients(users, try logins(), from: window.first, through: window.last)]
            case .trend(let subject):
                let range = try range(earliest: earliest, limit: 1_500)
                let extended = PeriodRange(calendar: range.calendar, first: range.first - 1,
                                           last: range.first + Int32(range.count) - 1)
                let counts = if case .activeUsers = subject {
                    EngagementKernels.activeUsers(users, try logins(), extended)
                } else {
                    EngagementKernels.registrations(users, extended)
                }
                return [ReportTables.trend(range, counts: counts)]
            case .cohorts(let part):
                let months = try range(earliest: earliest)
                let parts: [Report.CohortPart] = part.map { [$0] } ?? Report.CohortPart.allCases
                var tables: [Table] = []
                for part in parts {
                    switch part {
                    case .registrations: tables.append(CohortTables.registrations(users, months))
                    case .status: tables.append(try CohortTables.status(users, months, context: context))
                    case .retention: tables.append(try CohortTables.retention(users, months, context: context))
                    case .distribution: tables.append(try CohortTables.distribution(users, months, context: context))
                    case .atRisk: tables.append(try CohortTables.atRisk(users, months, context: context))
                    }
                    // Five tables in a row need telling apart; `cohorts status` alone needs no heading.
                    if parts.count > 1, !tables.isEmpty { tables[tables.count - 1].title = "cohorts \(part.rawValue)" }
                }
                return tables
            }
        } catch let error as ExecutionError {
            throw fail(error)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic("\(error)", source: source, span: report.keyword)
        }
    }

    /// The table as queries see it, with `set last_seen` applied.
    func effectiveTable(_ table: Table) -> Table {
        var effective = table
        if let override = settings.lastSeenColumn, let index = table.columnIndex(named: override) {
            effective.lastSeenColumn = index
        }
        return effective
    }

    func earliestDay(of table: Table) -> Int32 {
        guard let index = table.timeColumn else { return settings.today }
        let column = table.columns[index]
        var earliest = Int32.max
        for row in 0..<table.rowCount where column.validity.isValid(row) {
            switch column.storage {
            case .date(let values): earliest = min(earliest, values[row])
            case .timestamp(let values): earliest = min(earliest, CivilDate.day(ofMicros: values[row]))
            default: return settings.today
            }
        }
        return earliest == Int32.max ? settings.today : earliest
    }

    /// A time clause as the first and last day it covers, through the binder so every form the core
    /// language accepts (`since 2024-01`, `last 30 days`, `between $from and $to`) means the same here.
    func reportWindow(_ clause: TimeClause, table: Identifier, source: SourceFile) throws(Diagnostic) -> (first: Int32, last: Int32) {
        let query = Query(source: table, steps: [Step(.time(clause), span: clause.span)], span: clause.span)
        let binder = Binder(catalog: catalog, context: engagementContext, source: source, parameters: parameters)
        let bound = try binder.bind(query)
        guard case .filter(.range(_, let lower, let upper))? = bound.steps.first else {
            throw Diagnostic("this window is empty", source: source, span: clause.span)
        }
        func day(_ value: Value?, end: Bool) -> Int32? {
            switch value {
            case .date(let day)?: return end ? day - 1 : day
            case .timestamp(let micros)?: return CivilDate.day(ofMicros: end ? micros - 1 : micros)
            default: return nil
            }
        }
        let first = day(lower, end: false) ?? Int32.min
        let last = day(upper, end: true) ?? settings.today
        return (first, last)
    }

    /// Whole periods from the one holding the window's start through today's (or the window's end, if
    /// earlier); `last N` in the report's own unit means exactly the N periods ending with today's.
    /// `limit` keeps a report's memory bounded (retention holds a bit per user and period).
    func periodRange(_ report: Report, clause: TimeClause?, window: (first: Int32, last: Int32)?,
                     earliest: Int32, limit: Int = 100_000, source: SourceFile) throws(Diagnostic) -> PeriodRange {
        let calendar = ReportCalendar(report.period ?? .monthly)
        let current = Int(calendar.index(ofDay: settings.today))
        var first: Int
        var last: Int
        if case .last(let count, let unit)? = clause?.kind, unit == calendar.unit {
            first = current - Int(min(count, 1_000_000)) + 1
            last = current
        } else {
            let start = window.map { $0.first == Int32.min ? earliest : $0.first } ?? earliest
            let end = min(window?.last ?? settings.today, settings.today)
            first = Int(calendar.index(ofDay: start))
            last = Int(calendar.index(ofDay: end))
        }
        guard last - first < limit else {
            throw Diagnostic("\(last - first + 1) \(report.period?.rawValue ?? "monthly") periods are too many for this report",
                             source: source, span: report.span,
                             hint: "at most \(limit): narrow the window or use longer periods")
        }
        return PeriodRange(calendar: calendar, first: Int32(first), last: Int32(last))
    }

    /// Reports keep a bit or a day per user and period; past a gigabyte that is a diagnostic, not an
    /// allocation that takes the machine down.
    func checkMemory(_ bytes: Int, report: Report, source: SourceFile) throws(Diagnostic) {
        guard bytes > 1 << 30 else { return }
        throw Diagnostic("this report would need \(bytes >> 20) MB for its periods", source: source, span: report.span,
                         hint: "use longer periods or a shorter window")
    }

    /// `users | count by status as of D`: the users who had signed up by D, with their last login
    /// recomputed from the login events up to the end of D, queried with D as today.
    func runAsOf(_ query: Query, date: Expr, source: SourceFile) throws(Diagnostic) -> Table {
        func fail(_ message: String, hint: String? = nil) -> Diagnostic {
            Diagnostic(message, source: source, span: date.span, hint: hint)
        }
        let clause = TimeClause(.between(date, date), span: date.span)
        let day = try reportWindow(clause, table: query.source, source: source).last
        guard let users = table(named: query.source.name) else {
            throw Diagnostic("unknown table \"\(query.source.name)\"", source: source, span: query.source.span)
        }
        guard let events = table(named: "events") else {
            throw fail("`as of` needs an `events` table with `login` events")
        }
        do {
            let past = try usersAsOf(users, events: events, day: day).table
            let (plan, executor) = try planAsOf(query, past: past, day: day, source: source, span: query.span)
            return try executor.run(plan)
        } catch let error as ExecutionError {
            throw fail(error.message)
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw fail("\(error)")
        }
    }
}

extension Session {
    /// What one statement prints: one outcome, or for the composite `cohorts` one table per part.
    func outcomes(of statement: Statement, source: SourceFile) throws(Diagnostic) -> [StatementOutcome] {
        if let outcomes = try executeReportStatement(statement, source: source) { return outcomes }
        return [try execute(statement, source: source)]
    }
}

extension Report {
    /// Whether the report splits users by status, and so needs a valid active_days/at_risk_days pair.
    var usesStatus: Bool {
        switch kind {
        case .statusHistory: true
        case .cohorts(let part): part != .registrations
        default: false
        }
    }
}
