import EQDiagnostics
import EQTypes

/// A recursive-descent parser for eq, one `parseX` function per rule of `Grammar/eq.ebnf`.
///
/// Keywords are contextual: the lexer makes every word an identifier and the parser compares its text,
/// case-insensitively, only where a keyword can stand. Every error is a `Diagnostic` pointing at the
/// offending token; the parser never traps, and nesting is bounded so no input can exhaust the stack.
public struct Parser {
    let source: SourceFile
    let tokens: [Token]
    var position = 0
    var depth = 0
    /// True while parsing the condition of `count where` / `share where`, where a `/` outside
    /// parentheses divides the aggregates rather than the condition's operand.
    var inAggregateCondition = false
    /// True while parsing the argument of `sum`/`avg`/`min`/`max`/`median`/`percentile`, where a `/`
    /// outside parentheses followed by an aggregate word starts the divisor of a ratio
    /// (`sum score / count distinct role`), not a division by a column of that name.
    var inAggregateArgument = false

    /// Deep enough for any query a person writes, shallow enough that recursion cannot overflow the stack.
    static let maximumDepth = 200

    /// Far more steps than any query needs; each is a plan node, walked by recursion.
    public static let maximumSteps = 1_000

    static let statementKeywords = ["load", "set", "explain"]
    static let stepKeywords = [
        "where", "since", "before", "after", "between", "last",
        "count", "sum", "avg", "min", "max", "show", "sort", "top", "limit", "funnel",
    ]
    static let clauseKeywords: Set<String> = ["where", "since", "before", "after", "between", "last"]
    static let aggregateKeywords: Set<String> = ["count", "sum", "avg", "min", "max", "median", "percentile", "share", "nps"]
    /// The scalar functions; a name followed by `(` with a space between is a call only for these.
    static let functionNames: Set<String> = ["coalesce", "lower", "upper", "trim", "days"]

    init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// Parses a whole script or `-c` text into its statements.
    public static func parseScript(_ source: SourceFile) throws(Diagnostic) -> Script {
        let tokens = Layout.resolveLineBreaks(try Lexer.tokenize(source))
        var parser = Parser(source: source, tokens: tokens)
        return Script(statements: try parser.parseScript(), source: source)
    }

    /// Parses statement by statement, so a batch run can execute the statements before a syntax error
    /// and (with `--keep-going`) the ones after it: a statement that fails to parse becomes its
    /// diagnostic, and parsing resumes after the next separator. A lexical error (`30days`, an integer
    /// out of range) fails only the statement it is in, the same way; only a string left open ends the
    /// list, since nothing after it has a reliable boundary.
    public static func parseStatements(_ source: SourceFile) -> [Result<Statement, Diagnostic>] {
        let (tokens, lexicalFailures) = Lexer.scanRecovering(source)
        var parser = Parser(source: source, tokens: Layout.resolveLineBreaks(tokens))
        return parser.recoverStatements(lexicalFailures: lexicalFailures)
    }

    mutating func recoverStatements(lexicalFailures: [Diagnostic] = []) -> [Result<Statement, Diagnostic>] {
        var results: [Result<Statement, Diagnostic>] = []
        var pending = lexicalFailures[...]
        /// Lexical errors before `offset` that no statement holds (`30days` alone on a line).
        func flushLexicalFailures(before offset: Int) {
            while let failure = pending.first, (failure.span?.start ?? 0) < offset {
                results.append(.failure(failure))
                pending.removeFirst()
            }
        }
        while true {
            while isSeparator(current) { advance() }
            // The statement owns everything after the separator before it, so a bad lexeme at its
            // start (`30days users`) fails it rather than standing alone.
            let start = position > 0 && isSeparator(previous) ? previous.span.end : 0
            flushLexicalFailures(before: start)
            if case .end = current.kind {
                flushLexicalFailures(before: Int.max)
                return results
            }
            var result: Result<Statement, Diagnostic>
            do throws(Diagnostic) {
                let statement = try parseStatement()
                guard isSeparator(current) || isEnd(current) else { throw unexpectedAfterStatement() }
                result = .success(statement)
            } catch {
                result = .failure(error)
                depth = 0
                while !isSeparator(current) && !isEnd(current) { advance() }
            }
            // A bad lexeme inside the statement is its error, whatever the parser made of the rest.
            let end = isEnd(current) ? Int.max : current.span.start
            if let failure = pending.first, (failure.span?.start ?? 0) < end {
                result = .failure(failure)
                while let next = pending.first, (next.span?.start ?? 0) < end { pending.removeFirst() }
            }
            results.append(result)
        }
    }

