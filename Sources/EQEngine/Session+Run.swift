import EQBinder
import EQDiagnostics
import EQExec
import EQPlan
import EQStore
import EQSyntax
import EQTypes

#if canImport(Glibc)
import Glibc
#endif

extension Session {
    /// Runs every statement of `text` in order, handing each outcome and its wall time to `emit`.
    ///
    /// Returns the diagnostics of failed statements; without `keepGoing` it stops at the first one, as a
    /// batch script should. A cancelled query (Ctrl-C) reports "cancelled" and stops the run; the
    /// cancellation flag stays set until the caller resets it.
    /// When `emit` throws (its output could not be written), the statement fails with that diagnostic,
    /// placed on the statement: a result that never arrived is a failure, not a success.
    @discardableResult
    public func run(_ text: String, sourceName: String = "query", keepGoing: Bool = false,
                    emit: (StatementOutcome, Duration) throws(Diagnostic) -> Void) -> [Diagnostic] {
        let source = SourceFile(name: sourceName, text: text)
        var failures: [Diagnostic] = []
        statements: for parsed in Parser.parseStatements(source) {
            let statement: Statement
            switch parsed {
            case .success(let parsedStatement):
                statement = parsedStatement
            case .failure(let error):
                failures.append(error.maskingPasswords)
                if keepGoing { continue } else { break statements }
            }
            segmentRuns = SegmentRuns()
            runningStatement = statement.span
            let clock = ContinuousClock()
            let started = clock.now
            do throws(Diagnostic) {
                // Ctrl-C between statements stops the run too: the flag is reset by whoever reads the
                // next command (the shell's prompt), never here, so a batch run cannot miss it.
                if cancellation.isCancelled { throw Diagnostic(ExecutionError.cancelled.message, source: source,
                                                               span: statement.span) }
                // The check reads the local tables' values; while connected, the server's are others.
                let warnings = connection == nil ? unmatchedValueWarnings(statement, source: source) : []
                if settings.strict, var first = warnings.first {
                    first.isWarning = false
                    first.notes.append("--strict (or `set strict = on`) makes this an error")
                    throw first
                }
                for warning in warnings { try emit(.warning(warning.maskingPasswords), .zero) }
                let results = try outcomes(of: statement, source: source)
                // A statement that only computes prints nothing once Ctrl-C was pressed, even if it
                // finished first: what is printed is never a result the user asked to stop.
                if cancellation.isCancelled && !statement.hasEffects {
                    throw Diagnostic(ExecutionError.cancelled.message, source: source, span: statement.span)
                }
                for outcome in results {
                    do throws(Diagnostic) {
                        try emit(outcome, clock.now - started)
                    } catch {
                        var placed = error
                        if placed.source == nil {
                            placed.source = source
                            placed.span = statement.span
                        }
                        throw placed
                    }
                }
            } catch {
                failures.append(error.maskingPasswords)
                if !keepGoing || error.message == ExecutionError.cancelled.message { break statements }
            }
        }
        return failures
    }

