import EQEngine
import EQExec
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import EQStore
import EQSyntax
import EQTypes
import Testing

/// Report kernels on hand-built tables whose answers are known by construction: sparse ids, nulls,
/// repeated logins, logins of unknown users and logins after today.
struct ReportTests {
    typealias F = ExecFixture

    @Test func isoWeeksCrossTheYearOnAMonday() {
        let weeks = ReportCalendar(.weekly)
        #expect(weeks.index(ofDay: F.day("2025-01-05")) == weeks.index(ofDay: F.day("2024-12-30")))
        #expect(weeks.index(ofDay: F.day("2025-01-06")) == weeks.index(ofDay: F.day("2024-12-30")) + 1)
        #expect(weeks.label(ofIndex: weeks.index(ofDay: F.day("2025-01-01"))) == "2024-12-30")
        #expect(weeks.label(ofIndex: weeks.index(ofDay: F.day("1969-12-31"))) == "1969-12-29")
        let quarters = ReportCalendar(.quarterly)
        #expect(quarters.label(ofIndex: quarters.index(ofDay: F.day("2024-11-15"))) == "2024-Q4")
        #expect(quarters.label(ofIndex: quarters.index(ofDay: F.day("1969-02-01"))) == "1969-Q1")
    }

    @Test func periodRangeMapsDaysToOffsets() {
        let range = PeriodRange(calendar: ReportCalendar(.monthly), first: CivilDate.monthIndex(ofDay: F.day("2024-01-01")),
                                last: CivilDate.monthIndex(ofDay: F.day("2024-03-31")))
        #expect(range.labels == ["2024-01", "2024-02", "2024-03"])
        #expect(range.offset(ofDay: F.day("2023-12-31")) == -1)
        #expect(range.offset(ofDay: F.day("2024-02-29")) == 1)
        #expect(range.offset(ofDay: F.day("2024-03-31")) == 2)
        #expect(range.offset(ofDay: F.day("2024-04-01")) == -1)
    }

    /// Ids far apart (the hash-map path); user 7 has no signup date, user 9 is not a student.
    static func tables() -> (Table, Table) {
        let users = Table.inferringRoles(name: "users", columns: [
            F.ints("id", [5_000_000_000, 3, 7, 9]),
            F.strings("role", ["student", "student", "student", "staff"]),
            F.timestamps("joined_at", [F.micros("2024-05-03", hour: 23), F.micros("2024-06-01"), nil, F.micros("2024-05-20")]),
            F.timestamps("last_login_at", [F.micros("2024-06-02"), nil, nil, F.micros("2024-06-30")]),
        ])
        let logins: [(Int64, String, String)] = [
            (5_000_000_000, "2024-05-04", "login"), (5_000_000_000, "2024-05-30", "login"),
            (5_000_000_000, "2024-06-02", "login"), (5_000_000_000, "2024-06-02", "page_view"),
            (3, "2024-07-02", "login"),          // after today: outside every period shown
            (42, "2024-06-03", "login"),         // no such user
            (9, "2024-05-21", "login"), (9, "2024-06-30", "login"),
        ]
        let events = Table.inferringRoles(name: "events", columns: [
            F.ints("user_id", logins.map(\.0)),
            F.timestamps("at", logins.map { F.micros($0.1, hour: 12) }),
            F.strings("type", logins.map(\.2)),
        ])
        return (users, events)
    }

    @Test func retentionCountsEachUserOncePerPeriod() {
        let (users, events) = Self.tables()
        let session = F.session(users, events)
        #expect(F.rows(session, "retention monthly since 2024-05") == ["2024-05|2|1.0|1.0", "2024-06|1|0.0|∅"])
        #expect(F.rows(session, "retention monthly since 2024-05 where role = student")
            == ["2024-05|1|1.0|1.0", "2024-06|1|0.0|∅"])
    }

    @Test func activeUsersAndStickiness() {
        let (users, events) = Self.tables()
        let session = F.session(users, events)
        #expect(F.rows(session, "active users monthly since 2024-05") == ["2024-05|2", "2024-06|2"])
        #expect(F.rows(session, "active users daily last 2 days") == ["2024-06-29|0", "2024-06-30|1"])
        #expect(F.rows(session, "stickiness last 2 days") == ["0.5|1|0.5"])
    }

    @Test func registrationsAndTrendSkipNullSignups() {
        let (users, events) = Self.tables()
        let session = F.session(users, events)
        #expect(F.rows(session, "registrations monthly since 2024-05") == ["2024-05|2", "2024-06|1"])
        #expect(F.rows(session, "trend registrations monthly since 2024-05") == ["2024-05|2|0|2|∅", "2024-06|1|2|-1|-50.0"])
    }

    @Test func asOfUsesTheLoginEventsUpToThatDay() {
        let (users, events) = Self.tables()
        let session = F.session(users, events)
        // On 2024-05-31 two users had joined; both logged in within 45 days.
        #expect(F.rows(session, "users | count by status as of 2024-05-31") == ["active|2"])
        #expect(F.rows(session, "users | show id, days_inactive as of 2024-05-31") == ["5000000000|1", "9|10"])
    }

    @Test func reportsNeedALoginTable() {
        let (users, _) = Self.tables()
        let session = F.session(users)
        #expect(F.failures(session, "retention monthly since 2024-05").first?.message
            == "this report needs an `events` table with `login` events")
        #expect(F.rows(session, "registrations weekly since 2024-06-01") == ["2024-05-27|1", "2024-06-03|0", "2024-06-10|0",
                                                                            "2024-06-17|0", "2024-06-24|0"])
    }

    @Test func chartToAFileWritesWellFormedSVG() throws {
        let (users, events) = Self.tables()
        let session = F.session(users, events)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("eq-chart-\(UInt32.random(in: 0...UInt32.max)).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var printed: [String] = []
        let failures = session.run("retention monthly since 2024-05 | chart heatmap to \"\(path)\"") { outcome, _ in
            if case .text(let text) = outcome { printed.append(text) }
        }
        #expect(failures.isEmpty)
        #expect(printed == ["wrote a heatmap chart of 2 rows to \(path)"])
        let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: path)))
        #expect(parser.parse())
    }
}
