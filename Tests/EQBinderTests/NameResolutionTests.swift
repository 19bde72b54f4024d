import EQDiagnostics
import EQSyntax
import EQTypes
import Testing
@testable import EQBinder

@Suite("Binder: names, values and types")
struct NameResolutionTests {
    typealias F = Fixture

    @Test("table and column names are case-insensitive and keep the schema's spelling")
    func caseInsensitiveNames() throws {
        let bound = try F.bind("USERS WHERE Score >= 5")
        #expect(bound.table == "users")
        guard case .filter(let expr) = bound.steps[0] else { Issue.record("no filter"); return }
        #expect(expr == .compare(F.column("score"), .ge, .int(5)))
        #expect(try F.condition("users where COUNTRY = \"US\"") == .compare(F.column("country"), .eq, .string("US")))
    }

    @Test("a number on the left is flipped onto the column")
    func flippedComparison() throws {
        #expect(try F.condition("users where 5 < score") == .compare(F.column("score"), .gt, .int(5)))
        #expect(try F.condition("users where 5 >= score") == .compare(F.column("score"), .le, .int(5)))
    }

    @Test("derived columns resolve to their source column", arguments: [
        ("status = active", BoundExpr.compare(F.derived(.status), .eq, .string("active"))),
        ("STATUS = at_risk", .compare(F.derived(.status), .eq, .string("at_risk"))),
        ("stage = inactive_2w", .compare(F.derived(.stage), .eq, .string("inactive_2w"))),
        ("cohort = 2024-03", .compare(F.derived(.cohort), .eq, .string("2024-03"))),
        ("cohort = \"2024-03\"", .compare(F.derived(.cohort), .eq, .string("2024-03"))),
        ("days_inactive >= 45", .compare(F.derived(.daysInactive), .ge, .int(45))),
    ])
    func derivedColumns(condition: String, expected: BoundExpr) throws {
        #expect(try F.condition("users where " + condition) == expected)
    }

    @Test("derived columns have the right sources and types")
    func derivedColumnShapes() {
        #expect(F.derived(.status).ref == .derived(.status, from: 4))
        #expect(DerivedColumn.daysInactive.type == .int)
        #expect(DerivedColumn.cohort.type == .string)
        #expect(DerivedColumn.status.values == ["active", "at_risk", "inactive"])
    }

    @Test("status, stage and days_inactive need a last-login column", arguments: ["status = active", "stage = active", "days_inactive > 3"])
    func derivedNeedLastLogin(condition: String) throws {
        for table in ["events", "plain"] {
            let diagnostic = try #require(try F.bindError("\(table) where \(condition)"))
            let name = String(condition.split(separator: " ")[0])
            #expect(diagnostic.message == "\"\(name)\" needs a last-login column (last_login_at, last_seen_at, ...), and this relation has none")
            #expect(diagnostic.hint == "declare one with `set last_seen = COLUMN`")
            let span = try #require(diagnostic.span)
            #expect(diagnostic.source?.text(of: span) == name)
        }
    }

    @Test("cohort needs a time column: events has one, plain has none")
    func cohortNeedsTimeColumn() throws {
        #expect(try F.bindError("events where cohort = 2024-03") == nil)
        let diagnostic = try #require(try F.bindError("plain where cohort = 2024-03"))
        #expect(diagnostic.message == "\"cohort\" needs a time column (joined_at, created_at, at, ...), and this relation has none")
        #expect(diagnostic.hint == "declare one with `load ... time COLUMN`")
    }

    @Test("an unknown column names itself, suggests the closest name and points at it")
    func unknownColumn() throws {
        let diagnostic = try #require(try F.bindError("users where stauts = active"))
        #expect(diagnostic.message == "unknown column \"stauts\"")
        #expect(diagnostic.hint == "did you mean \"status\"?")
        #expect(diagnostic.span == SourceSpan(start: 12, end: 18))
        #expect(diagnostic.locationText == "query:1:13")

        let score = try #require(try F.bindError("users | sort by scroe desc"))
        #expect(score.message == "unknown column \"scroe\"")
        #expect(score.hint == "did you mean \"score\"?")
        #expect(score.span == SourceSpan(start: 16, end: 21))

        let nothingClose = try #require(try F.bindError("users | show id, zzzzzzzz"))
        #expect(nothingClose.message == "unknown column \"zzzzzzzz\"")
        #expect(nothingClose.hint == nil)
    }

