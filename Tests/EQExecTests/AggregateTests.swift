import EQEngine
#if canImport(Glibc)
import Glibc
#endif
import EQExec
import EQStore
import EQTypes
import Testing

@Suite("Executor: grouping and aggregates")
struct AggregateTests {
    typealias X = ExecFixture

    /// role and flag have nulls; score has nulls; balance is a double column.
    static let members = Table(name: "members", columns: [
        X.ints("id", [0, 1, 2, 3, 4, 5, 6, 7]),
        X.strings("role", ["staff", nil, "admin", "staff", "admin", nil, "student", "admin"]),
        X.bools("flag", [true, nil, false, true, nil, false, true, false]),
        X.ints("score", [5, nil, 3, 5, -2, 7, nil, 3]),
        X.doubles("balance", [1.5, 2.5, nil, -1, 0.25, nil, 4, 0]),
        X.dates("joined", [X.day("2024-03-01"), X.day("2023-12-31"), nil, X.day("2024-01-15"), X.day("2024-03-01"), nil, nil, nil]),
        X.timestamps("seen", [nil, X.micros("2024-06-01", hour: 5), X.micros("2024-06-02"), nil, nil, nil, nil, X.micros("2020-01-01")]),
        X.ints("bucket", [-5, 10, -5, 0, 10, 10, nil, -5]),
    ])

    static func rows(_ text: String) -> [String] {
        X.rows(X.session(members), "members" + text)
    }

    @Test("count alone is one column named count")
    func countAlone() throws {
        let table = try #require(X.query(X.session(Self.members), "members | count"))
        #expect(table.columns.map(\.name) == ["count"])
        #expect(X.rows(table) == ["8"])
        #expect(Self.rows(" where score > 100 | count") == ["0"])
    }

