import EQEngine
import EQExec
import EQPlan
import EQStore
import EQTypes
import Testing

@Suite("Executor: filter kernels")
struct FilterKernelTests {
    typealias X = ExecFixture

    /// id, score (int, nulls at 1 and 4), day (date), at (timestamp), extreme (int at the limits).
    static let numbers = Table(name: "Numbers", columns: [
        X.ints("id", [0, 1, 2, 3, 4, 5]),
        X.ints("score", [5, nil, 10, 15, nil, 20]),
        X.dates("day", [X.day("2024-01-01"), nil, X.day("2024-03-15"), X.day("1969-12-31"), X.day("2024-06-30"), nil]),
        X.timestamps("at", [X.micros("2024-01-01", hour: 23), X.micros("2024-01-02"), nil, -1, 0, X.micros("2024-06-30", hour: 12)]),
        X.ints("extreme", [.min, -1, 0, 1, .max - 1, .max]),
    ])

    @Test("one interval, no nulls in the column")
    func intervalWithoutNulls() throws {
        #expect(try X.filter(Self.numbers, .intervals(column: 0, [Interval(lower: 2, upper: 5)], includeNull: false)) == [2, 3, 4])
        #expect(try X.filter(Self.numbers, .intervals(column: 0, [Interval(lower: 2, upper: 5)], includeNull: true)) == [2, 3, 4])
        #expect(try X.filter(Self.numbers, .intervals(column: 0, [Interval(lower: 6)], includeNull: false)) == [])
    }

    @Test("one interval over a column with nulls, with and without includeNull")
    func intervalWithNulls() throws {
        #expect(try X.filter(Self.numbers, .intervals(column: 1, [Interval(lower: 10, upper: 20)], includeNull: false)) == [2, 3])
        #expect(try X.filter(Self.numbers, .intervals(column: 1, [Interval(lower: 10, upper: 20)], includeNull: true)) == [1, 2, 3, 4])
        #expect(try X.filter(Self.numbers, .intervals(column: 1, [Interval.all], includeNull: false)) == [0, 2, 3, 5])
        #expect(try X.filter(Self.numbers, .intervals(column: 1, [], includeNull: true)) == [1, 4])
        #expect(try X.filter(Self.numbers, .intervals(column: 1, [], includeNull: false)) == [])
    }