    /// Runs one statement.
    public func execute(_ statement: Statement, source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        segmentRuns = SegmentRuns()
        try checkRunsOnConnection(statement, source: source)
        if let outcomes = try executeReportStatement(statement, source: source) { return outcomes[0] }
        switch statement.kind {
        case .load(let load):
            return try runLoad(load, source: source)
        case .set(let assignments):
            var messages: [String] = []
            for assignment in assignments {
                guard case .silent(let message) = try runSet(assignment.name, assignment.value, source: source) else { continue }
                messages.append(message)
            }
            return .silent(messages.joined(separator: ", "))
        case .query(let query):
            if let (plain, sink) = sinkQuery(query) {
                var plan = try statementPlan(plain, source: source, span: statement.span)
                plan.sink = sink
                return try deliver(plan, source: source, span: statement.span)[0]
            }
            let plan = try statementPlan(query, source: source, span: statement.span)
            return .result(try execute(plan, source: source, span: statement.span))
        case .explain(let query):
            return .text(try explainText(query, source: source, span: statement.span))
        case .explainReport(let report):
            var plan = try reportPlan(report, source: source)
            if report.pipeline.isEmpty, let chart = report.chart { plan.sink = .chart(chart, report: report.kind) }
            return .text(Explain.render(plan))
        case .explainAnalyze(let query):
            return .text(try explainAnalyzeText(query, source: source, span: statement.span))
        case .letSegment(let name, let query):
            return try defineSegment(name, query, source: source)
        case .defineLifecycle(let name, let body):
            return try defineLifecycle(name, body, source: source)
        case .transitions(let request):
            return try runTransitions(request, source: source, span: statement.span)
        case .explainTransitions(let request, let analyze):
            let plan = try planTransitions(request, source: source)
            let segments = try segmentPlans(for: plan, source: source, span: request.keyword)
            guard analyze else { return .text(Explain.render(StatementPlan(segments: segments, body: .query(plan)))) }
            return .text(try explainAnalyzeText(plan, segments: segments, source: source, span: request.keyword))
        case .segments(let save):
            return save ? try saveSegments(source: source, span: statement.span) : .result(try segmentList(source: source, span: statement.span))
        case .report(let report):
            return .result(try reportTables(report, source: source)[0])
        case .snapshot(let snapshot):
            return snapshot.save ? try saveSnapshot(snapshot, source: source)
                                 : try openSnapshot(snapshot, source: source)
        case .connection(let connectionStatement):
            return try runConnection(connectionStatement, source: source, span: statement.span)
        case .explainSQL(let query):
            return .text(try explainSQLText(query, source: source, span: statement.span))
        }
    }

    /// The segments `plan` tests membership of (`in SEGMENT`), dependencies first, each planned once:
    /// what a back end needs beside the plan (a second back end's tests ask for them).
    public func segmentPlans(for plan: QueryPlan, source: SourceFile) throws(Diagnostic) -> [SegmentPlan] {
        try segmentPlans(for: plan, source: source, span: SourceSpan(start: 0, end: 0))
    }

    /// Binds, plans and optimises a query: everything up to execution, which `explain` stops before.
    public func plan(_ query: Query, source: SourceFile, disablingRules: Set<String> = []) throws(Diagnostic) -> QueryPlan {
        var binder = Binder(catalog: try bindingCatalog(source: source, span: query.span), context: engagementContext,
                            source: source, parameters: parameters)
        binder.eventTypes = try bindingEventTypes(source: source, span: query.span)
        binder.segmentNames = segments.map(\.name)
        binder.lifecycles = lifecycleDefinitions
        let bound = try binder.bind(try expandSegments(query, source: source))
        return Optimizer.optimize(Planner.plan(bound), disabling: disablingRules)
    }

    public var engagementContext: EngagementContext {
        EngagementContext(today: settings.today, activeDays: settings.activeDays, atRiskDays: settings.atRiskDays)
    }

    /// Schemas by lower-cased table name, with `set last_seen` applied.
    public var catalog: [String: Schema] {
        tables.mapValues { table in
            var schema = table.schema
            if let override = settings.lastSeenColumn, let index = schema.index(of: override) {
                schema.lastSeenColumn = index
            }
            return schema
        }
    }

    func executor() -> Executor {
        var effective = tables
        if let override = settings.lastSeenColumn {
            for (key, table) in tables {
                if let index = table.columnIndex(named: override) { effective[key]?.lastSeenColumn = index }
            }
        }
        let flag = cancellation
        var executor = Executor(tables: effective, cancellation: { flag.isCancelled })
        executor.threads = settings.threads
        return executor
    }
}

extension Statement {
    /// Whether running the statement changes something besides printing (a file, a table, a setting, a
    /// segment): such a statement that finished is not reported as cancelled.
    var hasEffects: Bool {
        switch kind {
        case .load, .set, .letSegment, .defineLifecycle: true
        case .segments(let save): save
        case .snapshot, .connection: true
        case .query(let query):
            query.chart?.path != nil || query.steps.contains { if case .export = $0.kind { true } else { false } }
        case .report(let report): report.chart?.path != nil
        case .explain, .explainReport, .explainAnalyze, .explainSQL, .explainTransitions, .transitions: false
        }
    }
}
