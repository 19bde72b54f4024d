import EQDiagnostics
import Testing
@testable import EQSyntax

struct LexerTests {
    static func summaries(_ text: String) throws -> String {
        try Lexer.tokenize(SyntaxTestSupport.source(text)).map(\.summary).joined(separator: " ")
    }

    static let cases: [(source: String, tokens: String)] = [
        ("users where status = at_risk",
         "identifier(users) identifier(where) identifier(status) symbol(=) identifier(at_risk) end"),
        ("2024-06-30 2024-06 2024", "date(2024-06-30) month(2024-06) integer(2024) end"),
        ("2024-02-29 1970-01", "date(2024-02-29) month(1970-01) end"),
        ("1.5 0 42", "decimal(1.5) integer(0) integer(42) end"),
        ("score > -1", "identifier(score) symbol(>) symbol(-) integer(1) end"),
        // The one integer without a positive counterpart is a single token, so the whole Int64 range is writable.
        ("score > -9223372036854775808", "identifier(score) symbol(>) integer(-9223372036854775808) end"),
        ("score > -9223372036854775807", "identifier(score) symbol(>) symbol(-) integer(9223372036854775807) end"),
        ("= != < <= > >= ( ) , | ; * -",
         "symbol(=) symbol(!=) symbol(<) symbol(<=) symbol(>) symbol(>=) symbol(() symbol()) symbol(,) symbol(|) "
             + "symbol(;) symbol(*) symbol(-) end"),
        (#""a\"b" 'c\'d' "x\\y\n\tz""#, #"string("a\"b") string("c'd") string("x\\y\n\tz") end"#),
        (#"'say "hi"' "it's""#, #"string("say \"hi\"") string("it's") end"#),
        ("\"two\nlines\"", #"string("two\nlines") end"#),
        ("$month $1", "parameter(month) parameter(1) end"),
        ("a -- comment\nb # another", "identifier(a) newline identifier(b) end"),
        ("a \\\n b", "identifier(a) identifier(b) end"),
        ("a \\  \r\n b", "identifier(a) identifier(b) end"),
        ("prénom Straße _x x1", "identifier(prénom) identifier(Straße) identifier(_x) identifier(x1) end"),
        ("a\r\nb", "identifier(a) newline identifier(b) end"),
        ("", "end"),
        ("last 7 days", "identifier(last) integer(7) identifier(days) end"),
        ("WHERE Count", "identifier(WHERE) identifier(Count) end"),
    ]

    @Test(arguments: cases)
    func tokens(source: String, tokens: String) throws {
        #expect(try Self.summaries(source) == tokens)
    }

    @Test func spansAreUTF8ByteOffsets() throws {
        let tokens = try Lexer.tokenize(SyntaxTestSupport.source("\"é\" x 2024-01"))
        #expect(tokens.map(\.span) == [
            SourceSpan(start: 0, end: 4), SourceSpan(start: 5, end: 6), SourceSpan(start: 7, end: 14),
            SourceSpan(start: 14, end: 14),
        ])
    }

    @Test func literalValues() throws {
        let tokens = try Lexer.tokenize(SyntaxTestSupport.source("2024-06-30 2024-06 1970-01-02"))
        #expect(tokens[0].kind == .date(19_904))
        #expect(tokens[1].kind == .month(653))
        #expect(tokens[2].kind == .date(1))
    }

    static let errors: [(marked: String, message: String, hint: String?)] = [
        ("users since 1️⃣2024-13", "invalid month `2024-13`", "months run from 01 to 12"),
        ("users since 1️⃣2024-00-10", "invalid month `2024-00-10`", "months run from 01 to 12"),
        ("users since 1️⃣2024-02-30", "invalid date `2024-02-30`", "2024-02 has 29 days"),
        ("users since 1️⃣2023-02-29", "invalid date `2023-02-29`", "2023-02 has 28 days"),
        ("users since 1️⃣2024-1", "invalid date `2024-1`", "write dates as YYYY-MM-DD and months as YYYY-MM"),
        ("users since 1️⃣2024-06-30T10:00", "invalid date `2024-06-30T10`", "quote timestamps: \"2024-06-30 12:00:00\""),
        ("users since 2024-06-30 10 1️⃣:00", "unexpected character `:`", "quote timestamps: \"2024-06-30 12:00:00\""),
        ("users where name = 1️⃣\"abc", "unterminated string", "this string has no closing \""),
        ("users where name = 1️⃣'abc\\'", "unterminated string", "this string has no closing '"),
        ("users where name = \"a1️⃣\\qb\"", "unknown escape `\\q` in a string", #"the escapes are \" \' \\ \n \t"#),
        ("users where a 1️⃣@ b", "unexpected character `@`", nil),
        ("users where a = 1️⃣“x”", "unexpected character `“`", "use straight quotes \" or '"),
        ("users | last 1️⃣30days", "invalid number `30days`", "put a space between a number and a word: `30 days`"),
        ("load users from data/users1️⃣.csv", "unexpected character `.`", "quote file paths: \"data/users.csv\""),
        ("users where a 1️⃣== 1", "unexpected `==`", "compare with a single `=`"),
        ("users where a 1️⃣! b", "unexpected `!`", "write `!=` to compare, or `not` to negate"),
        ("users 1️⃣\\ where", "unexpected `\\`", "a backslash continues a statement only at the end of a line"),
        ("users where a = 1️⃣$", "expected a parameter name after `$`", "write `$month`"),
        ("users where score > - 1️⃣9223372036854775808", "integer `9223372036854775808` is too large",
         "integers run from -9223372036854775808 to 9223372036854775807"),
        ("users | limit 1️⃣99999999999999999999", "integer `99999999999999999999` is too large",
         "integers run from -9223372036854775808 to 9223372036854775807"),
    ]

    @Test(arguments: errors)
    func lexerErrors(marked: String, message: String, hint: String?) throws {
        try SyntaxTestSupport.expectError(marked, message: message, hint: hint)
    }
}
