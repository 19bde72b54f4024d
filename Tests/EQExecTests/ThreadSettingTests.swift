import EQEngine
import EQStore
import Testing

/// `set threads = N` (and `--threads N`) caps the threads of the parallel kernels; the results are the
/// same at every count, order included, because the parts merge in row order.
struct ThreadSettingTests {
    @Test func everyCountGivesTheSameRows() {
        let (users, events) = DemoData.generate(users: 3000, eventsPerUser: 20, seed: 11)
        let queries = [
            "users where did login at least 2 times last 60 days and name contains \"an\" | show id, email",
            "users where email ends with \".org\" | count by role",
            "users where not did purchase since 2024-01 | top 7 by score",
        ]
        var answers: [[String]] = []
        for threads in [1, 2, 3, 8] {
            let session = ExecFixture.session(users, events)
            #expect(ExecFixture.failures(session, "set threads = \(threads)").isEmpty)
            #expect(session.settings.threads == threads)
            answers.append(queries.flatMap { ExecFixture.rows(session, $0) })
        }
        #expect(answers.allSatisfy { $0 == answers[0] })
        #expect(answers[0].count > 10)
    }

    @Test(arguments: ["set threads = 0", "set threads = 257", "set threads = many", "set threads = 1.5"])
    func outOfRangeIsRefused(statement: String) {
        let session = ExecFixture.session(Table(name: "users", columns: [ExecFixture.ints("id", [1])]))
        let failures = ExecFixture.failures(session, statement)
        #expect(failures.map(\.message) == ["threads is a whole number from 1 to 256"])
        #expect(session.settings.threads == nil)
    }
}
