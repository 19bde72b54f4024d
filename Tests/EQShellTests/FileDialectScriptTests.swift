import EQTestSupport
import Foundation
import Testing

/// Loads of files other tools write, through the real binary: what the load decided on its own is a
/// note on standard error (never on standard output, so a CSV result stays clean), in batch as in the shell.
@Suite struct FileDialectScriptTests {
    static let fixtures = "Tests/EQShellTests/Fixtures"

    @Test func detectedDelimiterAndDatesAreNotedOnStandardError() throws {
        let script = "load s from \"\(Self.fixtures)/semicolon_dates.csv\"; s | where signup >= 2024-01-01 | show name, signup"
        let result = try ExampleScriptTests.run(["-c", script, "--format", "csv"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "name,signup\nAnn,2024-06-29\nCosta; Bo,2024-07-01\n")
        #expect(result.err == """
            note: read "\(Self.fixtures)/semicolon_dates.csv" with delimiter ";", detected from its first rows \
            (write `delimiter ";"` in the load to say so)
            note: column "signup" read as dates in the form dateformat "%m/%d/%Y"

            """)
    }

    @Test func declaredDelimiterAndDateformatSayNothing() throws {
        let script = "load a from \"\(Self.fixtures)/ambiguous_dates.csv\" delimiter \";\" dateformat \"%d/%m/%Y\"; a"
        let result = try ExampleScriptTests.run(["-c", script, "--format", "csv"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "id,joined\n1,2024-07-06\n2,2024-04-05\n")
        #expect(result.err.isEmpty)
    }

    @Test func ambiguousDatesStayTextWithAHint() throws {
        let script = "load a from \"\(Self.fixtures)/ambiguous_dates.csv\" delimiter \";\"; a"
        let result = try ExampleScriptTests.run(["-c", script, "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.out == "id,joined\n1,06/07/2024\n2,05/04/2024\n")
        #expect(result.err.contains("note: column \"joined\" stays text: its dates (such as \"06/07/2024\") could be "
                                    + "month first or day first; say which with dateformat \"%m/%d/%Y\" or "
                                    + "dateformat \"%d/%m/%Y\" in the load"))
    }

    @Test func anUnreadableDateformatIsAnError() throws {
        let result = try ExampleScriptTests.run(["-c", "load a from \"x.csv\" dateformat \"%d/%q\""])
        #expect(result.status == 1)
        #expect(result.err.contains("error: cannot read dateformat \"%d/%q\""))
    }
}
