import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

@Suite struct CSVTypeTests {
    struct TypeCase: Sendable, CustomTestStringConvertible {
        let name: String
        let values: [String]
        let type: DataType
        let expected: [Value]
        var testDescription: String { name }
    }

    static let typeCases: [TypeCase] = [
        TypeCase(name: "int", values: ["1", "-42", "9223372036854775807", "-9223372036854775808"], type: .int,
                 expected: [.int(1), .int(-42), .int(.max), .int(.min)]),
        TypeCase(name: "double", values: ["1.5", "-0.25", "1e3", "2.5E-2"], type: .double,
                 expected: [.double(1.5), .double(-0.25), .double(1000), .double(0.025)]),
        TypeCase(name: "bool", values: ["true", "FALSE", "True", "false"], type: .bool,
                 expected: [.bool(true), .bool(false), .bool(true), .bool(false)]),
        TypeCase(name: "date", values: ["2024-01-31", "1969-12-31", "2024-02-29"], type: .date,
                 expected: [.date(day("2024-01-31")), .date(-1), .date(day("2024-02-29"))]),
        TypeCase(name: "timestamp", values: ["2024-06-30 23:59:59", "2024-06-30T12:00:00Z", "2024-06-30 00:00:00.5"],
                 type: .timestamp,
                 expected: [.timestamp(micros("2024-06-30 23:59:59")), .timestamp(micros("2024-06-30 12:00:00")),
                            .timestamp(micros("2024-06-30 00:00:00") + 500_000)]),
        TypeCase(name: "string", values: ["alpha", "beta", "alpha"], type: .string,
                 expected: [.string("alpha"), .string("beta"), .string("alpha")]),
        TypeCase(name: "int overflow is a string", values: ["9999999999999999999", "1"], type: .string,
                 expected: [.string("9999999999999999999"), .string("1")]),
        TypeCase(name: "leading zeros stay text", values: ["02134", "10001"], type: .string,
                 expected: [.string("02134"), .string("10001")]),
        TypeCase(name: "impossible date is a string", values: ["2024-02-30"], type: .string,
                 expected: [.string("2024-02-30")]),
    ]

    @Test(arguments: typeCases)
    func infersEachType(_ testCase: TypeCase) throws {
        let table = try loadCSV("value\n" + testCase.values.joined(separator: "\n") + "\n")
        #expect(table.column("value").type == testCase.type)
        #expect(table.values("value") == testCase.expected)
    }
}

@Suite struct WideningTests {
    struct WidenCase: Sendable, CustomTestStringConvertible {
        let name: String
        let values: [String]
        let type: DataType
        let expected: [Value]
        var testDescription: String { name }
    }

    static let cases: [WidenCase] = [
        WidenCase(name: "int then double", values: ["1", "2", "2.5"], type: .double,
                  expected: [.double(1), .double(2), .double(2.5)]),
        WidenCase(name: "date then timestamp", values: ["2024-01-01", "2024-01-02 10:00:00"], type: .timestamp,
                  expected: [.timestamp(micros("2024-01-01 00:00:00")), .timestamp(micros("2024-01-02 10:00:00"))]),
        WidenCase(name: "int then text", values: ["1", "22", "abc"], type: .string,
                  expected: [.string("1"), .string("22"), .string("abc")]),
        WidenCase(name: "bool then int", values: ["true", "1"], type: .string,
                  expected: [.string("true"), .string("1")]),
        WidenCase(name: "date then text", values: ["2024-01-01", "soon"], type: .string,
                  expected: [.string("2024-01-01"), .string("soon")]),
        // 2^53 + 1 has no exact double: the column keeps every value as written instead of rounding it.
        WidenCase(name: "int beyond 2^53 then double", values: ["9007199254740993", "2.5"], type: .string,
                  expected: [.string("9007199254740993"), .string("2.5")]),
        WidenCase(name: "double then int beyond 2^53", values: ["0.5", "9007199254740993"], type: .string,
                  expected: [.string("0.5"), .string("9007199254740993")]),
        WidenCase(name: "2^53 itself fits a double", values: ["9007199254740992", "0.5"], type: .double,
                  expected: [.double(9_007_199_254_740_992), .double(0.5)]),
        WidenCase(name: "null first", values: ["", "", "7"], type: .int, expected: [.null, .null, .int(7)]),
    ]

    @Test(arguments: cases)
    func widensWithinTheSample(_ testCase: WidenCase) throws {
        let table = try loadCSV("value\n" + testCase.values.joined(separator: "\n") + "\n")
        #expect(table.column("value").type == testCase.type)
        #expect(table.values("value") == testCase.expected)
    }

    /// The odd value comes after the 10,000-row sample, so only the every-row check can catch it.
    @Test(arguments: cases)
    func widensAfterTheSample(_ testCase: WidenCase) throws {
        let filler = testCase.values[0]
        let padding = [String](repeating: filler, count: TypeSampler.sampleRows + 500)
        let values = padding + testCase.values.dropFirst()
        let table = try loadCSV("value\n" + values.joined(separator: "\n") + "\n")
        let column = table.column("value")
        #expect(column.type == testCase.type)
        #expect(table.rowCount == values.count)
        #expect(column.value(at: 0) == testCase.expected[0])
        #expect(Array(table.values("value").suffix(testCase.values.count - 1)) == Array(testCase.expected.dropFirst()))
    }
}

