@testable import EQExec
import EQStore
import EQSyntax
import EQTypes
import Testing

/// The per-user bitmap of active periods behind retention, active users, their trend and stickiness,
/// against a plain reference written here: a set of (user, period) pairs from a loop over the events.
struct ActivityBitmapTests {
    typealias F = ExecFixture

    /// Users and events drawn from a seed: ids dense or far apart, some users unselected or without a
    /// signup day, logins of unknown and null ids, null types and times, other event types, and times
    /// before, inside and after `range`.
    struct Drawn {
        var users: Table
        var events: Table
        var selected: [UInt32]?
    }

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func draw(seed: UInt64, users count: Int, events eventCount: Int, firstDay: Int32, days: Int,
                     sparse: Bool = false, dateTimes: Bool = false, plainTypes: Bool = false) -> Drawn {
        var random = Generator(state: seed)
        let ids = (0..<count).map { Int64($0) * (sparse ? 1_000_003 : 1) + 10 }
        let joined: [Int32?] = (0..<count).map { _ in
            random.next(20) == 0 ? nil : firstDay - 20 + Int32(random.next(days + 40))
        }
        let users = Table.inferringRoles(name: "users", columns: [
            F.ints("id", ids.map { $0 }), F.dates("joined_at", joined),
        ])
        var eventIDs: [Int64?] = []
        var types: [String?] = []
        var eventDays: [Int32?] = []
        for _ in 0..<eventCount {
            let pick = random.next(50)
            eventIDs.append(pick == 0 ? nil : pick == 1 ? 999_999_999_999 : ids[random.next(count)])
            let kind = random.next(10)
            types.append(kind == 0 ? nil : kind < 4 ? "page_view" : "login")
            eventDays.append(random.next(40) == 0 ? nil : firstDay - 30 + Int32(random.next(days + 60)))
        }
        let time = dateTimes ? F.dates("at", eventDays)
            : F.timestamps("at", eventDays.map { $0.map { CivilDate.micros(ofDay: $0) + Int64(random.next(86_400)) * 1_000_000 } })
        let events = Table.inferringRoles(name: "events", columns: [
            F.ints("user_id", eventIDs), time, F.strings("type", types, plain: plainTypes),
        ])
        let selected: [UInt32]? = seed % 3 == 0 ? nil
            : (0..<count).filter { _ in random.next(4) != 0 }.map { UInt32($0) }
        return Drawn(users: users, events: events, selected: selected)
    }

    /// The pairs (user row, period offset) with a login, straight from the rows.
    static func referencePairs(_ drawn: Drawn, _ index: UserIndex, _ range: PeriodRange) -> Set<[Int]> {
        var pairs = Set<[Int]>()
        let columns = drawn.events.columns
        guard case .int(let ids) = columns[0].storage, case .string(let types) = columns[2].storage else { return pairs }
        for row in 0..<drawn.events.rowCount {
            guard columns[0].validity.isValid(row), columns[1].validity.isValid(row), columns[2].validity.isValid(row),
                  types.string(at: row) == "login" else { continue }
            let user = index.row(ofID: ids[row])
            guard user >= 0 else { continue }
            let day: Int32
            switch columns[1].storage {
            case .date(let values): day = values[row]
            case .timestamp(let values): day = CivilDate.day(ofMicros: values[row])
            default: continue
            }
            let offset = range.offset(ofDay: day)
            if offset >= 0 && offset < range.count { pairs.insert([Int(user), offset]) }
        }
        return pairs
    }

    static func referenceActive(_ pairs: Set<[Int]>, periods: Int) -> [Int64] {
        var counts = [Int64](repeating: 0, count: periods)
        for pair in pairs { counts[pair[1]] += 1 }
        return counts
    }

    static func referenceRetention(_ pairs: Set<[Int]>, _ index: UserIndex, _ range: PeriodRange, cohorts: Int)
        -> (sizes: [Int64], hits: [Int64]) {
        let periods = range.count
        var cohort = [Int](repeating: -1, count: index.rowCount)
        var sizes = [Int64](repeating: 0, count: periods)
        for (row, day) in index.joinDay.enumerated() where day != Int32.min {
            let offset = range.offset(ofDay: day)
            if offset >= 0 && offset < min(cohorts, periods) {
                cohort[row] = offset
                sizes[offset] += 1
            }
        }
        var hits = [Int64](repeating: 0, count: periods * periods)
        for pair in pairs where cohort[pair[0]] >= 0 && pair[1] >= cohort[pair[0]] {
            hits[cohort[pair[0]] * periods + pair[1] - cohort[pair[0]]] += 1
        }
        return (sizes, hits)
    }

    static func daily(_ first: Int32, _ count: Int) -> PeriodRange {
        PeriodRange(calendar: ReportCalendar(.daily), first: first, last: first + Int32(count) - 1)
    }

