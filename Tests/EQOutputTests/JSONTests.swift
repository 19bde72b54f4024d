import EQOutput
import EQStore
import Testing

@Suite struct JSONTests {
    @Test func arrayOfObjectsInColumnOrder() {
        let json = ResultRenderer.render(everyTypeTable(), options: RenderOptions(format: .json))
        #expect(json == """
            [
            {"id":1,"score":488.5,"ok":true,"name":"José, \\"Pepe\\"","joined":"2024-06-30","at":"2024-06-30 23:59:59"},
            {"id":-42,"score":null,"ok":null,"name":null,"joined":null,"at":null},
            {"id":9223372036854775807,"score":500.0,"ok":false,"name":"line\\nbreak 李雷","joined":"1969-12-31","at":"2021-01-01 00:00:00.250000"}
            ]

            """)
    }

    @Test func ndjsonIsOneObjectPerLine() {
        let table = Table(name: "t", columns: [makeColumn("a", .int, [.int(1), .null])])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .ndjson)) == "{\"a\":1}\n{\"a\":null}\n")
    }

    @Test func escapesControlCharactersQuotesAndBackslashes() {
        let table = Table(name: "t", columns: [
            makeColumn("k\"ey", .string, [.string("tab\there \\ \u{01}\u{1F} \r end é")], plainStrings: true),
        ])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .ndjson))
            == #"{"k\"ey":"tab\there \\ \u0001\u001f \r end é"}"# + "\n")
    }

    @Test func nonFiniteDoublesAreNull() {
        let table = Table(name: "t", columns: [makeColumn("d", .double, [.double(.nan), .double(-.infinity)])])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .ndjson)) == "{\"d\":null}\n{\"d\":null}\n")
    }

    @Test func emptyResults() {
        let table = Table(name: "t", columns: [makeColumn("a", .int, [])])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .json)) == "[]\n")
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .ndjson)) == "")
    }
}
