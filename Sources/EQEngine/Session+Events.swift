import EQStore

extension Session {
    /// The event types each events table (one with a key column) holds, by lower-cased table name, so
    /// the binder can reject `did logn` with a suggestion instead of answering "nobody".
    public var eventTypes: [String: [String]] {
        var types: [String: [String]] = [:]
        for (key, table) in tables where table.keyColumn != nil {
            for name in ["type", "event_type", "event", "name"] {
                guard table.columnIndex(named: name) != nil else { continue }
                if let values = distinctValues(table: key, column: name, limit: 10_000) { types[key] = values }
                break
            }
        }
        return types
    }
}
