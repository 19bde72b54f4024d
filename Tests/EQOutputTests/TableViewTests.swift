import EQOutput
import EQStore
import Testing

/// Golden renderings of the table view; each pins one layout decision (fit, hidden columns, elided rows,
/// truncation) so a change to the layout shows up as a readable diff.
@Suite struct TableViewTests {
    let longText = Table(name: "t", columns: [
        makeColumn("note", .string, [.string("a very long note that will never fit in forty columns"),
                                     .string("短い日本語のテキストがここにあります"), .string("tab\there")]),
    ])

    @Test func fitsAt120() {
        #expect(ResultRenderer.render(usersTable(rows: 5), options: RenderOptions(width: 120)) == """
            ┌─────┬─────────────────────────┬───────────────────┬────────┬───────┬──────────┬────────────┬─────────────────────┐
            │ id  │          name           │       email       │  plan  │ score │  ratio   │ joined_at  │    last_login_at    │
            │ int │         string          │      string       │ string │  int  │  double  │    date    │      timestamp      │
            ├─────┼─────────────────────────┼───────────────────┼────────┼───────┼──────────┼────────────┼─────────────────────┤
            │   1 │ José García             │ user1@example.org │ free   │     0 │      0.0 │ 2024-01-01 │ 2024-06-01 00:05:09 │
            │   2 │ Zoë O'Brien             │ user2@example.org │ pro    │  NULL │ 0.142857 │ 2024-01-02 │ 2024-06-01 01:05:09 │
            │   3 │ 李雷                    │ user3@example.org │ team   │    74 │ 0.285714 │ 2024-01-03 │ 2024-06-01 02:05:09 │
            │   4 │ Björn Andersson         │ user4@example.org │ free   │   111 │ 0.428571 │ 2024-01-04 │ 2024-06-01 03:05:09 │
            │   5 │ Ann-Marie Johansson, Jr │ user5@example.org │ pro    │   148 │ 0.571429 │ 2024-01-05 │ 2024-06-01 04:05:09 │
            └─────┴─────────────────────────┴───────────────────┴────────┴───────┴──────────┴────────────┴─────────────────────┘

            """)
    }

    @Test func hidesMiddleColumnsAt80() {
        #expect(ResultRenderer.render(usersTable(rows: 5), options: RenderOptions(width: 80)) == """
            ┌─────┬─────────────────────────┬───┬────────────┬─────────────────────┐
            │ id  │          name           │ … │ joined_at  │    last_login_at    │
            │ int │         string          │   │    date    │      timestamp      │
            ├─────┼─────────────────────────┼───┼────────────┼─────────────────────┤
            │   1 │ José García             │ … │ 2024-01-01 │ 2024-06-01 00:05:09 │
            │   2 │ Zoë O'Brien             │ … │ 2024-01-02 │ 2024-06-01 01:05:09 │
            │   3 │ 李雷                    │ … │ 2024-01-03 │ 2024-06-01 02:05:09 │
            │   4 │ Björn Andersson         │ … │ 2024-01-04 │ 2024-06-01 03:05:09 │
            │   5 │ Ann-Marie Johansson, Jr │ … │ 2024-01-05 │ 2024-06-01 04:05:09 │
            ├─────┴─────────────────────────┴───┴────────────┴─────────────────────┤
            │ 5 rows                                                               │
            │ 4 columns hidden (email, plan, score, ratio)                         │
            └──────────────────────────────────────────────────────────────────────┘

            """)
    }

    @Test func hidesMoreAndWrapsNoteAt40() {
        #expect(ResultRenderer.render(usersTable(rows: 5), options: RenderOptions(width: 40)) == """
            ┌─────┬───┬─────────────────────┐
            │ id  │ … │    last_login_at    │
            │ int │   │      timestamp      │
            ├─────┼───┼─────────────────────┤
            │   1 │ … │ 2024-06-01 00:05:09 │
            │   2 │ … │ 2024-06-01 01:05:09 │
            │   3 │ … │ 2024-06-01 02:05:09 │
            │   4 │ … │ 2024-06-01 03:05:09 │
            │   5 │ … │ 2024-06-01 04:05:09 │
            ├─────┴───┴─────────────────────┤
            │ 5 rows                        │
            │ 6 columns hidden (name,       │
            │ email, plan, score, ratio,    │
            │ joined_at)                    │
            └───────────────────────────────┘

            """)
    }

    @Test func elidesRowsAt80() {
        #expect(ResultRenderer.render(usersTable(rows: 2000), options: RenderOptions(width: 80, maxRows: 6)) == """
            ┌──────┬──────────────┬───┬────────────┬─────────────────────┐
            │  id  │     name     │ … │ joined_at  │    last_login_at    │
            │ int  │    string    │   │    date    │      timestamp      │
            ├──────┼──────────────┼───┼────────────┼─────────────────────┤
            │    1 │ José García  │ … │ 2024-01-01 │ 2024-06-01 00:05:09 │
            │    2 │ Zoë O'Brien  │ … │ 2024-01-02 │ 2024-06-01 01:05:09 │
            │    3 │ 李雷         │ … │ 2024-01-03 │ 2024-06-01 02:05:09 │
            │  ·   │      ·       │ · │     ·      │          ·          │
            │ 1998 │ Omar "Singh" │ … │ 2029-06-20 │ 2024-06-01 05:05:09 │
            │ 1999 │ José García  │ … │ 2029-06-21 │ 2024-06-01 06:05:09 │
            │ 2000 │ Zoë O'Brien  │ … │ 2029-06-22 │ 2024-06-01 07:05:09 │
            ├──────┴──────────────┴───┴────────────┴─────────────────────┤
            │ 6 of 2,000 rows shown; .maxrows 0 shows all                │
            │ 4 columns hidden (email, plan, score, ratio)               │
            └────────────────────────────────────────────────────────────┘

            """)
    }

    @Test func asciiAt40() {
        #expect(ResultRenderer.render(usersTable(rows: 2000), options: RenderOptions(width: 40, maxRows: 4, unicode: false)) == """
            +------+---+---------------------------+
            |  id  | ~ |       last_login_at       |
            | int  |   |         timestamp         |
            +------+---+---------------------------+
            |    1 | ~ | 2024-06-01 00:05:09       |
            |    2 | ~ | 2024-06-01 01:05:09       |
            |  .   | . |             .             |
            | 1999 | ~ | 2024-06-01 06:05:09       |
            | 2000 | ~ | 2024-06-01 07:05:09       |
            +------+---+---------------------------+
            | 4 of 2,000 rows shown; .maxrows 0    |
            | shows all                            |
            | 6 columns hidden (name, email, plan, |
            | score, ratio, joined_at)             |
            +--------------------------------------+

            """)
    }

    @Test func truncatesCellsAt40() {
        #expect(ResultRenderer.render(longText, options: RenderOptions(width: 40)) == """
            ┌──────────────────────────────────────┐
            │                 note                 │
            │                string                │
            ├──────────────────────────────────────┤
            │ a very long note that will never fi… │
            │ 短い日本語のテキストがここにあります │
            │ tab\\there                            │
            └──────────────────────────────────────┘

            """)
    }

    @Test func noRows() {
        #expect(ResultRenderer.render(Table(name: "c", columns: [makeColumn("count", .int, [])]), options: RenderOptions()) == """
            ┌────────┐
            │ count  │
            │  int   │
            ├────────┤
            │ 0 rows │
            └────────┘

            """)
    }

    @Test func footerWidensNarrowTable() {
        #expect(ResultRenderer.render(Table(name: "c", columns: [makeColumn("count", .int, (1...100).map { .int(Int64($0)) })]),
                                     options: RenderOptions(maxRows: 4)) == """
            ┌───────────────────────────────────────────┐
            │                   count                   │
            │                    int                    │
            ├───────────────────────────────────────────┤
            │                                         1 │
            │                                         2 │
            │                     ·                     │
            │                                        99 │
            │                                       100 │
            ├───────────────────────────────────────────┤
            │ 4 of 100 rows shown; .maxrows 0 shows all │
            └───────────────────────────────────────────┘

            """)
    }

    /// `maxRows` 0 (a file, a pipe, `.maxrows 0`) shows every row: no cut, no footer about it.
    @Test func zeroMaxRowsShowsEveryRow() {
        let table = Table(name: "c", columns: [makeColumn("count", .int, (1...100).map { .int(Int64($0)) })])
        let text = ResultRenderer.render(table, options: RenderOptions(maxRows: 0))
        #expect(text.split(separator: "\n").count == 4 + 100 + 1)
        #expect(!text.contains("shown"))
        #expect(text.contains("│   100 │"))
    }

    /// A share shows as a percentage and a period not reached yet as a blank; CSV keeps the fraction.
    @Test func sharesShowAsPercentagesAndFuturePeriodsAsBlanks() throws {
        var share = makeColumn("period_1", .double, [.double(0.148), .null, .double(1)])
        share.proportion = .fraction
        let table = Table(name: "retention", columns: [makeColumn("cohort", .string, [.string("2024-01"), .string("2024-02"), .string("2024-03")]), share])
        #expect(ResultRenderer.render(table, options: RenderOptions()) == """
            ┌─────────┬──────────┐
            │ cohort  │ period_1 │
            │ string  │  double  │
            ├─────────┼──────────┤
            │ 2024-01 │    14.8% │
            │ 2024-02 │          │
            │ 2024-03 │   100.0% │
            └─────────┴──────────┘

            """)
        #expect(ResultRenderer.render(table, options: RenderOptions(format: .csv)) == "cohort,period_1\n2024-01,0.148\n2024-02,\n2024-03,1.0\n")
    }
}
