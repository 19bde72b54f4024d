import EQBinder
import EQDiagnostics
import EQPlan
import EQSyntax
import EQTypes
import PostgresNIO
import Synchronization

extension PostgresBackend {
    /// Event types per events relation (a relation with a `user_id` key and a type column), for the
    /// binder's `did TYPE` resolution, as the local session gathers them from its tables.
    public func eventTypes() throws(PostgresBackendError) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for (key, relation) in try relations() where relation.schema.keyColumn != nil {
            guard let column = ["type", "event_type", "event", "name"].first(where: { name in
                relation.columns.contains { $0.name.lowercased() == name }
            }), let stored = relation.columns.first(where: { $0.name.lowercased() == column }) else { continue }
            let table = SQLCompiler.quoteIdentifier(relation.schemaName) + "." + SQLCompiler.quoteIdentifier(relation.name)
            let name = SQLCompiler.quoteIdentifier(stored.name)
            let rows = try fetchText("SELECT DISTINCT (\(name))::text FROM \(table) WHERE \(name) IS NOT NULL ORDER BY 1 LIMIT 10000")
            result[key] = rows.compactMap { $0.first ?? nil }
        }
        return result
    }

    /// Binds, plans and optimises a query against the server's catalogue: the relations visible
    /// through `search_path`, typed from `pg_type`.
    public func plan(_ query: Query, source: SourceFile, context: EngagementContext,
                     parameters: [String: String] = [:]) throws(Diagnostic) -> QueryPlan {
        let catalog: [String: Schema]
        let types: [String: [String]]
        do {
            catalog = try self.catalog()
            types = try eventTypes()
        } catch {
            throw Diagnostic(error.message, source: source, span: query.span)
        }
        var binder = Binder(catalog: catalog, context: context, source: source, parameters: parameters)
        binder.eventTypes = types
        return Optimizer.optimize(Planner.plan(try binder.bind(query)))
    }

    /// Runs SQL and returns every cell as text (nil for null): for eq's own catalogue queries and
    /// for tests that read `EXPLAIN`.
    public func fetchText(_ sql: String, binds: [SQLBind] = []) throws(PostgresBackendError) -> [[String?]] {
        let rows = Mutex<[[String?]]>([])
        try run(Self.query(CompiledQuery(sql: sql, binds: binds, columns: []))) { row in
            var values: [String?] = []
            for cell in row { values.append(cell.bytes == nil ? nil : try cell.decode(String.self)) }
            rows.withLock { $0.append(values) }
        }
        return rows.withLock { $0 }
    }
}