    /// The kernel against the reference on drawn data, at every layout width (8, 16, 32 and 64-bit
    /// words, one or several words a user) and period counts on both sides of each width.
    @Test(arguments: [1, 7, 8, 9, 16, 17, 32, 33, 63, 64, 65, 128, 129, 200])
    func matchesTheReference(periods: Int) throws {
        let firstDay = F.day("2024-01-01")
        for seed in UInt64(1)...6 {
            let drawn = Self.draw(seed: seed &* 7_919 &+ UInt64(periods), users: 150, events: 3_000, firstDay: firstDay,
                                  days: periods, sparse: seed % 2 == 0, dateTimes: seed % 3 == 1, plainTypes: seed == 5)
            let index = try UserIndex(users: drawn.users, selectedRows: drawn.selected)
            let range = Self.daily(firstDay, periods)
            let bitmap = try ActivityBitmap(events: drawn.events, users: index, range: range, threads: 1)
            let pairs = Self.referencePairs(drawn, index, range)
            #expect(!pairs.isEmpty)
            #expect(bitmap.activeCounts() == Self.referenceActive(pairs, periods: periods))
            #expect(bitmap.usersWithAnyLogin() == Int64(Set(pairs.map { $0[0] }).count))
            let cohorts = seed % 2 == 0 ? periods : max(1, periods / 2)
            let (sizes, hits) = EngagementKernels.retention(index, bitmap, range, cohorts: cohorts)
            let expected = Self.referenceRetention(pairs, index, range, cohorts: cohorts)
            #expect(sizes == expected.sizes)
            #expect(hits == expected.hits)
        }
    }

    /// Monthly and weekly periods bucket by the calendar, as `PeriodRange.offset` does.
    @Test(arguments: [ReportPeriod.weekly, .monthly, .quarterly])
    func matchesTheReferenceOnCalendarPeriods(period: ReportPeriod) throws {
        let calendar = ReportCalendar(period)
        let firstDay = F.day("2022-03-15")
        let range = PeriodRange(calendar: calendar, first: calendar.index(ofDay: firstDay),
                                last: calendar.index(ofDay: F.day("2024-06-30")))
        let drawn = Self.draw(seed: 99, users: 300, events: 6_000, firstDay: range.startDay,
                              days: Int(range.endDay - range.startDay) + 1)
        let index = try UserIndex(users: drawn.users, selectedRows: drawn.selected)
        let bitmap = try ActivityBitmap(events: drawn.events, users: index, range: range)
        let pairs = Self.referencePairs(drawn, index, range)
        #expect(bitmap.activeCounts() == Self.referenceActive(pairs, periods: range.count))
        let (_, hits) = EngagementKernels.retention(index, bitmap, range)
        #expect(hits == Self.referenceRetention(pairs, index, range, cohorts: range.count).hits)
    }

    /// Enough events for the scan and the counts to split into parts: every thread count, and a memory
    /// budget that allows one copy only, give the same answers as one thread.
    @Test func threadCountsGiveTheSameAnswers() throws {
        let firstDay = F.day("2024-01-01")
        let drawn = Self.draw(seed: 4, users: 70_000, events: 200_000, firstDay: firstDay, days: 90)
        let index = try UserIndex(users: drawn.users, selectedRows: drawn.selected)
        let ranges = [Self.daily(firstDay, 90), Self.daily(firstDay, 20), Self.daily(firstDay + 10, 5)]
        for range in ranges {
            let one = try ActivityBitmap(events: drawn.events, users: index, range: range, threads: 1)
            let oneActive = one.activeCounts(threads: 1)
            let oneHits = EngagementKernels.retention(index, one, range, threads: 1).hits
            #expect(oneActive == Self.referenceActive(Self.referencePairs(drawn, index, range), periods: range.count))
            for threads in [2, 3, 8] {
                let many = try ActivityBitmap(events: drawn.events, users: index, range: range, threads: threads)
                #expect(many.activeCounts(threads: threads) == oneActive)
                #expect(EngagementKernels.retention(index, many, range, threads: threads).hits == oneHits)
                #expect(many.usersWithAnyLogin(threads: threads) == one.usersWithAnyLogin(threads: 1))
            }
            let tight = try ActivityBitmap(events: drawn.events, users: index, range: range, threads: 8,
                                           memoryBudget: ActivityBitmap.byteCount(rows: index.rowCount, periods: range.count))
            #expect(tight.activeCounts(threads: 2) == oneActive)
        }
    }

