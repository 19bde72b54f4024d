import EQEngine
import EQPostgres
import EQStore
import EQTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The server Scripts/test starts (`EQ_TEST_POSTGRES_URL`). Without it the tests that need one fail
/// under CI and print a loud skip elsewhere: never a silent pass.
enum TestServer {
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static var settings: ConnectionSettings? {
        guard let url = environment("EQ_TEST_POSTGRES_URL"), !url.isEmpty else {
            if environment("CI") == "true" {
                Issue.record("CI=true but EQ_TEST_POSTGRES_URL is not set: Scripts/test starts the PostgreSQL server the tests need")
            } else {
                print("""
                    ##########################################################################
                    # SKIPPED: PostgreSQL back-end test (no EQ_TEST_POSTGRES_URL; run         #
                    # Scripts/test, or Scripts/postgres-server and export the URL it prints)  #
                    ##########################################################################
                    """)
            }
            return nil
        }
        do {
            return try ConnectionSettings.parse(url)
        } catch {
            Issue.record("EQ_TEST_POSTGRES_URL is not a connection URL: \(error.message)")
            return nil
        }
    }

    /// A new connection to the test server, or nil (with the skip or failure recorded).
    static func connect() throws -> PostgresBackend? {
        guard let settings else { return nil }
        return try PostgresBackend.connect(settings)
    }

    static let goldenDirectory: String = {
        var path = #filePath
        while let last = path.last, last != "/" { path.removeLast() }
        return path + "../GoldenTests/Golden"
    }()
}

/// The reference tables (Tests/GoldenTests/Golden/data) copied to the server once per test process,
/// with COPY, as `users` and `events`.
actor ReferenceData {
    static let shared = ReferenceData()
    /// One load for every test (the actor is re-entered while the first awaits the copy); a failed
    /// load fails every test that needs the data, not only the first.
    private var loading: Task<PostgresBackend?, any Error>?

    func loaded() async throws -> PostgresBackend? {
        if let loading { return try await loading.value }
        let task = Task<PostgresBackend?, any Error> {
            guard let connected = try TestServer.connect() else { return nil }
            do {
                for table in try GoldenRunner.referenceTables(dataDirectory: TestServer.goldenDirectory + "/data") {
                    try await connected.upload(table, as: table.name)
                }
            } catch {
                throw PostgresBackendError(message: "loading the reference tables into PostgreSQL failed: \(String(reflecting: error))")
            }
            return connected
        }
        loading = task
        return try await task.value
    }
}
