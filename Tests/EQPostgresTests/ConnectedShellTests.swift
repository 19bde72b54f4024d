import EQTestSupport
import Foundation
import Testing

/// The `eq` executable against the server Scripts/test starts: `--connect`, `connect`, `explain sql`,
/// `copy ... from postgres`, the refusals, the connection errors and the password's absence from every
/// output and from the history. Tests that need the server skip loudly without `EQ_TEST_POSTGRES_URL`
/// (and fail under CI), as the other PostgreSQL tests do; those that need none always run.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"),
       .serialized)
struct ConnectedShellTests {
    struct Outcome: CustomStringConvertible {
        var out: String
        var err: String
        var status: Int32
        var description: String { "status \(status)\n--- stdout\n\(out.prefix(3000))\n--- stderr\n\(err.prefix(3000))" }
    }

    static let dataDirectory = TestServer.goldenDirectory + "/data"
    static let password = "sekrit99pw"

    /// Runs the built eq with `arguments`; output through files, so a long one never blocks.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Outcome {
        let binary = try #require(PTYSession.eqBinary())
        let scratch = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let outPath = scratch + "/out", errPath = scratch + "/err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: scratch)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["EQ_HISTORY"] = ""
        environment["HOME"] = scratch
        environment["PGPASSWORD"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        process.waitUntilExit()
        return Outcome(out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                       err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "", status: process.terminationStatus)
    }

    /// The test server's URL with the reference tables loaded on it, or nil (skip or failure recorded).
    static func serverURL() async throws -> String? {
        guard try await ReferenceData.shared.loaded() != nil else { return nil }
        return TestServer.environment("EQ_TEST_POSTGRES_URL")
    }

    /// The same URL with a password in it (the test server trusts every local connection, so any
    /// password is accepted, and none may show anywhere).
    static func withPassword(_ url: String) -> String {
        url.replacing("postgres://eq@", with: "postgres://eq:\(password)@")
    }

