import EQBackend
import EQBinder
import EQDiagnostics
import EQEngine
import EQPlan
import EQPostgres
import EQStore
import EQTypes

/// PostgreSQL for the session: the one place that sees both the engine and the driver. The `eq`
/// executable installs it as `Session.connector`, so EQEngine and EQShell never import PostgresNIO.
public final class PostgresConnector: BackendConnector {
    public init() {}

    public var displayName: String { "PostgreSQL" }

    public func connect(url: String, control: ExecutionControl) throws(Diagnostic) -> any ConnectedBackend {
        let settings: ConnectionSettings
        do {
            settings = try ConnectionSettings.parse(url)
        } catch {
            // The message may quote the URL's parts; none of them is the password, and the session
            // masks any password left in the statement's text.
            throw Diagnostic(error.message, hint: "write postgres://user@host:5432/database; the password comes from "
                             + "the URL, PGPASSWORD or ~/.pgpass")
        }
        do {
            return PostgresSessionBackend(try PostgresBackend.connect(settings))
        } catch {
            throw Diagnostic(PostgresSessionBackend.scrub(error.message, settings: settings))
        }
    }

    public func explainSQL(_ plan: StatementPlan, localCatalog: [String: Schema]) throws(Diagnostic) -> String {
        let relations = localCatalog.mapValues { PostgresRelation(uploadOf: $0) }
        let (query, finishing) = try PostgresSessionBackend.serverPart(plan)
        do {
            return try SQLCompiler.compile(query, segments: plan.segments, relations: relations).explained + finishing
        } catch {
            throw Diagnostic(error.message)
        }
    }
}

/// A connected server as the session sees it.
final class PostgresSessionBackend: ConnectedBackend {
    let backend: PostgresBackend
    /// `did TYPE` needs the event types of every events relation, a `SELECT DISTINCT` each: once per
    /// connection, and again after `copy` changes nothing on the server, so never per statement.
    private var cachedEventTypes: [String: [String]]?

    init(_ backend: PostgresBackend) {
        self.backend = backend
    }

    var name: String { backend.name }
    var displayName: String { "PostgreSQL" }
    var server: String { backend.server }
    var promptName: String { backend.settings.database ?? backend.settings.user }

    /// The user's relations: those of PostgreSQL's own catalogue schemas are visible through every
    /// `search_path` but are no engagement data, and would only crowd messages and suggestions.
    func relations() throws(Diagnostic) -> [String: PostgresRelation] {
        do {
            return try backend.relations().filter { !Self.systemSchemas.contains($0.value.schemaName) }
        } catch {
            throw Diagnostic(Self.scrub(error.message, settings: backend.settings))
        }
    }

    static let systemSchemas: Set<String> = ["pg_catalog", "information_schema"]

    func catalog() throws(Diagnostic) -> [String: Schema] {
        try relations().mapValues(\.schema)
    }

    func eventTypes() throws(Diagnostic) -> [String: [String]] {
        if let cachedEventTypes { return cachedEventTypes }
        do {
            let types = try backend.eventTypes()
            cachedEventTypes = types
            return types
        } catch {
            // An events relation the user may not read: its types are unknown, so `did TYPE` is not
            // checked against them, and a query that reads it fails with the server's own message;
            // every other query runs.
            if error.message.contains("SQLSTATE 42501") {
                cachedEventTypes = [:]
                return [:]
            }
            throw Diagnostic(Self.scrub(error.message, settings: backend.settings))
        }
    }

    func execute(_ plan: StatementPlan, control: ExecutionControl) throws(Diagnostic) -> [Table] {
        do throws(Diagnostic) {
            return try backend.execute(plan, control: control)
        } catch {
            // The catalogue is read once per connection; a relation or column dropped or renamed on the
            // server since then fails here, and the next statement binds against the catalogue afresh.
            if Self.changedCatalogueStates.contains(where: error.message.contains) {
                backend.refreshCatalogue()
                cachedEventTypes = nil
                throw Diagnostic(Self.scrub(error.message, settings: backend.settings),
                                 hint: "the server's relations changed since eq read them; eq has read them again")
            }
            throw Diagnostic(Self.scrub(error.message, settings: backend.settings), hint: error.hint)
        }
    }

