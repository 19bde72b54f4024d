import EQEngine
@testable import EQExec
import EQStore
import EQTypes
import Testing

/// The funnel kernel's edge cases, on hand-built tables small enough to check by eye: step order,
/// events at the same time, repeated events and repeated steps, the window's edge, users without a
/// first step, empty groups and a held-out group with no users.
struct FunnelKernelTests {
    static let hour: Int64 = 3_600_000_000
    static let day: Int64 = 24 * hour
    static let start = ExecFixture.micros("2024-03-01")

    /// Users 1...n (with a `plan` column) and events given as (user, type, hours after 2024-03-01).
    static func session(users: [(Int64, String)], events: [(Int64?, String, Int64?)], dateEvents: Bool = false) -> Session {
        let userTable = Table(name: "users", columns: [
            ExecFixture.ints("id", users.map(\.0)), ExecFixture.strings("plan", users.map(\.1)),
        ])
        var eventTable = Table(name: "events", columns: [
            ExecFixture.ints("user_id", events.map(\.0)),
            ExecFixture.strings("type", events.map(\.1)),
            dateEvents
                ? ExecFixture.dates("at", events.map { $0.2.map { Int32(ExecFixture.day("2024-03-01")) + Int32($0 / 24) } })
                : ExecFixture.timestamps("at", events.map { $0.2.map { start + $0 * hour } }),
        ])
        eventTable.keyColumn = 0
        eventTable.timeColumn = 2
        return ExecFixture.session(userTable, eventTable)
    }

    static let plainUsers: [(Int64, String)] = [(1, "free"), (2, "free"), (3, "pro"), (4, "pro")]

    @Test func stepsMustComeInOrder() {
        // 1: a -> b -> c in order. 2: b before a, then c: reaches only a. 3: a, c, b: reaches a, b.
        // 4: no a at all: counted nowhere.
        let session = Self.session(users: Self.plainUsers, events: [
            (1, "a", 0), (1, "b", 1), (1, "c", 2),
            (2, "b", 0), (2, "a", 1), (2, "c", 2),
            (3, "a", 0), (3, "c", 1), (3, "b", 2),
            (4, "b", 0), (4, "c", 1),
        ])
        #expect(ExecFixture.rows(session, "funnel a -> b -> c within 1 day | show step, users") == ["1|3", "2|2", "3|1"])
    }

