import Dispatch
import EQBinder
import EQPlan
import EQStore
import EQTypes
import PostgresNIO
import Synchronization

/// Why something failed on the server side, worded for the user: it names the server (never the
/// password) and what went wrong; the session places it on the statement's span.
public struct PostgresBackendError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}

/// The PostgreSQL back end: runs an optimised `QueryPlan` on a server and returns the same result
/// table the local engine does.
///
/// The engine is synchronous, so every call waits on NIO futures from the calling thread (never an
/// event-loop thread), polling `cancelled` while it waits: a Ctrl-C sends `pg_cancel_backend` for this
/// connection's backend over a second connection, and the query fails with "cancelled".
public final class PostgresBackend: @unchecked Sendable {
    public let settings: ConnectionSettings
    let connection: PostgresConnection
    let backendPID: Int32
    private var relationCache: [String: PostgresRelation]?
    private let logger = PostgresBackend.quietLogger

    /// Only critical messages, which the driver does not send: eq reports failures itself.
    static var quietLogger: Logger {
        var logger = Logger(label: "eq.postgres")
        logger.logLevel = .critical
        return logger
    }

    public var server: String { settings.description }

    private init(settings: ConnectionSettings, connection: PostgresConnection, backendPID: Int32) {
        self.settings = settings
        self.connection = connection
        self.backendPID = backendPID
    }

    deinit {
        close()
    }

    /// Ends the connection; a second close does nothing.
    public func close() {
        guard !connection.isClosed else { return }
        _ = try? connection.close().wait()
    }

    /// Opens a connection. The session runs in UTC so dates of timestamps and `to_char` match the
    /// local engine; `search_path` from the URL picks the schemas relations are looked up in.
    public static func connect(_ settings: ConnectionSettings) throws(PostgresBackendError) -> PostgresBackend {
        let connection: PostgresConnection
        do {
            connection = try openConnection(settings)
        } catch {
            throw describe(error, server: settings)
        }
        let backend: PostgresBackend
        do {
            let rows = try connection.query(PostgresQuery(unsafeSQL: "SELECT pg_backend_pid()"), logger: quietLogger).wait()
            var pid: Int32 = 0
            for row in rows.rows { pid = try row.decode(Int32.self) }
            backend = PostgresBackend(settings: settings, connection: connection, backendPID: pid)
        } catch {
            _ = try? connection.close().wait()
            throw describe(error, server: settings)
        }
        return backend
    }

    static func openConnection(_ settings: ConnectionSettings) throws -> PostgresConnection {
        let tls: PostgresConnection.Configuration.TLS
        switch settings.sslMode {
        case .disable:
            tls = .disable
        case .prefer, .require:
            // libpq's prefer and require encrypt without checking the certificate.
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            tls = settings.sslMode == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        var configuration = PostgresConnection.Configuration(host: settings.host, port: settings.port, username: settings.user,
                                                             password: settings.password, database: settings.database, tls: tls)
        configuration.options.connectTimeout = .seconds(Int64(settings.connectTimeout))
        var parameters = [("TimeZone", "UTC"), ("application_name", "eq")]
        if let path = settings.searchPath { parameters.append(("search_path", path)) }
        configuration.options.additionalStartupParameters = parameters
        let opening = PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration,
                                                 id: 1, logger: quietLogger)
        // The driver's timeout covers the TCP connection only; a server (or anything listening on the
        // port) that never answers the start-up would hang eq, so the whole start-up gets the deadline,
        // as libpq's connect_timeout does.
        let outcome = Mutex<Result<PostgresConnection, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        opening.whenComplete { result in
            outcome.withLock { $0 = result }
            done.signal()
        }
        guard done.wait(timeout: .now() + .seconds(settings.connectTimeout)) == .success,
              let result = outcome.withLock({ $0 }) else {
            opening.whenSuccess { connection in
                let closing: EventLoopFuture<Void> = connection.close()
                _ = closing
            }
            throw PostgresBackendError(message: "PostgreSQL at \(settings.host):\(settings.port): no answer within "
                                       + "\(settings.connectTimeout) s (connect timeout; connect_timeout=N in the URL changes it)")
        }
        return try result.get()
    }

