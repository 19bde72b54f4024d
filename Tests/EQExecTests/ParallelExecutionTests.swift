import EQBinder
import EQDiagnostics
import EQExec
import EQPlan
import EQStore
import EQSyntax
import EQTypes
import Synchronization
import Testing
@testable import EQEngine

/// A table of many vectors, so the parallel driver cuts it into several tasks, checked against plain
/// Swift computations over the same rows.
@Suite("Executor: parallel execution and cancellation")
struct ParallelExecutionTests {
    typealias X = ExecFixture

    struct Row {
        var id: Int64
        var score: Int64?
        var role: String?
        var login: Int64?
        var ratio: Double?
    }

    static let roles = ["student", "alumni", "employer", "staff", "admin", "Élève"]
    static let rowCount = 40_000

    static let data: [Row] = {
        var random = X.Random(state: 42)
        return (0..<rowCount).map { index in
            let score: Int64? = random.below(20) == 0 ? nil : Int64(random.below(2001)) - 1000
            let role: String? = random.below(15) == 0 ? nil : roles[random.below(roles.count)]
            let login: Int64? = random.below(10) == 0 ? nil
                : X.micros("2024-06-30") + 86_400_000_000 - Int64(random.below(200 * 86_400)) * 1_000_000
            let ratio: Double? = random.below(8) == 0 ? nil : Double(random.below(1000)) / 8 - 60
            return Row(id: Int64(index), score: score, role: role, login: login, ratio: ratio)
        }
    }()

    static let table = Table.inferringRoles(name: "big", columns: [
        X.ints("id", data.map(\.id)),
        X.ints("score", data.map(\.score)),
        X.strings("role", data.map(\.role)),
        X.timestamps("last_login_at", data.map(\.login)),
        X.doubles("ratio", data.map(\.ratio)),
    ])

    static func session() -> Session { X.session(table) }

    static func status(_ row: Row) -> String {
        guard let login = row.login else { return "inactive" }
        let d = Int(X.today) - Int(CivilDate.day(ofMicros: login))
        return d < 45 ? "active" : d < 90 ? "at_risk" : "inactive"
    }

