import EQBackend
import EQDiagnostics
import EQExec
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension LocalBackend {
    /// The physical operators of a report: `UserIndex` (ids to rows, unselected users -1), one pass over
    /// the events for each login's (user row, day) (`LoginEvents`), and the period kernels of
    /// `ReportTables`/`CohortTables`/`EngagementKernels`, which count on integer period offsets.
    func runReport(_ plan: ReportPlan, segments: [SegmentPlan], control: ExecutionControl) throws(Diagnostic) -> [Table] {
        func fail(_ error: ExecutionError) -> Diagnostic {
            Diagnostic(error.message, span: plan.keyword)
        }
        let context = plan.context
        let selected = try selectedRows(plan, segments: segments, control: control)
        guard let subjectTable = tables[plan.subject] else {
            throw Diagnostic("table \(plan.subject) is no longer loaded", span: plan.keyword)
        }
        if case .trend(.table) = plan.kind {
            let range = try periodRange(plan, earliest: LocalBackend.earliestDay(of: subjectTable, today: context.today))
            let extended = PeriodRange(calendar: range.calendar, first: range.first - 1, last: range.first + Int32(range.count) - 1)
            do {
                return [ReportTables.trend(range, counts: try ReportTables.periodCounts(subjectTable, rows: selected, extended))]
            } catch { throw fail(error) }
        }
        do {
            let users = try UserIndex(users: subjectTable, selectedRows: selected)
            var earliest = Int32.max
            for day in users.joinDay where day != Int32.min { earliest = min(earliest, day) }
            if earliest == Int32.max { earliest = context.today }
            func eventsTable() throws(Diagnostic) -> Table {
                guard let events = tables[plan.events] else {
                    throw Diagnostic("this report needs an `events` table with `login` events", span: plan.keyword,
                                     hint: "load one with `load events from \"events.csv\"`")
                }
                return events
            }
            func logins() throws(Diagnostic) -> LoginEvents {
                let events = try eventsTable()
                do { return try LoginEvents(events: events, users: users, cancellation: control.isCancelled) } catch {
                    throw fail(error)
                }
            }
            /// Each selected user's periods with a login, in one parallel pass over the events; the periods
            /// are already bounded by the report's limit, and the bytes here.
            func activity(_ periods: PeriodRange) throws(Diagnostic) -> ActivityBitmap {
                let events = try eventsTable()
                try checkMemory(ActivityBitmap.byteCount(rows: users.rowCount, periods: periods.count), plan)
                do {
                    return try ActivityBitmap(events: events, users: users, range: periods, threads: threads,
                                              cancellation: control.isCancelled)
                } catch { throw fail(error) }
            }
            /// Where a report without a window starts: the earliest login (today without any). With a
            /// window it is not needed, and only the events' columns are checked, so a report on an
            /// unusable events table says so before anything about its periods.
            func earliestLogin(needed: Bool) throws(Diagnostic) -> Int32 {
                let events = try eventsTable()
                do {
                    guard needed else {
                        try ActivityBitmap.checkColumns(of: events)
                        return context.today
                    }
                    return try ActivityBitmap.earliestLoginDay(events: events, users: users, threads: threads,
                                                               cancellation: control.isCancelled) ?? context.today
                } catch { throw fail(error) }
            }
            func range(earliest: Int32, limit: Int = 100_000, hint: String? = nil) throws(Diagnostic) -> PeriodRange {
                try periodRange(plan, earliest: earliest, limit: limit, hint: hint)
            }
            switch plan.kind {
            case .registrations:
                return [ReportTables.registrations(users, try range(earliest: earliest))]
            case .retention:
                // Cohorts come from the window; their offsets run on through today's period.
                let cohorts = try range(earliest: earliest, limit: 400)
                let last = max(Int(cohorts.first) + cohorts.count - 1, Int(cohorts.calendar.index(ofDay: context.today)))
                guard last - Int(cohorts.first) < 400 else {
                    throw Diagnostic("\(last - Int(cohorts.first) + 1) periods from the first cohort to today are too many",
                                     span: plan.span, hint: "at most 400: use longer periods")
                }
                let offsets = PeriodRange(calendar: cohorts.calendar, first: cohorts.first, last: Int32(last))
                return [ReportTables.retention(users, try activity(offsets), offsets, cohorts: cohorts.count, threads: threads)]
            case .activeUsers:
                let window = plan.periods
                let openStart = window.lastCount == nil && (window.window.map { $0.first == Int32.min } ?? true)
                let periods = try range(earliest: try earliestLogin(needed: openStart), limit: ActivityBitmap.maximumPeriods)
                return [ReportTables.activeUsers(try activity(periods), periods, threads: threads)]
            case .stickiness:
                var days = plan.periods.window ?? (first: context.today - 29, last: context.today)
                let earliest = try earliestLogin(needed: days.first == Int32.min)
                if days.first == Int32.min { days.first = earliest }
                days.last = min(days.last, context.today)
                guard Int(days.last) - Int(days.first) < ActivityBitmap.maximumPeriods else {
                    throw Diagnostic("stickiness covers at most \(ActivityBitmap.maximumPeriods) days", span: plan.span,
                                     hint: "narrow the window, for example `last 30 days`")
                }
                let range = PeriodRange(calendar: ReportCalendar(.daily), first: days.first, last: days.last)
                return [ReportTables.stickiness(try activity(range), threads: threads)]
            case .statusHistory:
                let periods = try range(earliest: earliest, limit: 400)
                try checkMemory(users.rowCount * periods.count * 4, plan)
                return [ReportTables.statusHistory(users, try logins(), periods, context: context)]
            case .clients:
                guard let window = plan.periods.window else {
                    throw Diagnostic("`clients` needs a range", span: plan.keyword,
                                     hint: "write `clients between 2024-01 and 2024-03`")
                }
                return [ReportTables.clients(users, try logins(), from: window.first, through: window.last)]
            case .trend(let subject):
                let range = try range(earliest: earliest, limit: ActivityBitmap.maximumPeriods)
                let extended = PeriodRange(calendar: range.calendar, first: range.first - 1,
                                           last: range.first + Int32(range.count) - 1)
                let counts = if case .activeUsers = subject {
                    try activity(extended).activeCounts(threads: threads)
                } else {
                    EngagementKernels.registrations(users, extended)
                }
                return [ReportTables.trend(range, counts: counts)]
            case .cohorts(let part):
                // Each part is a row per month: a range reaching year 1 (24,000 months) is a mistake, and
                // made five tables of that size slowly.
                let months = try range(earliest: earliest, limit: LocalBackend.cohortMonthLimit,
                                       hint: "at most \(LocalBackend.cohortMonthLimit) monthly cohorts: narrow the window, "
                                           + "for example `cohorts from 2024-01 to 2024-06`")
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
            throw Diagnostic("\(error)", span: plan.keyword)
        }
    }

    /// The subject's rows the report counts (nil: all of them).
    private func selectedRows(_ plan: ReportPlan, segments: [SegmentPlan],
                              control: ExecutionControl) throws(Diagnostic) -> [UInt32]? {
        switch plan.selection {
        case .all:
            return nil
        case .rows(let filter):
            let executor = try executor(for: segments, control: control)
            do { return try executor.selectedRows(filter) } catch { throw Diagnostic(error.message, span: plan.keyword) }
        case .asOf(let asOf):
            guard let users = tables[asOf.users], let events = tables[asOf.events] else {
                throw Diagnostic("this report needs an `events` table with `login` events", span: plan.keyword,
                                 hint: "load one with `load events from \"events.csv\"`")
            }
            do {
                let (past, rows) = try LocalBackend.usersAsOf(users, events: events, day: asOf.day)
                var replaced = tables
                replaced[asOf.users] = past
                let executor = try executor(for: segments, control: control, tables: replaced)
                let picked = try executor.selectedRows(asOf.query) ?? (0..<past.rowCount).map { UInt32($0) }
                return picked.map { rows[Int($0)] }
            } catch let error as ExecutionError {
                throw Diagnostic(error.message, span: plan.keyword)
            } catch let error as Diagnostic {
                throw error
            } catch {
                throw Diagnostic("\(error)", span: plan.keyword)
            }
        }
    }

    /// Whole periods from the one holding the window's start through today's (or the window's end, if
    /// earlier); `last N` in the report's own unit means exactly the N periods ending with today's.
    /// `limit` keeps a report's memory bounded (retention holds a bit per user and period).
    private func periodRange(_ plan: ReportPlan, earliest: Int32, limit: Int = 100_000,
                             hint: String? = nil) throws(Diagnostic) -> PeriodRange {
        let periods = plan.periods
        let calendar = ReportCalendar(periods.period)
        let current = Int(calendar.index(ofDay: periods.today))
        var first: Int
        var last: Int
        if let count = periods.lastCount {
            first = current - Int(min(count, 1_000_000)) + 1
            last = current
        } else {
            let start = periods.window.map { $0.first == Int32.min ? earliest : $0.first } ?? earliest
            let end = min(periods.window?.last ?? periods.today, periods.today)
            first = Int(calendar.index(ofDay: start))
            last = Int(calendar.index(ofDay: end))
        }
        guard last - first < limit else {
            throw Diagnostic("\(last - first + 1) \(periods.period.rawValue) periods are too many for this report",
                             span: plan.span,
                             hint: hint ?? "at most \(limit): narrow the window or use longer periods")
        }
        return PeriodRange(calendar: calendar, first: Int32(first), last: Int32(last))
    }

    /// The most months a `cohorts` report covers: a century of monthly cohorts.
    public static let cohortMonthLimit = 1_200

    /// Reports keep a bit or a day per user and period; past a gigabyte that is a diagnostic, not an
    /// allocation that takes the machine down.
    private func checkMemory(_ bytes: Int, _ plan: ReportPlan) throws(Diagnostic) {
        guard bytes > 1 << 30 else { return }
        throw Diagnostic("this report would need \(bytes >> 20) MB for its periods", span: plan.span,
                         hint: "use longer periods or a shorter window")
    }

    static func earliestDay(of table: Table, today: Int32) -> Int32 {
        guard let index = table.timeColumn else { return today }
        let column = table.columns[index]
        var earliest = Int32.max
        for row in 0..<table.rowCount where column.validity.isValid(row) {
            switch column.storage {
            case .date(let values): earliest = min(earliest, values[row])
            case .timestamp(let values): earliest = min(earliest, CivilDate.day(ofMicros: values[row]))
            default: return today
            }
        }
        return earliest == Int32.max ? today : earliest
    }
}