    @Test("an unknown table suggests the closest table, or lists them all")
    func unknownTable() throws {
        let close = try #require(try F.bindError("usres | count"))
        #expect(close.message == "unknown table \"usres\"")
        #expect(close.hint == "did you mean \"users\"?")
        #expect(close.span == SourceSpan(start: 0, end: 5))

        let far = try #require(try F.bindError("zzzzzzzzzz | count"))
        #expect(far.hint == "tables: events, plain, users")

        let (query, source) = try F.query("users")
        #expect(throws: Diagnostic.self) {
            try Binder(catalog: [:], context: F.context, source: source).bind(query)
        }
        do {
            _ = try Binder(catalog: [:], context: F.context, source: source).bind(query)
        } catch {
            #expect(error.hint == "no tables are loaded")
        }
    }

    @Test("a bare word on the right is a string unless it names a column")
    func bareWords() throws {
        #expect(try F.condition("users where role = student") == .compare(F.column("role"), .eq, .string("student")))
        #expect(try F.condition("users where role = \"student\"") == .compare(F.column("role"), .eq, .string("student")))
        #expect(try F.condition("users where student = role") == .compare(F.column("role"), .eq, .string("student")))
        #expect(try F.condition("users where role in (student, \"alumni\")")
                == .inList(F.column("role"), [.string("student"), .string("alumni")], negated: false))
        #expect(try F.condition("users where role = country") == .compareColumns(F.column("role"), .eq, F.column("country")))
        #expect(try F.condition("users where email_opt_in = true") == .compare(F.column("email_opt_in"), .eq, .bool(true)))
        // On a non-string column a bare word can only be a misspelt column.
        let diagnostic = try #require(try F.bindError("users where score = scroe"))
        #expect(diagnostic.message == "unknown column \"scroe\"")
        #expect(diagnostic.hint == "did you mean \"score\"?")
    }

    @Test("a bare boolean column is a condition; any other column is not")
    func bareColumnCondition() throws {
        #expect(try F.condition("users where email_opt_in") == .compare(F.column("email_opt_in"), .eq, .bool(true)))
        #expect(try F.condition("users where not email_opt_in") == .not(.compare(F.column("email_opt_in"), .eq, .bool(true))))
        let diagnostic = try #require(try F.bindError("users where score"))
        #expect(diagnostic.message == "\"score\" is int, not a condition")
    }

    @Test("numbers convert to the column's type")
    func numericLiterals() throws {
        #expect(try F.condition("users where balance > 3") == .compare(F.column("balance"), .gt, .double(3)))
        #expect(try F.condition("users where score >= 499.5") == .compare(F.column("score"), .ge, .double(499.5)))
        #expect(try F.condition("users where score > -1") == .compare(F.column("score"), .gt, .int(-1)))
    }

    @Test("type mismatches are errors at the value", arguments: [
        ("users where score = \"high\"", "cannot compare score (int) with a string", "\"high\"", nil as String?),
        ("users where role = 5", "cannot compare role (string) with a number", "5", "quote the value: \"...\""),
        ("users where email_opt_in = 1", "cannot compare email_opt_in (bool) with a number", "1", nil),
        ("users where balance = true", "cannot compare balance (double) with a boolean", "true", nil),
        ("users where role = 2024-01-05", "cannot compare role (string) with a date", "2024-01-05", "quote the value: \"...\""),
    ])
    func typeMismatch(text: String, message: String, at: String, hint: String?) throws {
        let diagnostic = try #require(try F.bindError(text))
        #expect(diagnostic.message == message)
        #expect(diagnostic.hint == hint)
        let span = try #require(diagnostic.span)
        #expect(diagnostic.source?.text(of: span) == at)
    }

    @Test("comparing columns of incompatible types is an error")
    func columnTypeMismatch() throws {
        let diagnostic = try #require(try F.bindError("users where role = score"))
        #expect(diagnostic.message == "cannot compare role (string) with score (int)")
        #expect(try F.condition("users where score < balance") == .compareColumns(F.column("score"), .lt, F.column("balance")))
        #expect(try F.condition("users where joined_at < last_login_at")
                == .compareColumns(F.column("joined_at"), .lt, F.column("last_login_at")))
    }

    @Test("a derived value that never occurs is an error with a suggestion")
    func derivedValueTypos() throws {
        let diagnostic = try #require(try F.bindError("users where status = at_rsk"))
        #expect(diagnostic.message == "status is never \"at_rsk\"")
        #expect(diagnostic.hint == "did you mean \"at_risk\"?")
        #expect(diagnostic.span == SourceSpan(start: 21, end: 27))

        let stage = try #require(try F.bindError("users where stage in (active, idle_1w)"))
        #expect(stage.message == "stage is never \"idle_1w\"")
        #expect(stage.hint == "did you mean \"idle_1d\"?")

        let far = try #require(try F.bindError("users where status = zzzzzzzz"))
        #expect(far.hint == "its values are active, at_risk, inactive")

        let number = try #require(try F.bindError("users where status = 3"))
        #expect(number.message == "status is a string such as active")

        let cohort = try #require(try F.bindError("users where cohort = \"march\""))
        #expect(cohort.message == "a cohort is a month such as 2024-01")

        let days = try #require(try F.bindError("users where days_inactive = \"ten\""))
        #expect(days.message == "days_inactive is a whole number of days")
    }

    @Test("status and stage only take =, != and in")
    func derivedOperators() throws {
        let diagnostic = try #require(try F.bindError("users where status > active"))
        #expect(diagnostic.message == "status can only be compared with `=`, `!=` or `in`")
        #expect(try F.bindError("users where status != active") == nil)
        #expect(try F.bindError("users where cohort >= 2024-01") == nil)
    }

    @Test("comparing with null is an error that points to `is null`")
    func nullComparison() throws {
        let diagnostic = try #require(try F.bindError("users where score = null"))
        #expect(diagnostic.message == "comparing with null matches nothing")
        #expect(diagnostic.hint == "use `score is null`")
        let span = try #require(diagnostic.span)
        #expect(diagnostic.source?.text(of: span) == "null")
        #expect(try F.condition("users where score is null") == .isNull(F.column("score"), negated: false))
        #expect(try F.condition("users where last_email_at is not null") == .isNull(F.column("last_email_at"), negated: true))
    }

    @Test("string matches need a string column and a string pattern")
    func stringMatches() throws {
        #expect(try F.condition("users where country contains \"u\"") == .match(.contains, F.column("country"), "u", negated: false))
        #expect(try F.condition("users where country not starts with \"U\"")
                == .match(.startsWith, F.column("country"), "U", negated: true))
        let diagnostic = try #require(try F.bindError("users where score contains \"1\""))
        #expect(diagnostic.message == "`contains` needs a string column, and score is int")
    }

    @Test("`and` and `or` chains are flattened")
    func flattening() throws {
        let expr = try F.condition("users where score > 1 and score < 9 and role = student")
        guard case .and(let items) = expr else { Issue.record("not an and: \(expr)"); return }
        #expect(items.count == 3)
        let disjunction = try F.condition("users where role = a or role = b or (role = c and score > 1)")
        guard case .or(let alternatives) = disjunction else { Issue.record("not an or"); return }
        #expect(alternatives.count == 3)
    }

    @Test("parameters are typed literals")
    func parameters() throws {
        let (query, source) = try F.query("users where score >= $min and joined_at since $month")
        let binder = Binder(catalog: F.catalog, context: F.context, source: source, parameters: ["min": "500", "month": "2024-07"])
        let bound = try binder.bind(query)
        guard case .filter(.and(let items)) = bound.steps[0] else { Issue.record("unexpected steps"); return }
        #expect(items == [.compare(F.column("score"), .ge, .int(500)),
                          .range(F.column("joined_at"), lower: .date(F.day("2024-07-01")), upper: nil)])
        let missing = try #require(try F.bindError("users where score >= $nope"))
        #expect(missing.message == "no value for parameter $nope")
    }
}