    /// A message for a failure: the server's own message and SQLSTATE, or what stopped the connection.
    static func describe(_ error: any Error, server: ConnectionSettings) -> PostgresBackendError {
        let prefix = "PostgreSQL at \(server.host):\(server.port)"
        if let own = error as? PostgresBackendError { return own }
        guard let error = error as? PSQLError else {
            return PostgresBackendError(message: "\(prefix): \(error)")
        }
        if let info = error.serverInfo, let message = info[.message] {
            var text = "\(prefix): \(message)"
            if let state = info[.sqlState] { text += " (SQLSTATE \(state))" }
            if let detail = info[.detail] { text += "; \(detail)" }
            return PostgresBackendError(message: text)
        }
        switch error.code {
        case .queryCancelled:
            return PostgresBackendError(message: "cancelled")
        case .authMechanismRequiresPassword:
            return PostgresBackendError(message: "\(prefix) asks for a password for \(server.user): give it in the URL, PGPASSWORD or ~/.pgpass")
        case .sslUnsupported:
            return PostgresBackendError(message: "\(prefix) does not accept TLS, and sslmode=\(server.sslMode.rawValue) requires it")
        case .connectionError:
            let cause = error.underlying.map { "\($0)" } ?? "no connection"
            if cause.contains("Connection refused") {
                return PostgresBackendError(message: "\(prefix): could not connect: connection refused (is the server running "
                                            + "and listening on that port?)")
            }
            if cause.contains("Connect timeout") {
                return PostgresBackendError(message: "\(prefix): could not connect: no answer within \(server.connectTimeout) s "
                                            + "(connect timeout; connect_timeout=N in the URL changes it)")
            }
            return PostgresBackendError(message: "\(prefix): could not connect (\(cause))")
        default:
            let cause = error.underlying.map { " (\($0))" } ?? ""
            return PostgresBackendError(message: "\(prefix): \(error.code)\(cause)")
        }
    }

    // MARK: Catalogue

    /// Every table, view and materialised view visible through `search_path`, by lower-cased name,
    /// with the columns whose types eq reads.
    public func relations() throws(PostgresBackendError) -> [String: PostgresRelation] {
        if let relationCache { return relationCache }
        let sql = """
            SELECT n.nspname::text, c.relname::text, a.attname::text, t.typname::text,
                   COALESCE((SELECT true FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary
                             AND a.attnum = ANY(i.indkey)), false)::text
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            JOIN pg_type t ON t.oid = a.atttypid
            WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND pg_table_is_visible(c.oid)
            ORDER BY c.relname, a.attnum
            """
        var result: [String: PostgresRelation] = [:]
        var keys: [String: [String]] = [:]
        for row in try fetchText(sql) {
            guard row.count == 5, let schema = row[0], let table = row[1], let column = row[2], let type = row[3] else { continue }
            let isKey = row[4] == "true"
            let name = table.lowercased()
            var relation = result[name] ?? PostgresRelation(schemaName: schema, name: table, columns: [], rowOrder: [])
            if column == PostgresRelation.rowOrderColumn {
                relation.rowOrder = [column]
            } else if let mapped = PostgresColumnType(rawValue: type) {
                relation.columns.append(PostgresColumn(name: column, type: mapped))
                if isKey { keys[name, default: []].append(column) }
            } else {
                relation.skippedColumns.append("\(column) (\(type))")
            }
            result[name] = relation
        }
        for (name, key) in keys where result[name]?.rowOrder.isEmpty == true { result[name]?.rowOrder = key }
        relationCache = result
        return result
    }

    /// Forgets the catalogue, after `copy` or DDL.
    public func refreshCatalogue() { relationCache = nil }

    /// The schemas eq binds against, by lower-cased name.
    public func catalog() throws(PostgresBackendError) -> [String: Schema] {
        try relations().mapValues(\.schema)
    }

    // MARK: Queries

    /// The SQL a plan runs as, for `explain sql`.
    public func compile(_ plan: QueryPlan, segments: [SegmentPlan] = [],
                        segmentIDs: [String: [Int64]] = [:]) throws(PostgresBackendError) -> CompiledQuery {
        do {
            return try SQLCompiler.compile(plan, segments: segments, segmentIDs: segmentIDs, relations: try relations())
        } catch let error as SQLCompileError {
            throw PostgresBackendError(message: error.message)
        } catch {
            throw PostgresBackendError(message: "\(error)")
        }
    }

