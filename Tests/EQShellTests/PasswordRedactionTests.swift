import EQDiagnostics
import EQEngine
import Testing

/// Passwords of connection URLs: masked byte for byte in diagnostics (the caret still points at the
/// same place), removed from what the history keeps.
struct PasswordRedactionTests {
    @Test(arguments: [
        (#"connect "postgres://ann:s3cr3t@db:5432/crm""#, #"connect "postgres://ann:******@db:5432/crm""#,
         #"connect "postgres://ann@db:5432/crm""#),
        (#"connect "postgresql://ann:p@ss:w@db/crm?sslmode=require""#, #"connect "postgresql://ann:******@db/crm?sslmode=require""#,
         #"connect "postgresql://ann@db/crm?sslmode=require""#),
        (".connect postgres://ann@db/crm?password=s3cr3t&sslmode=disable", ".connect postgres://ann@db/crm?password=******&sslmode=disable",
         ".connect postgres://ann@db/crm?sslmode=disable"),
        (".connect postgres://ann@db/crm?sslmode=disable&password=s3cr3t", ".connect postgres://ann@db/crm?sslmode=disable&password=******",
         ".connect postgres://ann@db/crm?sslmode=disable"),
        (#"connect "POSTGRES://ann:x@db" ; connect "postgres://bob:yy@db""#, #"connect "POSTGRES://ann:*@db" ; connect "postgres://bob:**@db""#,
         #"connect "POSTGRES://ann@db" ; connect "postgres://bob@db""#),
        // No password, nothing changes; an `@` in a path is no password.
        (#"connect "postgres://ann@db:5432/crm""#, #"connect "postgres://ann@db:5432/crm""#, #"connect "postgres://ann@db:5432/crm""#),
        ("users where email = \"a:b@c\" | count", "users where email = \"a:b@c\" | count", "users where email = \"a:b@c\" | count"),
    ])
    func masksAndRemoves(text: String, masked: String, removed: String) {
        #expect(PasswordRedaction.masked(text) == masked)
        #expect(PasswordRedaction.masked(text).utf8.count == text.utf8.count)
        #expect(PasswordRedaction.removed(text) == removed)
    }

    @Test func aDiagnosticOnAURLMasksItsSourceAndKeepsItsSpan() {
        let text = #"connect "postgres://ann:s3cr3t@127.0.0.1:1/crm""#
        let source = SourceFile(name: "query", text: text)
        let diagnostic = Diagnostic("PostgreSQL at 127.0.0.1:1: could not connect", source: source,
                                    span: SourceSpan(start: 8, end: text.utf8.count)).maskingPasswords
        let rendered = DiagnosticRenderer(useColor: false).render(diagnostic)
        #expect(!rendered.contains("s3cr3t"), "\(rendered)")
        #expect(rendered.contains("ann:******@127.0.0.1"), "\(rendered)")
        #expect(diagnostic.span == SourceSpan(start: 8, end: text.utf8.count))
    }
}
