import EQBackend
import EQBinder
import EQDiagnostics
import EQPlan
import EQStore
import EQTypes

/// A back end on a server that the session connects to (PostgreSQL). The engine knows it only through
/// this protocol, and the `eq` executable installs the implementation (`BackendConnector`), so no
/// driver, and nothing of NIO, is linked into the engine or the shell.
///
/// Besides running statement plans (`Backend`), a connected back end says what it holds, so the
/// session binds against the server's catalogue rather than the local tables, shows the text it would
/// send (`explain sql`), and copies a relation into the local store (`copy ... from postgres`).
/// Errors are diagnostics without a source; the session places them on the statement. None of them,
/// and no property here, ever holds the password.
public protocol ConnectedBackend: AnyObject, Backend where Output == [Table] {
    /// The server as messages show it, without the password: `postgres://analyst@localhost:5432/crm`.
    var server: String { get }
    /// The back end's name for people: `PostgreSQL`.
    var displayName: String { get }
    /// What the prompt shows while connected: the database's name.
    var promptName: String { get }
    /// The relations queries bind against, by lower-cased name.
    func catalog() throws(Diagnostic) -> [String: Schema]
    /// Event types per events relation, for `did TYPE`.
    func eventTypes() throws(Diagnostic) -> [String: [String]]
    /// `explain sql`: the text that would be sent and its numbered, typed bind parameters.
    func explainSQL(_ plan: StatementPlan) throws(Diagnostic) -> String
    /// `copy NAME from postgres`: every row of the relation, in its stable order, and notes on what could
    /// not be copied (columns of types eq does not read), which the session prints with their count.
    func copy(relation: String, context: EngagementContext, control: ExecutionControl) throws(Diagnostic)
        -> (table: Table, notes: [String])
    /// Ends the connection (`disconnect`, or `connect` to another server).
    func close()
}

/// Opens connected back ends from a URL.
public protocol BackendConnector: AnyObject {
    /// The back end's name for people: `PostgreSQL`.
    var displayName: String { get }
    /// Opens a connection and reads its catalogue. A failure names the server (without the password)
    /// and why: refused, timed out, authentication, unknown database.
    func connect(url: String, control: ExecutionControl) throws(Diagnostic) -> any ConnectedBackend
    /// `explain sql` without a connection: the SQL for the local tables as eq would copy them to a
    /// server (schema public, eq's own types, `eq_row` for the order).
    func explainSQL(_ plan: StatementPlan, localCatalog: [String: Schema]) throws(Diagnostic) -> String
}