@Suite struct DeclaredTypeTests {
    @Test func declaredStringKeepsLeadingZerosAndDigits() throws {
        let table = try loadCSV("id,zip\n1,02134\n2,10001\n", options: LoadOptions(declaredTypes: ["id": .string]))
        #expect(table.column("id").type == .string)
        #expect(table.values("id") == [.string("1"), .string("2")])
        #expect(table.column("zip").type == .string)
    }

    @Test func declaredDoubleAndTimestampConvertExactly() throws {
        let options = LoadOptions(declaredTypes: ["score": .double, "day": .timestamp])
        let table = try loadCSV("score,day\n5,2024-03-01\n6.5,2024-03-01 12:00:00\n", options: options)
        #expect(table.values("score") == [.double(5), .double(6.5)])
        #expect(table.values("day") == [.timestamp(micros("2024-03-01 00:00:00")),
                                        .timestamp(micros("2024-03-01 12:00:00"))])
    }

    @Test func declaredNamesAreCaseInsensitive() throws {
        let table = try loadCSV("Score\n1\n", options: LoadOptions(declaredTypes: ["score": .double]))
        #expect(table.column("score").type == .double)
    }

    static let errors: [ErrorCase] = [
        ErrorCase(name: "text in an int column", input: "id,score\n1,5\n2,abc\n", location: "t.csv:3:3",
                  message: "value \"abc\" in column score is not an int"),
        ErrorCase(name: "double in an int column", input: "id,score\n1,5.5\n", location: "t.csv:2:3",
                  message: "value \"5.5\" in column score is not an int"),
        ErrorCase(name: "bad date", input: "id,day\n1,2024-13-01\n", location: "t.csv:2:3",
                  message: "value \"2024-13-01\" in column day is not a date"),
        ErrorCase(name: "bad bool", input: "id,ok\n1,yes\n", location: "t.csv:2:3",
                  message: "value \"yes\" in column ok is not a bool"),
        ErrorCase(name: "undeclarable column", input: "id,score\n1,5\n", location: nil,
                  message: "no column \"scroe\" in t.csv to declare"),
    ]

    static let declarations: [String: [String: DataType]] = [
        "text in an int column": ["score": .int], "double in an int column": ["score": .int],
        "bad date": ["day": .date], "bad bool": ["ok": .bool], "undeclarable column": ["scroe": .int],
    ]

    @Test(arguments: errors)
    func valueThatDoesNotFitFails(_ testCase: ErrorCase) {
        let options = LoadOptions(declaredTypes: DeclaredTypeTests.declarations[testCase.name]!)
        expectFailure(loadError(testCase.input, options: options), testCase)
    }

    @Test func misspelledDeclarationSuggestsTheColumn() {
        let diagnostic = loadError("id,score\n1,5\n", options: LoadOptions(declaredTypes: ["scroe": .int]))
        #expect(diagnostic?.hint == "did you mean \"score\"?")
    }
}

@Suite struct NullTests {
    @Test func emptyUnquotedFieldsAreNullInEveryType() throws {
        let table = try loadCSV("i,d,b,day,ts,s\n1,1.5,true,2024-01-01,2024-01-01 00:00:00,x\n,,,,,\n")
        for column in table.columns {
            #expect(column.value(at: 1) == .null, "\(column.name)")
            #expect(column.validity.nullCount == 1)
        }
        #expect(table.column("i").type == .int)
        #expect(table.column("s").type == .string)
    }

    @Test func emptyQuotedFieldIsAnEmptyStringOnlyInStringColumns() throws {
        let table = try loadCSV("n,s\n1,x\n\"\",\"\"\n")
        #expect(table.column("n").type == .int)
        #expect(table.values("n") == [.int(1), .null])
        #expect(table.values("s") == [.string("x"), .string("")])
    }

    @Test func nullStringRowsReadAsEmpty() throws {
        let table = try loadCSV("s\nred\n\nred\nblue\nred\n", chunkSize: nil)
        let column = table.column("s")
        #expect(table.values("s") == [.string("red"), .null, .string("red"), .string("blue"), .string("red")])
        guard case .string(let strings) = column.storage else { Issue.record("not a string column"); return }
        #expect(strings.string(at: 1) == "")
    }

    @Test func allNullColumnIsAStringColumn() throws {
        let table = try loadCSV("a,b\n1,\n2,\n")
        #expect(table.column("b").type == .string)
        #expect(table.values("b") == [.null, .null])
    }
}

extension DeclaredTypeTests {
    /// Columns are checked one after another, but the error names the earliest bad row.
    @Test func earliestBadRowWinsAcrossColumns() {
        let options = LoadOptions(declaredTypes: ["a": .int, "b": .int])
        #expect(loadError("a,b\n1,2\n3,x\ny,4\n", options: options)?.locationText == "t.csv:3:3")
    }
}
