import EQOutput
import EQStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The shell's output controls as the renderer sees them: `.mode markdown|box|tabs`, `.headers`,
/// `.nullvalue`, `.expanded`, the titles of a composite report's parts, and one JSON document.
@Suite struct OutputControlTests {
    static let table = Table(name: "t", columns: [
        makeColumn("role", .string, [.string("staff"), .string("a|b"), .null]),
        makeColumn("n", .int, [.int(7), .int(1234), .null]),
    ])

    static func render(_ format: OutputFormat, _ change: (inout RenderOptions) -> Void = { _ in }) -> String {
        var options = RenderOptions(format: format)
        change(&options)
        return ResultRenderer.render(table, options: options)
    }

    @Test func markdownEscapesPipesAndRightAlignsNumbers() {
        #expect(Self.render(.markdown) == """
            | role  | n    |
            |-------|-----:|
            | staff |    7 |
            | a\\|b  | 1234 |
            | NULL  | NULL |

            """)
    }

    @Test func boxShowsEveryRowWithoutTypes() {
        #expect(Self.render(.box) == """
            ┌───────┬──────┐
            │ role  │  n   │
            ├───────┼──────┤
            │ staff │    7 │
            │ a|b   │ 1234 │
            │ NULL  │ NULL │
            └───────┴──────┘

            """)
    }

    @Test func tabsLeaveNullEmptyAndHeadersCanGo() {
        #expect(Self.render(.tabs) == "role\tn\nstaff\t7\na|b\t1234\n\t\n")
        #expect(Self.render(.tabs) { $0.headers = false } == "staff\t7\na|b\t1234\n\t\n")
        #expect(Self.render(.csv) { $0.headers = false } == "staff,7\na|b,1234\n,\n")
    }

    @Test func nullValueSpellsMissingValues() {
        #expect(Self.render(.tabs) { $0.nullValue = "-" } == "role\tn\nstaff\t7\na|b\t1234\n-\t-\n")
        #expect(Self.render(.table) { $0.nullValue = "(none)" }.contains("│ (none) │"))
        #expect(Self.render(.line) { $0.nullValue = "?" }.contains("role = ?"))
    }

    @Test func tableWithoutHeadersHasNoNameOrTypeLines() {
        let text = Self.render(.table) { $0.headers = false }
        #expect(!text.contains("role") && !text.contains("varchar") && text.contains("staff"))
    }

    /// `.expanded auto` switches to one line per cell only when the row does not fit the width.
    @Test func expandedAutoOnlyWhenTooWide() {
        #expect(Self.render(.table) { $0.expanded = .auto }.hasPrefix("┌"))
        let narrow = Self.render(.table) { $0.expanded = .auto; $0.width = 10 }
        #expect(narrow.hasPrefix("-[ row 1 ]-\nrole = staff\n   n = 7\n"))
        #expect(Self.render(.table) { $0.expanded = .on }.hasPrefix("-[ row 1 ]-"))
        let cut = Self.render(.table) { $0.expanded = .on; $0.maxRows = 2 }
        #expect(cut.hasSuffix("2 of 3 rows shown; .maxrows 0 shows all\n"))
    }

    @Test func aPartsTitleHeadsItInTheHumanViewsOnly() {
        var titled = Self.table
        titled.title = "cohorts status"
        #expect(ResultRenderer.render(titled).hasPrefix("cohorts status\n┌"))
        #expect(ResultRenderer.render(titled, options: RenderOptions(format: .csv)).hasPrefix("role,n\n"))
    }

    @Test func severalResultsAreOneJSONDocument() {
        var document = JSONDocument()
        document.append(statement: "users | count", table: Table(name: "r", columns: [makeColumn("count", .int, [.int(3)])]))
        #expect(document.render() == "[\n{\"count\":3}\n]\n")
        var titled = Self.table
        titled.title = "cohorts status"
        document.append(statement: "cohorts \"x\"", table: titled)
        #expect(document.render() == """
            [
            {"statement": "users | count", "rows": [
            {"count":3}
            ]},
            {"statement": "cohorts \\"x\\"", "title": "cohorts status", "rows": [
            {"role":"staff","n":7},
            {"role":"a|b","n":1234},
            {"role":null,"n":null}
            ]}
            ]

            """)
    }
}

@Suite struct StatementProgressTests {
    /// Only a terminal gets the bar: a pipe (a script's standard error) never does.
    @Test func notOnAPipe() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(StatementProgress.start(fd: ends[1]) == nil)
    }

    @Test func theBarFitsItsWidthAndSaysHowToCancel() {
        for seconds in [1, 2, 7, 60, 3_601] {
            let line = StatementProgress.line(seconds: seconds, width: 60)
            #expect(line.count < 60, "\(line)")
            #expect(line.hasPrefix("running [") && line.hasSuffix("] \(seconds) s · Ctrl-C cancels"))
        }
        #expect(StatementProgress.line(seconds: 1, width: 60) != StatementProgress.line(seconds: 2, width: 60))
    }
}
