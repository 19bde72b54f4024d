import EQOutput
import EQStore
import EQTypes
import Testing

@Suite struct CSVTests {
    @Test(arguments: [false, true])
    func everyTypeWithNullsAndQuoting(plainStrings: Bool) {
        let csv = ResultRenderer.render(everyTypeTable(plainStrings: plainStrings), options: RenderOptions(format: .csv))
        #expect(csv == """
            id,score,ok,name,joined,at
            1,488.5,true,"José, ""Pepe\"\"",2024-06-30,2024-06-30 23:59:59
            -42,,,,,
            9223372036854775807,500.0,false,"line
            break 李雷",1969-12-31,2021-01-01 00:00:00.250000

            """)
    }

    @Test func emptyStringIsQuotedSoItIsNotNull() {
        let table = Table(name: "t", columns: [makeColumn("s", .string, [.string(""), .null, .string("a\rb")])])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .csv)) == "s\n\"\"\n\n\"a\rb\"\n")
    }

    @Test func customDelimiterQuotesOnlyFieldsHoldingIt() {
        let table = Table(name: "t", columns: [
            makeColumn("a;b", .string, [.string("x,y"), .string("x;y")]),
            makeColumn("n", .int, [.int(1), .int(2)]),
        ])
        let csv = ResultRenderer.render(table, options: RenderOptions(format: .csv, delimiter: UInt8(ascii: ";")))
        #expect(csv == "\"a;b\";n\nx,y;1\n\"x;y\";2\n")
    }

    @Test func doublesAreShortestAndExact() {
        let table = Table(name: "t", columns: [
            makeColumn("d", .double, [.double(0.1 + 0.2), .double(1e20), .double(-0.0), .double(123456.789)]),
        ])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .csv))
            == "d\n0.30000000000000004\n1e+20\n-0.0\n123456.789\n")
    }

    /// The writer formats dates itself (with a one-day cache); it must agree with `CivilDate` everywhere,
    /// including runs of the same day, negative days and fractions of a second.
    @Test func temporalTextMatchesCivilDate() {
        let start = instant("1969-12-30", 0, 0, 0)
        let micros = (0..<3000).map { start + Int64($0 / 3) * 3_600_000_000 * 7 + Int64($0 % 3) * 1_500_001 }
        let table = Table(name: "t", columns: [
            makeColumn("at", .timestamp, micros.map { .timestamp($0) }),
            makeColumn("day", .date, micros.map { .date(CivilDate.day(ofMicros: $0)) }),
        ])
        let lines = ResultRenderer.render(table, options: RenderOptions(format: .csv)).split(separator: "\n")
        for (rowIndex, value) in micros.enumerated() {
            #expect(lines[rowIndex + 1] == CivilDate.format(micros: value) + "," + CivilDate.format(days: CivilDate.day(ofMicros: value)))
        }
    }

    @Test func noRowsIsHeaderOnly() {
        let table = Table(name: "t", columns: [makeColumn("a", .int, []), makeColumn("b", .string, [])])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .csv)) == "a,b\n")
    }
}
