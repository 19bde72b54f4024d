import EQDiagnostics
import EQTypes

/// Turns source text into tokens, with spans in UTF-8 byte offsets.
///
/// Every line break outside a string becomes a `.newline` token; whether it ends a statement is decided
/// afterwards by `Layout`, which needs to see the tokens on both sides of it. Comments and a trailing `\`
/// vanish here.
public struct Lexer {
    /// What stopped a scan, kept apart from the diagnostic so the shell can tell "the string is still
    /// open, keep reading" from a real error.
    struct Failure: Error {
        var diagnostic: Diagnostic
        var isUnterminatedString: Bool
        /// Where scanning can pick up again after the bad lexeme; nil when nothing after it can be
        /// trusted (a string left open swallows the rest of the input).
        var resumeAt: Int?
    }

    let source: SourceFile
    let bytes: [UInt8]
    var offset = 0
    var tokens: [Token] = []

    init(_ source: SourceFile) {
        self.source = source
        self.bytes = Array(source.text.utf8)
    }

    /// The tokens of a source, ending with `.end`; every line break is a `.newline` token.
    public static func tokenize(_ source: SourceFile) throws(Diagnostic) -> [Token] {
        let (tokens, failure) = scan(source)
        if let failure { throw failure.diagnostic }
        return tokens
    }

    /// Scans as far as possible: the tokens before the first error, and the error if any.
    static func scan(_ source: SourceFile) -> (tokens: [Token], failure: Failure?) {
        var lexer = Lexer(source)
        do throws(Failure) {
            try lexer.run()
            return (lexer.tokens, nil)
        } catch {
            return (lexer.tokens, error)
        }
    }

    /// Scans past every error that ends at a known place (a bad number, date, symbol or escape), so a
    /// batch run can fail just the statement that holds it, as it does for a parse error. The bad
    /// lexeme stays as a word; an open string ends the scan, with `.end` where it starts.
    static func scanRecovering(_ source: SourceFile) -> (tokens: [Token], failures: [Diagnostic]) {
        var lexer = Lexer(source)
        var failures: [Diagnostic] = []
        while true {
            do throws(Failure) {
                try lexer.run()
                return (lexer.tokens, failures)
            } catch {
                failures.append(error.diagnostic)
                guard let resume = error.resumeAt, resume > lexer.offset else {
                    let end = error.diagnostic.span?.start ?? lexer.offset
                    lexer.tokens.append(Token(.end, span: SourceSpan(at: end), text: ""))
                    return (lexer.tokens, failures)
                }
                // A word in its place keeps the statement boundaries where the user sees them; the
                // statement holding it fails with this error, whatever the parser makes of the word.
                let start = min(lexer.offset, resume)
                lexer.tokens.append(Token(.identifier(lexer.text(start, resume)), span: SourceSpan(start: start, end: resume),
                                          text: lexer.text(start, resume)))
                lexer.offset = resume
            }
        }
    }

