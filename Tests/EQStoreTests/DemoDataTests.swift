@testable import EQStore
import EQTypes
import Testing

/// The demo dataset is a fixture other tests and the docs quote, so its exact values are pinned, and its
/// shape (status shares, events agreeing with last logins) is checked the way a user would query it.
@Suite struct DemoDataTests {
    static let demo = DemoData.generate(users: 20_000, eventsPerUser: 10, seed: 42)
    var users: Table { Self.demo.users }
    var events: Table { Self.demo.events }

    func column(_ table: Table, _ name: String) -> Column {
        table.columns[table.columnIndex(named: name)!]
    }

    func timestamps(_ column: Column) -> [Int64] {
        guard case .timestamp(let values) = column.storage else { Issue.record("not a timestamp"); return [] }
        return values
    }

    @Test func schemaAndRoles() {
        #expect(users.columns.map(\.name) == ["id", "name", "email", "role", "country", "plan", "score", "joined_at",
                                              "last_login_at", "last_email_at", "email_opt_in"])
        #expect(users.columns.map(\.type) == [.int, .string, .string, .string, .string, .string, .int, .date,
                                              .timestamp, .timestamp, .bool])
        #expect(events.columns.map(\.name) == ["user_id", "at", "type", "channel"])
        #expect(users.timeColumn == 7 && users.lastSeenColumn == 8)
        #expect(events.timeColumn == 1 && events.keyColumn == 0)
        #expect(DemoData.referenceDate == CivilDate.days(year: 2024, month: 6, day: 30))
    }

    @Test func sameSeedSameData() {
        let again = DemoData.generate(users: 20_000, eventsPerUser: 10, seed: 42)
        let other = DemoData.generate(users: 20_000, eventsPerUser: 10, seed: 7)
        for (table, copy) in [(users, again.users), (events, again.events)] {
            #expect(table.rowCount == copy.rowCount)
            for columnIndex in table.columns.indices {
                let rows = Array(0..<200) + Array(table.rowCount - 200..<table.rowCount)
                #expect(rows.allSatisfy { table.columns[columnIndex].value(at: $0) == copy.columns[columnIndex].value(at: $0) })
            }
        }
        #expect((0..<200).contains { users.columns[1].value(at: $0) != other.users.columns[1].value(at: $0) })
    }

    /// Each user draws from a stream keyed by its id, so the attributes that do not depend on sign-up
    /// order (which scales with the user count) are the same in a smaller dataset.
    @Test func usersDoNotDependOnTheUserCount() {
        let small = DemoData.generate(users: 100, eventsPerUser: 10, seed: 42).users
        for columnIndex in 0...6 {
            #expect((0..<100).allSatisfy { users.columns[columnIndex].value(at: $0) == small.columns[columnIndex].value(at: $0) })
        }
    }

    /// Pinned values: a change here changes every demo transcript and golden that quotes the data.
    @Test(arguments: [
        (0, ["1", "José Patel", "jose.patel1@example.com", "staff", "US", "free", "368", "2021-01-02",
             "2024-05-14 06:43:02", "2024-06-30 06:49:00", "true"]),
        (9, ["10", "Costa, Chloé", "chloe.costa10@uni.edu", "admin", "US", "pro", "684", "2021-01-30",
             "2024-05-16 05:15:38", "2022-02-03 23:56:58", "true"]),
        (42, ["43", "李雷 Hernández", "lilei.hernandez43@example.com", "student", "US", "free", "661", "2021-02-28",
              "2024-06-21 07:46:18", "2021-11-14 18:16:58", "true"]),
    ])
    func pinnedUsers(rowIndex: Int, expected: [String]) {
        #expect(users.columns.map { $0.value(at: rowIndex).description } == expected)
    }

    @Test func pinnedEvents() {
        #expect(users.rowCount == 20_000)
        #expect(events.rowCount == 202_674)
        #expect(events.columns.map { $0.value(at: 0).description } == ["16", "2021-01-30 19:18:05", "login", "android"])
    }

    /// The events come as a log is appended: in time order (ties by user), so a window's zone-map
    /// blocks hold only nearby times; each user's own events keep their order.
    @Test func eventsAreInTimeOrder() {
        guard case .timestamp(let times) = events.columns[1].storage, case .int(let users) = events.columns[0].storage else {
            Issue.record("unexpected event columns")
            return
        }
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(times.indices.dropFirst().allSatisfy { times[$0 - 1] < times[$0] || users[$0 - 1] <= users[$0] })
        #expect(DemoData.timeOrder([5_000_000, 1_000_000, 5_000_000, 3]) == [3, 1, 0, 2])
    }

    @Test func statusSharesAreRealistic() {
        let lastLogin = column(users, "last_login_at")
        var active = 0, atRisk = 0, inactive = 0, never = 0
        for (rowIndex, micros) in timestamps(lastLogin).enumerated() {
            guard lastLogin.validity.isValid(rowIndex) else {
                never += 1
                continue
            }
            let days = DemoData.referenceDate - CivilDate.day(ofMicros: micros)
            if days < 45 { active += 1 } else if days < 90 { atRisk += 1 } else { inactive += 1 }
        }
        let total = Double(users.rowCount)
        #expect((0.45...0.55).contains(Double(active) / total))
        #expect((0.17...0.24).contains(Double(atRisk) / total))
        #expect((0.26...0.34).contains(Double(inactive + never) / total))
        #expect((0.03...0.07).contains(Double(never) / total))
    }

    @Test func nullSharesAndRanges() {
        let total = Double(users.rowCount)
        #expect((0.02...0.04).contains(Double(column(users, "score").validity.nullCount) / total))
        #expect((0.17...0.23).contains(Double(column(users, "last_email_at").validity.nullCount) / total))
        #expect(column(users, "country").validity.nullCount > 0)
        guard case .int(let scores) = column(users, "score").storage,
              case .date(let joined) = column(users, "joined_at").storage,
              case .bool(let optIn) = column(users, "email_opt_in").storage else {
            Issue.record("unexpected storage")
            return
        }
        #expect(scores.allSatisfy { (0...1000).contains($0) })
        let first = CivilDate.days(year: 2021, month: 1, day: 1)
        #expect(joined.allSatisfy { (first...DemoData.referenceDate).contains($0) })
        #expect((0.66...0.74).contains(Double(optIn.filter { $0 }.count) / total))
        let lastLogin = column(users, "last_login_at")
        for (rowIndex, micros) in timestamps(lastLogin).enumerated() where lastLogin.validity.isValid(rowIndex) {
            #expect(CivilDate.day(ofMicros: micros) >= joined[rowIndex])
        }
    }

    @Test func eventsAverageAndStayInRange() {
        let perUser = Double(events.rowCount) / Double(users.rowCount)
        #expect((9.0...11.0).contains(perUser))
        let end = CivilDate.micros(ofDay: DemoData.referenceDate + 1)
        #expect(timestamps(column(events, "at")).allSatisfy { $0 < end })
    }

    /// Every user's latest login event is their `last_login_at`; never-logged-in users have no login.
    @Test func latestLoginEventIsLastLogin() {
        guard case .int(let userIDs) = column(events, "user_id").storage,
              case .string(let types) = column(events, "type").storage,
              case .string(let channels) = column(events, "channel").storage else {
            Issue.record("unexpected storage")
            return
        }
        let times = timestamps(column(events, "at"))
        var latestLogin = [Int64?](repeating: nil, count: users.rowCount + 1)
        for rowIndex in 0..<events.rowCount {
            let type = types.string(at: rowIndex)
            #expect((channels.string(at: rowIndex) == "email") == type.hasPrefix("email_"))
            guard type == "login" else { continue }
            let user = Int(userIDs[rowIndex])
            latestLogin[user] = max(latestLogin[user] ?? .min, times[rowIndex])
        }
        let lastLogin = column(users, "last_login_at")
        let lastLoginTimes = timestamps(lastLogin)
        for rowIndex in stride(from: 0, to: users.rowCount, by: 7) {
            let expected: Int64? = lastLogin.validity.isValid(rowIndex) ? lastLoginTimes[rowIndex] : nil
            #expect(latestLogin[rowIndex + 1] == expected, "user \(rowIndex + 1)")
        }
    }
}
