import EQDiagnostics

/// One lexeme. Every word is an `identifier`: keywords are contextual (tables have columns named `type`,
/// `at`, `last`, `count`), so the parser decides from position whether a word is a keyword.
public struct Token: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case identifier(String)
        case integer(Int64)
        case decimal(Double)
        /// `2024-06-30`, as days since 1970-01-01.
        case date(Int32)
        /// `2024-06`, as months since 1970-01.
        case month(Int32)
        /// The decoded value, escapes resolved.
        case string(String)
        /// `$month`, without the dollar sign.
        case parameter(String)
        case equal
        case notEqual
        case less
        case lessEqual
        case greater
        case greaterEqual
        case leftParen
        case rightParen
        case comma
        case pipe
        case semicolon
        case star
        /// `%`, after a number: `holdout 10%`.
        case percent
        case minus
        case plus
        case slash
        /// `->`, between the steps of a funnel: `funnel signup -> apply`.
        case arrow
        /// A line break that ends a statement; the layout pass drops those that continue one.
        case newline
        case end
    }

    public var kind: Kind
    public var span: SourceSpan
    /// The source text, kept for messages (`unexpected "wher"`) and `eq tokens`.
    public var text: String

    public init(_ kind: Kind, span: SourceSpan, text: String) {
        self.kind = kind
        self.span = span
        self.text = text
    }

    /// The word in lower case when this is an identifier, so keyword checks ignore case.
    var word: String? {
        if case .identifier(let name) = kind { name.lowercased() } else { nil }
    }

    func isKeyword(_ keyword: String) -> Bool {
        word == keyword
    }

    /// True for the tokens after which a line break does not end the statement: `|`, `,`, `->`, `and`,
    /// `or`.
    var continuesOntoNextLine: Bool {
        switch kind {
        case .pipe, .comma, .arrow: true
        case .identifier: isKeyword("and") || isKeyword("or")
        default: false
        }
    }

    /// How messages name the token: `` `where` ``, "the end of the line".
    var quoted: String {
        switch kind {
        case .newline: "the end of the line"
        case .end: "the end of the input"
        default: "`" + text + "`"
        }
    }

    public var description: String {
        "\(summary) \(span)"
    }

    /// The kind and value without the span: `identifier(users)`, `month(2024-01)`, `symbol(|)`.
    public var summary: String {
        let payload: String
        switch kind {
        case .identifier(let name): payload = "identifier(\(name))"
        case .integer(let value): payload = "integer(\(value))"
        case .decimal(let value): payload = "decimal(\(value))"
        case .date: payload = "date(\(text))"
        case .month: payload = "month(\(text))"
        case .string(let value): payload = "string(\(SyntaxPrinter.quote(value)))"
        case .parameter(let name): payload = "parameter(\(name))"
        case .newline: payload = "newline"
        case .end: payload = "end"
        default: payload = "symbol(\(text))"
        }
        return payload
    }
}
