import EQDiagnostics
import EQTypes

extension Parser {
    /// A query starts here: a table or segment name, or a quoted table name (`"my table"`).
    var atTableName: Bool {
        switch current.kind {
        case .identifier, .string: true
        default: false
        }
    }

    /// Grammar: query ::= table_name clause* ( '|' step clause* )* as_of? chart?
    mutating func parseQuery() throws(Diagnostic) -> Query {
        let source = try parseTableName()
        var steps: [Step] = []
        while let clause = try parseClause() { try append(clause, to: &steps) }
        while !atChart && accept(.pipe) {
            try append(try parseStep(), to: &steps)
            while let clause = try parseClause() { try append(clause, to: &steps) }
        }
        let asOf = try parseAsOf()
        let chart = try parseChart()
        try checkQueryEnd(source: source, steps: steps)
        var query = Query(source: source, steps: steps, span: source.span.union(previous.span))
        query.asOf = asOf
        query.chart = chart
        return query
    }

    /// Each step is a node of the plan, and planning and optimising walk the nodes by recursion: a bound
    /// on their number is a bound on that depth, so no query can exhaust the stack.
    private func append(_ step: Step, to steps: inout [Step]) throws(Diagnostic) {
        guard steps.count < Parser.maximumSteps else {
            throw diagnostic("a query takes at most \(Parser.maximumSteps) steps", at: step.span,
                             hint: "join conditions in one `where` with `and`, or split the query with `let`")
        }
        steps.append(step)
    }

    /// The clauses that may follow a table or a step without a `|`.
    ///
    /// Grammar: clause ::= filter | time_clause
    mutating func parseClause() throws(Diagnostic) -> Step? {
        guard let word = current.word, Parser.clauseKeywords.contains(word) else { return nil }
        if word == "where" { return try parseFilter() }
        let clause = try parseTimeClause()
        return Step(.time(clause), span: clause.span)
    }

    /// Grammar: step ::= clause | aggregate | show | sort | top | limit | campaign_step | funnel
    mutating func parseStep() throws(Diagnostic) -> Step {
        if let clause = try parseClause() { return clause }
        guard let word = current.word else {
            throw syntaxError("expected a step after `|`", hint: "for example `| count by status`")
        }
        switch word {
        case _ where Parser.aggregateKeywords.contains(word): return try parseAggregate()
        case "show": return try parseShow()
        case "sort": return try parseSort()
        case "top": return try parseTop()
        case "limit": return try parseLimit()
        case "funnel": return try parseFunnel()
        case _ where Parser.campaignKeywords.contains(word): return try parseCampaignStep()
        default:
            throw diagnostic("unknown step \(current.quoted)", at: current.span,
                             hint: Suggestion.hint(for: word, in: Parser.stepKeywords)
                                 ?? "the steps are where, since, before, between, last, count, sum, avg, min, max, "
                                 + "show, sort, top, limit and funnel")
        }
    }

    /// What can legitimately follow a query is a separator or the end; anything else gets the most
    /// specific explanation we can find: a step missing its `|`, a misspelled keyword, a missing `and`.
    private func checkQueryEnd(source: Identifier, steps: [Step]) throws(Diagnostic) {
        switch current.kind {
        case .semicolon, .newline, .end: return
        default: break
        }
        let afterFilter = if case .filter = steps.last?.kind { true } else { false }
        if let word = current.word {
            if Parser.stepKeywords.contains(word) {
                throw diagnostic("\(current.quoted) must follow a `|`", at: current.span,
                                 hint: "write `| \(current.text)`")
            }
            if countTakesNoColumn(steps) {
                throw diagnostic("`count` takes no column", at: current.span,
                                 hint: "write `count distinct \(current.text)` to count its values, or `count` alone")
            }
            let candidates = Parser.stepKeywords + (afterFilter ? ["and", "or"] : [])
            if let hint = Suggestion.hint(for: word, in: candidates) {
                throw diagnostic("unexpected \(current.quoted)", at: current.span, hint: hint)
            }
            if steps.isEmpty, let hint = Suggestion.hint(for: source.name, in: Parser.statementKeywords) {
                throw diagnostic("unknown statement `\(source.name)`", at: source.span, hint: hint)
            }
        }
        if case .rightParen = current.kind {
            throw diagnostic("unexpected `)`", at: current.span, hint: "no `(` is open here")
        }
        throw diagnostic("unexpected \(current.quoted)", at: current.span, hint: unexpectedTokenHint(afterFilter: afterFilter, steps: steps))
    }

