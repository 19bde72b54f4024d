import EQDiagnostics
import EQTypes

/// Named segments: `let NAME = QUERY`, `segments`, `save segments`. `let` is a keyword only before a
/// name, and `segments` only alone on its statement, so tables may still carry those names.
extension Parser {
    var atSegmentStatement: Bool {
        let endsAfter: (Token) -> Bool = { token in
            switch token.kind {
            case .semicolon, .newline, .end: true
            default: false
            }
        }
        // `let` then a name that is no clause keyword: a definition, even with its `=` missing.
        if atKeyword("let"), case .identifier = peek(1).kind,
           !(peek(1).word.map(Parser.clauseKeywords.contains) ?? false) { return true }
        if atDefine { return true }
        if atKeyword("segments") && endsAfter(peek(1)) { return true }
        return atKeyword("save") && peek(1).isKeyword("segments") && endsAfter(peek(2))
    }

    /// Grammar: segment_statement ::= let | segments | define
    mutating func parseSegmentStatement() throws(Diagnostic) -> Statement {
        if atKeyword("let") { return try parseLet() }
        if atDefine { return try parseDefine() }
        return try parseSegments()
    }

    /// Grammar: let ::= 'let' name '=' query
    mutating func parseLet() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let name = try parseName("a segment name", "after `let`")
        _ = try expect(.equal, "`=`", "after `let \(name.name)`", hint: "write `let \(name.name) = users where ...`")
        guard atTableName else {
            throw syntaxError("expected a query after `=`", hint: "write `let \(name.name) = users where ...`")
        }
        let query = try parseQuery()
        return Statement(.letSegment(name: name, query: query), span: keyword.span.union(query.span))
    }

    /// Grammar: segments ::= 'save'? 'segments'
    mutating func parseSegments() throws(Diagnostic) -> Statement {
        let first = advance()
        let save = first.isKeyword("save")
        if save { advance() }
        return Statement(.segments(save: save), span: first.span.union(previous.span))
    }
}
