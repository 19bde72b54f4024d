import EQBackend
import EQDiagnostics
import EQExec
import EQOutput
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// `connect`, `disconnect`, `copy ... from postgres`.
    func runConnection(_ statement: ConnectionStatement, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> StatementOutcome {
        switch statement {
        case .connect(let url, let urlSpan):
            do {
                return .silent(try connect(url: url))
            } catch {
                throw Session.placed(error, source: source, span: urlSpan)
            }
        case .disconnect:
            return .silent(disconnect())
        case .copy(let relation, let into):
            return try copyFromServer(relation, into: into, source: source, span: span)
        }
    }

    /// Opens a server (replacing any connection) and reads its catalogue; returns the message to show.
    /// The password never reaches the message: the back end's `server` has none.
    public func connect(url: String) throws(Diagnostic) -> String {
        guard let connector else {
            throw Diagnostic("this eq was built without a PostgreSQL back end", hint: "run the `eq` executable")
        }
        let opened: any ConnectedBackend
        do {
            opened = try connector.connect(url: url, control: executionControl)
        } catch {
            throw stillConnectedNote(error)
        }
        let relations: Int
        do {
            relations = try opened.catalog().count
        } catch {
            opened.close()
            throw stillConnectedNote(error)
        }
        connection?.close()
        connection = opened
        return "connected to \(opened.displayName) at \(opened.server) (\(countPhrase(relations, "relation", grouped: groupsThousands))): "
            + "queries run there until `disconnect`"
    }

    /// A failed `connect` leaves the connection that was open: said, so no one thinks queries went local.
    private func stillConnectedNote(_ error: Diagnostic) -> Diagnostic {
        guard let connection else { return error }
        var noted = error
        noted.notes.append("still connected to \(connection.server)")
        return noted
    }

    /// Back to the local store.
    public func disconnect() -> String {
        guard let connection else { return "not connected: queries run on the local store" }
        connection.close()
        self.connection = nil
        return "disconnected from \(connection.server): queries run on the local store"
    }

    /// What `.connect` without an argument says: where queries run now.
    public var backendDescription: String {
        guard let connection else { return "local store (not connected)" }
        return "\(connection.displayName) at \(connection.server)"
    }

    /// `copy NAME from postgres [as LOCAL]`: the relation's rows into the local store, typed from the
    /// server's catalogue, in its stable row order. Like `load`, it unloads the demo data.
    func copyFromServer(_ relation: Identifier, into: Identifier?, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> StatementOutcome {
        guard let connection else {
            throw Diagnostic("`copy \(relation.name) from postgres` needs a connection", source: source, span: span,
                             hint: "connect first: `connect \"postgres://user@localhost:5432/database\"`")
        }
        let name = into ?? relation
        if segment(named: name.name) != nil {
            throw Diagnostic("a segment is already named \"\(name.name)\"", source: source, span: name.span,
                             hint: "copy it under another name: `copy \(relation.name) from postgres as \(relation.name)_copy`")
        }
        let copied: (table: Table, notes: [String])
        do {
            copied = try connection.copy(relation: relation.name, context: engagementContext, control: executionControl)
        } catch {
            throw Session.placed(error, source: source, span: relation.span)
        }
        if cancellation.isCancelled {
            throw Diagnostic(ExecutionError.cancelled.message, source: source, span: span)
        }
        let change = leaveDemo()
        let table = Table.inferringRoles(name: name.name, columns: copied.table.columns)
        register(table)
        var message = "copied \(relation.name) from \(connection.server) into the local store as \(table.name): "
            + countPhrase(table.rowCount, "row", grouped: groupsThousands) + ", "
            + countPhrase(table.columns.count, "column", grouped: groupsThousands)
        if let change { message += " (\(change))" }
        message += "; queries run on the server until `disconnect`"
        guard !copied.notes.isEmpty else { return .silent(message) }
        return .noted(message, note: copied.notes.map { "note: " + $0 }.joined(separator: "\n"))
    }

    /// `explain sql QUERY`: the SQL and binds, from the connected server's catalogue, or without a
    /// connection from the local tables as eq would copy them to a server.
    func explainSQLText(_ query: Query, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> String {
        let name = connection?.displayName ?? connector?.displayName ?? "PostgreSQL"
        try checkServerQuery(query, backendName: name, source: source)
        var plain = query
        plain.chart = nil
        if let (rows, _) = sinkQuery(plain) { plain = rows }
        let plan = try statementPlan(plain, source: source, span: span)
        do throws(Diagnostic) {
            if let connection { return try connection.explainSQL(plan) }
            guard let connector else {
                throw Diagnostic("this eq was built without a PostgreSQL back end, so it has no SQL to show")
            }
            return try connector.explainSQL(plan, localCatalog: catalog)
        } catch {
            throw Session.placed(error, source: source, span: span)
        }
    }

    /// While connected, a statement that would read the local store, or that the server cannot run yet,
    /// is refused by name at its span, before anything runs: no statement silently answers from other
    /// data than the server's.
    func checkRunsOnConnection(_ statement: Statement, source: SourceFile) throws(Diagnostic) {
        guard let connection else { return }
        let name = connection.displayName
        func refuse(_ what: String, _ span: SourceSpan) -> Diagnostic {
            Diagnostic("\(what) does not run on \(name) yet", source: source, span: span,
                       hint: "`disconnect` returns to the local store, where it runs (`copy TABLE from postgres` brings a relation there)")
        }
        switch statement.kind {
        case .query(let query), .explain(let query), .explainSQL(let query):
            try checkServerQuery(query, backendName: name, source: source)
        case .report(let report):
            throw refuse("`\(source.text(of: report.keyword))` (a report)", report.keyword)
        case .explainReport(let report):
            throw refuse("`explain` of a report", report.keyword)
        case .explainAnalyze:
            throw refuse("`explain analyze`", statement.span)
        case .transitions(let request), .explainTransitions(let request, _):
            throw refuse("`transitions`", request.keyword)
        case .segments(let save) where !save:
            throw refuse("`segments` (it counts each segment's rows)", statement.span)
        case .load, .set, .letSegment, .defineLifecycle, .segments, .snapshot, .connection:
            return
        }
    }

    /// The steps of a query the PostgreSQL back end does not take yet, refused by name at their span
    /// (`distinct`, `holdout` and `sample` it takes: the server feeds them, eq's kernels finish them).
    func checkServerQuery(_ query: Query, backendName name: String, source: SourceFile) throws(Diagnostic) {
        func refuse(_ what: String, _ span: SourceSpan) -> Diagnostic {
            Diagnostic("\(what) does not run on \(name) yet", source: source, span: span,
                       hint: connection == nil ? nil : "`disconnect` returns to the local store, where it runs")
        }
        if let date = query.asOf { throw refuse("`as of`", date.span) }
        for (index, step) in query.steps.enumerated() {
            let isLast = index == query.steps.count - 1
            switch step.kind {
            case .funnel: throw refuse("`funnel`", step.span)
            case .export where !isLast: throw refuse("`export` before other steps", step.span)
            case .preview where !isLast: throw refuse("`preview` before other steps", step.span)
            default: continue
            }
        }
    }

    /// The schemas a query binds against: the server's while connected, else the local tables'.
    func bindingCatalog(source: SourceFile, span: SourceSpan) throws(Diagnostic) -> [String: Schema] {
        guard let connection else { return catalog }
        do {
            return try connection.catalog()
        } catch {
            throw Session.placed(error, source: source, span: span)
        }
    }

    func bindingEventTypes(source: SourceFile, span: SourceSpan) throws(Diagnostic) -> [String: [String]] {
        guard let connection else { return eventTypes }
        do {
            return try connection.eventTypes()
        } catch {
            throw Session.placed(error, source: source, span: span)
        }
    }

    /// Runs a plan on the connected server, or the local engine.
    func runOnBackend(_ plan: StatementPlan) throws(Diagnostic) -> [Table] {
        if let connection { return try connection.execute(plan, control: executionControl) }
        return try backend.execute(plan, control: executionControl)
    }
}