    @Test func zeroPeriodsCountNothing() throws {
        let drawn = Self.draw(seed: 2, users: 20, events: 200, firstDay: F.day("2024-01-01"), days: 10)
        let index = try UserIndex(users: drawn.users, selectedRows: nil)
        let empty = PeriodRange(calendar: ReportCalendar(.daily), first: F.day("2024-01-05"), last: F.day("2024-01-04"))
        #expect(empty.count == 0)
        let bitmap = try ActivityBitmap(events: drawn.events, users: index, range: empty)
        #expect(bitmap.activeCounts().isEmpty)
        #expect(bitmap.usersWithAnyLogin() == 0)
        let (sizes, hits) = EngagementKernels.retention(index, bitmap, empty)
        #expect(sizes.isEmpty && hits.isEmpty)
        #expect(ActivityBitmap.byteCount(rows: 1_000, periods: 0) == 0)
    }

    /// One user with a login on every day of 130 (three 64-bit words, the last partly used) and one
    /// more on the last day only: every period counted, each user once.
    @Test func aUserActiveInEveryPeriodAcrossWords() throws {
        let firstDay = F.day("2024-01-01")
        let periods = 130
        var ids: [Int64] = []
        var times: [Int64] = []
        for day in 0..<periods {
            for hour in [1, 13] {
                ids.append(1)
                times.append(CivilDate.micros(ofDay: firstDay + Int32(day)) + Int64(hour) * 3_600_000_000)
            }
        }
        ids.append(2)
        times.append(CivilDate.micros(ofDay: firstDay + Int32(periods - 1)))
        let users = Table.inferringRoles(name: "users", columns: [
            F.ints("id", [1, 2]), F.dates("joined_at", [firstDay, firstDay + 64]),
        ])
        let events = Table.inferringRoles(name: "events", columns: [
            F.ints("user_id", ids.map { $0 }), F.timestamps("at", times.map { $0 }),
            F.strings("type", Array(repeating: "login", count: ids.count)),
        ])
        let index = try UserIndex(users: users, selectedRows: nil)
        let range = Self.daily(firstDay, periods)
        let bitmap = try ActivityBitmap(events: events, users: index, range: range)
        var expected = [Int64](repeating: 1, count: periods)
        expected[periods - 1] = 2
        #expect(bitmap.activeCounts() == expected)
        let (sizes, hits) = EngagementKernels.retention(index, bitmap, range)
        #expect(sizes[0] == 1 && sizes[64] == 1)
        #expect((0..<periods).map { hits[$0] } == [Int64](repeating: 1, count: periods))
        // User 2's cohort starts at bit 0 of the second word; offset 65 is the last day.
        #expect((0..<(periods - 64)).map { hits[64 * periods + $0] } == (0..<(periods - 64)).map { Int64($0 == 65 ? 1 : 0) })
    }

    /// Logins before the cohort's period are not retention; a login earlier in the signup month than the
    /// signup day is period 0, as today's kernel counted it.
    @Test func loginsBeforeTheCohortAreNotCounted() throws {
        let months = ReportCalendar(.monthly)
        let range = PeriodRange(calendar: months, first: months.index(ofDay: F.day("2024-01-01")),
                                last: months.index(ofDay: F.day("2024-05-31")))
        let users = Table.inferringRoles(name: "users", columns: [
            F.ints("id", [1]), F.timestamps("joined_at", [F.micros("2024-03-20")]),
        ])
        let logins = ["2023-12-31", "2024-01-10", "2024-03-02", "2024-04-30", "2024-06-01"]
        let events = Table.inferringRoles(name: "events", columns: [
            F.ints("user_id", logins.map { _ in 1 }), F.timestamps("at", logins.map { F.micros($0, hour: 23) }),
            F.strings("type", logins.map { _ in "login" }),
        ])
        let index = try UserIndex(users: users, selectedRows: nil)
        let bitmap = try ActivityBitmap(events: events, users: index, range: range)
        #expect(bitmap.activeCounts() == [1, 0, 1, 1, 0])
        let (sizes, hits) = EngagementKernels.retention(index, bitmap, range)
        #expect(sizes == [0, 0, 1, 0, 0])
        #expect(Array(hits[(2 * 5)..<(3 * 5)]) == [1, 1, 0, 0, 0])
        #expect(hits.reduce(0, +) == 2)
    }

    @Test func theEarliestLoginIsOfASelectedUser() throws {
        let users = Table.inferringRoles(name: "users", columns: [
            F.ints("id", [1, 2]), F.dates("joined_at", [F.day("2024-01-01"), F.day("2024-01-01")]),
        ])
        let events = Table.inferringRoles(name: "events", columns: [
            F.ints("user_id", [2, 1, 7, 1, nil]),
            F.timestamps("at", [F.micros("2020-01-01"), F.micros("2023-05-02"), F.micros("2019-01-01"), nil, F.micros("2018-01-01")]),
            F.strings("type", ["login", "login", "login", "login", "login"]),
        ])
        let onlyFirst = try UserIndex(users: users, selectedRows: [0])
        #expect(try ActivityBitmap.earliestLoginDay(events: events, users: onlyFirst) == F.day("2023-05-02"))
        let both = try UserIndex(users: users, selectedRows: nil)
        #expect(try ActivityBitmap.earliestLoginDay(events: events, users: both) == F.day("2020-01-01"))
        let none = try UserIndex(users: users, selectedRows: [])
        #expect(try ActivityBitmap.earliestLoginDay(events: events, users: none) == nil)
    }

