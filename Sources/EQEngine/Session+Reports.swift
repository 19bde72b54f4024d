import EQBinder
import EQDiagnostics
import EQExec
import EQLocalBackend
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
            guard !report.pipeline.isEmpty else {
                var plan = try reportPlan(report, source: source)
                if let chart = report.chart { plan.sink = .chart(chart, report: report.kind) }
                return try deliver(plan, source: source, span: report.span)
            }
            // The steps after a report still run over its finished table, stage by stage.
            let tables = try reportTables(report, source: source)
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
            if let date = query.asOf {
                var plan = try asOfPlan(plain, date: date, source: source)
                if let chart = query.chart { plan.sink = .chart(chart, report: nil) }
                return try deliver(plan, source: source, span: date.span)
            }
            var plan = try statementPlan(plain, source: source, span: statement.span)
            if let chart = query.chart { plan.sink = .chart(chart, report: nil) }
            return try deliver(plan, source: source, span: statement.span)
        default:
            return nil
        }
    }

    /// One table per report, or the five parts of the composite `cohorts`.
    func reportTables(_ report: Report, source: SourceFile) throws(Diagnostic) -> [Table] {
        let plan = try reportPlan(report, source: source)
        do {
            return try backend.execute(plan, control: executionControl)
        } catch {
            throw Session.placed(error, source: source, span: report.span)
        }
    }

    /// A report as a statement plan: its `where` as a filter plan over the subject (at the range's end
    /// for `clients`), its time clause through the binder (so every form of the core language means the
    /// same here) as the window, and the segments the filter uses.
    func reportPlan(_ report: Report, source: SourceFile) throws(Diagnostic) -> StatementPlan {
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
        var selection = ReportPlan.Selection.all
        var segments: [SegmentPlan] = []
        if case .clients = report.kind, !filters.isEmpty, let window, let users = table(named: subject.name) {
            // Status in a range report means status at the range's end, the rule `as of` follows.
            guard table(named: "events") != nil else {
                throw Diagnostic("this report needs an `events` table with `login` events", source: source,
                                 span: report.keyword, hint: "load one with `load events from \"events.csv\"`")
            }
            let day = min(window.last, context.today)
            let query = Query(source: Identifier(users.name, span: report.keyword), steps: filters, span: report.span)
            let past = AsOfPlan.schema(of: effectiveTable(users).schema)
            let (plan, used) = try planAsOf(query, past: past, day: day, source: source, span: report.span)
            selection = .asOf(AsOfPlan(users: users.name.lowercased(), events: "events", day: day, query: plan))
            segments = used
        } else if !filters.isEmpty {
            let plan = try plan(Query(source: subject, steps: filters, span: report.span), source: source)
            segments = try segmentPlans(for: plan, source: source, span: report.span)
            selection = .rows(plan)
        }
        guard let subjectTable = table(named: subject.name) else {
            throw Diagnostic("reports need a `\(subject.name)` table", source: source, span: subject.span,
                             hint: tableNames.isEmpty ? "no tables are loaded" : "tables: \(tableNames.joined(separator: ", "))")
        }
        let period = report.period ?? .monthly
        var lastCount: Int64?
        if case .last(let count, let unit)? = times.first?.kind, unit == ReportCalendar(period).unit { lastCount = count }
        let periods = ReportPlan.Periods(period: period, lastCount: lastCount, window: window, today: settings.today)
        let plan = ReportPlan(kind: report.kind, subject: subjectTable.name.lowercased(), events: "events",
                              selection: selection, periods: periods, context: context, keyword: report.keyword,
                              span: report.span)
        return StatementPlan(segments: segments, body: .report(plan))
    }

    /// The table as queries see it, with `set last_seen` applied.
    func effectiveTable(_ table: Table) -> Table {
        var effective = table
        if let override = settings.lastSeenColumn, let index = table.columnIndex(named: override) {
            effective.lastSeenColumn = index
        }
        return effective
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

    /// `users | count by status as of D`: the users who had signed up by D, with their last login
    /// recomputed from the login events up to the end of D, queried with D as today.
    /// A query statement as the plan a back end receives (`as of` included; a chart, an export or a
    /// preview is the caller's sink): what a second back end's tests run beside the local engine.
    public func queryStatementPlan(_ query: Query, source: SourceFile) throws(Diagnostic) -> StatementPlan {
        var plain = query
        plain.chart = nil
        plain.asOf = nil
        if let date = query.asOf { return try asOfPlan(plain, date: date, source: source) }
        return try statementPlan(plain, source: source, span: query.span)
    }

    func asOfPlan(_ query: Query, date: Expr, source: SourceFile) throws(Diagnostic) -> StatementPlan {
        let clause = TimeClause(.between(date, date), span: date.span)
        let day = try reportWindow(clause, table: query.source, source: source).last
        guard let users = table(named: query.source.name) else {
            throw Diagnostic("unknown table \"\(query.source.name)\"", source: source, span: query.source.span)
        }
        guard table(named: "events") != nil else {
            throw Diagnostic("`as of` needs an `events` table with `login` events", source: source, span: date.span)
        }
        let past = AsOfPlan.schema(of: effectiveTable(users).schema)
        let (plan, segments) = try planAsOf(query, past: past, day: day, source: source, span: query.span)
        let asOf = AsOfPlan(users: users.name.lowercased(), events: "events", day: day, query: plan)
        return StatementPlan(segments: segments, body: .asOf(asOf))
    }
}

extension Session {
    /// What one statement prints: one outcome, or for the composite `cohorts` one table per part.
    func outcomes(of statement: Statement, source: SourceFile) throws(Diagnostic) -> [StatementOutcome] {
        try checkRunsOnConnection(statement, source: source)
        let outcomes: [StatementOutcome]
        if let reported = try executeReportStatement(statement, source: source) {
            outcomes = reported
        } else {
            outcomes = [try execute(statement, source: source)]
        }
        // What the operators left out goes with the result (an export already said it in its summary).
        let notes = segmentRuns.notes.drain()
        guard !notes.isEmpty, outcomes.count == 1 else { return outcomes }
        switch outcomes[0] {
        case .result(let table): return [.annotated(table, note: notes.joined(separator: "; "))]
        case .annotated(let table, let note): return [.annotated(table, note: ([note] + notes).joined(separator: "; "))]
        case .text(let text): return [.text(text + (text.hasSuffix("\n") ? "" : "\n") + notes.joined(separator: "; "))]
        default: return outcomes
        }
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
