import EQOutput
import EQStore
import Testing

@Suite struct LineModeTests {
    @Test func namesRightAlignedBlankLineBetweenRows() {
        let table = Table(name: "t", columns: [
            makeColumn("id", .int, [.int(1), .int(2)]),
            makeColumn("email", .string, [.string("a@x.org"), .null]),
            makeColumn("score", .double, [.double(0.1 + 0.2), .double(500)]),
        ])
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .line)) == """
               id = 1
            email = a@x.org
            score = 0.30000000000000004

               id = 2
            email = NULL
            score = 500.0

            """)
    }
}

@Suite struct TableStyleTests {
    @Test func colourMakesHeaderBoldAndNullDim() {
        let table = Table(name: "t", columns: [makeColumn("score", .int, [.int(7), .null])])
        #expect(ResultRenderer.render(table, options: RenderOptions(color: true)) == """
            ┌───────┐
            │ \u{1B}[1mscore\u{1B}[0m │
            │  int  │
            ├───────┤
            │     7 │
            │  \u{1B}[2mNULL\u{1B}[0m │
            └───────┘

            """)
    }

    @Test func doublesAreRoundedForDisplayOnly() {
        let values: [Double] = [0.1 + 0.2, 2.0 / 3.0, 12345.678901, 1234567.891, 0.000123456789, 500, 1e20, -1.5]
        let table = Table(name: "t", columns: [makeColumn("d", .double, values.map { .double($0) })])
        #expect(ResultRenderer.render(table) == """
            ┌─────────────┐
            │      d      │
            │   double    │
            ├─────────────┤
            │         0.3 │
            │    0.666667 │
            │     12345.7 │
            │   1234568.0 │
            │ 0.000123457 │
            │       500.0 │
            │       1e+20 │
            │        -1.5 │
            └─────────────┘

            """)
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .csv)).contains("0.30000000000000004"))
    }
}
