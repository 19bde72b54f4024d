import EQEngine
import EQExec
import EQStore
import EQTypes
import Testing

@Suite("Executor: derived engagement columns (today = 2024-06-30)")
struct DerivedColumnTests {
    typealias X = ExecFixture

    static let logins: [Int64?] = [
        X.micros("2024-06-30", hour: 23),          // 0: d = 0
        X.micros("2024-06-29", hour: 10),          // 1: d = 1
        X.micros("2024-05-17"),                    // 2: d = 44
        X.micros("2024-05-17") - 1,                // 3: d = 45
        X.micros("2024-04-02"),                    // 4: d = 89
        X.micros("2024-04-01", hour: 12),          // 5: d = 90
        nil,                                       // 6: never
        X.micros("2024-07-05"),                    // 7: d = -5, after today
        X.micros("2024-06-16"),                    // 8: d = 14
        X.micros("2024-06-23", hour: 8),           // 9: d = 7
        X.micros("2024-06-01"),                    // 10: d = 29
        X.micros("2024-05-31", hour: 23),          // 11: d = 30
    ]

    static let users = Table.inferringRoles(name: "users", columns: [
        X.ints("id", (0..<12).map { Int64($0) }),
        X.dates("joined_at", [X.day("2024-01-15"), X.day("2023-12-31"), X.day("2024-01-01"), nil, X.day("2024-03-31"),
                              X.day("2024-01-31"), X.day("2024-03-01"), X.day("1969-12-31"), nil, X.day("2024-02-29"),
                              X.day("2024-01-01"), X.day("2023-12-01")]),
        X.timestamps("last_login_at", logins),
        X.strings("role", ["a", "b", "a", "b", "a", "b", "a", "b", "a", "b", "a", "b"]),
    ])

    static let expectedRows = [
        "0|active|active|0|2024-01",
        "1|active|idle_1d|1|2023-12",
        "2|active|inactive_1m|44|2024-01",
        "3|at_risk|inactive_1m|45|∅",
        "4|at_risk|inactive_1m|89|2024-03",
        "5|inactive|inactive_1m|90|2024-01",
        "6|inactive|inactive_1m|∅|2024-03",
        "7|active|active|-5|1969-12",
        "8|active|inactive_2w|14|∅",
        "9|active|inactive_1w|7|2024-02",
        "10|active|inactive_3w|29|2024-01",
        "11|active|inactive_1m|30|2023-12",
    ]

    @Test("the table infers its time and last-login columns")
    func roles() {
        #expect(Self.users.timeColumn == 1)
        #expect(Self.users.lastSeenColumn == 2)
    }

    @Test("show computes status, stage, days_inactive and cohort")
    func show() throws {
        let table = try #require(X.query(X.session(Self.users), "users | show id, status, stage, days_inactive, cohort"))
        #expect(X.rows(table) == Self.expectedRows)
        #expect(table.columns.map(\.type) == [.int, .string, .string, .int, .string])
    }

    typealias RowTest = @Sendable (_ status: String, _ stage: String, _ days: String, _ cohort: String) -> Bool

    static let derivedCases: [(String, RowTest)] = [
        ("status = active", { s, _, _, _ in s == "active" }),
        ("status = at_risk", { s, _, _, _ in s == "at_risk" }),
        ("status = inactive", { s, _, _, _ in s == "inactive" }),
        ("status != at_risk", { s, _, _, _ in s != "at_risk" }),
        ("not status = active", { s, _, _, _ in s != "active" }),
        ("status in (at_risk, inactive)", { s, _, _, _ in s != "active" }),
        ("stage = active", { _, t, _, _ in t == "active" }),
        ("stage = idle_1d", { _, t, _, _ in t == "idle_1d" }),
        ("stage = inactive_1w", { _, t, _, _ in t == "inactive_1w" }),
        ("stage = inactive_2w", { _, t, _, _ in t == "inactive_2w" }),
        ("stage = inactive_3w", { _, t, _, _ in t == "inactive_3w" }),
        ("stage = inactive_1m", { _, t, _, _ in t == "inactive_1m" }),
        ("stage contains \"1\"", { _, t, _, _ in t.contains("1") }),
        ("days_inactive >= 45", { _, _, d, _ in Int(d).map { $0 >= 45 } ?? false }),
        ("days_inactive < 7", { _, _, d, _ in Int(d).map { $0 < 7 } ?? false }),
        ("days_inactive = 0", { _, _, d, _ in d == "0" }),
        ("days_inactive != 30", { _, _, d, _ in d != "30" && d != "∅" }),
        ("days_inactive is null", { _, _, d, _ in d == "∅" }),
        ("cohort = 2024-01", { _, _, _, c in c == "2024-01" }),
        ("cohort >= 2024-01", { _, _, _, c in c != "∅" && c >= "2024-01" }),
        ("cohort != 2024-01", { _, _, _, c in c != "∅" && c != "2024-01" }),
        ("cohort is null", { _, _, _, c in c == "∅" }),
    ]

