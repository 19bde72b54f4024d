import EQDiagnostics

extension Parser {
    /// `connect` before a string, `disconnect` alone and `copy NAME from`: in no other place, so tables
    /// named `connect`, `disconnect` or `copy` can still be queried (`copy | count`).
    var atConnectionStatement: Bool {
        if atKeyword("connect"), case .string = peek(1).kind { return true }
        if atKeyword("disconnect") {
            switch peek(1).kind {
            case .semicolon, .newline, .end: return true
            default: return false
            }
        }
        if atKeyword("copy"), case .identifier = peek(1).kind, peek(2).isKeyword("from") { return true }
        return false
    }

    /// Grammar: connection ::= connect | disconnect | copy
    mutating func parseConnection() throws(Diagnostic) -> Statement {
        if atKeyword("connect") { return try parseConnect() }
        if atKeyword("disconnect") { return parseDisconnect() }
        return try parseCopy()
    }

    /// Grammar: connect ::= 'connect' STRING
    mutating func parseConnect() throws(Diagnostic) -> Statement {
        let keyword = advance()
        guard case .string(let url) = current.kind else {
            throw syntaxError("expected a quoted connection URL after `connect`",
                              hint: "write `connect \"postgres://user@localhost:5432/database\"`")
        }
        let urlSpan = advance().span
        return Statement(.connection(.connect(url: url, urlSpan: urlSpan)), span: keyword.span.union(urlSpan))
    }

    /// Grammar: disconnect ::= 'disconnect'
    mutating func parseDisconnect() -> Statement {
        let keyword = advance()
        return Statement(.connection(.disconnect), span: keyword.span)
    }

    /// Grammar: copy ::= 'copy' name 'from' 'postgres' ( 'as' name )?
    mutating func parseCopy() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let relation = try parseName("a relation name", "after `copy`", hint: "write `copy users from postgres`")
        _ = try expectKeyword("from", "after `copy \(relation.name)`", hint: "write `copy \(relation.name) from postgres`")
        _ = try expectKeyword("postgres", "after `from`", hint: "eq copies from the connected PostgreSQL server: "
                              + "`copy \(relation.name) from postgres`")
        var into: Identifier?
        if acceptKeyword("as") {
            into = try parseName("a table name", "after `as`", hint: "write `copy \(relation.name) from postgres as crm_\(relation.name)`")
        }
        return Statement(.connection(.copy(relation: relation, into: into)), span: keyword.span.union(previous.span))
    }
}