    @Test func sameTimestampCountsAsInOrderEitherWayItIsStored() {
        // All three at the same instant, stored in reverse order: the user reaches every step.
        let session = Self.session(users: Self.plainUsers, events: [(1, "c", 5), (1, "b", 5), (1, "a", 5)])
        #expect(ExecFixture.rows(session, "funnel a -> b -> c within 1 hour | show step, users, median_days_from_previous")
                == ["1|1|∅", "2|1|0.0", "3|1|0.0"])
    }

    @Test func repeatedStepNeedsAnotherEventEvenAtTheSameTime() {
        // a -> a: user 1 has one a (no), user 2 two at the same time (yes), user 3 two a day apart (yes).
        // a -> b -> a: user 2's second a at b's time still counts for the third step.
        let session = Self.session(users: Self.plainUsers, events: [
            (1, "a", 0),
            (2, "a", 3), (2, "a", 3), (2, "b", 3),
            (3, "a", 0), (3, "a", 24),
        ])
        #expect(ExecFixture.rows(session, "funnel a -> a within 2 days | show step, users") == ["1|3", "2|2"])
        #expect(ExecFixture.rows(session, "funnel a -> b -> a within 2 days | show step, users") == ["1|3", "2|1", "3|1"])
    }

    @Test func repeatedEventsUseTheEarliestFirstStep() {
        // The window opens at the first a (hour 0): the b at hour 50 is outside 2 days even though a
        // later a (hour 40) was within 2 days of it.
        let session = Self.session(users: Self.plainUsers, events: [(1, "a", 0), (1, "a", 40), (1, "b", 50)])
        #expect(ExecFixture.rows(session, "funnel a -> b within 2 days | show step, users") == ["1|1", "2|0"])
    }

    @Test(arguments: [(48, true), (49, false)])
    func windowEdgeIsIncluded(hoursLater: Int64, reaches: Bool) {
        // Exactly 2 days after the first step counts; an hour more does not. The window runs from the
        // first step, not from the previous one.
        let session = Self.session(users: Self.plainUsers, events: [(1, "a", 0), (1, "b", 47), (1, "c", hoursLater)])
        let rows = ExecFixture.rows(session, "funnel a -> b -> c within 2 days | show step, users")
        #expect(rows == ["1|1", "2|1", "3|\(reaches ? 1 : 0)"])
    }

    @Test func windowEdgeOnDatesAndCalendarMonths() {
        // Date events: 14 days after is in, 15 is out. A month from 31 January ends on 29 February 2024.
        let session = Self.session(users: Self.plainUsers, events: [
            (1, "a", 0), (1, "b", 14 * 24),
            (2, "a", 0), (2, "b", 15 * 24),
        ], dateEvents: true)
        #expect(ExecFixture.rows(session, "funnel a -> b within 14 days | show step, users") == ["1|2", "2|1"])
        let start = ExecFixture.micros("2024-01-31")
        #expect(FunnelKernel.windowEnd(from: start, count: 1, unit: .month) == ExecFixture.micros("2024-02-29"))
        #expect(FunnelKernel.windowEnd(from: start + 5 * Self.hour, count: 1, unit: .quarter) == ExecFixture.micros("2024-04-30") + 5 * Self.hour)
    }

    @Test func usersWithoutFirstStepNullsAndUnknownUsersAreLeftOut() {
        // Events of user 99 (not a user), a null user and a null time never count; the funnel over
        // nobody at the first step has null shares, not a division by zero.
        let session = Self.session(users: Self.plainUsers, events: [(99, "a", 0), (nil, "a", 0), (1, "a", nil), (2, "b", 1)])
        #expect(ExecFixture.rows(session, "funnel a -> b within 1 day | show step, users, from_previous, from_first")
                == ["1|0|∅|∅", "2|0|∅|∅"])
    }

    @Test func groupsInOrderIncludingOnesWithNobodyAtAStep() {
        let session = Self.session(users: Self.plainUsers, events: [(1, "a", 0), (1, "b", 1), (3, "a", 0)])
        #expect(ExecFixture.rows(session, "funnel a -> b within 1 day by plan | show plan, step, users, from_previous")
                == ["free|1|1|∅", "free|2|1|1.0", "pro|1|1|∅", "pro|2|0|0.0"])
        // A selection that keeps nobody: no groups, no rows.
        #expect(ExecFixture.rows(session, "users where id > 100 | funnel a -> b within 1 day by plan").isEmpty)
        // Without `by`, a row per step even then.
        #expect(ExecFixture.rows(session, "users where id > 100 | funnel a -> b within 1 day | show users") == ["0", "0"])
    }

    @Test func holdoutWithAnEmptyGroupPrintsNullInterval() {
        let session = Self.session(users: Self.plainUsers, events: [(1, "a", 0), (1, "b", 1), (2, "a", 0)])
        let rows = ExecFixture.rows(session, "users | holdout 0% seed 1 | funnel a -> b within 1 day by group")
        #expect(rows == ["1|a|2|0.5|0|∅|∅|∅|∅", "2|b|1|0.25|0|∅|∅|∅|∅"])
        // Everyone held out: the target side is the empty one.
        let all = ExecFixture.rows(session, "users | holdout 100% seed 1 | funnel a -> b within 1 day by group")
        #expect(all == ["1|a|0|∅|2|0.5|∅|∅|∅", "2|b|0|∅|1|0.25|∅|∅|∅"])
    }

    @Test func waldIntervalByHand() {
        // 30 of 100 against 20 of 100: d = 0.1, se = sqrt(.3*.7/100 + .2*.8/100) = sqrt(0.0037).
        let interval = FunnelTable.waldInterval(30, 100, 20, 100)
        let margin = 1.959963984540054 * 0.0037.squareRoot()
        #expect(abs((interval?.difference ?? 0) - 0.1) < 1e-12)
        #expect(abs((interval?.low ?? 0) - (0.1 - margin)) < 1e-12)
        #expect(abs((interval?.high ?? 0) - (0.1 + margin)) < 1e-12)
        #expect(FunnelTable.waldInterval(3, 10, 0, 0) == nil)
    }

    @Test func sparseIdsGiveTheSameAnswer() {
        let far: Int64 = 1_000_000_000_000
        let session = Self.session(users: [(far, "free"), (2 * far, "free"), (3, "pro")],
                                   events: [(far, "a", 0), (far, "b", 2), (2 * far, "a", 1), (3, "b", 0)])
        #expect(ExecFixture.rows(session, "funnel a -> b within 1 day | show step, users") == ["1|2", "2|1"])
    }

    @Test func noEventsTableIsADiagnosticAtTheStep() {
        let users = Table(name: "users", columns: [ExecFixture.ints("id", [1, 2])])
        let failures = ExecFixture.failures(ExecFixture.session(users), "funnel a -> b within 1 day")
        #expect(failures.map(\.message) == ["no events table is loaded for `a`"])
        #expect(failures.first?.span?.start == 7)
    }
}