    /// Grammar: NEWLINE ::= #xA
    private mutating func run() throws(Failure) {
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            case UInt8(ascii: "\n"):
                emit(.newline, from: offset, to: offset + 1)
            case UInt8(ascii: "#"):
                skipComment()
            case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"):
                skipComment()
            case UInt8(ascii: "\\"):
                try joinLines()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                try lexString(quote: byte)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try lexNumber()
            case UInt8(ascii: "$"):
                try lexParameter()
            default:
                if let length = identifierCharacterLength(at: offset), !isDigit(byte) {
                    lexIdentifier(firstLength: length)
                } else {
                    try lexSymbol()
                }
            }
        }
        emit(.end, from: bytes.count, to: bytes.count)
    }

    /// Grammar: COMMENT ::= ( '--' | '#' ) [^#xA]*
    private mutating func skipComment() {
        while offset < bytes.count && bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
    }

    /// A backslash followed only by blanks up to the line break joins the two lines.
    ///
    /// Grammar: LINE_JOIN ::= '\' [ #x9#xD]* #xA
    private mutating func joinLines() throws(Failure) {
        var cursor = offset + 1
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t")
            || bytes[cursor] == UInt8(ascii: "\r") {
            cursor += 1
        }
        guard cursor == bytes.count || bytes[cursor] == UInt8(ascii: "\n") else {
            throw fail("unexpected `\\`", at: offset, length: 1,
                       hint: "a backslash continues a statement only at the end of a line")
        }
        offset = min(cursor + 1, bytes.count)
    }

    /// Grammar: PARAMETER ::= '$' ( LETTER | [0-9] | '_' )+
    private mutating func lexParameter() throws(Failure) {
        let start = offset
        offset += 1
        while let length = identifierCharacterLength(at: offset) { offset += length }
        guard offset > start + 1 else {
            throw fail("expected a parameter name after `$`", at: start, length: 1, hint: "write `$month`")
        }
        emit(.parameter(text(start + 1, offset)), from: start, to: offset)
    }

    /// Grammar: IDENTIFIER ::= ( LETTER | '_' ) ( LETTER | [0-9] | '_' )*
    private mutating func lexIdentifier(firstLength: Int) {
        let start = offset
        offset += firstLength
        while let length = identifierCharacterLength(at: offset) { offset += length }
        emit(.identifier(text(start, offset)), from: start, to: offset)
    }

    private mutating func lexSymbol() throws(Failure) {
        let start = offset
        let byte = bytes[offset]
        let next = peek(1)
        let kind: Token.Kind
        var length = 1
        switch byte {
        case UInt8(ascii: "="):
            guard next != UInt8(ascii: "=") else {
                throw fail("unexpected `==`", at: start, length: 2, hint: "compare with a single `=`")
            }
            kind = .equal
        case UInt8(ascii: "!"):
            guard next == UInt8(ascii: "=") else {
                throw fail("unexpected `!`", at: start, length: 1, hint: "write `!=` to compare, or `not` to negate")
            }
            kind = .notEqual
            length = 2
        case UInt8(ascii: "<"):
            // `<>` is SQL's spelling of `!=`.
            if next == UInt8(ascii: "=") { kind = .lessEqual; length = 2 }
            else if next == UInt8(ascii: ">") { kind = .notEqual; length = 2 }
            else { kind = .less }
        case UInt8(ascii: ">"):
            if next == UInt8(ascii: "=") { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: "|"): kind = .pipe
        case UInt8(ascii: ";"): kind = .semicolon
        case UInt8(ascii: "*"): kind = .star
        case UInt8(ascii: "%"): kind = .percent
        // `->` joins funnel steps; nothing else puts a `>` right after a `-` (`x - > 1` is no expression).
        case UInt8(ascii: "-"):
            if next == UInt8(ascii: ">") { kind = .arrow; length = 2 } else { kind = .minus }
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: "/"): kind = .slash
        default:
            throw unknownCharacter(at: start)
        }
        emit(kind, from: start, to: start + length)
    }

    private func unknownCharacter(at start: Int) -> Failure {
        let length = scalarLength(at: start)
        let character = text(start, start + length)
        let hint: String? = switch character {
        case ":": "quote timestamps: \"2024-06-30 12:00:00\""
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}": "use straight quotes \" or '"
        case "`": "names need no quotes; strings take \" or '"
        case ".", "/": "quote file paths: \"data/users.csv\""
        default: nil
        }
        return fail("unexpected character `\(character)`", at: start, length: length, hint: hint)
    }

    mutating func emit(_ kind: Token.Kind, from start: Int, to end: Int) {
        tokens.append(Token(kind, span: SourceSpan(start: start, end: end), text: text(start, end)))
        offset = end
    }

    func fail(_ message: String, at start: Int, length: Int, hint: String? = nil) -> Failure {
        let span = SourceSpan(start: start, end: min(bytes.count, start + length))
        return Failure(diagnostic: Diagnostic(message, source: source, span: span, hint: hint),
                       isUnterminatedString: false, resumeAt: span.end)
    }

    func peek(_ distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The byte length of the character at `position` when it may appear in a name: ASCII letters,
    /// digits, `_`, and any alphabetic non-ASCII letter (`prénom`), so names in other languages work.
    ///
    /// Grammar: LETTER ::= [A-Za-z] | [#x80-#x10FFFF]
    func identifierCharacterLength(at position: Int) -> Int? {
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        if byte < 0x80 {
            let isWordByte = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || isDigit(byte) || byte == UInt8(ascii: "_")
            return isWordByte ? 1 : nil
        }
        let length = scalarLength(at: position)
        guard let scalar = text(position, position + length).unicodeScalars.first,
              scalar.properties.isAlphabetic else { return nil }
        return length
    }

    /// The number of bytes of the UTF-8 sequence starting at `position` (the text is valid UTF-8).
    func scalarLength(at position: Int) -> Int {
        let byte = bytes[position]
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        return min(length, bytes.count - position)
    }
}
