import EQEngine
import EQStore
import Testing

/// The semi-join's edge cases the reference data lacks: events of unknown users, null keys and
/// times, a date time column, ids too spread out for the dense path.
struct EventSemiJoinTests {
    static func events(_ rows: [(Int64?, String, Int32?)], dates: Bool = true) -> Table {
        var table = Table(name: "events", columns: [
            ExecFixture.ints("user_id", rows.map(\.0)),
            ExecFixture.strings("type", rows.map(\.1)),
            dates ? ExecFixture.dates("at", rows.map(\.2))
                : ExecFixture.timestamps("at", rows.map { $0.2.map { ExecFixture.micros("1970-01-01") + Int64($0) * 86_400_000_000 } }),
        ])
        table.keyColumn = 0
        table.timeColumn = 2
        return table
    }

    static func users(_ ids: [Int64?]) -> Table {
        Table(name: "users", columns: [ExecFixture.ints("id", ids)])
    }

    static let june10 = ExecFixture.day("2024-06-10")
    static let may1 = ExecFixture.day("2024-05-01")

    static let sample = events([
        (1, "login", june10), (1, "login", june10), (1, "login", may1),
        (2, "login", may1), (2, "purchase", june10),
        (nil, "login", june10), (3, "login", nil),
        (99, "login", june10),
    ])

    @Test(arguments: [false, true])
    func countsAndWindows(sparse: Bool) {
        // Sparse ids (a billion apart) take the hash path; the answers must not change.
        let scale: Int64 = sparse ? 1_000_000_000 : 1
        var events = Self.sample
        if case .int(let keys) = events.columns[0].storage {
            events.columns[0] = Column(name: "user_id", storage: .int(keys.map { $0 * scale }), validity: events.columns[0].validity)
        }
        let session = ExecFixture.session(Self.users([1 * scale, 2 * scale, 3 * scale, 4 * scale, nil]), events)
        func ids(_ condition: String) -> [String] {
            ExecFixture.rows(session, "users where \(condition) | show id").map { Int64($0).map { String($0 / scale) } ?? "null" }
        }
        #expect(ids("did login") == ["1", "2", "3"])
        #expect(ids("did login last 30 days") == ["1"])
        #expect(ids("did login at least 2 times") == ["1"])
        #expect(ids("did login at most 1 times last 30 days") == ["2", "3", "4", "null"])
        #expect(ids("did not login") == ["4", "null"])
        #expect(ids("did login exactly 1 time") == ["2", "3"])
        // A login without a time is outside every window, and has no first/last time.
        #expect(ids("did login since 2020-01") == ["1", "2"])
        #expect(ids("first login before 2024-06") == ["1", "2"])
        #expect(ids("last login since 2024-06") == ["1"])
        #expect(ids("not last login since 2024-06") == ["2"])
        #expect(ids("first purchase is null") == ["1", "3", "4", "null"])
    }

    @Test func timestampTimeColumn() {
        let session = ExecFixture.session(Self.users([1, 2, 3]), Self.events(
            [(1, "login", Self.june10), (2, "login", Self.may1)], dates: false))
        #expect(ExecFixture.rows(session, "users where did login last 30 days | show id") == ["1"])
        #expect(ExecFixture.rows(session, "users where last login between 2024-05-01 and 2024-05-01 | show id") == ["2"])
    }

    @Test func noEventsTableIsAClearError() {
        let session = ExecFixture.session(Self.users([1]))
        let failures = ExecFixture.failures(session, "users where did login")
        #expect(failures.first?.message == "no events table is loaded for `did login`")
    }
}

extension EventSemiJoinTests {
    /// A type column in the plain layout (one dictionary entry per row) holds the type under many entries.
    @Test func plainTypeColumn() {
        var events = Table(name: "events", columns: [
            ExecFixture.ints("user_id", [1, 2, 2, 3]),
            ExecFixture.strings("type", ["login", "login", "apply", "login"], plain: true),
            ExecFixture.dates("at", [Self.june10, Self.june10, Self.june10, Self.may1]),
        ])
        events.keyColumn = 0
        events.timeColumn = 2
        let session = ExecFixture.session(Self.users([1, 2, 3, 4]), events)
        #expect(ExecFixture.rows(session, "users where did login | show id") == ["1", "2", "3"])
        #expect(ExecFixture.rows(session, "users where did login last 30 days and did apply | show id") == ["2"])
    }

    @Test func hugeCountsDoNotOverflow() {
        let session = ExecFixture.session(Self.users([1, 2]), Self.sample)
        #expect(ExecFixture.rows(session, "users where did login at most 9223372036854775807 times | count") == ["2"])
    }
}
