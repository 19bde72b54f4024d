import EQEngine
import EQTypes

extension Shell {
    /// While connected, Tab offers the server's relations, columns and event types, which queries bind
    /// against, instead of the local store's; and no values, since the local columns' values are not
    /// the server's. A catalogue that cannot be read leaves the local offers.
    func applyConnection(to catalog: inout CompletionCatalog) {
        guard let connection = session.connection, let schemas = try? connection.catalog() else { return }
        catalog.tables = schemas.values.sorted { $0.name < $1.name }.map { schema in
            var derived: [String] = []
            if schema.lastSeenColumn != nil { derived += ["status", "stage", "days_inactive"] }
            if schema.timeColumn != nil { derived.append("cohort") }
            var kinds: [String: CompletionCatalog.ColumnKind] = [:]
            for column in schema.columns {
                switch column.type {
                case .string: kinds[column.name.lowercased()] = .text
                case .int, .double: kinds[column.name.lowercased()] = .number
                case .date, .timestamp: kinds[column.name.lowercased()] = .time
                case .bool: kinds[column.name.lowercased()] = .boolean
                }
            }
            let booleans = schema.columns.filter { $0.type == .bool }.map { $0.name.lowercased() }
            return CompletionCatalog.TableInfo(name: schema.name, columns: schema.columns.map(\.name), derivedColumns: derived,
                                               booleanColumns: Set(booleans), kinds: kinds)
        }
        if let types = try? connection.eventTypes() {
            catalog.eventTypes = Set(types.values.joined()).sorted()
        }
        catalog.values = { [session] _, column in session.lifecycleLabels(named: column) }
    }
}
