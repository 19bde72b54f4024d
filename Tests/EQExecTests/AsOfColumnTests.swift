import EQBinder
import EQExec
import EQPlan
import EQStore
import EQTypes
import Testing

/// The as-of kernel behind `changed` and `transitions`: status and stage at the end of a past day, from
/// the login events up to it.
struct AsOfColumnTests {
    static let day = ExecFixture.day("2024-06-01")

    static func tables() -> [String: Table] {
        let micros = ExecFixture.micros
        let users = Table(name: "users", columns: [
            ExecFixture.ints("id", [1, 2, 3, 4, 5, 6]),
            ExecFixture.dates("joined_at", ["2024-01-01", "2024-01-01", "2024-01-01", "2024-06-02", "2024-06-01",
                                            "2024-01-01"].map(ExecFixture.day)),
            ExecFixture.timestamps("last_login_at", [nil, nil, nil, nil, nil, nil]),
        ], timeColumn: 1, lastSeenColumn: 2)
        let events = Table(name: "events", columns: [
            ExecFixture.ints("user_id", [1, 2, 2, 6, 4, 1]),
            ExecFixture.timestamps("at", [micros("2024-06-01", 23), micros("2024-06-02", 0), micros("2024-04-17", 12),
                                          micros("2024-04-18", 0), micros("2024-05-01", 0), micros("2024-03-01", 0)]),
            ExecFixture.strings("type", ["login", "login", "login", "login", "login", "login"]),
        ], timeColumn: 1)
        return ["users": users, "events": events]
    }

    static func values(_ derived: DerivedColumn) throws -> [String] {
        let tables = AsOfColumnTests.tables()
        let labels = EngagementRules.dayRanges(of: derived, context: ExecFixture.context).map(\.value) + ["not_registered"]
        let column = AsOfColumn(derived: derived, day: day, name: "then", labels: labels, events: "events")
        let users = tables["users"]!
        let plan = QueryPlan(root: .computeAsOf(.scan(table: "users", columns: users.schema.columns), column, lowered: nil),
                             context: ExecFixture.context, outputColumns: [])
        let result = try Executor(tables: tables).run(plan)
        return ExecFixture.values(result, "then").map { if case .string(let text) = $0 { text } else { "null" } }
    }

    /// 1: a login late on the day itself counts (active, 0 days); 2: the login the day after does not,
    /// the one 45 days before makes it at_risk; 3: no login at all is inactive; 4: joined the day after
    /// (its login notwithstanding) is not_registered; 5: joined on the day, no login: inactive; 6: a
    /// login 44 days before is still active.
    @Test func statusAtTheEndOfADay() throws {
        #expect(try AsOfColumnTests.values(.status) == ["active", "at_risk", "inactive", "not_registered", "inactive",
                                                        "active"])
    }

    @Test func stageAtTheEndOfADay() throws {
        #expect(try AsOfColumnTests.values(.stage) == ["active", "inactive_1m", "inactive_1m", "not_registered",
                                                       "inactive_1m", "inactive_1m"])
    }
}