    @Test("aggregates skip nulls")
    func aggregatesWithNulls() {
        #expect(Self.rows(" | count, sum score, avg score, min score, max score, count distinct score")
                == ["8|21|3.5|-2|7|4"])
        #expect(Self.rows(" | sum balance, avg balance, min balance, max balance, count distinct balance")
                == ["7.25|1.2083333333333333|-1.0|4.0|6"])
        #expect(Self.rows(" | min joined, max joined, min seen, max seen, count distinct joined")
                == ["2023-12-31|2024-03-01|2020-01-01 00:00:00|2024-06-02 00:00:00|3"])
        #expect(Self.rows(" | min role, max role, count distinct role, min flag, max flag")
                == ["admin|student|3|false|true"])
    }

    @Test("empty input: sum, avg, min and max are null, counts are zero")
    func emptyInput() {
        #expect(Self.rows(" where id > 100 | count, sum score, avg score, min score, max score, count distinct score, sum balance")
                == ["0|∅|∅|∅|∅|0|∅"])
        #expect(Self.rows(" where id > 100 | count by role") == [])
        #expect(Self.rows(" where id = 1 or id = 6 | sum score, avg balance, min seen") == ["∅|3.25|2024-06-01 05:00:00"])
    }

    @Test("count by orders groups by key with nulls last")
    func groupOrder() {
        #expect(Self.rows(" | count by role") == ["admin|3", "staff|2", "student|1", "∅|2"])
        #expect(Self.rows(" | count by flag") == ["false|3", "true|3", "∅|2"])
        #expect(Self.rows(" | count by bucket") == ["-5|3", "0|1", "10|3", "∅|1"])
        #expect(Self.rows(" | count, sum score by role, flag") == [
            "admin|false|2|6", "admin|∅|1|-2",
            "staff|true|2|10",
            "student|true|1|∅",
            "∅|false|1|7", "∅|∅|1|∅",
        ])
        #expect(Self.rows(" | count by flag, role") == [
            "false|admin|2", "false|∅|1",
            "true|staff|2", "true|student|1",
            "∅|admin|1", "∅|∅|1",
        ])
        #expect(Self.rows(" | count by joined, bucket") == [
            "2023-12-31|10|1", "2024-01-15|0|1", "2024-03-01|-5|1", "2024-03-01|10|1", "∅|-5|2", "∅|10|1", "∅|∅|1",
        ])
    }

    @Test("count by a double column orders its groups numerically")
    func doubleKeys() {
        #expect(Self.rows(" where balance < 3 | count by balance") == ["-1.0|1", "0.0|1", "0.25|1", "1.5|1", "2.5|1"])
        let narrow = Table(name: "narrow", columns: [X.doubles("x", [2, -1, 2, 0.5])])
        #expect(X.rows(X.session(narrow), "narrow | count by x") == ["-1.0|1", "0.5|1", "2.0|2"])
    }

    /// The key codes are offsets from the smallest key's sortable bit pattern; for -1.0 and 4.0 the
    /// distance overflows Int64, and 4.0 comes out as a second -1.0 group.
    @Test("count by a double column whose values span a wide range of bit patterns")
    func wideDoubleKeys() {
        #expect(Self.rows(" | count by balance") == ["-1.0|1", "0.0|1", "0.25|1", "1.5|1", "2.5|1", "4.0|1", "∅|2"])
    }

    /// Same cause; decoding the wrapped code of 10.0 traps on arithmetic overflow, so this runs in a
    /// child process.
    @Test("count by a double column holding -10 and 10 neither crashes nor merges groups")
    func wideDoubleKeysCrash() async {
        await #expect(processExitsWith: .success) {
            let wide = Table(name: "wide", columns: [ExecFixture.doubles("x", [10, -10, 10])])
            let rows = ExecFixture.rows(ExecFixture.session(wide), "wide | count by x")
            exit(rows == ["-10.0|1", "10.0|2"] ? 0 : 1)
        }
    }

    @Test("aggregate result columns are typed")
    func resultTypes() throws {
        let table = try #require(X.query(X.session(Self.members), "members | count, avg score, sum score, min joined, max role by flag"))
        #expect(table.columns.map(\.name) == ["flag", "count", "avg_score", "sum_score", "min_joined", "max_role"])
        #expect(table.columns.map(\.type) == [.bool, .int, .double, .int, .date, .string])
    }

    @Test("grouped aggregates after a filter")
    func filteredGroups() {
        #expect(Self.rows(" where score >= 3 | avg score, max balance by role") == ["admin|3.0|0.0", "staff|5.0|1.5", "∅|7.0|∅"])
        #expect(Self.rows(" | count by role | where count >= 2 | sort by count desc") == ["admin|3", "staff|2", "∅|2"])
    }

    /// Issue 10: an integer sum whose total leaves 64 bits was the error "a sum overflows a 64-bit
    /// integer"; it is now the exact 128-bit total (DuckDB's HUGEINT gives the same digits).
    @Test("an integer sum whose total leaves 64 bits is exact, not an error or a wrong number")
    func sumOverflow() {
        let big = Table(name: "big", columns: [X.ints("id", [0, 1, 2]), X.ints("n", [.max, 1, -5]), X.strings("g", ["a", "a", "b"])])
        let session = X.session(big)
        #expect(X.failures(session, "big | sum n by g").isEmpty)
        #expect(X.rows(session, "big | sum n by g") == ["a|9223372036854775808", "b|-5"])
        // The running total passes 2^63 and comes back: the sum fits, so it is an ordinary integer.
        #expect(X.rows(session, "big | sum n") == ["\(Int64.max - 4)"])
        #expect(X.rows(session, "big where id > 0 | sum n") == ["-4"])
        #expect(X.rows(session, "big | max n, min n") == ["\(Int64.max)|-5"])
        let negative = Table(name: "neg", columns: [X.ints("id", [0, 1]), X.ints("n", [.min, -1])])
        #expect(X.rows(X.session(negative), "neg | sum n") == ["-9223372036854775809"])
        let result = X.query(X.session(negative), "neg | sum n")
        #expect(result?.columns.first?.type == .int)
    }

    /// Issue 10: `avg huge` failed with "a sum overflows" although the mean fits easily. DuckDB:
    /// select avg(n) from (values (9223372036854775807), (9223372036854775807), (9223372036854775806)) t(n)
    /// gives 9.223372036854776e18; the sum is kept in 128 bits, the mean from quotient and remainder.
    @Test("avg of values near 2^63 is their mean, not an overflow")
    func avgOfHugeValues() {
        let huge = Table(name: "t", columns: [X.ints("id", [0, 1, 2, 3]), X.ints("huge", [.max, .max, .max - 1, nil]),
                                               X.strings("g", ["a", "a", "a", "b"])])
        let session = X.session(huge)
        #expect(X.rows(session, "t | avg huge") == ["9.223372036854776e+18"])
        #expect(X.rows(session, "t | avg huge, count by g") == ["a|9.223372036854776e+18|3", "b|∅|1"])
        let negative = Table(name: "n", columns: [X.ints("id", [0, 1]), X.ints("n", [.min, .min])])
        #expect(X.rows(X.session(negative), "n | avg n") == ["-9.223372036854776e+18"])
        let mixed = Table(name: "m", columns: [X.ints("id", [0, 1, 2]), X.ints("n", [.max, .min, 3])])
        #expect(X.rows(X.session(mixed), "m | avg n, sum n") == ["0.6666666666666666|2"])
    }

    @Test("a sum past 64 bits split across parallel tasks is still exact")
    func sumOverflowAcrossTasks() {
        let count = 20_000
        let share = Int64.max / Int64(count - 10)
        let table = Table(name: "wide", columns: [X.ints("id", (0..<count).map { Int64($0) }), X.ints("n", Array(repeating: share, count: count))])
        let session = X.session(table)
        #expect(X.rows(session, "wide | sum n") == ["\(Int128(share) * Int128(count))"])
        #expect(X.rows(session, "wide where id < 100 | sum n") == ["\(share * 100)"])
    }

    @Test("grouping by two wide integer columns works when there are few groups")
    func wideGroupKeys() {
        let wide = Table(name: "wide", columns: [
            X.ints("a", [0, 10_000_000_000, 0, 10_000_000_000]),
            X.ints("b", [0, 0, 10_000_000_000, 10_000_000_000]),
        ])
        let session = X.session(wide)
        #expect(X.rows(session, "wide | count by a") == ["0|2", "10000000000|2"])
        #expect(X.rows(session, "wide | count by a, b")
                == ["0|0|1", "0|10000000000|1", "10000000000|0|1", "10000000000|10000000000|1"])
    }
}