    /// Runs a plan and returns its rows as a table, as `Executor.run` does locally. A plan with
    /// campaign steps runs on the server up to the last of them and is finished by eq's own kernels
    /// (`PostgresBackend+ClientSteps`); `note` hears what those left out.
    public func execute(_ plan: QueryPlan, segments: [SegmentPlan] = [], cancelled: @escaping @Sendable () -> Bool = { false },
                        note: @escaping @Sendable (String) -> Void = { _ in }) throws(PostgresBackendError) -> Table {
        let (viaSQL, ids) = try resolve(segments, cancelled: cancelled, note: note)
        return try run(plan, segments: viaSQL, segmentIDs: ids, cancelled: cancelled, note: note)
    }

    /// The segments that compile to SQL, and the ids of those with a campaign step, each run first (as
    /// a plan of its own, after the segments before it) so its ids can go to the server as one bind.
    func resolve(_ segments: [SegmentPlan], cancelled: @escaping @Sendable () -> Bool,
                 note: @escaping @Sendable (String) -> Void) throws(PostgresBackendError)
        -> (viaSQL: [SegmentPlan], ids: [String: [Int64]]) {
        var viaSQL: [SegmentPlan] = []
        var ids: [String: [Int64]] = [:]
        for segment in segments {
            guard Self.splitAtCampaignStep(segment.plan.root) != nil else {
                viaSQL.append(segment)
                continue
            }
            let rows = try run(segment.plan, segments: viaSQL, segmentIDs: ids, cancelled: cancelled,
                               note: { note("segment \(segment.name): " + $0) })
            ids[segment.name.lowercased()] = try Self.ids(of: rows, segment: segment.name)
        }
        return (viaSQL, ids)
    }

    /// `as of D` on the server: the query over the users as they were at the end of D. Segments with
    /// campaign steps go first, as for a query; campaign steps in the body itself are not cut yet.
    public func execute(_ asOf: AsOfPlan, segments: [SegmentPlan] = [],
                        cancelled: @escaping @Sendable () -> Bool = { false }) throws(PostgresBackendError) -> Table {
        if Self.splitAtCampaignStep(asOf.query.root) != nil {
            throw PostgresBackendError(message: "campaign steps with `as of` do not run on PostgreSQL yet")
        }
        let (viaSQL, ids) = try resolve(segments, cancelled: cancelled, note: { _ in })
        let compiled: CompiledQuery
        do {
            compiled = try SQLCompiler.compile(asOf, segments: viaSQL, segmentIDs: ids, relations: try relations())
        } catch let error as SQLCompileError {
            throw PostgresBackendError(message: error.message)
        } catch {
            throw PostgresBackendError(message: "\(error)")
        }
        let builder = TableBuilder(columns: compiled.columns)
        try stream(compiled, cancelled: cancelled) { row in try builder.append(row) }
        return builder.table(name: "result")
    }

    /// The ids a segment's rows hold, as the local engine takes them (its `id` column, nulls left out).
    static func ids(of table: Table, segment: String) throws(PostgresBackendError) -> [Int64] {
        guard let index = table.columnIndex(named: "id"), case .int(let values) = table.columns[index].storage else {
            throw PostgresBackendError(message: "segment \"\(segment)\" has no integer id column to match rows by")
        }
        let validity = table.columns[index].validity
        return values.indices.filter { validity.isValid($0) }.map { values[$0] }
    }

    /// A plan whose segments are resolved: those in `segments` as SQL, the others as ids.
    func run(_ plan: QueryPlan, segments: [SegmentPlan], segmentIDs: [String: [Int64]],
             cancelled: @escaping @Sendable () -> Bool, note: @escaping @Sendable (String) -> Void)
        throws(PostgresBackendError) -> Table {
        if let (server, client) = Self.splitAtCampaignStep(plan.root) {
            return try executeSplit(plan, segments: segments, segmentIDs: segmentIDs, server: server, client: client,
                                    cancelled: cancelled, note: note)
        }
        let compiled = try compile(plan, segments: segments, segmentIDs: segmentIDs)
        let builder = TableBuilder(columns: compiled.columns)
        try stream(compiled, cancelled: cancelled) { row in try builder.append(row) }
        return builder.table(name: "result")
    }

