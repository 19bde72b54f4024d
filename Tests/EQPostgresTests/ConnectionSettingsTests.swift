import EQPostgres
import Testing

#if canImport(Glibc)
import Glibc
#endif

struct ConnectionSettingsTests {
    @Test func urlPartsAndOptions() throws {
        let settings = try ConnectionSettings.parse(
            "postgres://analyst:p%40ss@db.example:6543/crm?sslmode=require&connect_timeout=3&search_path=crm,public",
            environment: [:])
        #expect(settings.user == "analyst")
        #expect(settings.password == "p@ss")
        #expect(settings.host == "db.example")
        #expect(settings.port == 6543)
        #expect(settings.database == "crm")
        #expect(settings.sslMode == .require)
        #expect(settings.connectTimeout == 3)
        #expect(settings.searchPath == "crm,public")
        // What messages and history show: never the password.
        #expect(settings.description == "postgres://analyst@db.example:6543/crm")
        #expect(!"\(settings)".contains("p@ss") && !"\(settings)".contains("p%40ss"))
    }

    @Test func passwordFromTheEnvironmentThenPgpass() throws {
        let fromEnvironment = try ConnectionSettings.parse("postgres://a@h/db", environment: ["PGPASSWORD": "env-secret"])
        #expect(fromEnvironment.password == "env-secret")
        let path = "/tmp/eq-pgpass-\(getpid())"
        let file = try #require(fopen(path, "w"))
        fputs("# comment\nother:5432:db:a:wrong\nh:5432:db:a:pass\\:word\n*:*:*:*:fallback\n", file)
        fclose(file)
        defer { unlink(path) }
        #expect(try ConnectionSettings.parse("postgres://a@h/db", environment: [:], passwordFile: path).password == "pass:word")
        #expect(try ConnectionSettings.parse("postgres://b@h:1/x", environment: [:], passwordFile: path).password == "fallback")
        #expect(try ConnectionSettings.parse("postgres://a:url@h/db", environment: ["PGPASSWORD": "env"], passwordFile: path).password == "url")
    }

    @Test func badURLsAreExplained() {
        #expect(throws: SQLCompileError.self) { try ConnectionSettings.parse("mysql://x", environment: [:]) }
        #expect(throws: SQLCompileError.self) { try ConnectionSettings.parse("postgres://h:99999/db", environment: [:]) }
        #expect(throws: SQLCompileError.self) { try ConnectionSettings.parse("postgres://h/db?sslmode=maybe", environment: [:]) }
        #expect(throws: SQLCompileError.self) { try ConnectionSettings.parse("postgres://h/db?frobnicate=1", environment: [:]) }
    }
}
