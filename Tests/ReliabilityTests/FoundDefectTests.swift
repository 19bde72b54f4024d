import EQEngine
import EQOutput
import EQTestSupport
import Foundation
import Testing

/// End to end, the defects the reliability harnesses found (Tests/Reliability/known-defects.txt held
/// them while they were open): each query here gave a wrong answer or a refusal before its fix.
struct FoundDefectTests {
    /// Loads `csv` as table `t` with `types`, runs `statements` after it, returns output and errors.
    static func run(csv: String, types: String, _ statements: String,
                    format: OutputFormat = .csv) throws -> (output: String, errors: String) {
        let directory = try Reliability.temporaryDirectory("found-defect")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/t.csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let session = Session(today: 19_904)
        let output = CapturedOutput()
        ScriptRunner.run("load t from \"\(path)\" with (\(types))\n" + statements, sourceName: "case", session: session,
                         options: BatchOptions(render: RenderOptions(format: format, width: 80, maxRows: 40), keepGoing: true),
                         output: output)
        return (output.standardOutput, output.standardError)
    }

    /// `int64-max-interval`: "no upper bound" was written as an upper bound of Int64.max, so every
    /// comparison whose bound touched Int64.max kept the rows holding Int64.max.
    @Test func comparisonsAtTheEndsOfTheInt64Range() throws {
        let csv = "id,score\n1,9223372036854775807\n2,9223372036854775806\n3,-9223372036854775808\n4,0\n5,\n"
        let cases: [(String, Int)] = [
            ("score != 9223372036854775807", 3),
            ("score < 9223372036854775807", 3),
            ("score = 9223372036854775806", 1),
            ("score = 9223372036854775807", 1),
            ("score <= 9223372036854775807", 4),
            ("score > 9223372036854775806", 1),
            ("score >= 9223372036854775806", 2),
            ("score not in (9223372036854775807, 0)", 2),
            ("score in (9223372036854775807, -9223372036854775808)", 2),
            ("score > -9223372036854775808", 3),
            ("score >= -9223372036854775808", 4),
            ("score = -9223372036854775808", 1),
            ("score < -9223372036854775808", 0),
            ("not score = 9223372036854775807", 3),
            ("score != 9223372036854775807 and score != -9223372036854775808", 2),
            ("score = 9223372036854775807 or score = 9223372036854775806", 2),
        ]
        let result = try Self.run(csv: csv, types: "id int, score int",
                                  cases.map { "t | where \($0.0) | count" }.joined(separator: "\n"))
        #expect(result.errors.isEmpty, "\(result.errors)")
        let counts = result.output.components(separatedBy: "\n\n").map {
            $0.split(separator: "\n").last.map(String.init) ?? ""
        }
        for (index, (condition, expected)) in cases.enumerated() {
            #expect(index < counts.count && counts[index] == String(expected), "\(condition): \(index < counts.count ? counts[index] : "none")")
        }
    }

    /// `top N by a, b`: rows tied on `a` come in the order of `b`, and rows tied on every key keep
    /// the order they arrive in, as `sort by a, b | limit N` gives them.
    @Test func topOrdersTiesByTheLaterKeysThenByInput() throws {
        let csv = "id,a,b\n1,5,1\n2,5,3\n3,5,2\n4,1,9\n5,5,3\n"
        let result = try Self.run(csv: csv, types: "id int, a int, b int", """
            t | top 3 by a, b | show id
            t | top 3 by a desc, b asc | show id
            t | top 4 by a, b asc, id desc | show id
            t | sort by id desc | top 2 by a, b | show id
            t | top 2 by a | show id
            """)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output == "id\n2\n5\n3\n\nid\n1\n3\n2\n\nid\n1\n3\n5\n2\n\nid\n5\n2\n\nid\n1\n2\n", "\(result.output)")
    }

    /// Issue 10: an integer `sum` past Int64 is exact (DuckDB's HUGEINT gives the same digits), in
    /// every output format; `avg` of the same values is the exact mean rounded once.
    @Test func integerSumPastInt64IsExact() throws {
        let csv = "id,n,g\n1,9223372036854775807,a\n2,9223372036854775807,a\n3,1,a\n4,-9223372036854775808,b\n5,-9223372036854775808,b\n6,7,c\n"
        let result = try Self.run(csv: csv, types: "id int, n int, g string", """
            t | sum n
            t | sum n by g
            t where g = a | avg n
            t | sum n, count by g | where count >= 2
            t | sum n by g | limit 1 | show sum_n
            """)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.output == """
            sum_n
            6

            g,sum_n
            a,18446744073709551615
            b,-18446744073709551616
            c,7

            avg_n
            6.148914691236517e+18

            g,sum_n,count
            a,18446744073709551615,3
            b,-18446744073709551616,2

            sum_n
            18446744073709551615

            """, "\(result.output)")
        let json = try Self.run(csv: csv, types: "id int, n int, g string", "t | sum n by g", format: .ndjson)
        #expect(json.output.hasPrefix("{\"g\":\"a\",\"sum_n\":18446744073709551615}\n"), "\(json.output)")
    }

    /// A step that would compute with such a sum (filter, sort, arithmetic) reads integers as 64-bit
    /// values, so it is refused with the column's name rather than run on wrong numbers.
    @Test func aSumPastInt64IsRefusedWhereItWouldBeComputedWith() throws {
        let csv = "id,n\n1,9223372036854775807\n2,9223372036854775807\n"
        for step in ["sort by sum_n", "where sum_n > 0", "top 1 by sum_n", "count by sum_n", "show sum_n * 2 as twice"] {
            let result = try Self.run(csv: csv, types: "id int, n int", "t | sum n | \(step)")
            #expect(result.output.isEmpty, "\(step): \(result.output)")
            #expect(result.errors.contains("sum_n holds a sum past the 64-bit range"), "\(step): \(result.errors)")
        }
        // A sum that fits is an ordinary integer for every later step.
        let fits = try Self.run(csv: "id,n\n1,5\n2,6\n", types: "id int, n int", "t | sum n | where sum_n > 10 | show sum_n * 2 as twice")
        #expect(fits.output == "twice\n22\n", "\(fits.output) \(fits.errors)")
    }
}