    /// Runs compiled SQL and hands each row, decoded into eq values, to `body` as it arrives: the
    /// extended protocol's row stream, so a long export never holds the whole result.
    public func stream(_ compiled: CompiledQuery, cancelled: @escaping @Sendable () -> Bool = { false },
                       _ body: @escaping @Sendable ([Value]) throws -> Void) throws(PostgresBackendError) {
        let types = compiled.columns.map(\.type)
        try run(Self.query(compiled), cancelled: cancelled) { row in
            var values: [Value] = []
            values.reserveCapacity(types.count)
            for (cell, type) in zip(row, types) { values.append(try Self.decode(cell, type)) }
            try body(values)
        }
    }

    static func query(_ compiled: CompiledQuery) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: compiled.binds.count)
        for value in compiled.binds {
            switch value {
            case .int(let number): bindings.append(number)
            case .double(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            case .bool(let flag): bindings.append(flag)
            case .textArray(let texts): bindings.append(texts)
            case .intArray(let ids): bindings.append(ids)
            }
        }
        return PostgresQuery(unsafeSQL: compiled.sql, binds: bindings)
    }

    static func decode(_ cell: PostgresCell, _ type: DataType) throws -> Value {
        guard cell.bytes != nil else { return .null }
        switch type {
        case .int: return .int(try cell.decode(Int64.self))
        case .double: return .double(try cell.decode(Double.self))
        case .bool: return .bool(try cell.decode(Bool.self))
        case .string: return .string(try cell.decode(String.self))
        case .date: return .date(Int32(clamping: try cell.decode(Int64.self)))
        case .timestamp: return .timestamp(try cell.decode(Int64.self))
        }
    }

    /// Runs a query, calling `onRow` on the event loop for each row, and waits for the end while
    /// watching for a cancel.
    func run(_ query: PostgresQuery, cancelled: @escaping @Sendable () -> Bool = { false },
             _ onRow: @escaping @Sendable (PostgresRow) throws -> Void) throws(PostgresBackendError) {
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        connection.query(query, logger: logger) { row in
            try onRow(row)
        }.whenComplete { result in
            if case .failure(let error) = result { failure.withLock { $0 = error } }
            done.signal()
        }
        var cancelSent = false
        while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if !cancelSent && cancelled() {
                cancelSent = true
                sendCancel()
            }
        }
        if let error = failure.withLock({ $0 }) {
            if cancelSent { throw PostgresBackendError(message: "cancelled") }
            if let own = error as? PostgresBackendError { throw own }
            throw Self.describe(error, server: settings)
        }
    }

    /// Cancels the running query: `pg_cancel_backend` for this connection's backend, sent over a
    /// second short-lived connection (the server answers the running query with SQLSTATE 57014).
    func sendCancel() {
        guard let second = try? Self.openConnection(settings) else { return }
        var bindings = PostgresBindings()
        bindings.append(backendPID)
        _ = try? second.query(PostgresQuery(unsafeSQL: "SELECT pg_cancel_backend($1::int4)", binds: bindings), logger: logger).wait()
        _ = try? second.close().wait()
    }

    /// Runs SQL of eq's own (DDL, COPY set-up in tests): no binds, no rows kept.
    public func execute(sql: String, cancelled: @escaping @Sendable () -> Bool = { false }) throws(PostgresBackendError) {
        try run(PostgresQuery(unsafeSQL: sql), cancelled: cancelled) { _ in }
        refreshCatalogue()
    }
}

/// Collects decoded rows into columns; appended to from the event loop, read once at the end.
final class TableBuilder: Sendable {
    private let columns: [Schema.Column]
    private let values: Mutex<[[Value]]>

    init(columns: [Schema.Column]) {
        self.columns = columns
        self.values = Mutex(Array(repeating: [], count: columns.count))
    }

    func append(_ row: [Value]) throws {
        values.withLock { values in
            for index in values.indices { values[index].append(index < row.count ? row[index] : .null) }
        }
    }

    func table(name: String) -> Table {
        let collected = values.withLock { $0 }
        let built = zip(columns, collected).map { column, values in Self.column(name: column.name, type: column.type, values: values) }
        return Table(name: name, columns: built)
    }

    static func column(name: String, type: DataType, values: [Value]) -> Column {
        Column(name: name, type: type, values: values)
    }
}
