import EQTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs that crashed or hung eq (issue 11), each run through the real binary in a child process: a
/// crash or a hang fails its own test. Each must now end by itself with a positioned diagnostic or the
/// right answer.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"))
struct CrashAndHangTests {
    /// Counts of days, weeks, hours or years that used to overflow (SIGILL) in the time arithmetic of
    /// queries, reports and event conditions.
    @Test(arguments: [
        ("users last 110000000 days | count", "query:1:7"),
        ("users before 300000 years ago | count", "query:1:14"),
        ("registrations daily last 9223372036854775807 days", "query:1:21"),
        ("retention monthly last 9223372036854775807 months", "query:1:19"),
        ("users where did login last 9223372036854775807 days | count", "query:1:23"),
        ("users where first login before 9223372036854775807 weeks ago | count", "query:1:32"),
        ("users where last_login_at since 9223372036854775807 hours ago | count", "query:1:33"),
    ])
    func timeArithmeticOverflowIsAPositionedError(_ statement: String, _ location: String) throws {
        let outcome = try EQProcess.run(["-c", statement])
        #expect(outcome.finished, "\(outcome)")
        #expect(outcome.status == 1, "\(outcome)")
        #expect(outcome.err.contains("reaches outside the calendar, which runs from 0001-01-01 to 9999-12-31"), "\(outcome)")
        #expect(outcome.err.contains("--> \(location)"), "\(outcome)")
    }

    /// 100,000 conditions joined by `and` (or `or`) overflowed the stack (SIGSEGV): the chain is now
    /// one flat node in every pass.
    @Test(arguments: ["and", "or"])
    func aChainOf100000ConditionsRuns(_ connective: String) throws {
        let folder = try EQProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let terms = (0..<100_000).map { "score \(connective == "and" ? ">" : "=") \($0 - 1)" }
        let script = "users where " + terms.joined(separator: " \(connective) ") + " | count\n"
        try script.write(toFile: folder + "/chain.eq", atomically: true, encoding: .utf8)
        let outcome = try EQProcess.run(["run", folder + "/chain.eq", "--format", "csv"])
        #expect(outcome.finished && outcome.status == 0, "\(outcome)")
        // Demo scores are whole numbers from 0 up: `and` keeps none above 99,998; `or` keeps those below 99,999.
        let expected = connective == "and" ? "count\n0\n" : nil
        if let expected { #expect(outcome.out == expected) } else { #expect(outcome.out.hasPrefix("count\n")) }
    }

    /// Parentheses and `not` nest at most 200 deep; deeper is a positioned error, never a stack overflow.
    @Test(arguments: [("(", 213), ("not", 813)])
    func deepNestingIsRefusedWithAPosition(_ opener: String, _ column: Int) throws {
        let condition = opener == "("
            ? String(repeating: "(", count: 100_000) + "score > 1" + String(repeating: ")", count: 100_000)
            : String(repeating: "not ", count: 100_000) + "score > 1"
        let folder = try EQProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "users where \(condition) | count\n".write(toFile: folder + "/deep.eq", atomically: true, encoding: .utf8)
        let outcome = try EQProcess.run(["run", folder + "/deep.eq"])
        #expect(outcome.finished && outcome.status == 1, "\(outcome)")
        #expect(outcome.err.contains("the expression is nested too deeply"), "\(outcome)")
        // The 201st `(` or `not`, after `users where ` (12 characters).
        #expect(outcome.err.contains("--> \(folder)/deep.eq:1:\(column)"), "\(outcome)")
    }

    /// 100,000 pipe steps overflowed the stack of the plan passes; a query takes at most 1,000 steps,
    /// and the error points at the first one too many.
    @Test func tooManyStepsAreRefusedAtTheFirstOneTooMany() throws {
        let folder = try EQProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let statement = "users" + String(repeating: " | where score > 1", count: 100_000) + " | count"
        try (statement + "\n").write(toFile: folder + "/steps.eq", atomically: true, encoding: .utf8)
        let outcome = try EQProcess.run(["run", folder + "/steps.eq"])
        #expect(outcome.finished && outcome.status == 1, "\(outcome)")
        #expect(outcome.err.contains("a query takes at most 1000 steps"), "\(outcome)")
        // Step 1,001 starts after `users` (5 characters) and 1,000 steps of 18 characters, plus " | ".
        #expect(outcome.err.contains("--> \(folder)/steps.eq:1:\(5 + 1000 * 18 + 4)"), "\(outcome)")
        let allowed = "users" + String(repeating: " | where score > 1", count: 999) + " | count"
        let fine = try EQProcess.run(["-c", allowed, "--format", "csv"])
        #expect(fine.finished && fine.status == 0 && fine.out.hasPrefix("count\n"), "\(fine)")
    }

    /// A statement of 20,000 lines through a pipe: the shell re-read the whole pending statement after
    /// every line to see whether it was finished, which was quadratic (minutes for 2,000 lines).
    @Test func aLongMultiLineStatementThroughAPipeRunsInOnePass() throws {
        let lines = ["users where score > -1 and"] + (0..<20_000).map { _ in "score > -1 and" } + ["score > -1", "| count"]
        let outcome = try EQProcess.run(["--format", "csv"], input: lines.joined(separator: "\n") + "\n")
        #expect(outcome.finished && outcome.status == 0, "\(outcome)")
        // The demo users with a score (the others have none).
        #expect(outcome.out == "count\n48540\n", "\(outcome)")
    }

    /// `in (...)` with 100,000 strings compared every dictionary entry with every string, and a long
    /// `not in` of numbers intersected interval lists pairwise: both quadratic (minutes, deaf to
    /// Ctrl-C). A hash lookup and one sweep make them linear.
    @Test func longInListsRunInLinearTime() throws {
        let folder = try EQProcess.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let emails = (0..<100_000).map { "\"nobody\($0)@example.org\"" } + ["\"nobody@example.org\""]
        let numbers = (0..<100_000).map { String($0 * 7) }
        let script = "users where email in (\(emails.joined(separator: ", "))) | count\n"
            + "users where score not in (\(numbers.joined(separator: ", "))) | count\n"
        try script.write(toFile: folder + "/in.eq", atomically: true, encoding: .utf8)
        let outcome = try EQProcess.run(["run", folder + "/in.eq", "--format", "csv"])
        #expect(outcome.finished && outcome.status == 0, "\(outcome)")
        // No demo email is in the list; the second count is checked against a sweep in the unit tests.
        let parts = outcome.out.components(separatedBy: "\n\n")
        #expect(parts.count == 2 && parts[0] == "count\n0" && parts[1].hasPrefix("count\n"), "\(outcome)")
    }
}
