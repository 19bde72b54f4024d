import EQDiagnostics
import EQSyntax
import EQTypes
import Testing
@testable import EQBinder
@testable import EQPlan

/// Hand-built schemas and the parse → bind → plan → optimise path the binder and optimizer tests share.
enum Fixture {
    static func day(_ text: String) -> Int32 {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CivilDate.days(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The first microsecond of a date.
    static func micros(_ text: String) -> Int64 {
        CivilDate.micros(ofDay: day(text))
    }

    static let today = day("2024-06-30")
    static let context = EngagementContext(today: today)

    /// users: id 0, role 1, score 2, joined_at 3 (time), last_login_at 4 (last seen), email_opt_in 5,
    /// country 6, balance 7, last_email_at 8.
    static let users = Schema(name: "users", columns: [
        .init(name: "id", type: .int),
        .init(name: "role", type: .string),
        .init(name: "score", type: .int),
        .init(name: "joined_at", type: .date),
        .init(name: "last_login_at", type: .timestamp),
        .init(name: "email_opt_in", type: .bool),
        .init(name: "country", type: .string),
        .init(name: "balance", type: .double),
        .init(name: "last_email_at", type: .timestamp),
    ], timeColumn: 3, lastSeenColumn: 4)

    /// events: a timestamp time column, no last-login column.
    static let events = Schema(name: "events", columns: [
        .init(name: "user_id", type: .int),
        .init(name: "at", type: .timestamp),
        .init(name: "type", type: .string),
        .init(name: "channel", type: .string),
    ], timeColumn: 1)

    /// plain: neither a time nor a last-login column.
    static let plain = Schema(name: "plain", columns: [
        .init(name: "id", type: .int),
        .init(name: "name", type: .string),
    ])

    static let catalog = ["users": users, "events": events, "plain": plain]

    static func column(_ name: String) -> BoundColumn {
        let index = users.index(of: name)!
        return BoundColumn(ref: .base(index), name: users.columns[index].name, type: users.columns[index].type)
    }

    static func derived(_ kind: DerivedColumn) -> BoundColumn {
        BoundColumn(ref: .derived(kind, from: kind == .cohort ? 3 : 4), name: kind.rawValue, type: kind.type)
    }

    static func source(_ text: String) -> SourceFile {
        SourceFile(name: "query", text: text)
    }

    static func query(_ text: String) throws -> (Query, SourceFile) {
        let source = source(text)
        let script = try Parser.parseScript(source)
        try #require(script.statements.count == 1)
        switch script.statements[0].kind {
        case .query(let query), .explain(let query), .explainAnalyze(let query): return (query, source)
        default:
            Issue.record("not a query: \(text)")
            throw FixtureError.notAQuery
        }
    }

    static func bind(_ text: String, context: EngagementContext = context) throws -> BoundQuery {
        let (query, source) = try query(text)
        return try Binder(catalog: catalog, context: context, source: source).bind(query)
    }

    /// The diagnostic binding `text` gives (it must parse), or nil when it binds.
    static func bindError(_ text: String, context: EngagementContext = context) throws -> Diagnostic? {
        let (query, source) = try query(text)
        do {
            _ = try Binder(catalog: catalog, context: context, source: source).bind(query)
            return nil
        } catch {
            return error
        }
    }

    /// The bound condition of a query with exactly one filter step.
    static func condition(_ text: String, context: EngagementContext = context) throws -> BoundExpr {
        let bound = try bind(text, context: context)
        try #require(bound.steps.count == 1)
        guard case .filter(let expr) = bound.steps[0] else {
            Issue.record("not a filter: \(text)")
            throw FixtureError.notAFilter
        }
        return expr
    }

    static func plan(_ text: String, context: EngagementContext = context, disabling: Set<String> = []) throws -> QueryPlan {
        Optimizer.optimize(Planner.plan(try bind(text, context: context)), disabling: disabling)
    }

    /// The predicate of the top-most filter node of the optimised plan.
    static func predicate(_ text: String, context: EngagementContext = context, disabling: Set<String> = []) throws -> Predicate {
        var node: LogicalPlan? = try plan(text, context: context, disabling: disabling).root
        while let current = node {
            if case .filter(_, let predicate) = current { return predicate }
            node = current.input
        }
        Issue.record("no lowered filter in the plan of \(text)")
        throw FixtureError.notAFilter
    }

    /// `explain` text without the settings line.
    static func explain(_ text: String, context: EngagementContext = context, disabling: Set<String> = []) throws -> String {
        let rendered = Explain.render(try plan(text, context: context, disabling: disabling))
        return String(rendered.split(separator: "\n\n", maxSplits: 1)[0])
    }

    enum FixtureError: Error { case notAQuery, notAFilter }
}

extension Interval {
    /// Days (dates) or the microsecond a date starts (timestamps), as the optimizer stores bounds.
    static func days(_ lower: String?, _ upper: String?) -> Interval {
        Interval(lower: lower.map { Int64(Fixture.day($0)) } ?? .min, upper: upper.map { Int64(Fixture.day($0)) })
    }

    static func micros(_ lower: String?, _ upper: String?) -> Interval {
        Interval(lower: lower.map(Fixture.micros) ?? .min, upper: upper.map(Fixture.micros))
    }
}
