import EQEngine
import EQOutput
import EQTestSupport
import Foundation
import Testing

/// eq's side of each documented difference from DuckDB in Tests/Reliability/known-defects.txt, so a
/// change to either behaviour shows here rather than as a silent shift in the differential run.
struct KnownDifferenceTests {
    /// Runs `statements` on a fresh session and returns standard output (CSV) and standard error.
    static func run(_ statements: String) -> (output: String, errors: String) {
        let session = Session(today: 19_904)
        let output = CapturedOutput()
        ScriptRunner.run(statements, sourceName: "case", session: session,
                         options: BatchOptions(render: RenderOptions(format: .csv, width: 80, maxRows: 40), keepGoing: true),
                         output: output)
        return (output.standardOutput, output.standardError)
    }

    /// Formerly a documented difference: text matching went through Swift strings (canonical
    /// equivalence), `=` through bytes. Now `contains`/`starts with`/`ends with` compare code points
    /// after simple lower-casing, with no normalisation, like `=` and like DuckDB's ILIKE: an NFD `Zoë`
    /// does not end with an NFC `ë`, and its bare `e` is found.
    @Test func textMatchingComparesCodePointsLikeEquality() throws {
        let directory = try Reliability.temporaryDirectory("text-match")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/names.csv"
        try "id,name\n1,Zoe\u{308}\n2,Zo\u{EB}\n3,e\u{301}cole\n4,ecole\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = Self.run("""
            load t from "\(path)"
            t | where name ends with "\u{EB}" | count
            t | where name = "Zo\u{EB}" | count
            t | where name contains "e" | count
            """)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output == "count\n1\n\ncount\n1\n\ncount\n3\n", "\(result.output)")
    }

    /// Formerly a documented difference (`int-sum-overflow`): an integer sum past Int64 was the error
    /// "a sum overflows a 64-bit integer" where DuckDB widens to HUGEINT. Now eq adds in 128 bits and
    /// prints the exact total, as DuckDB does (`SELECT sum(n)` gives 9223372036854775808 here).
    @Test func integerSumPastInt64MatchesDuckDBsHugeint() throws {
        let directory = try Reliability.temporaryDirectory("sum-overflow")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/n.csv"
        try "id,n\n1,9223372036854775807\n2,1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = Self.run("load t from \"\(path)\" with (id int, n int)\nt | sum n")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output == "sum_n\n9223372036854775808\n", "\(result.output)")
    }
}
