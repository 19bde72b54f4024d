import EQDiagnostics
import EQSyntax
import EQTypes
import Testing
@testable import EQBinder

@Suite("Binder: time clauses and temporal values (today = 2024-06-30)")
struct TimeBindingTests {
    typealias F = Fixture

    static let joined = F.column("joined_at")
    static let lastLogin = F.column("last_login_at")
    static let at = BoundColumn(ref: .base(1), name: "at", type: .timestamp)

    static func date(_ text: String) -> Value { .date(F.day(text)) }
    static func stamp(_ text: String) -> Value { .timestamp(F.micros(text)) }

    static let dateCases: [(String, Value?, Value?)] = [
        ("since 2024-01", date("2024-01-01"), nil),
        ("since 2024-01-15", date("2024-01-15"), nil),
        ("since 2024", date("2024-01-01"), nil),
        ("before 2024-03", nil, date("2024-03-01")),
        ("after 2024-03", date("2024-04-01"), nil),
        ("after 2024-06-15", date("2024-06-16"), nil),
        ("after 2023", date("2024-01-01"), nil),
        ("between 2024-01 and 2024-03", date("2024-01-01"), date("2024-04-01")),
        ("between 2024-01-10 and 2024-01-10", date("2024-01-10"), date("2024-01-11")),
        ("between 2023 and 2024-02", date("2023-01-01"), date("2024-03-01")),
        ("last 7 days", date("2024-06-24"), date("2024-07-01")),
        ("last 1 day", date("2024-06-30"), date("2024-07-01")),
        ("last 2 weeks", date("2024-06-17"), date("2024-07-01")),
        ("last 3 months", date("2024-04-01"), date("2024-07-01")),
        ("last 1 month", date("2024-06-01"), date("2024-07-01")),
        ("last 2 quarters", date("2024-01-01"), date("2024-07-01")),
        ("since 30 days ago", date("2024-05-31"), nil),
        ("since 2 weeks ago", date("2024-06-16"), nil),
        ("since 3 months ago", date("2024-03-30"), nil),
        ("since 4 months ago", date("2024-02-29"), nil),
        ("since 1 year ago", date("2023-06-30"), nil),
        ("before 30 days ago", nil, date("2024-05-31")),
        ("after 30 days ago", date("2024-06-01"), nil),
        ("since today", date("2024-06-30"), nil),
        ("since yesterday", date("2024-06-29"), nil),
    ]

    @Test("time clauses on a date column bound in days", arguments: dateCases)
    func dateColumn(clause: String, lower: Value?, upper: Value?) throws {
        #expect(try F.condition("users " + clause) == .range(Self.joined, lower: lower, upper: upper))
    }

    static let timestampCases: [(String, Value?, Value?)] = [
        ("since 2024-01", stamp("2024-01-01"), nil),
        ("before 2024-03", nil, stamp("2024-03-01")),
        ("after 2024-03", stamp("2024-04-01"), nil),
        ("between 2024-01 and 2024-03", stamp("2024-01-01"), stamp("2024-04-01")),
        ("last 7 days", stamp("2024-06-24"), stamp("2024-07-01")),
        ("last 3 months", stamp("2024-04-01"), stamp("2024-07-01")),
        ("last 24 hours", stamp("2024-06-30"), stamp("2024-07-01")),
        ("last 6 hours", .timestamp(F.micros("2024-06-30") + 18 * 3_600_000_000), stamp("2024-07-01")),
        ("before 30 days ago", nil, stamp("2024-05-31")),
    ]

    @Test("time clauses on a timestamp column bound in microseconds", arguments: timestampCases)
    func timestampColumn(clause: String, lower: Value?, upper: Value?) throws {
        #expect(try F.condition("events " + clause) == .range(Self.at, lower: lower, upper: upper))
    }

