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
