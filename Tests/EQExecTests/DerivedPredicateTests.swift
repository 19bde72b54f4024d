import EQEngine
import EQStore
import EQTestSupport
import Foundation
import Testing

/// A condition on a derived column must select exactly the rows it selects on the column as shown:
/// `users where P` against `users | show ... | where P`, where the shown columns are plain stored
/// values. Every operator on every derived column, over the reference data (2,000 users).
struct DerivedPredicateTests {
    typealias X = ExecFixture

    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("GoldenTests/Golden/data").path

    static let conditions: [String] = [
        // status and stage: every operator they take.
        "status = at_risk", "status != at_risk", "status in (active, inactive)", "status not in (active, inactive)",
        "status contains \"a\"", "status contains \"AT_\"", "status starts with \"in\"", "status ends with \"ive\"",
        "status not contains \"act\"", "not status starts with \"a\"", "status contains \"\"", "status is null",
        "status is not null",
        "stage = idle_1d", "stage != active", "stage in (inactive_1w, inactive_1m)", "stage not in (active)",
        "stage contains \"1\"", "stage starts with \"inactive_\"", "stage ends with \"w\"", "stage not ends with \"w\"",
        "stage is not null",
        // cohort: comparisons, lists, every text match (the planner once matched the text of joined_at).
        "cohort = \"2024-01\"", "cohort != \"2024-01\"", "cohort < \"2024-01\"", "cohort <= \"2024-01\"",
        "cohort > \"2024-01\"", "cohort >= \"2024-01\"", "cohort in (\"2023-12\", \"2024-02\")",
        "cohort not in (\"2023-12\", \"2024-02\")", "cohort contains \"2\"", "cohort contains \"-0\"",
        "cohort contains \"24-0\"", "cohort starts with \"2023\"", "cohort ends with \"1\"", "cohort not contains \"2\"",
        "cohort not starts with \"2024\"", "not cohort ends with \"-12\"", "cohort contains \"\"", "cohort is null",
        "cohort is not null",
        // days_inactive: every comparison, fractions, lists, and bounds far outside any date.
        "days_inactive = 30", "days_inactive != 30", "days_inactive < 30", "days_inactive <= 30", "days_inactive > 30",
        "days_inactive >= 30", "days_inactive = 30.5", "days_inactive != 30.5", "days_inactive < 30.5",
        "days_inactive >= 30.5", "days_inactive in (0, 1, 2)", "days_inactive not in (0, 1, 2)", "days_inactive > -5",
        "days_inactive < 0", "days_inactive is null", "days_inactive is not null",
        "days_inactive > -9999999999", "days_inactive < 9999999999", "days_inactive >= -9223372036854775808",
        "days_inactive <= 9223372036854775807", "days_inactive > 9223372036854775807",
    ]

    @Test(arguments: conditions)
    func aDerivedConditionMeansWhatItMeansOnTheShownColumn(_ condition: String) throws {
        let session = try GoldenRunner.session(dataDirectory: Self.dataDirectory)
        let direct = X.rows(session, "users where \(condition) | show id")
        let shown = X.rows(session, "users | show id, status, stage, cohort, days_inactive | where \(condition) | show id")
        #expect(direct == shown, "\(condition): \(direct.count) rows, shown \(shown.count)")
        #expect(!direct.contains("<failed>"))
    }

    /// The regression of issue 10: `contains` on cohort found nothing.
    @Test func cohortContainsFindsTheMonths() throws {
        let session = try GoldenRunner.session(dataDirectory: Self.dataDirectory)
        #expect(X.rows(session, "users where cohort contains \"2\" | count") == ["2000"])
        #expect(X.rows(session, "users where cohort starts with \"2023-1\" | count")
                == X.rows(session, "users where cohort in (2023-10, 2023-11, 2023-12) | count"))
    }

    @Test func aDerivedColumnAgainstAnotherColumnIsAnError() throws {
        let session = try GoldenRunner.session(dataDirectory: Self.dataDirectory)
        let failures = X.failures(session, "users where days_inactive > score | count")
        #expect(failures.map(\.message) == ["days_inactive can only be compared with a value here"])
        #expect(X.failures(session, "users where email = cohort").map(\.message)
                == ["cohort can only be compared with a value here"])
    }
}
