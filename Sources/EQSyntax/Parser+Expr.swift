import EQDiagnostics
import EQTypes

/// Precedence, loosest first: `or`, `and`, `not`, a comparison or predicate, an operand. A comparison
/// takes at most one operator, so once it is complete the parser is back at the `and`/`or` level, and a
/// word such as `since` or `last` there ends the `where` and starts a query-level time clause.
extension Parser {
    /// Grammar: expr ::= and_expr ( 'or' and_expr )*
    mutating func parseExpr(after context: String) throws(Diagnostic) -> Expr {
        var terms = [try parseAndExpr(after: context)]
        while atKeyword("or") {
            advance()
            terms.append(try parseAndExpr(after: "`or`"))
        }
        guard terms.count > 1 else { return terms[0] }
        return Expr(.or(terms), span: terms[0].span.union(terms[terms.count - 1].span))
    }

    /// Grammar: and_expr ::= not_expr ( 'and' not_expr )*
    mutating func parseAndExpr(after context: String) throws(Diagnostic) -> Expr {
        var terms = [try parseNotExpr(after: context)]
        while atKeyword("and") {
            advance()
            terms.append(try parseNotExpr(after: "`and`"))
        }
        guard terms.count > 1 else { return terms[0] }
        return Expr(.and(terms), span: terms[0].span.union(terms[terms.count - 1].span))
    }

    /// Grammar: not_expr ::= 'not' not_expr | event_condition | membership | comparison
    mutating func parseNotExpr(after context: String) throws(Diagnostic) -> Expr {
        if atEventCondition { return try parseEventCondition() }
        if atMembership { return try parseMembership() }
        guard atKeyword("not") else { return try parseComparison(after: context) }
        let keyword = advance()
        try nest(at: keyword)
        defer { unnest() }
        let operand = try parseNotExpr(after: "`not`")
        return Expr(.not(operand), span: keyword.span.union(operand.span))
    }

    /// Grammar: comparison ::= operand ( compare_op operand | 'not'? 'in' '(' value_list ')' | 'not'? string_match operand | 'is' 'not'? 'null' | time_clause )?
    mutating func parseComparison(after context: String) throws(Diagnostic) -> Expr {
        let left = try parseOperand(after: context)
        if let op = parseCompareOp() {
            let right = try parseOperand(after: "`\(op.rawValue)`")
            return Expr(.compare(op, left, right), span: left.span.union(right.span))
        }
        if atKeyword("is") {
            advance()
            let negated = acceptKeyword("not")
            _ = try expectKeyword("null", "after `\(negated ? "is not" : "is")`", hint: "write `is null` or `is not null`")
            return Expr(.isNull(left, negated: negated), span: left.span.union(previous.span))
        }
        if let word = current.word, ["since", "before", "after", "between"].contains(word) {
            let clause = try parseTimePredicate()
            return Expr(.time(left, clause), span: left.span.union(clause.span))
        }
        // `last_email_at last 30 days` reads like the query's own `last 30 days`, on that column. A
        // count must follow, so a column named `last` is still compared as before.
        if atKeyword("last"), case .integer = peek(1).kind {
            let clause = try parseTimeClause()
            return Expr(.time(left, clause), span: left.span.union(clause.span))
        }
        let negated = atKeyword("not")
        if negated {
            let next = peek(1)
            guard next.isKeyword("in") || next.isKeyword("contains") || next.isKeyword("starts")
                || next.isKeyword("ends") else {
                advance()
                throw syntaxError("expected `in`, `contains`, `starts with` or `ends with` after `not`")
            }
            advance()
        }
        if atKeyword("in") {
            advance()
            _ = try expect(.leftParen, "`(`", "after `in`", hint: "write `in (a, b)`")
            let values = try parseValueList()
            _ = try expect(.rightParen, "`,` or `)`", "in the list of values")
            return Expr(.inList(left, values, negated: negated), span: left.span.union(previous.span))
        }
        if let match = try parseStringMatch() {
            let right = try parseOperand(after: "`\(match.rawValue)`")
            return Expr(.match(match, left, right, negated: negated), span: left.span.union(right.span))
        }
        return left
    }

    /// Grammar: compare_op ::= '=' | '!=' | '<' | '<=' | '>' | '>='
    mutating func parseCompareOp() -> CompareOp? {
        let op: CompareOp
        switch current.kind {
        case .equal: op = .eq
        case .notEqual: op = .ne
        case .less: op = .lt
        case .lessEqual: op = .le
        case .greater: op = .gt
        case .greaterEqual: op = .ge
        default: return nil
        }
        advance()
        return op
    }

    /// Grammar: string_match ::= 'contains' | 'starts' 'with' | 'ends' 'with'
    mutating func parseStringMatch() throws(Diagnostic) -> StringMatch? {
        if acceptKeyword("contains") { return .contains }
        for (word, match) in [("starts", StringMatch.startsWith), ("ends", .endsWith)] where atKeyword(word) {
            advance()
            _ = try expectKeyword("with", "after `\(word)`", hint: "write `\(word) with \"text\"`")
            return match
        }
        return nil
    }

    /// Grammar: operand ::= '(' expr ')' | event_time | value
    mutating func parseOperand(after context: String) throws(Diagnostic) -> Expr {
        if atEventTime { return try parseEventTime() }
        guard case .leftParen = current.kind else { return try parseValue(after: context) }
        let open = advance()
        try nest(at: open)
        defer { unnest() }
        let inner = try parseExpr(after: "`(`")
        guard case .rightParen = current.kind else {
            throw syntaxError("expected `)`", hint: "to close the `(` at \(location(of: open))")
        }
        advance()
        return Expr(inner.kind, span: open.span.union(previous.span))
    }

    /// Grammar: value_list ::= value ( ',' value )*
    mutating func parseValueList() throws(Diagnostic) -> [Expr] {
        var values = [try parseValue(after: "`(`")]
        while accept(.comma) { values.append(try parseValue(after: "`,`")) }
        return values
    }

    func location(of token: Token) -> String {
        let (line, column) = source.location(of: token.span.start)
        return "\(line):\(column)"
    }
}
