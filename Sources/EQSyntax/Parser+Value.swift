import EQDiagnostics
import EQTypes

extension Parser {
    /// Grammar: value ::= literal | duration | name | PARAMETER
    mutating func parseValue(after context: String) throws(Diagnostic) -> Expr {
        if let literal = try parseLiteral() { return literal }
        switch current.kind {
        case .integer:
            if let duration = try parseDuration() { return duration }
        case .parameter(let name):
            return Expr(.parameter(name), span: advance().span)
        case .identifier(let name):
            // `and`/`or` here mean the value was left out (`where a = and b`), never a column.
            if let word = current.word, word != "and" && word != "or" {
                return Expr(.name(name), span: advance().span)
            }
        default:
            break
        }
        throw syntaxError("expected a value after \(context)")
    }

    /// Grammar: literal ::= '-'? ( INTEGER | DECIMAL ) | STRING | DATE | MONTH | 'true' | 'false' | 'null'
    mutating func parseLiteral() throws(Diagnostic) -> Expr? {
        let token = current
        let literal: Literal
        switch token.kind {
        case .integer(let value):
            if TimeUnit.word(peek(1)) != nil { return nil }
            literal = .integer(value)
        case .decimal(let value): literal = .double(value)
        case .string(let value): literal = .string(value)
        case .date(let days): literal = .date(days)
        case .month(let index): literal = .month(index)
        case .minus:
            return try negativeNumber()
        case .identifier:
            switch token.word {
            case "true": literal = .bool(true)
            case "false": literal = .bool(false)
            case "null": literal = .null
            default: return nil
            }
        default:
            return nil
        }
        advance()
        return Expr(.literal(literal), span: token.span)
    }

    /// `-` is only ever the sign of a number written right after it (`score > -1`).
    private mutating func negativeNumber() throws(Diagnostic) -> Expr {
        let minus = advance()
        let number = current
        let adjacent = number.span.start == minus.span.end
        switch number.kind {
        case .integer(let value) where adjacent:
            advance()
            return Expr(.literal(.integer(-value)), span: minus.span.union(number.span))
        case .decimal(let value) where adjacent:
            advance()
            return Expr(.literal(.double(-value)), span: minus.span.union(number.span))
        default:
            throw diagnostic("expected a number right after `-`", at: minus.span, hint: "write negative numbers as `-1`")
        }
    }

    /// Grammar: duration ::= INTEGER unit 'ago'?
    mutating func parseDuration() throws(Diagnostic) -> Expr? {
        guard case .integer(let count) = current.kind, TimeUnit.word(peek(1)) != nil else { return nil }
        let start = advance().span
        let unit = try parseUnit(after: "`\(count)`")
        if acceptKeyword("ago") {
            return Expr(.ago(count: count, unit: unit), span: start.union(previous.span))
        }
        return Expr(.literal(.duration(count: count, unit: unit)), span: start.union(previous.span))
    }

    /// Plurals first, so a typo of a plural (`dayz`) suggests the plural.
    static let unitWords = TimeUnit.allCases.map { $0.rawValue + "s" } + TimeUnit.allCases.map(\.rawValue)

    /// Grammar: unit ::= 'hour' | 'hours' | 'day' | 'days' | 'week' | 'weeks' | 'month' | 'months' | 'quarter' | 'quarters' | 'year' | 'years'
    mutating func parseUnit(after context: String) throws(Diagnostic) -> TimeUnit {
        if let unit = TimeUnit.word(current) {
            advance()
            return unit
        }
        let hint = current.word.flatMap { Suggestion.hint(for: $0, in: Parser.unitWords) }
            ?? "the units are hours, days, weeks, months, quarters and years"
        if case .identifier = current.kind {
            throw diagnostic("unknown time unit \(current.quoted)", at: current.span, hint: hint)
        }
        throw syntaxError("expected a time unit after \(context)", hint: hint)
    }
}

extension TimeUnit {
    /// The unit a token names, only for the exact singular or plural spelling.
    static func word(_ token: Token) -> TimeUnit? {
        guard let word = token.word, Parser.unitWords.contains(word) else { return nil }
        return TimeUnit(word: word)
    }
}