    /// A loopback port nothing listens on: the kernel picks a free one for a socket closed at once.
    static func closedPort() -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int32(UInt16(bigEndian: address.sin_port))
    }

    /// A socket that accepts connections (the kernel's backlog) and never answers: a hung server.
    static func silentListener() -> (fd: Int32, port: Int32) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = listen(fd, 8)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return (fd, Int32(UInt16(bigEndian: address.sin_port)))
    }

    // MARK: Queries on the server

    /// `--connect`: golden queries give byte for byte the CSV the local engine gives over the same data.
    @Test func connectedQueriesGiveTheLocalCSV() async throws {
        guard let url = try await Self.serverURL() else { return }
        let queries = ["users where status = at_risk and role = student | count",
                       "users where did login at least 3 times last 30 days | top 10 by last_login_at | show id, name, last_login_at",
                       "users | count by stage",
                       "users where name = \"x'); drop table users; --\" | count",
                       // Segments are id semi-joins; holdout is finished by eq's own kernel over the server's rows.
                       "let keen = users where score > 50\nusers where in keen | count by role",
                       "users where role = student | holdout 10% as control seed 7 | count by group"]
        for query in queries {
            let local = try Self.run(["--data", Self.dataDirectory, "--today", "2024-06-30", "--format", "csv", "-c", query])
            let server = try Self.run(["--connect", url, "--today", "2024-06-30", "--format", "csv", "-c", query])
            #expect(local.status == 0 && server.status == 0, "\(query)\n\(local)\n\(server)")
            #expect(server.out == local.out, "\(query)\n--- local\n\(local.out)\n--- server\n\(server.out)")
            #expect(!server.out.isEmpty)
        }
        let count = try Self.run(["--connect", url, "--format", "csv", "-c", "users | count"])
        #expect(count.out == "count\n2000\n", "\(count)")
    }

    /// `connect "URL"` sends the statements after it to the server, `disconnect` back to the local
    /// store (the demo data here: 50,000 users against the server's 2,000).
    @Test func theConnectStatementAndDisconnect() async throws {
        guard let url = try await Self.serverURL() else { return }
        let outcome = try Self.run(["--format", "csv", "-c", "users | count\nconnect \"\(url)\"\nusers | count\n.connect\ndisconnect\nusers | count"])
        #expect(outcome.status == 0, "\(outcome)")
        let server = url.split(separator: "?")[0]
        let lines = outcome.out.split(separator: "\n").map(String.init)
        #expect(lines == ["count", "50000", "count", "2000", "back end: PostgreSQL at \(server)", "count", "50000"], "\(outcome)")
    }

    /// `explain sql` prints the SQL and its typed binds without running anything: against the server's
    /// catalogue, and without a connection against the local tables as eq would copy them; both are
    /// the statement explain_sql.test records, since the test server holds the tables as eq copies them.
    @Test func explainSQLShowsTheGoldenSQL() async throws {
        let golden = GoldenFile(path: ExplainSQLTests.path, text: try readText(ExplainSQLTests.path))
        let cases = golden.cases.filter { ["status-is-a-timestamp-range", "string-filter-and-sort"].contains($0.name) }
        #expect(cases.count == 2)
        for goldenCase in cases {
            let offline = try Self.run(["--data", Self.dataDirectory, "--today", "2024-06-30", "-c", "explain sql " + goldenCase.statements])
            #expect(offline.status == 0 && offline.out == goldenCase.expected + "\n", "\(goldenCase.name)\n\(offline)")
            #expect(offline.out.contains("-- $1 "), "\(offline)")
        }
        // Campaign steps: the SQL of what the server runs, and the steps eq finishes over its rows.
        let holdout = try Self.run(["--data", Self.dataDirectory, "-c", "explain sql users | holdout 10% as control seed 7 | count by group"])
        #expect(holdout.status == 0 && holdout.out.hasSuffix("-- then eq finishes over these rows: holdout\n"), "\(holdout)")
        let segment = try Self.run(["--data", Self.dataDirectory, "-c", "let keen = users where score > 50\nexplain sql users where in keen | count"])
        #expect(segment.status == 0 && segment.out.contains("IN (SELECT"), "\(segment)")
        guard let url = try await Self.serverURL() else { return }
        for goldenCase in cases {
            let connected = try Self.run(["--connect", url, "--today", "2024-06-30", "-c", "explain sql " + goldenCase.statements])
            #expect(connected.status == 0 && connected.out == goldenCase.expected + "\n", "\(goldenCase.name)\n\(connected)")
        }
    }

    /// `copy users from postgres as NAME` makes a local table with the server's rows, types, nulls and
    /// UTC microseconds: after `disconnect`, local queries on it give what the local engine gives on the
    /// same data, and `.schema` shows the catalogue's types.
    @Test func copyFromPostgresMakesALocalTable() async throws {
        guard let url = try await Self.serverURL() else { return }
        let copied = try Self.run(["--today", "2024-06-30", "--format", "csv", "-c", """
            connect "\(url)"
            copy users from postgres as crm_users
            copy events from postgres
            disconnect
            crm_users where did login at least 3 times last 30 days | show id, name, last_login_at, last_email_at
            crm_users | count by stage
            """])
        let local = try Self.run(["--data", Self.dataDirectory, "--today", "2024-06-30", "--format", "csv", "-c", """
            users where did login at least 3 times last 30 days | show id, name, last_login_at, last_email_at
            users | count by stage
            """])
        #expect(copied.status == 0 && local.status == 0, "\(copied)\n\(local)")
        #expect(copied.out == local.out, "--- copied\n\(copied.out)\n--- local\n\(local.out)")
        #expect(copied.out.split(separator: "\n").count > 10)
        let schema = try Self.run(["--connect", url, "-c", "copy users from postgres\ndisconnect\n.schema users\nusers | count"])
        #expect(schema.status == 0, "\(schema)")
        #expect(schema.out.contains("last_login_at") && schema.out.contains("timestamp") && schema.out.contains("2000"), "\(schema)")
        let notConnected = try Self.run(["-c", "copy users from postgres"])
        #expect(notConnected.status == 1 && notConnected.err.contains("needs a connection") && notConnected.err.contains("query:1:1"),
                "\(notConnected)")
    }

    /// What cannot run on the server yet is refused by its name, at its span, and nothing runs locally.
    @Test func refusedStatementsNameThemselves() async throws {
        guard let url = try await Self.serverURL() else { return }
        let cases: [(statement: String, message: String, location: String)] = [
            ("retention monthly since 2024-01", "`retention` (a report) does not run on PostgreSQL yet", "query:1:1"),
            ("users | funnel login -> login within 7 days", "`funnel` does not run on PostgreSQL yet", "query:1:9"),
            ("explain transitions status from 2024-05-31 to 2024-06-30", "`transitions` does not run on PostgreSQL yet", "query:1:9"),
            ("users | count by status as of 2024-05-31", "`as of` does not run on PostgreSQL yet", "query:1:31"),
            ("explain analyze users | count", "`explain analyze` does not run on PostgreSQL yet", "query:1:1"),
            ("transitions status from 2024-05-31 to 2024-06-30", "`transitions` does not run on PostgreSQL yet", "query:1:1"),
        ]
        for (statement, message, location) in cases {
            let outcome = try Self.run(["--connect", url, "--today", "2024-06-30", "-c", statement])
            #expect(outcome.status == 1 && outcome.out.isEmpty, "\(statement)\n\(outcome)")
            #expect(outcome.err.contains("error: " + message) && outcome.err.contains("--> " + location), "\(statement)\n\(outcome)")
            #expect(outcome.err.contains("^"), "\(outcome)")
        }
        // What the SQL compiler refuses after binding is named too, on the statement.
        let nps = try Self.run(["--connect", url, "--today", "2024-06-30", "-c", "users | count\nusers | nps score"])
        #expect(nps.status == 1 && nps.err.contains("nps does not run on PostgreSQL yet") && nps.err.contains("--> query:2:1"),
                "\(nps)")
    }

    // MARK: Passwords and connection errors

    /// The password never shows: not in `.connect`, the banner's description, a failure's message, nor
    /// the source line under a failure (masked there, so the caret still points at the URL).
    @Test func thePasswordIsNeverPrinted() async throws {
        let refused = "postgres://eq:\(Self.password)@127.0.0.1:\(Self.closedPort())/postgres?sslmode=disable"
        let failure = try Self.run(["-c", "connect \"\(refused)\""])
        #expect(failure.status == 1 && !failure.err.contains(Self.password) && !failure.out.contains(Self.password), "\(failure)")
        #expect(failure.err.contains("eq:" + String(repeating: "*", count: Self.password.count) + "@127.0.0.1"), "\(failure)")
        // After a meta-command, a script's statements keep their own line numbers, masked or not.
        let script = try Self.run(["-c", ".mode csv\nusers | count\nconnect \"\(refused)\""])
        #expect(script.status == 1 && script.err.contains("--> query:3:9") && !script.err.contains(Self.password), "\(script)")
        let option = try Self.run(["--connect", refused, "-c", "users | count"])
        #expect(option.status == 2 && !option.err.contains(Self.password), "\(option)")
        #expect(option.err.contains("127.0.0.1:"), "\(option)")
        guard let url = try await Self.serverURL() else { return }
        let connected = try Self.run(["--connect", Self.withPassword(url), "-c", ".connect\nusers | count\nretention monthly since 2024-01"])
        #expect(connected.out.contains("back end: PostgreSQL at postgres://eq@127.0.0.1:"), "\(connected)")
        #expect(!connected.out.contains(Self.password) && !connected.err.contains(Self.password), "\(connected)")
        let statement = try Self.run(["--keep-going", "-c", "connect \"\(Self.withPassword(url))\"\nusers | holdout 10%\nfoo | count"])
        #expect(!statement.out.contains(Self.password) && !statement.err.contains(Self.password), "\(statement)")
    }

    /// Against a role that must log in with a password (a line for it alone put first in the test
    /// server's pg_hba.conf): the password is taken from the URL, PGPASSWORD or ~/.pgpass; a wrong one
    /// or none is a clear error naming the server and the user, and never shows the password.
    @Test func passwordsComeFromTheURLPGPASSWORDOrPgpass() async throws {
        guard let url = try await Self.serverURL(), let backend = try await ReferenceData.shared.loaded() else { return }
        let role = "eq_pw_user", right = "Right-pw-4711", wrong = "wrong-pw-0815"
        // Again in one server (a test run twice): the role's grants go first, or it cannot be dropped.
        try backend.execute(sql: "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(role)') THEN "
                                 + "EXECUTE 'DROP OWNED BY \(role)'; END IF; END $$")
        try backend.execute(sql: "DROP ROLE IF EXISTS \(role)")
        try backend.execute(sql: "CREATE ROLE \(role) LOGIN PASSWORD '\(right)'")
        try backend.execute(sql: "GRANT SELECT ON users TO \(role)")
        let hbaFile = try #require(try backend.fetchText("SHOW hba_file").first?.first ?? nil)
        let original = try String(contentsOfFile: hbaFile, encoding: .utf8)
        try ("host all \(role) 127.0.0.1/32 scram-sha-256\n" + original).write(toFile: hbaFile, atomically: false, encoding: .utf8)
        defer {
            try? original.write(toFile: hbaFile, atomically: false, encoding: .utf8)
            _ = try? backend.fetchText("SELECT pg_reload_conf()::text")
        }
        _ = try backend.fetchText("SELECT pg_reload_conf()::text")
        let plain = url.replacing("postgres://eq@", with: "postgres://\(role)@")
        let inURL = url.replacing("postgres://eq@", with: "postgres://\(role):\(right)@")
        let query = ["--format", "csv", "-c", "users | count"]
        let fromURL = try Self.run(["--connect", inURL] + query)
        #expect(fromURL.status == 0 && fromURL.out == "count\n2000\n", "\(fromURL)")
        let fromEnvironment = try Self.run(["--connect", plain] + query, environment: ["PGPASSWORD": right])
        #expect(fromEnvironment.status == 0 && fromEnvironment.out == "count\n2000\n", "\(fromEnvironment)")
        let home = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try "# eq test\n*:*:*:\(role):\(right)\n".write(toFile: home + "/.pgpass", atomically: false, encoding: .utf8)
        chmod(home + "/.pgpass", 0o600)
        let fromFile = try Self.run(["--connect", plain] + query, environment: ["HOME": home])
        #expect(fromFile.status == 0 && fromFile.out == "count\n2000\n", "\(fromFile)")
        let bad = try Self.run(["-c", "connect \"\(url.replacing("postgres://eq@", with: "postgres://\(role):\(wrong)@"))\""])
        #expect(bad.status == 1 && bad.err.contains("password authentication failed for user \"\(role)\"")
                && bad.err.contains("PostgreSQL at 127.0.0.1:") && bad.err.contains("--> query:1:9"), "\(bad)")
        #expect(!bad.err.contains(wrong) && !bad.out.contains(wrong), "\(bad)")
        // An events relation the role may not read keeps none of its other queries from running; one
        // that reads it fails with the server's message, on the statement.
        let events = try Self.run(["--connect", inURL, "--keep-going", "-c", "users where did login | count\nusers | count"])
        #expect(events.status == 1 && events.out.contains("2000") && events.err.contains("permission denied for table events")
                && events.err.contains("--> query:1:1"), "\(events)")
        let none = try Self.run(["--connect", plain] + query)
        #expect(none.status == 2 && none.err.contains("asks for a password for \(role)") && none.err.contains("PGPASSWORD"), "\(none)")
    }

    /// A refused port, an unknown database, a server that never answers and a URL that is none: each a
    /// message naming the server (never the password) on the statement's span, and the statements
    /// after it still run.
    @Test func connectionErrorsNameTheServerAndTheSpan() async throws {
        let port = Self.closedPort()
        let refused = try Self.run(["--keep-going", "--format", "csv", "-c",
                                    "connect \"postgres://eq:\(Self.password)@127.0.0.1:\(port)/crm\"\nusers | count"])
        #expect(refused.status == 1 && refused.err.contains("PostgreSQL at 127.0.0.1:\(port)") && refused.err.contains("--> query:1:9"),
                "\(refused)")
        #expect(refused.err.contains("refused"), "\(refused)")
        #expect(refused.out == "count\n50000\n", "\(refused)")
        let listener = Self.silentListener()
        defer { close(listener.fd) }
        let silent = try Self.run(["--keep-going", "--format", "csv", "-c",
                                   "connect \"postgres://eq@127.0.0.1:\(listener.port)/crm?connect_timeout=1&sslmode=disable\"\nusers | count"])
        #expect(silent.status == 1 && silent.err.contains("PostgreSQL at 127.0.0.1:\(listener.port)")
                && silent.err.contains("--> query:1:9") && silent.err.lowercased().contains("timeout"), "\(silent)")
        #expect(silent.out == "count\n50000\n", "\(silent)")
        let badURL = try Self.run(["-c", "connect \"http://eq@localhost/crm\""])
        #expect(badURL.status == 1 && badURL.err.contains("starts with postgres://") && badURL.err.contains("--> query:1:9"), "\(badURL)")
        let badOption = try Self.run(["--connect", "localhost:5432", "-c", "users | count"])
        #expect(badOption.status == 2 && badOption.err.contains("starts with postgres://") && badOption.out.isEmpty, "\(badOption)")
        guard let url = try await Self.serverURL() else { return }
        let unknown = url.replacing("/postgres?", with: "/no_such_database?")
        let database = try Self.run(["--keep-going", "-c", "connect \"\(unknown)\"\n.connect"])
        #expect(database.status == 1 && database.err.contains("database \"no_such_database\" does not exist")
                && database.err.contains("--> query:1:9"), "\(database)")
        #expect(database.out.contains("back end: local store"), "\(database)")
        // A failed `connect` leaves the open connection, and says so.
        let second = try Self.run(["--connect", url, "--keep-going", "-c", "connect \"\(unknown)\"\n.connect"])
        #expect(second.status == 1 && second.err.contains("still connected to postgres://eq@127.0.0.1:"), "\(second)")
        #expect(second.out.contains("back end: PostgreSQL at postgres://eq@127.0.0.1:"), "\(second)")
    }

    /// At a terminal: the prompt names the server while connected, `copy` says how many rows came,
    /// and the history file keeps the `connect` line and `.connect` without the password.
    @Test func theHistoryNeverHoldsThePassword() async throws {
        guard let url = try await Self.serverURL(), let backend = try await ReferenceData.shared.loaded() else { return }
        try backend.execute(sql: "DROP TABLE IF EXISTS eq_shell_gone")
        try backend.execute(sql: "CREATE TABLE eq_shell_gone (id int8 PRIMARY KEY)")
        let home = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let history = home + "/history"
        let shell = try PTYSession(executable: try #require(PTYSession.eqBinary()), arguments: ["--connect", Self.withPassword(url)],
                                   environment: ["TERM": "xterm", "HOME": home, "EQ_HISTORY": history, "PATH": "/usr/bin:/bin",
                                                 "NO_COLOR": "1"])
        defer { shell.terminate() }
        // The banner names the server without the password; the prompt names the database.
        #expect(shell.waitFor("eq postgres:postgres> ", timeout: 60), "\(shell.transcript())")
        #expect(shell.transcript().contains("connected to PostgreSQL at postgres://eq@127.0.0.1:"), "\(shell.transcript())")
        #expect(!shell.transcript().contains(Self.password), "\(shell.transcript())")
        var mark = shell.mark
        // Tab offers the server's relations while connected (this one exists only there).
        #expect(shell.wait(timeout: 30) { $0.isReadingKeys })
        // The line editor redraws only the completed tail, so the proof is that the query runs: the
        // uncompleted `eq_shell_go` would be an unknown table.
        shell.send("eq_shell_go" + PTYSession.Key.tab)
        #expect(shell.waitFor("ne ", after: mark, timeout: 30), "\(shell.transcript(after: mark))")
        shell.send("| count" + PTYSession.Key.enter)
        #expect(shell.waitFor("└", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        #expect(!shell.transcript(after: mark).contains("error"), "\(shell.transcript(after: mark))")
        // A server-side failure of a running statement is placed on the statement, and the shell goes on.
        try backend.execute(sql: "DROP TABLE eq_shell_gone")
        mark = shell.mark
        shell.send("eq_shell_gone | count" + PTYSession.Key.enter)
        #expect(shell.waitFor("relation \"public.eq_shell_gone\" does not exist", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        #expect(shell.waitFor("--> query:1:1", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        mark = shell.mark
        shell.send("disconnect" + PTYSession.Key.enter)
        #expect(shell.waitFor("eq demo> ", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        mark = shell.mark
        shell.send("connect \"\(Self.withPassword(url))\"" + PTYSession.Key.enter)
        #expect(shell.waitFor("eq postgres:postgres> ", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        #expect(shell.transcript(after: mark).contains("connected to PostgreSQL at postgres://eq@127.0.0.1:"))
        mark = shell.mark
        shell.send("copy users from postgres as crm_users" + PTYSession.Key.enter)
        #expect(shell.waitFor("2,000 rows", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        mark = shell.mark
        shell.send(".connect \(Self.withPassword(url))" + PTYSession.Key.enter)
        #expect(shell.waitFor("connected to PostgreSQL", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        mark = shell.mark
        shell.send("disconnect" + PTYSession.Key.enter)
        #expect(shell.waitFor("eq demo> ", after: mark, timeout: 60), "\(shell.transcript(after: mark))")
        shell.send(".quit" + PTYSession.Key.enter)
        #expect(shell.waitForExit(timeout: 60) == 0, "\(shell.transcript())")
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(!saved.contains(Self.password), "\(saved)")
        #expect(saved.contains("connect \"\(url)\""), "\(saved)")
        #expect(saved.contains(".connect \(url)"), "\(saved)")
    }
}

enum TemporaryDirectory {
    static func make() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eq-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