    func explainSQL(_ plan: StatementPlan) throws(Diagnostic) -> String {
        let (query, finishing) = try Self.serverPart(plan)
        do {
            return try backend.compile(query, segments: plan.segments).explained + finishing
        } catch {
            throw Diagnostic(Self.scrub(error.message, settings: backend.settings))
        }
    }

    func copy(relation: String, context: EngagementContext, control: ExecutionControl) throws(Diagnostic)
        -> (table: Table, notes: [String]) {
        let relations = try self.relations()
        guard let found = relations[relation.lowercased()] else {
            let names = relations.values.map(\.name).sorted()
            let listed = names.prefix(20).joined(separator: ", ") + (names.count > 20 ? ", ... (\(names.count) in all)" : "")
            throw Diagnostic("\(backend.server) has no relation \"\(relation)\" in its search_path",
                             hint: Suggestion.hint(for: relation, in: names) ?? (names.isEmpty ? "it has none" : "relations: " + listed))
        }
        let schema = found.schema
        let plan = QueryPlan(root: .scan(table: found.name, columns: schema.columns), context: context,
                             outputColumns: schema.columns)
        let table: Table
        do {
            table = try backend.execute(plan, cancelled: control.isCancelled)
        } catch {
            throw Diagnostic(Self.scrub(error.message, settings: backend.settings))
        }
        var notes: [String] = []
        if !found.skippedColumns.isEmpty {
            let count = found.skippedColumns.count
            notes.append("left out \(count) column\(count == 1 ? "" : "s") of a type eq does not read: "
                         + found.skippedColumns.joined(separator: ", "))
        }
        if found.rowOrder.isEmpty {
            notes.append("\(found.name) has no primary key (nor eq_row): its rows are in the server's order, "
                         + "which another copy may not repeat")
        }
        return (table, notes)
    }

    func close() {
        backend.close()
    }

    /// Undefined table, undefined column: the server's catalogue is not the one eq bound against.
    static let changedCatalogueStates = ["SQLSTATE 42P01", "SQLSTATE 42703"]

    /// The query a statement plan compiles to, or why it cannot yet (by name), as `execute` refuses it.
    static func compilable(_ plan: StatementPlan) throws(Diagnostic) -> QueryPlan {
        switch plan.body {
        case .query(let query):
            if let name = SQLCompiler.unsupportedOperator(in: query.root) {
                throw Diagnostic("\(name) does not run on PostgreSQL yet")
            }
            return query
        case .asOf:
            throw Diagnostic("`as of` does not run on PostgreSQL yet")
        case .report:
            throw Diagnostic("reports do not run on PostgreSQL yet")
        }
    }

    /// What `explain sql` shows of a plan: with campaign steps, the part below the deepest of them (the
    /// SQL the server runs) and a line naming the steps eq's kernels finish over its rows.
    static func serverPart(_ plan: StatementPlan) throws(Diagnostic) -> (query: QueryPlan, finishing: String) {
        let query = try compilable(plan)
        var node: LogicalPlan? = query.root
        var below: LogicalPlan?
        var steps: [String] = []
        while let current = node {
            if case .campaign(let input, let step) = current {
                below = input
                steps.append(stepName(step))
            }
            node = current.input
        }
        guard let below else { return (query, "") }
        let part = QueryPlan(root: below, context: query.context, outputColumns: below.outputColumns)
        return (part, "-- then eq finishes over these rows: " + steps.reversed().joined(separator: ", ") + "\n")
    }

    static func stepName(_ step: CampaignStep) -> String {
        switch step {
        case .distinct: "distinct"
        case .holdout: "holdout"
        case .sample: "sample"
        }
    }

    /// A server's message never repeats the password, but a driver's might quote its configuration:
    /// any occurrence is masked before a message leaves the back end.
    static func scrub(_ message: String, settings: ConnectionSettings) -> String {
        guard let password = settings.password, !password.isEmpty else { return message }
        return message.replacing(password, with: "***")
    }
}
