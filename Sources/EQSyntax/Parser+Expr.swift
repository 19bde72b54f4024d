import EQDiagnostics
import EQTypes

/// Precedence, loosest first: `or`, `and`, `not`, a comparison or predicate, `+ -`, `* /`, unary `-`,
/// a primary. A comparison
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

    /// Grammar: comparison ::= operand ( compare_op operand | 'not'? 'in' '(' value_list ')' | 'not'? string_match operand | 'not'? pattern_match operand | 'is' 'not'? 'null' | time_clause | change )?
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
        if atChange { return try parseChange(of: left) }
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
                || next.isKeyword("ends") || next.isKeyword("like") || next.isKeyword("matches") else {
                advance()
                throw syntaxError("expected `in`, `contains`, `starts with`, `ends with`, `like` or `matches` after `not`")
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
        if let pattern = parsePatternMatch() {
            let right = try parseOperand(after: "`\(pattern.rawValue)`")
            return Expr(.pattern(pattern, left, right, negated: negated), span: left.span.union(right.span))
        }
        return left
    }

    /// Grammar: pattern_match ::= 'like' | 'matches'
    mutating func parsePatternMatch() -> PatternMatch? {
        if acceptKeyword("like") { return .like }
        if acceptKeyword("matches") { return .matches }
        return nil
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

    /// Arithmetic by precedence climbing: each level loops over its operators, so parsing a long chain
    /// (`a + b + c + ...`) costs no stack; only `(` and unary `-` recurse. Each operator of a chain still
    /// counts against `Parser.maximumDepth`, as the tree it builds is that deep and every later stage
    /// (binding, evaluation, printing) walks it recursively.
    ///
    /// Grammar: operand ::= term ( ( '+' | '-' ) term )*
    mutating func parseOperand(after context: String) throws(Diagnostic) -> Expr {
        var left = try parseTerm(after: context)
        let outerDepth = depth
        defer { depth = outerDepth }
        while true {
            let op: ArithmeticOp
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return left
            }
            try nest(at: current)
            advance()
            let right = try parseTerm(after: "`\(op.rawValue)`")
            left = Expr(.arithmetic(op, left, right), span: left.span.union(right.span))
        }
    }

    /// Whether `token` is a word that starts an aggregate term (`count`, `sum`, `share`, ...).
    func startsAggregate(_ token: Token) -> Bool {
        guard let word = token.word else { return false }
        return Parser.aggregateKeywords.contains(word)
    }

    /// Grammar: term ::= factor ( ( '*' | '/' ) factor )*
    mutating func parseTerm(after context: String) throws(Diagnostic) -> Expr {
        var left = try parseFactor(after: context)
        let outerDepth = depth
        defer { depth = outerDepth }
        while true {
            let op: ArithmeticOp
            switch current.kind {
            case .star: op = .multiply
            case .slash where !inAggregateCondition && !(inAggregateArgument && startsAggregate(peek(1))): op = .divide
            default: return left
            }
            try nest(at: current)
            advance()
            let right = try parseFactor(after: "`\(op.rawValue)`")
            left = Expr(.arithmetic(op, left, right), span: left.span.union(right.span))
        }
    }

    /// A `-` written right before a number is that number's sign (`-1`); before anything else it
    /// negates (`-score`, `-(a + b)`).
    ///
    /// Grammar: factor ::= '-' factor | primary
    mutating func parseFactor(after context: String) throws(Diagnostic) -> Expr {
        guard case .minus = current.kind else { return try parsePrimary(after: context) }
        let next = peek(1)
        switch next.kind {
        case .integer where next.span.start == current.span.end, .decimal where next.span.start == current.span.end:
            return try parsePrimary(after: context)
        default:
            break
        }
        let minus = advance()
        try nest(at: minus)
        defer { unnest() }
        let operand = try parseFactor(after: "`-`")
        return Expr(.negate(operand), span: minus.span.union(operand.span))
    }

    /// Grammar: primary ::= '(' expr ')' | call | event_time | value
    mutating func parsePrimary(after context: String) throws(Diagnostic) -> Expr {
        if atEventTime { return try parseEventTime() }
        if case .identifier = current.kind, case .leftParen = peek(1).kind,
           current.span.end == peek(1).span.start || Parser.functionNames.contains(current.word ?? "") {
            return try parseCall()
        }
        guard case .leftParen = current.kind else { return try parseValue(after: context) }
        let open = advance()
        try nest(at: open)
        let outer = (inAggregateCondition, inAggregateArgument)
        (inAggregateCondition, inAggregateArgument) = (false, false)
        defer {
            unnest()
            (inAggregateCondition, inAggregateArgument) = outer
        }
        let inner = try parseExpr(after: "`(`")
        guard case .rightParen = current.kind else {
            throw syntaxError("expected `)`", hint: "to close the `(` at \(location(of: open))")
        }
        advance()
        return Expr(inner.kind, span: open.span.union(previous.span))
    }

    /// Grammar: call ::= name '(' ( operand ( ',' operand )* )? ')'
    mutating func parseCall() throws(Diagnostic) -> Expr {
        let name = try parseName("a function name", "")
        let open = advance()
        try nest(at: open)
        // Inside the parentheses a `/` divides again, as in any parenthesised expression.
        let outer = (inAggregateCondition, inAggregateArgument)
        (inAggregateCondition, inAggregateArgument) = (false, false)
        defer {
            unnest()
            (inAggregateCondition, inAggregateArgument) = outer
        }
        var arguments: [Expr] = []
        if !accept(.rightParen) {
            repeat {
                arguments.append(try parseOperand(after: arguments.isEmpty ? "`(`" : "`,`"))
            } while accept(.comma)
            guard case .rightParen = current.kind else {
                throw syntaxError("expected `,` or `)`", hint: "to close the `(` at \(location(of: open))")
            }
            advance()
        }
        return Expr(.call(name, arguments), span: name.span.union(previous.span))
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
