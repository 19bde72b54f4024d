import EQDiagnostics
import Testing
@testable import EQSyntax

/// Parse errors: the message, the hint, and where the caret goes (marked 1️⃣ in the source).
struct ParserErrorTests {
    static let cases: [(marked: String, message: String, hint: String?)] = [
        ("users where 1️⃣)", "expected a condition after `where`, found `)`", "for example `where status = active`"),
        ("users where a = 1️⃣", "expected a value after `=`", nil),
        ("users where a = 1️⃣and b = 2", "expected a value after `=`, found `and`", nil),
        ("users 1️⃣wher status = 1", "unexpected `wher`", "did you mean \"where\"?"),
        ("users | 1️⃣cuont by x", "unknown step `cuont`", "did you mean \"count\"?"),
        ("users | 1️⃣shwo id", "unknown step `shwo`", "did you mean \"show\"?"),
        ("users | 1️⃣frobnicate", "unknown step `frobnicate`",
         "the steps are where, since, before, between, last, count, sum, avg, min, max, show, sort, top, limit and funnel"),
        ("users | 1️⃣", "expected a step after `|`", "for example `| count by status`"),
        ("users | 1️⃣| count", "expected a step after `|`, found `|`", "for example `| count by status`"),
        ("users | count by 1️⃣", "expected a column name after `by`", nil),
        ("users | count by 1️⃣)", "expected a column name after `by`, found `)`", nil),
        ("users | count by a, 1️⃣", "expected a column name after `,`", nil),
        ("users | count, 1️⃣score", "expected `count`, `sum`, `avg`, `min` or `max` after `,`, found `score`", nil),
        ("users | avg 1️⃣by role", "expected a column name after `avg`, found `by`", "write `avg score`"),
        ("users | count distinct 1️⃣", "expected a column name after `distinct`", nil),
        ("users where a = 1 1️⃣b = 2", "unexpected `b`", "join conditions with `and` or `or`"),
        ("users where a = 1 1️⃣adn b = 2", "unexpected `adn`", "did you mean \"and\"?"),
        ("users where a = 1 1️⃣= 2", "unexpected `=`",
         "a comparison takes one operator; join two comparisons with `and` or `or`"),
        ("users where a = 1 1️⃣b = 2", "unexpected `b`", "join conditions with `and` or `or`"),
        ("users | count by role 1️⃣export \"x.csv\"", "unexpected `export`", "join steps with `|`"),
        ("users | count 1️⃣score", "`count` takes no column",
         "write `count distinct score` to count its values, or `count` alone"),
        ("users since 1️⃣last month", "`last` needs a count", "write `last 1 month` (without `since`)"),
        ("users where 1️⃣", "expected a condition after `where`", "for example `where status = active`"),
        ("users | count by role 1️⃣sort by count", "`sort` must follow a `|`", "write `| sort`"),
        ("users 1️⃣count", "`count` must follow a `|`", "write `| count`"),
        ("users | count 1️⃣42", "unexpected `42`", nil),
        ("users where a not 1️⃣b", "expected `in`, `contains`, `starts with`, `ends with`, `like` or `matches` after `not`, found `b`", nil),
        ("users where a in 1️⃣1", "expected `(` after `in`, found `1`", "write `in (a, b)`"),
        ("users where a in (1, 2 1️⃣", "expected `,` or `)` in the list of values", nil),
        ("users where a in (1️⃣)", "expected a value after `(`, found `)`", nil),
        ("users where a is 1️⃣nul", "expected `null` after `is`, found `nul`", "write `is null` or `is not null`"),
        ("users where a is not 1️⃣1", "expected `null` after `is not`, found `1`", "write `is null` or `is not null`"),
        ("users where (a = 1 1️⃣", "expected `)`", "to close the `(` at 1:13"),
        ("users where a starts 1️⃣\"x\"", "expected `with` after `starts`, found `\"x\"`", "write `starts with \"text\"`"),
        ("users where a = -1️⃣", "expected a value after `-`", nil),
        ("users where a = 1 1️⃣)", "unexpected `)`", "no `(` is open here"),
        ("users last 7 1️⃣dayz", "unknown time unit `dayz`", "did you mean \"days\"?"),
        ("users last 7 1️⃣", "expected a time unit after `last 7`",
         "the units are hours, days, weeks, months, quarters and years"),
        ("users last 1️⃣days", "expected a count after `last`, found `days`", nil),
        ("users last 1️⃣0 days", "`last` needs a count of at least 1", "write `last 7 days`"),
        ("users between 2024-01 1️⃣2024-03", "expected `and` after `between 2024-01`, found `2024-03`",
         "write `between 2024-01 and 2024-03`"),
        ("users since 1️⃣", "expected a value after `since`", nil),
        ("users | top 1️⃣by score", "expected a row count after `top`, found `by`", nil),
        ("users | top 10 1️⃣score", "expected `by` after `top 10`, found `score`", "write `top 10 by score`"),
        ("users | sort 1️⃣score", "expected `by` after `sort`, found `score`", "write `sort by score desc`"),
        ("users | limit 1️⃣-1", "expected a row count after `limit`, found `-`", "it cannot be negative"),
        ("users | limit 1️⃣-9223372036854775808", "expected a row count after `limit`, found `-9223372036854775808`",
         "it cannot be negative"),
        ("users | show 1️⃣", "expected `*` or a column name after `show`", nil),
        ("1️⃣| count", "unexpected `|`", "a `|` continues a query, and there is no query before it"),
        ("1️⃣42", "expected a table name, `load`, `set` or `explain`, found `42`", nil),
        ("users; 1️⃣)", "expected a table name, `load`, `set` or `explain`, found `)`", nil),
        ("1️⃣lod users from \"x\"", "unknown statement `lod`", "did you mean \"load\"?"),
        ("load users 1️⃣\"u.csv\"", "expected `from` after `load users`, found `\"u.csv\"`",
         "write `load users from \"users.csv\"`"),
        ("load 1️⃣\"u.csv\"", "expected a table name after `load`, found `\"u.csv\"`",
         "write `load users from \"users.csv\"`"),
        ("load users from 1️⃣users_csv", "expected a quoted file path after `from`, found `users_csv`",
         "paths are strings: \"data/users.csv\""),
        ("load users from \"u\" 1️⃣tiem at", "expected a load option, found `tiem`", "did you mean \"time\"?"),
        ("load users from \"u\" as 1️⃣xml", "unknown file format `xml`", "the formats are csv and ndjson"),
        ("load users from \"u\" as 1️⃣ndjsn", "unknown file format `ndjsn`", "did you mean \"ndjson\"?"),
        ("load users from \"u\" with (score 1️⃣integr)", "unknown type `integr`", "did you mean \"integer\"?"),
        ("load users from \"u\" with (score int 1️⃣", "expected `,` or `)` in the column types", nil),
        ("load users from \"u\" with 1️⃣score int", "expected `(` after `with`, found `score`",
         "write `with (score int, joined_at date)`"),
        ("load users from \"u\" time a 1️⃣time b", "`time` is given twice", nil),
        ("load users from \"u\" delimiter 1️⃣\";;\"", "a delimiter must be a single character, found `\";;\"`", nil),
        ("set x 1️⃣2", "expected `=` after `set x`, found `2`", "write `set x = VALUE`"),
        ("set x = 1️⃣", "expected a value after `=`", nil),
        ("explain 1️⃣42", "expected a query after `explain`, found `42`",
         "write `explain users where status = active`"),
        ("users\n1️⃣)", "expected a table name, `load`, `set` or `explain`, found `)`", nil),
    ]

