import EQDiagnostics

/// The statements that choose where queries run: a PostgreSQL server or the local store.
public enum ConnectionStatement: Sendable {
    /// `connect "postgres://analyst@localhost:5432/crm"`: later statements bind against the server's
    /// catalogue and run there. `urlSpan` is the string's, where a connection failure is shown.
    case connect(url: String, urlSpan: SourceSpan)
    /// `disconnect`: back to the local store.
    case disconnect
    /// `copy users from postgres [as crm_users]`: the server's relation into the local store as a table.
    case copy(relation: Identifier, into: Identifier?)
}