    @Test("several intervals")
    func multipleIntervals() throws {
        let intervals = [Interval(upper: 6), Interval(lower: 15, upper: 16), Interval(lower: 20)]
        #expect(try X.filter(Self.numbers, .intervals(column: 1, intervals, includeNull: false)) == [0, 3, 5])
        #expect(try X.filter(Self.numbers, .intervals(column: 1, intervals, includeNull: true)) == [0, 1, 3, 4, 5])
        #expect(try X.filter(Self.numbers, .intervals(column: 0, [Interval(lower: 0, upper: 1), Interval(lower: 5, upper: 6)], includeNull: false))
                == [0, 5])
    }

    @Test("unbounded ends reach Int64.min and Int64.max")
    func extremes() throws {
        #expect(try X.filter(Self.numbers, .intervals(column: 4, [Interval.all], includeNull: false)) == [0, 1, 2, 3, 4, 5])
        #expect(try X.filter(Self.numbers, .intervals(column: 4, [Interval(lower: 1)], includeNull: false)) == [3, 4, 5])
        #expect(try X.filter(Self.numbers, .intervals(column: 4, [Interval(upper: 0)], includeNull: false)) == [0, 1])
        #expect(try X.filter(Self.numbers, .intervals(column: 4, [Interval(lower: .max - 1)], includeNull: false)) == [4, 5])
        // An upper bound of Int64.max excludes Int64.max itself; no upper bound is nil.
        #expect(try X.filter(Self.numbers, .intervals(column: 4, [Interval(lower: .max - 1, upper: .max)], includeNull: false)) == [4])
        #expect(try X.filter(Self.numbers, .intervals(column: 4, [Interval(lower: .max, upper: .max)], includeNull: false)) == [])
        #expect(try X.filter(Self.numbers, .intervals(column: 4, [Interval(upper: .min + 1), Interval(lower: .max)], includeNull: false))
                == [0, 5])
    }

    @Test("dates are Int32 days; bounds beyond Int32 clamp")
    func dateKernel() throws {
        let march = Interval(lower: Int64(X.day("2024-03-01")), upper: Int64(X.day("2024-07-01")))
        #expect(try X.filter(Self.numbers, .intervals(column: 2, [march], includeNull: false)) == [2, 4])
        #expect(try X.filter(Self.numbers, .intervals(column: 2, [march], includeNull: true)) == [1, 2, 4, 5])
        #expect(try X.filter(Self.numbers, .intervals(column: 2, [Interval(upper: 0)], includeNull: false)) == [3])
        #expect(try X.filter(Self.numbers, .intervals(column: 2, [Interval(lower: -1 << 40, upper: 1 << 40)], includeNull: false))
                == [0, 2, 3, 4])
        #expect(try X.filter(Self.numbers, .intervals(column: 2, [Interval(lower: Int64(Int32.max) + 1)], includeNull: false)) == [])
        #expect(try X.filter(Self.numbers, .intervals(column: 2, [Interval(upper: Int64(Int32.min))], includeNull: true)) == [1, 5])
    }

    @Test("timestamps are microseconds, negative before 1970")
    func timestampKernel() throws {
        let january = Interval(lower: X.micros("2024-01-01"), upper: X.micros("2024-01-02"))
        #expect(try X.filter(Self.numbers, .intervals(column: 3, [january], includeNull: false)) == [0])
        #expect(try X.filter(Self.numbers, .intervals(column: 3, [Interval(upper: 0)], includeNull: true)) == [2, 3])
        #expect(try X.filter(Self.numbers, .intervals(column: 3, [Interval(lower: 0, upper: 1)], includeNull: false)) == [4])
    }

    @Test("is null, is not null, constants")
    func nullsAndConstants() throws {
        #expect(try X.filter(Self.numbers, .isNull(column: 1, negated: false)) == [1, 4])
        #expect(try X.filter(Self.numbers, .isNull(column: 1, negated: true)) == [0, 2, 3, 5])
        #expect(try X.filter(Self.numbers, .isNull(column: 0, negated: false)) == [])
        #expect(try X.filter(Self.numbers, .constant(true)) == [0, 1, 2, 3, 4, 5])
        #expect(try X.filter(Self.numbers, .constant(false)) == [])
    }

    @Test("and narrows; or keeps the table's order whatever the order of its alternatives")
    func andOr() throws {
        let high = Predicate.intervals(column: 1, [Interval(lower: 15)], includeNull: false)
        let nulls = Predicate.isNull(column: 1, negated: false)
        let first = Predicate.intervals(column: 0, [Interval(lower: 0, upper: 1)], includeNull: false)
        #expect(try X.filter(Self.numbers, .or([high, nulls, first])) == [0, 1, 3, 4, 5])
        #expect(try X.filter(Self.numbers, .or([first, high, nulls])) == [0, 1, 3, 4, 5])
        #expect(try X.filter(Self.numbers, .or([high, high])) == [3, 5])
        #expect(try X.filter(Self.numbers, .and([.isNull(column: 1, negated: true), .intervals(column: 0, [Interval(lower: 2)], includeNull: false)]))
                == [2, 3, 5])
        #expect(try X.filter(Self.numbers, .and([.or([high, first]), .intervals(column: 0, [Interval(upper: 4)], includeNull: false)]))
                == [0, 3])
        #expect(try X.filter(Self.numbers, .or([.and([high, .constant(false)]), .constant(false)])) == [])
    }

    @Test("an executor finds tables by lower-cased name")
    func tableNames() throws {
        let plan = QueryPlan(root: .scan(table: "NUMBERS", columns: Self.numbers.schema.columns), context: X.context,
                             outputColumns: Self.numbers.schema.columns)
        #expect(try Executor(tables: ["numbers": Self.numbers]).run(plan).rowCount == 6)
        #expect(throws: ExecutionError.self) { try Executor(tables: [:]).run(plan) }
    }

    // MARK: strings, booleans, doubles through a session

    static let decomposed = "Jose\u{301}"
    static let precomposed = "Jos\u{E9}"

    static let people = Table(name: "people", columns: [
        X.ints("id", [0, 1, 2, 3, 4, 5, 6, 7, 8]),
        X.strings("name", ["Ann", "anna", precomposed, "JOS\u{C9}", decomposed, nil, "Joanne", "Bob", "ann"]),
        X.strings("nick", ["Ann", "anna", precomposed, "JOS\u{C9}", decomposed, nil, "Joanne", "Bob", "ann"], plain: true),
        X.bools("flag", [true, false, nil, true, false, true, nil, false, true]),
        X.doubles("ratio", [1.5, nil, -0.0, 3.0, 0.25, -2, 3.0, nil, 0]),
        X.ints("score", [1, 2, nil, 4, 5, 6, 7, 8, 9]),
    ])

    static func ids(_ text: String) -> [String] {
        X.rows(X.session(people), "people where \(text) | show id")
    }

    @Test("string equality is exact and byte-wise", arguments: ["name", "nick"])
    func stringEquality(column: String) {
        #expect(Self.ids("\(column) = \"Ann\"") == ["0"])
        #expect(Self.ids("\(column) = Ann") == ["0"])
        #expect(Self.ids("\(column) = \"\(Self.precomposed)\"") == ["2"])
        #expect(Self.ids("\(column) = \"\(Self.decomposed)\"") == ["4"])
        #expect(Self.ids("\(column) in (\"\(Self.precomposed)\", Bob)") == ["2", "7"])
        #expect(Self.ids("\(column) != \"\(Self.precomposed)\"") == ["0", "1", "3", "4", "6", "7", "8"])
        #expect(Self.ids("\(column) not in (Ann, ann, anna)") == ["2", "3", "4", "6", "7"])
        #expect(Self.ids("not \(column) = Ann") == ["1", "2", "3", "4", "6", "7", "8"])
        #expect(Self.ids("\(column) = nobody") == [])
    }

    @Test("string order is byte order", arguments: ["name", "nick"])
    func stringOrder(column: String) {
        #expect(Self.ids("\(column) < \"B\"") == ["0"])
        #expect(Self.ids("\(column) >= \"a\"") == ["1", "8"])
        #expect(Self.ids("\(column) > \"Jose\"") == ["1", "2", "4", "8"])
    }

    @Test("contains, starts with and ends with ignore case", arguments: ["name", "nick"])
    func caseInsensitiveMatches(column: String) {
        #expect(Self.ids("\(column) contains \"ANN\"") == ["0", "1", "6", "8"])
        #expect(Self.ids("\(column) starts with \"aN\"") == ["0", "1", "8"])
        #expect(Self.ids("\(column) ends with \"NA\"") == ["1"])
        #expect(Self.ids("\(column) not contains \"ann\"") == ["2", "3", "4", "7"])
        #expect(Self.ids("\(column) contains \"\"") == ["0", "1", "2", "3", "4", "6", "7", "8"])
        #expect(Self.ids("\(column) starts with \"annabelle\"") == [])
    }

    @Test("non-ASCII case folding: JOSÉ finds José", arguments: ["name", "nick"])
    func unicodeMatches(column: String) {
        let upper = Self.ids("\(column) contains \"JOS\u{C9}\"")
        #expect(upper.contains("2") && upper.contains("3"))
        #expect(!upper.contains("0") && !upper.contains("6"))
        let lower = Self.ids("\(column) ends with \"\u{E9}\"")
        #expect(lower.contains("2") && lower.contains("3"))
        #expect(Self.ids("\(column) starts with \"jos\"") == ["2", "3", "4"])
    }

    @Test("booleans: a bare column, not, = and is null")
    func booleans() {
        #expect(Self.ids("flag") == ["0", "3", "5", "8"])
        #expect(Self.ids("not flag") == ["1", "4", "7"])
        #expect(Self.ids("flag = false") == ["1", "4", "7"])
        #expect(Self.ids("flag != true") == ["1", "4", "7"])
        #expect(Self.ids("flag is null") == ["2", "6"])
    }

    @Test("doubles compare as numbers; nulls never match")
    func doubles() {
        #expect(Self.ids("ratio > 1") == ["0", "3", "6"])
        #expect(Self.ids("ratio = 0") == ["2", "8"])
        #expect(Self.ids("ratio != 3") == ["0", "2", "4", "5", "8"])
        #expect(Self.ids("not ratio >= 0") == ["5"])
        #expect(Self.ids("ratio is null") == ["1", "7"])
    }

    @Test("column against column skips nulls on either side")
    func columnComparison() {
        #expect(Self.ids("score < ratio") == ["0"])
        #expect(Self.ids("score >= ratio") == ["3", "4", "5", "6", "8"])
        #expect(Self.ids("name = nick") == ["0", "1", "2", "3", "4", "6", "7", "8"])
    }

    @Test("or of conditions keeps the table's order")
    func orOrder() {
        #expect(Self.ids("name = Bob or score <= 2 or flag is null or ratio = 3") == ["0", "1", "2", "3", "6", "7"])
        #expect(Self.ids("(name = Bob or id = 0) and not id = 7") == ["0"])
    }
}