    /// A hint proposes `|` only before a word that can start a step: never before a name, an operator
    /// or a number that no step begins with (whatever the language later accepts there).
    @Test(arguments: [
        "users | count as n", "users since last month", "users where score <> 1", "users where name like \"a%\"",
        "users | count 42", "users | count by role as n", "users | sort by score desc nulls", "users | limit 3 4",
        "users | top 3 by score asc , x",
    ])
    func neverProposesAPipeWhereNoStepCanStart(text: String) {
        guard let diagnostic = SyntaxTestSupport.diagnostic(text) else { return }
        #expect(diagnostic.hint?.contains("`|`") != true, "\(diagnostic)")
    }

    @Test(arguments: cases)
    func reportsErrorAtMarker(marked: String, message: String, hint: String?) throws {
        try SyntaxTestSupport.expectError(marked, message: message, hint: hint)
    }

    @Test func locationCountsLinesAndCharacters() throws {
        let (text, _) = SyntaxTestSupport.unmark("set today = 2024-06-30\nusers 1️⃣wher x = 1")
        let diagnostic = try #require(SyntaxTestSupport.diagnostic(text))
        #expect(diagnostic.locationText == "query:2:7")
    }

    @Test func rendersWithCaretsUnderTheToken() throws {
        let diagnostic = try #require(SyntaxTestSupport.diagnostic("users since 2024-13"))
        #expect(DiagnosticRenderer().render(diagnostic) == """
            error: invalid month `2024-13`
             --> query:1:13
            1 | users since 2024-13
              |             ^^^^^^^ months run from 01 to 12
            """)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let open = String(repeating: "(", count: 10_000)
        let diagnostic = try #require(SyntaxTestSupport.diagnostic("users where " + open + "a"))
        #expect(diagnostic.message == "the expression is nested too deeply")
        let nots = String(repeating: "not ", count: 10_000)
        #expect(SyntaxTestSupport.diagnostic("users where " + nots + "a")?.message == "the expression is nested too deeply")
    }

    @Test func reasonableNestingParses() throws {
        let depth = 100
        let text = "users where " + String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
        #expect(try SyntaxTestSupport.tree(text) == "Query(users, Filter(Name(a)))")
    }
}