    /// True when `text` is an unfinished statement: it ends inside parentheses or a string, or with `|`,
    /// `,`, `and`, `or` or a `\`. The interactive shell then reads another line before running it.
    public static func needsContinuation(_ text: String) -> Bool {
        Layout.needsContinuation(text)
    }

    /// True when `text` is a `define` whose `case` has no `end` yet (strings and all closed), so a file
    /// read a definition at a time keeps its `end` line with it.
    public static func endsInsideCase(_ text: String) -> Bool {
        guard case .scanned(let nesting, _) = ContinuationTracker.scan(text, nesting: Nesting()) else { return false }
        return nesting.caseBlocks > 0
    }

    /// True when `text` ends with `;`, so no following `|` line can continue it.
    public static func endsWithSemicolon(_ text: String) -> Bool {
        Layout.endsWithSemicolon(text)
    }

    /// Grammar: script ::= separator* ( statement ( separator+ statement )* separator* )?
    mutating func parseScript() throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while isSeparator(current) { advance() }
            if case .end = current.kind { return statements }
            statements.append(try parseStatement())
            guard isSeparator(current) || isEnd(current) else { throw unexpectedAfterStatement() }
        }
    }

    /// Grammar: separator ::= ';' | NEWLINE
    func isSeparator(_ token: Token) -> Bool {
        switch token.kind {
        case .semicolon, .newline: true
        default: false
        }
    }

    // MARK: Token access

    var current: Token { tokens[position] }
    var previous: Token { tokens[max(0, position - 1)] }

    func peek(_ distance: Int) -> Token {
        tokens[min(position + distance, tokens.count - 1)]
    }

    /// Returns the token it steps over; never moves past `.end`, so loops that advance always end.
    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func isEnd(_ token: Token) -> Bool {
        if case .end = token.kind { true } else { false }
    }

    /// True at `;`, a line break, `)`, `|` or the end: where nothing more of the current construct can follow.
    var atBoundary: Bool {
        switch current.kind {
        case .semicolon, .newline, .end, .rightParen, .pipe: true
        default: false
        }
    }

    func atKeyword(_ keyword: String) -> Bool {
        current.isKeyword(keyword)
    }

    mutating func acceptKeyword(_ keyword: String) -> Bool {
        guard atKeyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func accept(_ kind: Token.Kind) -> Bool {
        guard current.kind == kind else { return false }
        advance()
        return true
    }

    mutating func expectKeyword(_ keyword: String, _ context: String, hint: String? = nil)
        throws(Diagnostic) -> Token {
        guard atKeyword(keyword) else { throw syntaxError("expected `\(keyword)` \(context)", hint: hint) }
        return advance()
    }

    mutating func expect(_ kind: Token.Kind, _ description: String, _ context: String, hint: String? = nil)
        throws(Diagnostic) -> Token {
        guard current.kind == kind else { throw syntaxError("expected \(description) \(context)", hint: hint) }
        return advance()
    }

    /// Grammar: name ::= IDENTIFIER
    mutating func parseName(_ what: String, _ context: String, hint: String? = nil) throws(Diagnostic) -> Identifier {
        guard case .identifier(let name) = current.kind else {
            throw syntaxError("expected \(what) \(context)", hint: hint)
        }
        return Identifier(name, span: advance().span)
    }

    mutating func expectInteger(_ what: String, _ context: String) throws(Diagnostic) -> Int64 {
        guard case .integer(let value) = current.kind else {
            let hint: String? = if case .minus = current.kind { "it cannot be negative" } else { nil }
            throw syntaxError("expected \(what) \(context)", hint: hint)
        }
        // Only -9223372036854775808 lexes as one negative token.
        guard value >= 0 else { throw syntaxError("expected \(what) \(context)", hint: "it cannot be negative") }
        advance()
        return value
    }

    /// `opener` is the `(` or `not` that goes one level deeper; the error points at it.
    mutating func nest(at opener: Token) throws(Diagnostic) {
        depth += 1
        guard depth <= Parser.maximumDepth else {
            throw Diagnostic("the expression is nested too deeply", source: source, span: opener.span,
                             hint: "at most \(Parser.maximumDepth) levels of parentheses, `not` and arithmetic operators")
        }
    }

    mutating func unnest() {
        depth -= 1
    }

    // MARK: Diagnostics

    /// "expected X after `by`, found `)`", pointing at the current token.
    func syntaxError(_ message: String, hint: String? = nil) -> Diagnostic {
        let found: String = switch current.kind {
        case .newline, .end: ""
        default: ", found \(current.quoted)"
        }
        return Diagnostic(message + found, source: source, span: current.span, hint: hint)
    }

    func diagnostic(_ message: String, at span: SourceSpan, hint: String? = nil) -> Diagnostic {
        Diagnostic(message, source: source, span: span, hint: hint)
    }
}