    /// A hint proposes a fix only when it applies to the token found: `|` only before a word that can
    /// start a step, `and`/`or` only before something that can start a condition.
    private func unexpectedTokenHint(afterFilter: Bool, steps: [Step]) -> String? {
        if afterFilter {
            if atConditionStart { return "join conditions with `and` or `or`" }
            switch current.kind {
            case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
                return "a comparison takes one operator; join two comparisons with `and` or `or`"
            default: break
            }
            if case .filter(let condition) = steps.last?.kind, case .name = condition.kind, current.word != nil {
                return "compare with =, !=, <, <=, >, >=, `in (…)`, `is null`, `contains`, `starts with`, `ends with`, "
                    + "`like` or `matches`"
            }
            return nil
        }
        if let word = current.word, Parser.campaignKeywords.contains(word) || Parser.clauseKeywords.contains(word) {
            return "join steps with `|`"
        }
        return nil
    }

    /// Whether the current token can begin a condition: `not`, `(`, or a name followed by an operator
    /// or standing alone (a boolean column).
    private var atConditionStart: Bool {
        if case .leftParen = current.kind { return true }
        guard let word = current.word else { return false }
        if word == "not" { return true }
        let next = peek(1)
        switch next.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .semicolon, .newline, .end, .pipe:
            return true
        default:
            return ["in", "is", "not", "contains", "starts", "ends", "and", "or"].contains { next.isKeyword($0) }
        }
    }

    /// `count score`: the last step is a bare `count` and a name follows it as a column would.
    private func countTakesNoColumn(_ steps: [Step]) -> Bool {
        guard case .aggregate(let calls, let keys) = steps.last?.kind, keys.isEmpty,
              let call = calls.last, call.function == .count, call.column == nil else { return false }
        switch peek(1).kind {
        case .semicolon, .newline, .end, .pipe, .comma: return true
        default: return peek(1).isKeyword("by")
        }
    }

    /// Grammar: filter ::= 'where' expr
    mutating func parseFilter() throws(Diagnostic) -> Step {
        let keyword = advance()
        if atBoundary {
            throw syntaxError("expected a condition after `where`", hint: "for example `where status = active`")
        }
        let condition = try parseExpr(after: "`where`")
        return Step(.filter(condition), span: keyword.span.union(condition.span))
    }

    /// Grammar: time_clause ::= time_predicate | 'last' INTEGER unit
    mutating func parseTimeClause() throws(Diagnostic) -> TimeClause {
        guard atKeyword("last") else { return try parseTimePredicate() }
        let keyword = advance()
        let count = try expectInteger("a count", "after `last`")
        guard count > 0 else {
            throw diagnostic("`last` needs a count of at least 1", at: previous.span, hint: "write `last 7 days`")
        }
        let unit = try parseUnit(after: "`last \(count)`")
        return TimeClause(.last(count: count, unit: unit), span: keyword.span.union(previous.span))
    }

    /// Grammar: time_predicate ::= ( 'since' | 'before' | 'after' ) value | 'between' value 'and' value
    mutating func parseTimePredicate() throws(Diagnostic) -> TimeClause {
        let keyword = advance()
        let word = keyword.text.lowercased()
        // `since last month` reads naturally but `last` needs a count and stands on its own.
        if atKeyword("last"), let unit = peek(1).word, TimeUnit.word(peek(1)) != nil {
            throw diagnostic("`last` needs a count", at: current.span.union(peek(1).span),
                             hint: "write `last 1 \(unit)` (without `\(word)`)")
        }
        let first = try parseValue(after: "`\(word)`")
        let kind: TimeClause.Kind
        switch word {
        case "since": kind = .since(first)
        case "before": kind = .before(first)
        case "after": kind = .after(first)
        default:
            _ = try expectKeyword("and", "after `between \(source.text(of: first.span))`",
                                  hint: "write `between 2024-01 and 2024-03`")
            kind = .between(first, try parseValue(after: "`and`"))
        }
        return TimeClause(kind, span: keyword.span.union(previous.span))
    }

    /// Grammar: aggregate ::= aggregate_call ( ',' aggregate_call )* ( 'by' name ( ',' name )* )?
    mutating func parseAggregate() throws(Diagnostic) -> Step {
        let start = current.span
        var calls = [try parseAggregateCall()]
        while accept(.comma) {
            guard let word = current.word, Parser.aggregateKeywords.contains(word) else {
                throw syntaxError("expected `count`, `sum`, `avg`, `min` or `max` after `,`",
                                  hint: current.word.flatMap {
                                      Suggestion.hint(for: $0, in: Parser.aggregateKeywords.subtracting(["share"]).sorted())
                                  })
            }
            calls.append(try parseAggregateCall())
        }
        var keys: [Identifier] = []
        if acceptKeyword("by") {
            repeat {
                keys.append(try parseName("a column name", "after `\(previous.text)`"))
            } while accept(.comma)
        }
        return Step(.aggregate(calls, by: keys), span: start.union(previous.span))
    }

    /// `count where did apply / count as apply_rate`: a ratio of two aggregates.
    ///
    /// Grammar: aggregate_call ::= aggregate_term ( '/' aggregate_term )? alias?
    mutating func parseAggregateCall() throws(Diagnostic) -> AggregateCall {
        var call = try parseAggregateTerm()
        if accept(.slash) {
            guard let word = current.word, Parser.aggregateKeywords.contains(word) else {
                throw syntaxError("expected an aggregate after `/`", hint: "write `count where did apply / count`")
            }
            call.divisor = [try parseAggregateTerm()]
            call.span = call.span.union(previous.span)
        }
        call.alias = try parseAlias()
        return call
    }

    /// A condition after `count` or `share` ends where an `and`/`or` chain ends, or at a `/` outside
    /// parentheses: `count where score > 500 / count` is a ratio of two counts.
    ///
    /// Grammar: aggregate_term ::= 'count' ( 'distinct' name | 'where' expr )? | 'share' 'where' expr | ( 'sum' | 'avg' | 'min' | 'max' | 'median' | 'nps' ) operand | 'percentile' ( INTEGER | DECIMAL ) 'of' operand
    mutating func parseAggregateTerm() throws(Diagnostic) -> AggregateCall {
        let keyword = advance()
        let word = keyword.text.lowercased()
        let function: AggregateCall.Function
        var column: Identifier?
        var argumentExpr: Expr?
        var fraction: Double?
        var condition: Expr?
        if word == "share" {
            function = .share
            _ = try expectKeyword("where", "after `share`", hint: "write `share where score > 500`")
            condition = try parseAggregateCondition()
        } else if word == "count" {
            if acceptKeyword("where") {
                function = .count
                condition = try parseAggregateCondition()
            } else if acceptKeyword("distinct") {
                function = .countDistinct
                column = try parseName("a column name", "after `distinct`")
            } else {
                function = .count
            }
        } else {
            function = AggregateCall.Function(rawValue: word) ?? .count
            if function == .percentile {
                let number: Double
                switch current.kind {
                case .integer(let value): number = Double(value)
                case .decimal(let value): number = value
                default: throw syntaxError("expected a percentile after `percentile`", hint: "write `percentile 90 of score`")
                }
                guard number >= 0 && number <= 100 else {
                    throw syntaxError("a percentile is between 0 and 100", hint: "write `percentile 90 of score`")
                }
                advance()
                fraction = number / 100
                _ = try expectKeyword("of", "after `percentile \(previous.text)`", hint: "write `percentile \(previous.text) of score`")
            }
            if atKeyword("by") {
                throw syntaxError("expected a column name after \(keyword.quoted)", hint: "write `\(word) score`")
            }
            // A name or a parenthesised expression: `sum (score / count)` divides by a column named
            // `count`, where `sum score / count` is a ratio of two aggregates.
            switch current.kind {
            case .identifier, .leftParen: break
            default: throw syntaxError("expected a column name after \(keyword.quoted)", hint: "write `\(word) score`")
            }
            let argument = try parseAggregateArgument(after: keyword.quoted)
            if case .name(let name) = argument.kind { column = Identifier(name, span: argument.span) }
            else { argumentExpr = argument }
        }
        var call = AggregateCall(function: function, column: column, span: keyword.span.union(previous.span))
        call.argument = argumentExpr
        call.fraction = fraction
        call.condition = condition
        return call
    }

    /// `sum score / count distinct role` is a ratio of two aggregates: in the argument, a `/` outside
    /// parentheses that an aggregate word follows ends it. `sum (score / count)` divides by a column.
    private mutating func parseAggregateArgument(after context: String) throws(Diagnostic) -> Expr {
        inAggregateArgument = true
        defer { inAggregateArgument = false }
        return try parseOperand(after: context)
    }

    private mutating func parseAggregateCondition() throws(Diagnostic) -> Expr {
        inAggregateCondition = true
        defer { inAggregateCondition = false }
        return try parseExpr(after: "`where`")
    }

    /// `as` names a result column, except in `as of`, which starts the query's date.
    ///
    /// Grammar: alias ::= 'as' name
    mutating func parseAlias() throws(Diagnostic) -> Identifier? {
        guard atKeyword("as"), !peek(1).isKeyword("of") else { return nil }
        advance()
        return try parseName("a name", "after `as`", hint: "write `as total`")
    }

    /// Grammar: show ::= 'show' ( '*' | shown ( ',' shown )* )
    mutating func parseShow() throws(Diagnostic) -> Step {
        let keyword = advance()
        if accept(.star) { return Step(.show(nil), span: keyword.span.union(previous.span)) }
        var items: [ShownColumn] = []
        repeat {
            let context = items.isEmpty ? "after `show`" : "after `,`"
            guard case .identifier = current.kind else {
                let starts: Bool = switch current.kind {
                case .leftParen, .minus, .integer, .decimal, .string: true
                default: false
                }
                if !starts { throw syntaxError("expected \(items.isEmpty ? "`*` or a column name" : "a column name") \(context)") }
                items.append(try parseShown(context))
                continue
            }
            items.append(try parseShown(context))
        } while accept(.comma)
        let span = keyword.span.union(previous.span)
        var names: [Identifier] = []
        for item in items {
            guard item.alias == nil, case .name(let name) = item.expr.kind else {
                return Step(.showExpressions(items), span: span)
            }
            names.append(Identifier(name, span: item.expr.span))
        }
        return Step(.show(names), span: span)
    }

    /// Grammar: shown ::= operand alias?
    mutating func parseShown(_ context: String) throws(Diagnostic) -> ShownColumn {
        let expr = try parseOperand(after: context)
        return ShownColumn(expr: expr, alias: try parseAlias())
    }

    /// Grammar: sort ::= 'sort' 'by' sort_key ( ',' sort_key )*
    mutating func parseSort() throws(Diagnostic) -> Step {
        let keyword = advance()
        _ = try expectKeyword("by", "after `sort`", hint: "write `sort by score desc`")
        return Step(.sort(try sortKeyList()), span: keyword.span.union(previous.span))
    }

    /// Grammar: top ::= 'top' INTEGER 'by' sort_key ( ',' sort_key )*
    mutating func parseTop() throws(Diagnostic) -> Step {
        let keyword = advance()
        let count = try expectInteger("a row count", "after `top`")
        _ = try expectKeyword("by", "after `top \(count)`", hint: "write `top \(count) by score`")
        return Step(.top(count: count, by: try sortKeyList()), span: keyword.span.union(previous.span))
    }

    private mutating func sortKeyList() throws(Diagnostic) -> [SortKey] {
        var keys = [try parseSortKey()]
        while accept(.comma) { keys.append(try parseSortKey()) }
        return keys
    }

    /// Grammar: sort_key ::= operand ( 'asc' | 'desc' )?
    mutating func parseSortKey() throws(Diagnostic) -> SortKey {
        let context = "after \(previous.quoted)"
        guard case .identifier = current.kind else {
            switch current.kind {
            case .leftParen, .minus: break
            default: throw syntaxError("expected a column name \(context)")
            }
            return try sortKeyDirection(of: try parseOperand(after: context))
        }
        return try sortKeyDirection(of: try parseOperand(after: context))
    }

    private mutating func sortKeyDirection(of expr: Expr) throws(Diagnostic) -> SortKey {
        let column: Identifier
        var expression: Expr?
        if case .name(let name) = expr.kind {
            column = Identifier(name, span: expr.span)
        } else {
            column = Identifier(source.text(of: expr.span), span: expr.span)
            expression = expr
        }
        var descending: Bool?
        if acceptKeyword("asc") { descending = false } else if acceptKeyword("desc") { descending = true }
        return SortKey(column: column, descending: descending, expression: expression)
    }

    /// Grammar: limit ::= 'limit' INTEGER
    mutating func parseLimit() throws(Diagnostic) -> Step {
        let keyword = advance()
        let count = try expectInteger("a row count", "after `limit`")
        return Step(.limit(count), span: keyword.span.union(previous.span))
    }
}
