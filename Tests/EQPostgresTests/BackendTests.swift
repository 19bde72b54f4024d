import Synchronization
import EQBackend
import EQBinder
import EQDiagnostics
import EQEngine
import EQOutput
import EQPlan
import EQPostgres
import EQStore
import EQSyntax
import EQTestSupport
import EQTypes
import Testing

/// Plans a statement against the server's own catalogue, as `--connect` does.
func serverPlan(_ text: String, _ backend: PostgresBackend, today: Int32 = CivilDate.days(year: 2024, month: 6, day: 30)) throws -> QueryPlan {
    let source = SourceFile(name: "query", text: text)
    guard case .success(let statement)? = Parser.parseStatements(source).first, case .query(let query) = statement.kind else {
        throw PostgresBackendError(message: "not a query: \(text)")
    }
    return try backend.plan(query, source: source, context: EngagementContext(today: today))
}

extension PostgresBackend {
    /// Runs several `;`-separated statements of a test's own set-up SQL, one at a time (the extended
    /// protocol takes one statement per query).
    func executeAll(_ script: String) throws {
        for statement in script.split(separator: ";") where !statement.allSatisfy({ $0 == " " || $0 == "\n" }) {
            try execute(sql: String(statement))
        }
    }
}

func csv(_ table: Table) -> String { ResultRenderer.render(table, options: RenderOptions(format: .csv)) }

@Suite(.serialized) struct PostgresBackendTests {
    /// A hostile string is a bind value: no rows, nothing dropped, and the SQL text never holds it.
    @Test func injectionIsABindValueNotSQL() async throws {
        guard let backend = try await ReferenceData.shared.loaded() else { return }
        let hostile = "x'); drop table users; --"
        let plan = try serverPlan("users where name = \"\(hostile)\" | count", backend)
        let compiled = try backend.compile(plan)
        #expect(!compiled.sql.contains("drop table"))
        #expect(compiled.binds.contains(.text(hostile)))
        #expect(csv(try backend.execute(plan)) == "count\n0\n")
        #expect(csv(try backend.execute(try serverPlan("users | count", backend))) == "count\n2000\n")
        // A hostile name of a column is quoted, not run either.
        #expect(SQLCompiler.quoteIdentifier("a\"; drop table users; --") == "\"a\"\"; drop table users; --\"")
    }

