import EQEngine
import EQStore
import Testing

/// Script parameters (`--param month=2024-07`) are typed as literals of the language, never pasted
/// into the text, and a missing or ill-typed one is an error at the `$name` that uses it.
struct ParameterTests {
    static func session(_ parameters: [String: String]) -> Session {
        var events = Table(name: "events", columns: [
            ExecFixture.ints("user_id", [1, 1, 2]),
            ExecFixture.strings("type", ["login", "login", "purchase"]),
            ExecFixture.dates("at", [ExecFixture.day("2024-07-02"), ExecFixture.day("2024-05-01"), ExecFixture.day("2024-07-09")]),
        ])
        events.keyColumn = 0
        events.timeColumn = 2
        let session = ExecFixture.session(Table(name: "users", columns: [
            ExecFixture.ints("id", [1, 2, 3]),
            ExecFixture.strings("role", ["student", "staff", "student"]),
            ExecFixture.ints("score", [700, 400, 550]),
        ]), events)
        session.parameters = parameters
        return session
    }

    @Test func typedValuesInConditionsAndEventWindows() {
        let session = Self.session(["min_score": "500", "month": "2024-07", "role": "student"])
        #expect(ExecFixture.rows(session, "users where score >= $min_score and role = $role | show id") == ["1", "3"])
        #expect(ExecFixture.rows(session, "users where did login since $month | show id") == ["1"])
        #expect(ExecFixture.rows(session, "users where last purchase between $month and $month | show id") == ["2"])
    }

    @Test func aParameterIsOneValueNeverText() {
        let session = Self.session(["role": "student or 1 = 1", "min": "0 or true"])
        #expect(ExecFixture.rows(session, "users where role = $role | count") == ["0"])
        let failures = ExecFixture.failures(session, "users where score >= $min | count")
        #expect(failures.first?.message == "cannot compare score (int) with a string")
        #expect(failures.first.map { $0.source?.text(of: $0.span!) } == "$min")
    }

    @Test func missingParameterSuggestsTheNearestName() {
        let session = Self.session(["month": "2024-07"])
        let failures = ExecFixture.failures(session, "users where did login since $mnth | count")
        #expect(failures.first?.message == "no value for parameter $mnth")
        #expect(failures.first?.hint == "did you mean $month?")
        let none = ExecFixture.failures(Self.session([:]), "users where score > $min | count")
        #expect(none.first?.hint == "pass it with --param min=VALUE")
    }

    @Test func illTypedParameterNamesTheColumn() {
        let session = Self.session(["month": "July"])
        let failures = ExecFixture.failures(session, "users where did login since $month | count")
        #expect(failures.first?.message == "\"July\" is not a date or timestamp")
        let score = ExecFixture.failures(Self.session(["min": "2024-07"]), "users where score >= $min | count")
        #expect(score.first?.message == "cannot compare score (int) with a month")
    }
}
