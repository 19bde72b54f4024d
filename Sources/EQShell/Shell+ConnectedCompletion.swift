import EQEngine
import EQTypes

extension Shell {
    /// While connected, Tab offers the server's relations, columns and event types, which queries bind
    /// against, instead of the local store's; and no values, since the local columns' values are not
    /// the server's. A catalogue that cannot be read leaves the local offers.
    func applyConnection(to catalog: inout CompletionCatalog) {
        guard let connection = session.connection, let schemas = try? connection.catalog() else { return }
        catalog.tables = schemas.values.sorted { $0.name < $1.name }.map { CompletionCatalog.TableInfo($0) }
        if let types = try? connection.eventTypes() {
            catalog.eventTypes = Set(types.values.joined()).sorted()
        }
        catalog.values = { [session] _, column in session.lifecycleLabels(named: column) }
    }
}