    /// `status = at_risk` and `did login last 30 days` compile to ranges on the timestamp itself, so
    /// PostgreSQL answers them from an index on it.
    @Test func engagementRewritesUseAnIndex() async throws {
        guard let backend = try await ReferenceData.shared.loaded() else { return }
        try backend.execute(sql: "CREATE INDEX IF NOT EXISTS users_last_login_at ON users (last_login_at)")
        try backend.execute(sql: "CREATE INDEX IF NOT EXISTS events_user_type_at ON events (user_id, type, at)")
        try backend.executeAll("ANALYZE users; ANALYZE events")
        try backend.execute(sql: "SET enable_seqscan = off")
        defer { try? backend.execute(sql: "SET enable_seqscan = on") }
        for text in ["users where status = at_risk | count", "users where last_login_at since 2024-06-01 | show id",
                     "users where days_inactive < 10 | count"] {
            let compiled = try backend.compile(try serverPlan(text, backend))
            #expect(compiled.sql.contains("\"last_login_at\"") || compiled.sql.contains(".c8 >= $"), "\(compiled.sql)")
            let lines = try backend.fetchText("EXPLAIN " + compiled.sql, binds: compiled.binds).compactMap { $0.first ?? nil }
            let plan = lines.joined(separator: "\n")
            #expect(plan.contains("Index Scan using users_last_login_at") || plan.contains("Bitmap Index Scan on users_last_login_at")
                    || plan.contains("Index Only Scan using users_last_login_at"), "\(text)\n\(plan)")
        }
        let events = try backend.compile(try serverPlan("users where did login at least 3 times last 30 days | count", backend))
        #expect(events.sql.contains("EXISTS (SELECT 1 FROM \"public\".\"events\""), "\(events.sql)")
        #expect(events.sql.contains("GROUP BY"), "\(events.sql)")
    }

    /// Every catalogue type maps to its eq type, nulls stay null, and time zones are normalised to UTC.
    @Test func typesMapFromTheCatalogue() async throws {
        guard let backend = try await ReferenceData.shared.loaded() else { return }
        try backend.executeAll("""
            DROP TABLE IF EXISTS eq_types;
            CREATE TABLE eq_types (eq_row int8, a int2, b int4, c int8, d numeric(12,3), e float8, f bool, g text,
                                   h varchar(20), i date, j timestamp, k timestamptz);
            INSERT INTO eq_types VALUES
              (1, 1, 2, 9000000000, 1.5, 0.25, true, 'x', 'y', '2024-02-29', '2024-06-30 23:59:59.123456',
               '2024-07-01 01:30:00+02'),
              (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
              (3, -32768, -2147483648, -9223372036854775808, -0.001, -1e300, false, 'é"''', '', '0001-01-01',
               '1969-12-31 23:59:59.999999', '2024-01-01 00:00:00-08');
            """)
        let relation = try #require(try backend.relations()["eq_types"])
        #expect(relation.rowOrder == ["eq_row"])
        #expect(relation.schema.columns.map(\.type) == [.int, .int, .int, .double, .double, .bool, .string, .string, .date,
                                                       .timestamp, .timestamp])
        let table = try backend.execute(try serverPlan("eq_types", backend))
        #expect(csv(table) == """
            a,b,c,d,e,f,g,h,i,j,k
            1,2,9000000000,1.5,0.25,true,x,y,2024-02-29,2024-06-30 23:59:59.123456,2024-06-30 23:30:00
            ,,,,,,,,,,
            -32768,-2147483648,-9223372036854775808,-0.001,-1e+300,false,"é""'","",0001-01-01,1969-12-31 23:59:59.999999,2024-01-01 08:00:00

            """)
        // citext is read as text when the extension is there (it is in Debian's postgresql-contrib).
        if (try? backend.execute(sql: "CREATE EXTENSION IF NOT EXISTS citext")) != nil {
            try backend.executeAll("DROP TABLE IF EXISTS eq_citext; CREATE TABLE eq_citext (eq_row int8, email citext); INSERT INTO eq_citext VALUES (1, 'A@x'), (2, NULL)")
            #expect(try backend.relations()["eq_citext"]?.schema.columns.map(\.type) == [.string])
            #expect(csv(try backend.execute(try serverPlan("eq_citext where email = \"A@x\"", backend))) == "email\nA@x\n")
        }
        // Filters on each temporal type compare in UTC.
        #expect(csv(try backend.execute(try serverPlan("eq_types where k since 2024-01-01 | count", backend))) == "count\n2\n")
        #expect(csv(try backend.execute(try serverPlan("eq_types where i before 2024-01-01 | count", backend))) == "count\n1\n")
        #expect(csv(try backend.execute(try serverPlan("eq_types where j since 2024-06-30 | count", backend))) == "count\n1\n")
    }

    /// The relation is found through `search_path`: a schema chosen in the URL wins over public.
    @Test func searchPathPicksTheSchema() async throws {
        guard let backend = try await ReferenceData.shared.loaded(), var settings = TestServer.settings else { return }
        try backend.executeAll("""
            CREATE SCHEMA IF NOT EXISTS crm; DROP TABLE IF EXISTS crm.users;
            CREATE TABLE crm.users (eq_row int8, id int8); INSERT INTO crm.users VALUES (1, 7), (2, 8)
            """)
        settings.searchPath = "crm"
        let other = try PostgresBackend.connect(settings)
        #expect(csv(try other.execute(try serverPlan("users | count", other))) == "count\n2\n")
        #expect(other.server.contains("@") && !other.server.contains("password"))
    }

    /// Failures name the server, never the password, and say what went wrong.
    @Test func errorsNameTheServer() async throws {
        guard var settings = TestServer.settings else { return }
        var wrongPort = settings
        wrongPort.port = 1
        wrongPort.connectTimeout = 5
        do {
            _ = try PostgresBackend.connect(wrongPort)
            Issue.record("connected to port 1")
        } catch {
            #expect(error.message.contains("PostgreSQL at \(settings.host):1"), "\(error.message)")
            #expect(error.message.contains("could not connect"), "\(error.message)")
        }
        var wrongDatabase = settings
        wrongDatabase.database = "no_such_database"
        wrongDatabase.password = "s3cret-password"
        do {
            _ = try PostgresBackend.connect(wrongDatabase)
            Issue.record("connected to a missing database")
        } catch {
            #expect(error.message.contains("no_such_database"), "\(error.message)")
            #expect(!error.message.contains("s3cret-password"))
        }
        settings.password = nil
        let backend = try PostgresBackend.connect(settings)
        do {
            try backend.execute(sql: "SELECT 1 / 0")
            Issue.record("division by zero succeeded")
        } catch {
            #expect(error.message.contains("division by zero"), "\(error.message)")
            #expect(error.message.contains("SQLSTATE 22012"), "\(error.message)")
        }
        // The connection stays usable after a server error.
        #expect(try backend.fetchText("SELECT 'ok'") == [["ok"]])
    }

    /// A cancel during a long query stops it on the server and leaves the connection usable.
    @Test func cancelStopsTheServerQuery() async throws {
        guard let settings = TestServer.settings else { return }
        let backend = try PostgresBackend.connect(settings)
        let flag = CancellationFlag()
        flag.cancel()
        do {
            try backend.execute(sql: "SELECT pg_sleep(30)", cancelled: { flag.isCancelled })
            Issue.record("pg_sleep(30) was not cancelled")
        } catch {
            #expect(error.message == "cancelled", "\(error.message)")
        }
        #expect(try backend.fetchText("SELECT 'still here'") == [["still here"]])
    }

    /// Rows arrive as a stream: a million-row export grows the peak resident memory far less than
    /// holding the rows would.
    @Test func exportStreamsRowsInFlatMemory() async throws {
        guard let settings = TestServer.settings else { return }
        let backend = try PostgresBackend.connect(settings)
        try backend.executeAll("DROP VIEW IF EXISTS eq_many; CREATE VIEW eq_many AS SELECT g AS id, repeat('x', 100) || g AS name, g * 0.5 AS score FROM generate_series(1, 1200000) AS g")
        let plan = try serverPlan("eq_many", backend)
        let compiled = try backend.compile(plan)
        let before = PeakMemory.highWaterKilobytes()
        let counter = RowCounter()
        try backend.stream(compiled) { row in counter.add(row.count) }
        let after = PeakMemory.highWaterKilobytes()
        #expect(counter.rows == 1_200_000)
        // Holding 1.2M rows of three values as eq values would take well over 100 MB.
        #expect(after - before < 60_000, "peak RSS grew by \(after - before) kB while streaming 1.2M rows")
    }
}

final class RowCounter: @unchecked Sendable {
    private(set) var rows = 0
    func add(_ columns: Int) { rows += 1 }
}

enum PeakMemory {
    /// VmHWM from /proc/self/status, in kilobytes.
    static func highWaterKilobytes() -> Int {
        guard let text = try? readText("/proc/self/status") else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}

/// The PostgreSQL back end answers through the same protocol as the local one, and refuses by name
/// what its compiler does not cover rather than answering part of a statement.
@Suite(.serialized) struct PostgresBackendProtocolTests {
    @Test func aQueryRunsThroughTheBackendProtocol() async throws {
        guard let postgres = try await ReferenceData.shared.loaded() else { return }
        let backend: any Backend<[Table]> = postgres
        #expect(backend.name == "postgres")
        let plan = try serverPlan("users where role = student | count", postgres)
        let tables = try backend.execute(StatementPlan(body: .query(plan)), control: ExecutionControl())
        #expect(tables.map(csv) == [csv(try postgres.execute(plan))])
        #expect(throws: Diagnostic.self) {
            try backend.execute(StatementPlan(segments: [SegmentPlan(name: "s", plan: plan)], body: .query(plan)),
                                control: ExecutionControl())
        }
    }

    /// Campaign steps run on the client over the server's rows, by eq's own kernels: the same ids in
    /// each holdout group and sample as the local engine, the same first row per `distinct` value, and
    /// what they left out told through the control's notes. What would need more than those rows after
    /// a campaign step (an event condition) is refused by name.
    @Test func campaignStepsFinishOnTheClient() async throws {
        guard let postgres = try await ReferenceData.shared.loaded() else { return }
        let session = try GoldenRunner.session(dataDirectory: TestServer.goldenDirectory + "/data")
        for text in ["users | holdout 10% as control seed 7 | count by group",
                     "users where role = student | sample 25 seed 3 | show id, email",
                     "users | distinct role | show id, role",
                     "users | distinct email | holdout 20% seed 1 | sample 50% seed 2 | sort by id desc | limit 5"] {
            let plan = try serverPlan(text, postgres)
            let source = SourceFile(name: "query", text: text)
            guard case .success(let statement)? = Parser.parseStatements(source).first else { continue }
            let local: Table
            switch try session.execute(statement, source: source) {
            case .result(let table), .annotated(let table, _): local = table
            default: Issue.record("no table for \(text)"); continue
            }
            let notes = Mutex<[String]>([])
            let remote = try postgres.execute(plan, note: { line in notes.withLock { $0.append(line) } })
            #expect(csv(remote) == csv(local), "\(text)")
            if text.contains("distinct role") {
                #expect(notes.withLock { $0 } == ["dropped 1995 rows repeating an earlier role (compared ignoring case and surrounding spaces)"])
            }
        }
        #expect(throws: PostgresBackendError.self) {
            try postgres.execute(try serverPlan("users | sample 10 seed 1 | where did login | count", postgres))
        }
    }
}