    @Test("`where COLUMN since` acts on that column, not the time column")
    func columnTimePredicate() throws {
        #expect(try F.condition("users where last_login_at since 2024-01")
                == .range(Self.lastLogin, lower: Self.stamp("2024-01-01"), upper: nil))
        #expect(try F.condition("users where last_login_at before 30 days ago")
                == .range(Self.lastLogin, lower: nil, upper: Self.stamp("2024-05-31")))
        #expect(try F.condition("users where last_login_at < 30 days ago")
                == .range(Self.lastLogin, lower: nil, upper: Self.stamp("2024-05-31")))
        let diagnostic = try #require(try F.bindError("users where score since 2024-01"))
        #expect(diagnostic.message == "\"score\" is int, not a date or timestamp")
    }

    static let periodCases: [(String, Value?, Value?)] = [
        ("joined_at = 2024-03", date("2024-03-01"), date("2024-04-01")),
        ("joined_at < 2024-03", nil, date("2024-03-01")),
        ("joined_at <= 2024-03", nil, date("2024-04-01")),
        ("joined_at > 2024-03", date("2024-04-01"), nil),
        ("joined_at >= 2024-03", date("2024-03-01"), nil),
        ("joined_at = 2024-03-15", date("2024-03-15"), date("2024-03-16")),
        ("joined_at > 2024-03-15", date("2024-03-16"), nil),
        ("joined_at >= 2024", date("2024-01-01"), nil),
        // A timestamp bound on a date column rounds up to the next whole day.
        ("joined_at >= \"2024-06-30 12:00:00\"", date("2024-07-01"), nil),
        ("joined_at >= \"2024-06-30\"", date("2024-06-30"), nil),
    ]

    @Test("comparisons with a period use its start or its end", arguments: periodCases)
    func periodComparisons(condition: String, lower: Value?, upper: Value?) throws {
        #expect(try F.condition("users where " + condition) == .range(Self.joined, lower: lower, upper: upper))
    }

    @Test("a timestamp string is an instant on a timestamp column")
    func timestampStrings() throws {
        let noon = F.micros("2024-06-30") + 12 * 3_600_000_000
        #expect(try F.condition("users where last_login_at >= \"2024-06-30 12:00:00\"")
                == .range(Self.lastLogin, lower: .timestamp(noon), upper: nil))
        #expect(try F.condition("users where last_login_at = \"2024-06-30 12:00:00\"")
                == .range(Self.lastLogin, lower: .timestamp(noon), upper: .timestamp(noon + 1)))
    }

    @Test("!= and in on a temporal column")
    func temporalInequality() throws {
        #expect(try F.condition("users where joined_at != 2024-03")
                == .or([.range(Self.joined, lower: nil, upper: Self.date("2024-03-01")),
                        .range(Self.joined, lower: Self.date("2024-04-01"), upper: nil)]))
        #expect(try F.condition("users where joined_at in (2024-01, 2024-03-05)")
                == .or([.range(Self.joined, lower: Self.date("2024-01-01"), upper: Self.date("2024-02-01")),
                        .range(Self.joined, lower: Self.date("2024-03-05"), upper: Self.date("2024-03-06"))]))
    }

    @Test("the reference date moves relative periods")
    func otherToday() throws {
        let context = EngagementContext(today: F.day("2024-03-31"))
        #expect(try F.condition("users last 1 month", context: context)
                == .range(Self.joined, lower: Self.date("2024-03-01"), upper: Self.date("2024-04-01")))
        #expect(try F.condition("users since 1 month ago", context: context)
                == .range(Self.joined, lower: Self.date("2024-02-29"), upper: nil))
        #expect(try F.condition("users last 7 days", context: context)
                == .range(Self.joined, lower: Self.date("2024-03-25"), upper: Self.date("2024-04-01")))
    }

    @Test("malformed time clauses are errors", arguments: [
        ("users between 2024-03 and 2024-01", "this range is empty: its start is after its end"),
        ("users since \"soon\"", "\"soon\" is not a date or timestamp"),
        ("users since true", "expected a date, month, year or `N days ago`"),
    ])
    func errors(text: String, message: String) throws {
        #expect(try F.bindError(text)?.message == message)
    }
}
