import Testing
@testable import EQShell

/// Which words Tab offers in each context. `‸` in a case's line marks the cursor.
struct CompletionEngineTests {
    static var catalog: CompletionCatalog {
        var catalog = CompletionCatalog()
        catalog.tables = [
            .init(name: "users", columns: ["id", "name", "role", "country", "score", "joined_at", "last_login_at",
                                           "email_opt_in"],
                  derivedColumns: ["status", "stage", "days_inactive", "cohort"], booleanColumns: ["email_opt_in"]),
            .init(name: "events", columns: ["user_id", "at", "type", "channel"], derivedColumns: ["cohort"]),
        ]
        catalog.values = { table, column in
            switch (table, column) {
            case ("users", "role"): ["admin", "alumni", "employer", "staff", "student"]
            case ("users", "country"): ["DE", "United Kingdom", "US"]
            default: nil
            }
        }
        catalog.metaCommands = MetaCommand.all.map { ($0.name, $0.argument) }
        catalog.helpTopics = MetaCommand.helpTopics
        catalog.formats = ["csv", "json", "line", "ndjson", "table"]
        catalog.listDirectory = { path in
            switch path {
            case "": [.init(name: "data", isDirectory: true), .init(name: "weekly.eq", isDirectory: false),
                      .init(name: ".hidden", isDirectory: false)]
            case "data/": [.init(name: "users.csv", isDirectory: false), .init(name: "events.ndjson", isDirectory: false)]
            default: []
            }
        }
        return catalog
    }

    static let cases: [(line: String, candidates: [String])] = [
        ("‸", ["active users", "clients", "cohorts", "events", "explain", "let", "load", "registrations", "retention",
              "save segments", "segments", "set", "status history", "stickiness", "trend", "users"]),
        ("users where not ‸", ["cohort", "country", "days_inactive", "did", "email_opt_in", "id", "in", "joined_at",
                               "last_login_at", "name", "role", "score", "stage", "status"]),
        ("us‸", ["users"]),
        ("users wh‸", ["where"]),
        ("users ‸", ["before", "between", "last", "since", "where"]),
        ("users |‸", ["avg", "before", "between", "chart", "count", "distinct", "export", "holdout", "last", "limit", "max",
                      "min", "preview", "sample", "show", "since", "sort", "sum", "top", "where"]),
        ("users where st‸", ["stage", "status"]),
        ("users where ro‸", ["role"]),
        ("users where role = st‸", ["staff", "student"]),
        ("users where role = \"st‸", ["staff\"", "student\""]),
        ("users where role in (admin, st‸", ["staff", "student"]),
        ("users where country = Un‸", ["\"United Kingdom\""]),
        ("users where status = at‸", ["at_risk"]),
        ("users where stage = inactive_1‸", ["inactive_1m", "inactive_1w"]),
        ("users where email_opt_in = t‸", ["true"]),
        ("users where status = active and da‸", ["days_inactive"]),
        ("users where not co‸", ["cohort", "country"]),
        ("users where name co‸", ["contains"]),
        ("users where name starts w‸", ["with"]),
        ("users where last_email_at is n‸", ["not null", "null"]),
        ("users | count by co‸", ["cohort", "country"]),
        ("users | count by role, st‸", ["stage", "status"]),
        ("users | show id, na‸", ["name"]),
        ("users | sort ‸", ["by"]),
        ("users | top 10 ‸", ["by"]),
        ("users | count, a‸", ["avg"]),
        ("users | cou‸", ["count"]),
        ("users | count d‸", ["distinct"]),
        ("events where ty‸", ["type"]),
        ("events where type = ‸", []),
        ("USERS WH‸", ["WHERE"]),
        ("users; ev‸", ["events"]),
        ("explain us‸", ["users"]),
        ("set act‸", ["active_days"]),
        ("load users ‸", ["from"]),
        ("load users from \"‸", ["data/", "weekly.eq\""]),
        ("load users from \"data/u‸", ["data/users.csv\""]),
        ("load users from \"data/users.csv\" ‸", ["as", "dateformat", "delimiter", "key", "time", "with"]),
        (".‸", MetaCommand.all.map { "." + $0.name }.sorted()),
        (".ta‸", [".tables"]),
        ("  .sch‸", [".schema"]),
        (".schema e‸", ["events"]),
        (".mode j‸", ["json"]),
        (".timer o‸", ["off", "on"]),
        (".help sy‸", ["syntax"]),
        (".read w‸", ["weekly.eq"]),
        (".output \"da‸", ["data/"]),
        (".load users fr‸", ["from"]),
        ("users where name = \"Jo‸", []),
        ("users -- a comment‸", []),
    ]

    @Test(arguments: cases)
    func candidates(line: String, candidates: [String]) {
        let text = line.replacing("‸", with: "")
        let cursor = line.split(separator: "‸", omittingEmptySubsequences: false)[0].utf8.count
        let result = CompletionEngine(catalog: Self.catalog).complete(text, cursor: cursor)
        #expect((result?.candidates ?? []) == candidates, "\(line)")
    }

    @Test func replacedRangeCoversTheWordBeforeTheCursor() {
        let result = CompletionEngine(catalog: Self.catalog).complete("users where ro = x", cursor: 14)
        #expect(result?.range == 12..<14)
        #expect(result?.candidates == ["role"])
    }

    @Test func offsetsAreUTF8BytesAfterAccentedText() {
        let text = "users where name = \"José\" and ro"
        let result = CompletionEngine(catalog: Self.catalog).complete(text, cursor: text.utf8.count)
        #expect(result?.range == (text.utf8.count - 2)..<text.utf8.count)
        #expect(result?.candidates == ["role"])
    }

    @Test func directoriesKeepTheCursorInsideThePath() {
        let result = CompletionEngine(catalog: Self.catalog).complete("load u from \"da", cursor: 15)
        #expect(result?.candidates == ["data/"])
        #expect(result?.appendsSpace == false)
        #expect(result?.range == 13..<15)
    }

    @Test func commonPrefixExtendsAnAmbiguousWord() {
        #expect(CompletionResult.commonPrefix(of: ["inactive_1m", "inactive_1w"]) == "inactive_1")
        #expect(CompletionResult.commonPrefix(of: ["staff", "student"]) == "st")
        #expect(CompletionResult.commonPrefix(of: ["José", "Josh"]) == "Jos")
    }
}
