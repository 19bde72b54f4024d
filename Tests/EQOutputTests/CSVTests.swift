import EQOutput
import EQStore
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

    @Test func noRowsIsHeaderOnly() {
        let table = Table(name: "t", columns: [makeColumn("a", .int, []), makeColumn("b", .string, [])])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .csv)) == "a,b\n")
    }
}
