import Testing
@testable import EQShell

/// Which words Tab offers in each context. `‸` in a case's line marks the cursor.
struct CompletionEngineTests {
    static var catalog: CompletionCatalog {
        var catalog = CompletionCatalog()
        catalog.tables = [
            .init(name: "users", columns: ["id", "name", "role", "country", "score", "joined_at", "last_login_at",
                                           "email_opt_in"],
                  derivedColumns: ["status", "stage", "days_inactive", "cohort"], booleanColumns: ["email_opt_in"],
                  kinds: ["id": .number, "name": .text, "role": .text, "country": .text, "score": .number,
                          "joined_at": .time, "last_login_at": .time]),
            .init(name: "events", columns: ["user_id", "at", "type", "channel"], derivedColumns: ["cohort"]),
        ]
        catalog.segments = [("reachable", "users"), ("contacted", "users")]
        catalog.eventTypes = ["email_click", "login", "purchase"]
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
        ("‸", ["active users", "clients", "cohorts", "connect", "contacted", "copy", "define", "disconnect", "events",
              "explain", "explain analyze", "explain sql", "funnel", "let", "load", "load snapshot", "reachable", "registrations", "retention", "save segments",
              "save snapshot", "segments", "set", "status history", "stickiness", "transitions", "trend", "users"]),
        ("users where not ‸", ["cohort", "country", "days_inactive", "did", "email_opt_in", "id", "in", "joined_at",
                               "last_login_at", "name", "role", "score", "stage", "status"]),
        ("us‸", ["users"]),
        ("users wh‸", ["where"]),
        ("users ‸", ["after", "as of", "before", "between", "last", "since", "where"]),
        ("users |‸", ["after", "avg", "before", "between", "chart", "count", "distinct", "export", "funnel", "holdout", "last",
                      "limit", "max", "median", "min", "nps", "percentile", "preview", "sample", "share", "show", "since", "sort",
                      "sum", "top", "where"]),
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
        ("load users from \"data/users.csv\" ‸", ["as", "columns", "dateformat", "delimiter", "key", "time", "with"]),
        ("save snapshot \"da‸", ["data/"]),
        ("load snapshot \"data/u‸", ["data/users.csv\""]),
        ("load snapshot \"data/users.csv\" ‸", []),
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
        // Issue 14: names wherever the grammar allows one.
        ("rea‸", ["reachable"]),
        ("explain rea‸", ["reachable"]),
        ("reachable where ro‸", ["role"]),
        ("let x = ‸", ["contacted", "events", "reachable", "users"]),
        ("let x = users | count by status | where c‸", ["count"]),
        ("users where in ‸", ["contacted", "reachable"]),
        ("users where status = active and not in r‸", ["reachable"]),
        ("users where role not in ‸", []),
        ("users | chart ‸", ["bar", "heatmap", "line", "stacked"]),
        ("users | count by status | chart b‸", ["bar"]),
        ("users | count by status | where ‸", ["count", "did", "first", "in", "last", "not", "status"]),
        ("users | count by status | where c‸", ["count"]),
        ("users | count by status | where count ‸", ["in", "is not null", "is null", "not"]),
        ("users | count, avg score, count distinct role by country | sort by ‸",
         ["avg_score", "count", "count_distinct_role", "country"]),
        ("users | show id, score | where s‸", ["score"]),
        ("users | holdout 10% into grp | where g‸", ["grp"]),
        ("users | holdout 10% | count by g‸", ["group"]),
        ("cohorts ‸", ["after", "at_risk", "before", "between", "distribution", "from", "last", "registrations",
                      "retention", "since", "status", "vs previous period", "where"]),
        ("cohorts status from 2024-01 ‸", ["to"]),
        ("registrations ‸", ["daily", "monthly", "quarterly", "weekly"]),
        ("trend ‸", ["active users", "events", "new users", "registrations", "users"]),
        ("retention monthly since 2024-01 where ro‸", ["role"]),
        ("status history monthly since 2024-01 | chart ‸", ["bar", "heatmap", "line", "stacked"]),
        ("users where did ‸", ["email_click", "login", "not", "purchase"]),
        ("users where did not l‸", ["login"]),
        ("users where first ‸", ["email_click", "login", "purchase"]),
        ("users where role = student and last p‸", ["purchase"]),
        ("users where did login ‸", ["after", "and", "at least", "at most", "before", "between", "exactly", "last", "or",
                                     "since"]),
        ("users where score ‸", ["in", "is not null", "is null", "not"]),
        ("users where days_inactive ‸", ["in", "is not null", "is null", "not"]),
        ("users where name ‸", ["contains", "ends with", "in", "is not null", "is null", "like", "matches", "not",
                                "starts with"]),
        ("users where status ‸", ["changed", "contains", "ends with", "in", "is not null", "is null", "like", "matches", "not",
                                "starts with"]),
        ("users where joined_at ‸", ["after", "before", "between", "is not null", "is null", "last", "since"]),
        ("users where email_opt_in ‸", ["and", "is not null", "is null", "or"]),
        ("users where name not ‸", ["contains", "ends with", "in", "starts with"]),
        ("users where score not ‸", ["in"]),
        ("users | distinct name ‸", ["exact"]),
        ("users | distinct ‸", ["cohort", "country", "days_inactive", "email_opt_in", "id", "joined_at", "last_login_at",
                                "name", "role", "score", "stage", "status"]),
        ("users | count distinct role ‸", ["by"]),
        ("users | holdout 10% ‸", ["as", "into", "seed"]),
        ("users | holdout 10% as control ‸", ["into", "seed"]),
        ("users | holdout 10% as control seed 7 i‸", ["into"]),
        ("users | holdout 10% as ‸", []),
        ("users | sample 5% ‸", ["seed"]),
        ("users | export \"a.csv\" ‸", ["overwrite", "raw"]),
        ("users | export \"a.csv\" (id, na‸", ["name"]),
        ("users | sort by score ‸", ["asc", "desc"]),
        // Funnels: event types after `funnel` and `->`, alone or as a step; then `->`/`within`, a unit,
        // the time clauses and `by`, and a column after `by` (issue 14).
        ("funnel ‸", ["email_click", "login", "purchase"]),
        ("funnel email_click -> ‸", ["email_click", "login", "purchase"]),
        ("funnel email_click->p‸", ["purchase"]),
        ("users where role = student | funnel l‸", ["login"]),
        ("users | funnel login -> ‸", ["email_click", "login", "purchase"]),
        ("funnel login ‸", ["->", "within"]),
        ("funnel login -> purchase within 14 ‸", ["days", "hours", "months", "weeks"]),
        ("funnel login -> purchase within 14 days ‸", ["after", "before", "between", "by", "last", "since"]),
        ("funnel login -> purchase within 14 days by r‸", ["role"]),
        ("funnel login -> purchase within 14 days | where ‸", ["did", "event", "first", "from_first", "from_previous",
                                                                "in", "last", "median_days_from_previous", "not", "step",
                                                                "users"]),
        (".help exp‸", ["expanded", "explain", "explain analyze", "explain sql", "export"]),
        (".conn‸", [".connect"]),
        ("con‸", ["connect", "contacted"]),
        (".help act‸", ["active users"]),
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

    /// With a lifecycle defined (it is one of the users' derived columns): `transitions` offers the
    /// columns with past values, then `from`, `to` and the clauses; `changed` follows a lifecycle too,
    /// but never a stored column, `cohort` or `days_inactive`.
    @Test(arguments: [
        ("transitions ‸", ["journey", "stage", "status"]),
        ("transitions jo‸", ["journey"]),
        ("transitions journey ‸", ["from"]),
        ("transitions journey from 2024-05-31 ‸", ["to"]),
        ("transitions journey from 2024-05-31 to 2024-06-30 ‸", ["after", "as of", "before", "between", "last", "since",
                                                                 "where"]),
        ("transitions status from 2024-05-31 to 2024-06-30 where ro‸", ["role"]),
        ("users where journey ‸", ["changed", "contains", "ends with", "in", "is not null", "is null", "like", "matches",
                                   "not", "starts with"]),
        ("users where cohort c‸", ["contains"]),
        ("users where role c‸", ["contains"]),
    ])
    func lifecyclesHavePastValues(line: String, candidates: [String]) {
        var catalog = Self.catalog
        catalog.tables[0].derivedColumns.append("journey")
        let text = line.replacing("‸", with: "")
        let cursor = line.split(separator: "‸", omittingEmptySubsequences: false)[0].utf8.count
        let result = CompletionEngine(catalog: catalog).complete(text, cursor: cursor)
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
