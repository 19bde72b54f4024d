import EQStore
import EQTypes

/// Builds a column of one type from values, nulls included.
func makeColumn(_ name: String, _ type: DataType, _ values: [Value], plainStrings: Bool = false) -> Column {
    let validity = ValidityMask(valid: values.map { !$0.isNull })
    let storage: ColumnStorage
    switch type {
    case .int: storage = .int(values.map { if case .int(let value) = $0 { value } else { 0 } })
    case .double: storage = .double(values.map { if case .double(let value) = $0 { value } else { 0 } })
    case .bool: storage = .bool(values.map { if case .bool(let value) = $0 { value } else { false } })
    case .date: storage = .date(values.map { if case .date(let value) = $0 { value } else { 0 } })
    case .timestamp: storage = .timestamp(values.map { if case .timestamp(let value) = $0 { value } else { 0 } })
    case .string:
        let strings = values.map { if case .string(let value) = $0 { value } else { "" } }
        if plainStrings {
            storage = .string(StringColumn(dictionary: StringDictionary(strings), codes: nil))
        } else {
            var distinct: [String] = []
            var codeOf: [String: UInt32] = [:]
            let codes = strings.map { string in
                if let code = codeOf[string] { return code }
                codeOf[string] = UInt32(distinct.count)
                distinct.append(string)
                return UInt32(distinct.count - 1)
            }
            storage = .string(StringColumn(dictionary: StringDictionary(distinct), codes: codes))
        }
    }
    return Column(name: name, storage: storage, validity: validity)
}

func day(_ text: String) -> Int32 {
    let parts = text.split(separator: "-").map { Int($0)! }
    return CivilDate.days(year: parts[0], month: parts[1], day: parts[2])
}

func instant(_ date: String, _ hour: Int, _ minute: Int, _ second: Int, micros: Int64 = 0) -> Int64 {
    CivilDate.micros(ofDay: day(date)) + Int64(hour * 3600 + minute * 60 + second) * CivilDate.microsPerSecond + micros
}

/// One row of every type, then a row of nulls, then awkward text.
func everyTypeTable(plainStrings: Bool = false) -> Table {
    Table(name: "t", columns: [
        makeColumn("id", .int, [.int(1), .int(-42), .int(Int64.max)]),
        makeColumn("score", .double, [.double(488.5), .null, .double(500)]),
        makeColumn("ok", .bool, [.bool(true), .null, .bool(false)]),
        makeColumn("name", .string, [.string("José, \"Pepe\""), .null, .string("line\nbreak 李雷")],
                   plainStrings: plainStrings),
        makeColumn("joined", .date, [.date(day("2024-06-30")), .null, .date(day("1969-12-31"))]),
        makeColumn("at", .timestamp, [.timestamp(instant("2024-06-30", 23, 59, 59)), .null,
                                      .timestamp(instant("2021-01-01", 0, 0, 0, micros: 250_000))]),
    ])
}

/// A users-like result with text of mixed widths (accents, CJK, commas, quotes) and a null every fourth
/// score.
func usersTable(rows: Int) -> Table {
    let names = ["José García", "Zoë O'Brien", "李雷", "Björn Andersson", "Ann-Marie Johansson, Jr", "Omar \"Singh\""]
    let plans = ["free", "pro", "team"]
    return Table(name: "users", columns: [
        makeColumn("id", .int, (0..<rows).map { .int(Int64($0 + 1)) }),
        makeColumn("name", .string, (0..<rows).map { .string(names[$0 % names.count]) }),
        makeColumn("email", .string, (0..<rows).map { .string("user\($0 + 1)@example.org") }, plainStrings: true),
        makeColumn("plan", .string, (0..<rows).map { .string(plans[$0 % 3]) }),
        makeColumn("score", .int, (0..<rows).map { $0 % 4 == 1 ? .null : .int(Int64($0 * 37 % 1000)) }),
        makeColumn("ratio", .double, (0..<rows).map { .double(Double($0) / 7) }),
        makeColumn("joined_at", .date, (0..<rows).map { .date(day("2024-01-01") + Int32($0)) }),
        makeColumn("last_login_at", .timestamp, (0..<rows).map { .timestamp(instant("2024-06-01", $0 % 24, 5, 9)) }),
    ])
}