    /// Byte order with nil last, the order of `count by` and `sort`.
    static func before(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, _): false
        case (_, nil): true
        case let (a?, b?): a.utf8.lexicographicallyPrecedes(b.utf8)
        }
    }

    @Test("the table spans many vectors")
    func size() {
        #expect(Self.table.rowCount > 16 * standardVectorSize)
        #expect(Self.table.lastSeenColumn == 3)
    }

    @Test("a filter returns exactly the matching rows, in table order")
    func filterRows() {
        let expected = Self.data.filter { ($0.score ?? .min) >= 500 && $0.role == "student" }.map { String($0.id) }
        #expect(expected.count > 100)
        #expect(X.rows(Self.session(), "big where score >= 500 and role = student | show id") == expected)

        let either = Self.data.filter { ($0.ratio ?? 0) > 50 || $0.role == nil || $0.score == nil }.map { String($0.id) }
        #expect(X.rows(Self.session(), "big where ratio > 50 or role is null or score is null | show id") == either)

        let folded = Self.data.filter { $0.role?.lowercased().contains("élè") ?? false }.count
        #expect(folded > 1000)
        #expect(X.rows(Self.session(), "big where role contains \"ÉLÈ\" | count") == [String(folded)])
    }

    @Test("count, sum, avg, min, max and count distinct by key")
    func groupedAggregates() {
        var groups: [String?: [Row]] = [:]
        for row in Self.data { groups[row.role, default: []].append(row) }
        let expected = groups.keys.sorted(by: Self.before).map { key -> String in
            let rows = groups[key]!
            let scores = rows.compactMap(\.score)
            let sum = scores.reduce(0, +)
            let avg = Double(sum) / Double(scores.count)
            let distinct = Set(scores).count
            return "\(key ?? "∅")|\(rows.count)|\(sum)|\(avg)|\(scores.min()!)|\(scores.max()!)|\(distinct)"
        }
        #expect(expected.count == Self.roles.count + 1)
        #expect(X.rows(Self.session(), "big | count, sum score, avg score, min score, max score, count distinct score by role") == expected)
    }

    @Test("status groups and the at_risk filter agree with the definition")
    func status() {
        var counts: [String: Int] = [:]
        for row in Self.data { counts[Self.status(row), default: 0] += 1 }
        #expect(X.rows(Self.session(), "big | count by status")
                == ["active", "at_risk", "inactive"].map { "\($0)|\(counts[$0] ?? 0)" })
        let atRisk = Self.data.filter { Self.status($0) == "at_risk" && $0.role == "staff" }.map { String($0.id) }
        #expect(X.rows(Self.session(), "big where status = at_risk and role = staff | show id") == atRisk)
    }

    @Test("sum and avg of doubles match a sequential sum closely; count is exact")
    func doubles() throws {
        let ratios = Self.data.compactMap(\.ratio)
        let table = try #require(X.query(Self.session(), "big where ratio is not null | count, sum ratio, max ratio"))
        #expect(X.rows(table).first?.hasPrefix("\(ratios.count)|") == true)
        guard case .double(let sum) = table.columns[1].value(at: 0) else { Issue.record("no sum"); return }
        #expect(abs(sum - ratios.reduce(0, +)) < 1e-6)
        #expect(table.columns[2].value(at: 0) == .double(ratios.max()!))
    }

    @Test("top N is stable across task boundaries")
    func topN() {
        let sorted = Self.data.enumerated().sorted { left, right in
            switch (left.element.score, right.element.score) {
            case let (a?, b?) where a != b: return a > b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return left.offset < right.offset
            }
        }.map { String($0.element.id) }
        #expect(X.rows(Self.session(), "big | top 100 by score | show id") == Array(sorted.prefix(100)))
        // Many ties: scores are from 2,001 values, so every value appears about 19 times.
        #expect(X.rows(Self.session(), "big | top 3000 by score | show id") == Array(sorted.prefix(3000)))
    }

    @Test("sort is stable over the whole table")
    func sort() {
        let sorted = Self.data.enumerated().sorted { left, right in
            let (a, b) = (left.element.role, right.element.role)
            if a != b { return Self.before(a, b) }
            return left.offset < right.offset
        }.map { String($0.element.id) }
        #expect(X.rows(Self.session(), "big | sort by role | show id") == sorted)
        #expect(X.rows(Self.session(), "big | sort by role | limit 5 | show id") == Array(sorted.prefix(5)))
    }

    // MARK: cancellation

    static func plan(_ text: String, session: Session) throws -> QueryPlan {
        let source = SourceFile(name: "query", text: text)
        let script = try Parser.parseScript(source)
        guard case .query(let query) = script.statements[0].kind else { throw X.FixtureError.notAQuery }
        return try session.plan(query, source: source)
    }

    static let cancellableQueries = [
        "big where score > 0",
        "big where status = at_risk | count",
        "big | count",
        "big | count by role",
        "big where role = staff | sum score",
        "big | top 10 by score",
        "big | sort by score",
    ]

    @Test("an executor whose cancellation closure says yes stops with .cancelled", arguments: cancellableQueries)
    func cancelled(text: String) throws {
        let plan = try Self.plan(text, session: Self.session())
        #expect(throws: ExecutionError.cancelled) {
            try Executor(tables: ["big": Self.table], cancellation: { true }).run(plan)
        }
        #expect(throws: Never.self) {
            try Executor(tables: ["big": Self.table], cancellation: { false }).run(plan)
        }
    }

    @Test("a cancellation that arrives mid-run stops the run, not just the rest of it")
    func cancelledMidRun() throws {
        let plan = try Self.plan("big | count by role", session: Self.session())
        let checks = Atomic<Int>(0)
        #expect(throws: ExecutionError.cancelled) {
            try Executor(tables: ["big": Self.table], cancellation: {
                checks.add(1, ordering: .relaxed).newValue > 1
            }).run(plan)
        }
        #expect(checks.load(ordering: .relaxed) > 1)
    }

    @Test("the session's cancellation flag reaches the executor")
    func sessionFlag() throws {
        let session = Self.session()
        let plan = try Self.plan("big where score > 0 | count", session: session)
        session.cancellation.cancel()
        #expect(throws: ExecutionError.cancelled) { try session.executor().run(plan) }
        session.cancellation.reset()
        let table = try session.executor().run(plan)
        #expect(X.rows(table) == [String(Self.data.filter { ($0.score ?? 0) > 0 }.count)])
    }
}

extension ExecFixture {
    enum FixtureError: Error { case notAQuery }
}
