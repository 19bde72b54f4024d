import EQDiagnostics
import EQSyntax
import EQTypes
import Testing
@testable import EQBinder

@Suite("Binder: aggregates, sort keys and the scope of each step")
struct AggregateAndScopeTests {
    typealias F = Fixture

    static func output(_ text: String) throws -> [String] {
        try F.bind(text).outputColumns.map { "\($0.name):\($0.type)" }
    }

    @Test("a query without steps outputs the table's columns")
    func plainOutput() throws {
        #expect(try Self.output("plain") == ["id:int", "name:string"])
    }

    @Test("aggregate result names and types", arguments: [
        ("users | count", ["count:int"]),
        ("users | avg score", ["avg_score:double"]),
        ("users | sum score", ["sum_score:int"]),
        ("users | sum balance", ["sum_balance:double"]),
        ("users | avg balance", ["avg_balance:double"]),
        ("users | min joined_at, max last_login_at", ["min_joined_at:date", "max_last_login_at:timestamp"]),
        ("users | min role, max email_opt_in", ["min_role:string", "max_email_opt_in:bool"]),
        ("users | count distinct country", ["count_distinct_country:int"]),
        ("users | sum days_inactive", ["sum_days_inactive:int"]),
        ("users | count, avg score by role", ["role:string", "count:int", "avg_score:double"]),
        ("users | count by cohort, status", ["cohort:string", "status:string", "count:int"]),
        ("USERS | MAX Score BY Country", ["country:string", "max_score:int"]),
    ])
    func aggregateOutputs(text: String, expected: [String]) throws {
        #expect(try Self.output(text) == expected)
    }

    @Test("aggregate steps bind functions, inputs and keys")
    func aggregateStep() throws {
        let bound = try F.bind("users | count, avg score by status, role")
        guard case .aggregate(let keys, let aggregates) = bound.steps[0] else { Issue.record("no aggregate"); return }
        #expect(keys == [F.derived(.status), F.column("role")])
        #expect(aggregates.map(\.function) == [.count, .avg])
        #expect(aggregates[0].column == nil)
        #expect(aggregates[1].column == F.column("score"))
    }

    @Test("sum and avg need numbers", arguments: ["users | sum role", "users | avg joined_at", "users | avg status"])
    func nonNumericSums(text: String) throws {
        let diagnostic = try #require(try F.bindError(text))
        #expect(diagnostic.message.hasSuffix("needs a numeric column, and \(text.split(separator: " ").last!) is "
            + (text.hasSuffix("joined_at") ? "date" : "string")))
    }

    @Test("two result columns with one name are an error")
    func duplicateNames() throws {
        let diagnostic = try #require(try F.bindError("users | count, count"))
        #expect(diagnostic.message == "the result would have two columns named \"count\"")
        #expect(try F.bindError("users | max score, MAX score") != nil)
    }

    @Test("sort is ascending and top descending unless written")
    func sortDirections() throws {
        let bound = try F.bind("users | sort by score, role desc, country asc | top 5 by score | top 3 by role asc")
        guard case .sort(let sortKeys) = bound.steps[0], case .top(let five, let topKeys) = bound.steps[1],
              case .top(let three, let ascKeys) = bound.steps[2] else { Issue.record("unexpected steps"); return }
        #expect(sortKeys.map(\.descending) == [false, true, false])
        #expect(sortKeys.map(\.column.name) == ["score", "role", "country"])
        #expect(five == 5 && topKeys.map(\.descending) == [true])
        #expect(three == 3 && ascKeys.map(\.descending) == [false])
    }

    @Test("limit keeps its count")
    func limit() throws {
        guard case .limit(let count) = try F.bind("users | limit 20").steps[0] else { Issue.record("no limit"); return }
        #expect(count == 20)
    }

    @Test("after `count by` only the keys and the aggregates are visible")
    func scopeAfterAggregate() throws {
        let bound = try F.bind("users | count by role | where count >= 100 | sort by count desc")
        guard case .filter(let expr) = bound.steps[1] else { Issue.record("no filter"); return }
        #expect(expr == .compare(BoundColumn(ref: .base(1), name: "count", type: .int), .ge, .int(100)))
        guard case .sort(let keys) = bound.steps[2] else { Issue.record("no sort"); return }
        #expect(keys == [BoundSortKey(column: BoundColumn(ref: .base(1), name: "count", type: .int), descending: true)])

        let hidden = try #require(try F.bindError("users | count by role | where score > 3"))
        #expect(hidden.message == "unknown column \"score\"")
        let derived = try #require(try F.bindError("users | count by role | where status = active"))
        #expect(derived.message.hasPrefix("\"status\" needs a last-login column"))
        let time = try #require(try F.bindError("users | count by role | since 2024-01"))
        #expect(time.message == "this relation has no time column for `since`")
        let typo = try #require(try F.bindError("users | count by role | sort by rloe"))
        #expect(typo.hint == "did you mean \"role\"?")
    }

    @Test("a derived key becomes a plain column of the aggregate's output")
    func derivedKeyAfterAggregate() throws {
        let bound = try F.bind("users | count by status | where status = active")
        guard case .filter(let expr) = bound.steps[1] else { Issue.record("no filter"); return }
        #expect(expr == .compare(BoundColumn(ref: .base(0), name: "status", type: .string), .eq, .string("active")))
    }

    @Test("show narrows the scope to the shown columns, derived ones included")
    func show() throws {
        #expect(try Self.output("users | show id, status, days_inactive, cohort")
                == ["id:int", "status:string", "days_inactive:int", "cohort:string"])
        let bound = try F.bind("users | show score, id | where score > 5")
        guard case .filter(let expr) = bound.steps[1] else { Issue.record("no filter"); return }
        #expect(expr == .compare(BoundColumn(ref: .base(0), name: "score", type: .int), .gt, .int(5)))
        #expect(try F.bindError("users | show id | where score > 5")?.message == "unknown column \"score\"")
        #expect(try Self.output("plain | show *") == ["id:int", "name:string"])
    }

    /// Derived columns stay visible while the relation still has a last-login or time column, and
    /// `Materialize.project` keeps those roles for the executor.
    @Test("derived columns and time clauses after a show that keeps their source column")
    func derivedAfterShow() throws {
        #expect(try F.bindError("users | show id, last_login_at | where status = active") == nil)
        #expect(try F.bindError("users | show id, joined_at | since 2024-01") == nil)
        #expect(try F.bindError("users | show id | where status = active")?.message
                == "\"status\" needs a last-login column (last_login_at, last_seen_at, ...), and this relation has none")
    }

    @Test("time clauses need a time column")
    func timeColumnRequired() throws {
        let diagnostic = try #require(try F.bindError("plain since 2024-01"))
        #expect(diagnostic.message == "this relation has no time column for `since`")
        #expect(diagnostic.hint == "declare one with `load ... time COLUMN`, or compare a column: `where joined_at since 2024-01`")
        let last = try #require(try F.bindError("plain last 7 days"))
        #expect(last.message == "this relation has no time column for `last`")
    }
}
