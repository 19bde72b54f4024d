import EQDiagnostics
import EQTypes

extension Lexer {
    /// Strings take either quote and the escapes `\"` `\'` `\\` `\n` `\t`; they may span lines.
    ///
    /// Grammar: STRING ::= '"' ( [^"\] | ESCAPE )* '"' | "'" ( [^'\] | ESCAPE )* "'"
    /// Grammar: ESCAPE ::= '\' ( '"' | "'" | '\' | 'n' | 't' )
    mutating func lexString(quote: UInt8) throws(Failure) {
        let start = offset
        var value: [UInt8] = []
        var cursor = offset + 1
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == quote {
                emit(.string(String(decoding: value, as: UTF8.self)), from: start, to: cursor + 1)
                return
            }
            if byte == UInt8(ascii: "\\") {
                guard cursor + 1 < bytes.count else { break }
                let escaped = bytes[cursor + 1]
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): value.append(escaped)
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                default:
                    let length = 1 + scalarLength(at: cursor + 1)
                    var failure = fail("unknown escape `\(text(cursor, cursor + length))` in a string",
                                       at: cursor, length: length, hint: #"the escapes are \" \' \\ \n \t"#)
                    failure.resumeAt = closingQuote(quote, after: cursor + length).map { $0 + 1 }
                    throw failure
                }
                cursor += 2
                continue
            }
            value.append(byte)
            cursor += 1
        }
        let quoteText = quote == UInt8(ascii: "\"") ? "\"" : "'"
        var failure = fail("unterminated string", at: start, length: 1,
                           hint: "this string has no closing \(quoteText)")
        failure.isUnterminatedString = true
        failure.resumeAt = nil
        throw failure
    }

    /// The closing quote of a string whose escape was bad, so scanning resumes after the string.
    private func closingQuote(_ quote: UInt8, after start: Int) -> Int? {
        var cursor = start
        while cursor < bytes.count {
            if bytes[cursor] == UInt8(ascii: "\\") { cursor += 2; continue }
            if bytes[cursor] == quote { return cursor }
            cursor += 1
        }
        return nil
    }

    /// Integers, decimals, and `YYYY-MM` / `YYYY-MM-DD`, which lex as one token so that `2024-06` is never
    /// read as a subtraction and a bad month is reported where it is written.
    ///
    /// Grammar: INTEGER ::= [0-9]+
    /// Grammar: DECIMAL ::= [0-9]+ '.' [0-9]+
    /// Grammar: DATE ::= [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9]
    /// Grammar: MONTH ::= [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9]
    mutating func lexNumber() throws(Failure) {
        let start = offset
        var cursor = offset
        while isDigit(cursor < bytes.count ? bytes[cursor] : nil) { cursor += 1 }
        if cursor - start == 4, cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "-"), isDigit(bytes[cursor + 1]) {
            while cursor < bytes.count, isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
            try rejectTrailingWord(from: start, after: &cursor, what: "date",
                                   hint: "quote timestamps: \"2024-06-30 12:00:00\"")
            try lexDate(from: start, to: cursor)
            return
        }
        var isDecimal = false
        if cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "."), isDigit(bytes[cursor + 1]) {
            isDecimal = true
            cursor += 1
            while isDigit(cursor < bytes.count ? bytes[cursor] : nil) { cursor += 1 }
        }
        try rejectTrailingWord(from: start, after: &cursor, what: "number",
                               hint: "put a space between a number and a word: `30 days`")
        let literal = text(start, cursor)
        if isDecimal {
            guard let value = Double(literal), value.isFinite else {
                throw fail("invalid number `\(literal)`", at: start, length: cursor - start)
            }
            emit(.decimal(value), from: start, to: cursor)
        } else {
            guard let value = Int64(literal) else {
                // -9223372036854775808 is the one integer whose magnitude has no positive Int64: with
                // the sign written right before it, sign and digits become one token.
                if let sign = tokens.last, case .minus = sign.kind, sign.span.end == start,
                   let value = Int64("-" + literal) {
                    tokens.removeLast()
                    emit(.integer(value), from: sign.span.start, to: cursor)
                    return
                }
                throw fail("integer `\(literal)` is too large", at: start, length: cursor - start,
                           hint: "integers run from \(Int64.min) to \(Int64.max)")
            }
            emit(.integer(value), from: start, to: cursor)
        }
    }

    /// `30days` is almost always a missing space; saying so beats two confusing tokens.
    private func rejectTrailingWord(from start: Int, after cursor: inout Int, what: String, hint: String)
        throws(Failure) {
        guard identifierCharacterLength(at: cursor) != nil else { return }
        while let length = identifierCharacterLength(at: cursor) { cursor += length }
        throw fail("invalid \(what) `\(text(start, cursor))`", at: start, length: cursor - start, hint: hint)
    }

    private mutating func lexDate(from start: Int, to end: Int) throws(Failure) {
        let literal = text(start, end)
        let parts = literal.split(separator: "-", omittingEmptySubsequences: false)
        let shapeIsValid = (parts.count == 2 || parts.count == 3) && parts[0].count == 4
            && parts.dropFirst().allSatisfy { $0.count == 2 }
        guard shapeIsValid, let year = Int(parts[0]), let month = Int(parts[1]) else {
            throw fail("invalid date `\(literal)`", at: start, length: end - start,
                       hint: "write dates as YYYY-MM-DD and months as YYYY-MM")
        }
        guard month >= 1 && month <= 12 else {
            throw fail("invalid month `\(literal)`", at: start, length: end - start, hint: "months run from 01 to 12")
        }
        if parts.count == 2 {
            emit(.month(Int32((year - 1970) * 12 + month - 1)), from: start, to: end)
            return
        }
        guard let days = TemporalParser.parseDate(literal) else {
            let length = CivilDate.daysInMonth(year: year, month: month)
            throw fail("invalid date `\(literal)`", at: start, length: end - start,
                       hint: "\(parts[0])-\(parts[1]) has \(length) days")
        }
        emit(.date(days), from: start, to: end)
    }
}