    @Test func aCancelledBuildThrows() throws {
        let drawn = Self.draw(seed: 3, users: 50, events: 500, firstDay: F.day("2024-01-01"), days: 30)
        let index = try UserIndex(users: drawn.users, selectedRows: nil)
        #expect(throws: ExecutionError.cancelled) {
            try ActivityBitmap(events: drawn.events, users: index, range: Self.daily(F.day("2024-01-01"), 30),
                               cancellation: { true })
        }
    }

    @Test func eventsWithoutATypeColumnAreRefused() throws {
        let users = Table.inferringRoles(name: "users", columns: [F.ints("id", [1]), F.dates("joined_at", [F.day("2024-01-01")])])
        let events = Table.inferringRoles(name: "events", columns: [F.ints("user_id", [1]), F.timestamps("at", [F.micros("2024-01-02")])])
        let index = try UserIndex(users: users, selectedRows: nil)
        #expect(throws: ExecutionError.self) { try ActivityBitmap.checkColumns(of: events) }
        #expect(throws: ExecutionError.self) {
            try ActivityBitmap(events: events, users: index, range: Self.daily(F.day("2024-01-01"), 3))
        }
    }

    /// Through a session: `set threads` reaches the report kernels, and every count gives the same rows.
    @Test func reportsAreTheSameAtEveryThreadCount() {
        let (users, events) = DemoData.generate(users: 4_000, eventsPerUser: 20, seed: 5)
        let reports = [
            "retention monthly since 2023-06", "retention weekly last 20 weeks where role = student",
            "active users daily last 60 days", "active users monthly", "trend active users weekly last 8 weeks",
            "stickiness last 30 days",
        ]
        var answers: [[String]] = []
        for threads in [1, 2, 5] {
            let session = F.session(users, events)
            #expect(F.failures(session, "set threads = \(threads)").isEmpty)
            answers.append(reports.flatMap { F.rows(session, $0) })
        }
        #expect(answers.allSatisfy { $0 == answers[0] })
        #expect(answers[0].count > 100)
    }

    /// Events in time order with a zone map on their time: a window reads only the blocks that may hold
    /// it, and the answers are those of the same table without the map, on one thread or several.
    @Test(arguments: [false, true])
    func zoneMapsSkipBlocksAndChangeNoAnswer(dates: Bool) throws {
        let firstDay = F.day("2023-01-01")
        let rows = 40 * ZoneMap.blockRows
        var random = Generator(state: 17)
        let ids = (0..<rows).map { _ in Int64(random.next(5_000) + 1) }
        let days = (0..<rows).map { firstDay + Int32($0 * 540 / rows) }
        let time = dates ? F.dates("at", days.map { $0 })
            : F.timestamps("at", days.map { CivilDate.micros(ofDay: $0) + Int64(random.next(86_400)) * 1_000_000 })
        var mapped = Table(name: "events", columns: [
            F.ints("user_id", ids.map { $0 }), F.strings("type", ids.map { $0 % 3 == 0 ? "apply" : "login" }), time,
        ])
        mapped.keyColumn = 0
        mapped.timeColumn = 2
        mapped = mapped.withZoneMaps()
        #expect(mapped.columns[2].zoneMap != nil)
        var unmapped = mapped
        unmapped.columns[2].zoneMap = nil
        let users = Table.inferringRoles(name: "users", columns: [
            F.ints("id", (1...5_000).map { Int64($0) }),
            F.dates("joined_at", (1...5_000).map { firstDay + Int32($0 % 500) }),
        ])
        let index = try UserIndex(users: users, selectedRows: nil)
        for range in [Self.daily(firstDay + 200, 30), Self.daily(firstDay - 10, 11), Self.daily(firstDay + 530, 40)] {
            let scan = try LoginScan(events: mapped, users: index, range: range)
            let read = scan.candidateRows().reduce(0) { $0 + $1.count }
            #expect(read < rows / 4)
            let full = try ActivityBitmap(events: unmapped, users: index, range: range, threads: 1)
            for threads in [1, 2] {
                let skipping = try ActivityBitmap(events: mapped, users: index, range: range, threads: threads)
                #expect(skipping.activeCounts() == full.activeCounts())
                #expect(EngagementKernels.retention(index, skipping, range).hits == EngagementKernels.retention(index, full, range).hits)
            }
            #expect(full.activeCounts().reduce(0, +) > 0)
        }
    }
}