    /// The optimizer rewrites every condition on a derived column into ranges of its source; the
    /// executor computes the same column per row for `show`. Both must agree on every row.
    @Test("filters on derived columns select exactly the rows whose shown value matches", arguments: derivedCases)
    func filtersAgreeWithShow(condition: String, holds: RowTest) {
        let expected = Self.expectedRows.compactMap { row -> String? in
            let fields = row.split(separator: "|").map(String.init)
            return holds(fields[1], fields[2], fields[3], fields[4]) ? fields[0] : nil
        }
        #expect(X.rows(X.session(Self.users), "users where \(condition) | show id") == expected, "\(condition)")
    }

    @Test("count by derived columns orders groups by their names")
    func groups() {
        let session = X.session(Self.users)
        #expect(X.rows(session, "users | count by status") == ["active|8", "at_risk|2", "inactive|2"])
        #expect(X.rows(session, "users | count by stage") == [
            "active|2", "idle_1d|1", "inactive_1m|6", "inactive_1w|1", "inactive_2w|1", "inactive_3w|1",
        ])
        #expect(X.rows(session, "users | count by cohort") == [
            "1969-12|1", "2023-12|2", "2024-01|4", "2024-02|1", "2024-03|2", "∅|2",
        ])
        #expect(X.rows(session, "users | count by status, role") == [
            "active|a|4", "active|b|4", "at_risk|a|1", "at_risk|b|1", "inactive|a|1", "inactive|b|1",
        ])
        #expect(X.rows(session, "users | max days_inactive, min days_inactive, count distinct cohort by status") == [
            "active|44|-5|4", "at_risk|89|45|1", "inactive|90|90|2",
        ])
    }

    @Test("sorting and top-N by derived columns")
    func sorting() {
        let session = X.session(Self.users)
        #expect(X.rows(session, "users | sort by days_inactive | show id")
                == ["7", "0", "1", "9", "8", "10", "11", "2", "3", "4", "5", "6"])
        #expect(X.rows(session, "users | top 3 by days_inactive | show id, days_inactive") == ["5|90", "4|89", "3|45"])
        #expect(X.rows(session, "users | sort by status desc, id desc | show id")
                == ["6", "5", "4", "3", "11", "10", "9", "8", "7", "2", "1", "0"])
    }

    @Test("set changes the thresholds and today")
    func settings() {
        let session = X.session(Self.users)
        #expect(session.run("set active_days = 30; set at_risk_days = 60") { _, _ in }.isEmpty)
        #expect(X.rows(session, "users | count by status") == ["active|6", "at_risk|3", "inactive|3"])
        #expect(X.rows(session, "users where status = at_risk | show id") == ["2", "3", "11"])
        #expect(session.run("set today = 2024-07-10") { _, _ in }.isEmpty)
        #expect(X.rows(session, "users where id = 0 | show days_inactive, stage") == ["10|inactive_1w"])
    }

    @Test("thresholds move in either order; status checks the pair when it is used")
    func thresholdsInAnyOrder() {
        let session = X.session(Self.users)
        #expect(session.run("set at_risk_days = 30") { _, _ in }.isEmpty)
        let failure = X.failures(session, "users | count by status").first
        #expect(failure?.message == "status needs active_days (45) to be less than at_risk_days (30)")
        #expect(X.rows(session, "users | count") == ["12"])
        #expect(session.run("set active_days = 14") { _, _ in }.isEmpty)
        #expect(X.failures(session, "users | count by status").isEmpty)
        #expect(X.failures(session, "set active_days = 0").first?.message
                == "active_days is a whole number of days from 1 to 99999")
    }

    @Test("a date-typed last-login column named with set last_seen")
    func dateLastSeen() {
        let members = Table.inferringRoles(name: "members", columns: [
            X.ints("id", [0, 1, 2, 3]),
            X.dates("visited", [X.day("2024-06-30"), X.day("2024-05-16"), nil, X.day("2024-05-17")]),
        ])
        let session = X.session(members)
        #expect(X.failures(session, "members | count by status").first?.message.hasPrefix("\"status\" needs a last-login column") == true)
        #expect(session.run("set last_seen = visited") { _, _ in }.isEmpty)
        #expect(X.rows(session, "members | show id, status, days_inactive")
                == ["0|active|0", "1|at_risk|45", "2|inactive|∅", "3|active|44"])
        #expect(X.rows(session, "members where status = at_risk or status = inactive | show id") == ["1", "2"])
    }

    @Test("cohort of a timestamp time column")
    func timestampCohort() {
        let events = Table.inferringRoles(name: "events", columns: [
            X.ints("user_id", [1, 2, 3, 4]),
            X.timestamps("at", [X.micros("2024-01-31", hour: 23), X.micros("2024-02-01"), -1, nil]),
        ])
        let session = X.session(events)
        #expect(X.rows(session, "events | count by cohort") == ["1969-12|1", "2024-01|1", "2024-02|1", "∅|1"])
        #expect(X.rows(session, "events where cohort = 2024-02 | show user_id") == ["2"])
        #expect(X.rows(session, "events since 2024-01-31 | show user_id") == ["1", "2"])
        #expect(X.rows(session, "events last 1 year | show user_id") == ["1", "2"])
    }
}
