import EQDiagnostics
import EQTypes

/// Conditions on a user's events and on segment membership. Their keywords (`did`, `first`, `last`,
/// `in`) are also legal column names, so each is a keyword only when an event type or segment name
/// follows it: `where did` is still a boolean column, `where last = 3` still a comparison.
extension Parser {
    /// Words after which `did X` / `first X` would read as a column followed by an operator.
    static let wordsAfterAColumn: Set<String> = [
        "and", "or", "is", "in", "not", "contains", "starts", "ends", "since", "before", "after", "between",
    ]

    func startsEventType(_ token: Token) -> Bool {
        switch token.kind {
        case .string: return true
        case .identifier: return !(token.word.map(Parser.wordsAfterAColumn.contains) ?? false)
        default: return false
        }
    }

    var atEventCondition: Bool {
        guard atKeyword("did") else { return false }
        if peek(1).isKeyword("not") { return startsEventType(peek(2)) }
        return startsEventType(peek(1))
    }

    var atEventTime: Bool {
        (atKeyword("first") || atKeyword("last")) && startsEventType(peek(1))
    }

    var atMembership: Bool {
        guard atKeyword("in"), case .identifier = peek(1).kind else { return false }
        return !(peek(1).word.map(Parser.wordsAfterAColumn.contains) ?? false)
    }

    /// Grammar: event_condition ::= 'did' 'not'? event_type event_count? time_clause?
    mutating func parseEventCondition() throws(Diagnostic) -> Expr {
        let keyword = advance()
        let negated = acceptKeyword("not")
        let type = try parseEventType()
        var count: EventMatch.Count?
        if atKeyword("exactly") || (atKeyword("at") && (peek(1).isKeyword("least") || peek(1).isKeyword("most"))) {
            if negated {
                throw syntaxError("`did not` takes no count",
                                  hint: "to negate a count, put `not` first: `not did \(type.name) at least ...`")
            }
            count = try parseEventCount()
        }
        var time: TimeClause?
        if let word = current.word, Parser.clauseKeywords.contains(word), word != "where" {
            time = try parseTimeClause()
        }
        let match = EventMatch(type: type, negated: negated, count: count, time: time)
        return Expr(.did(match), span: keyword.span.union(previous.span))
    }

    /// Grammar: event_type ::= name | STRING
    mutating func parseEventType() throws(Diagnostic) -> Identifier {
        if case .string(let text) = current.kind { return Identifier(text, span: advance().span) }
        return try parseName("an event type", "after \(previous.quoted)", hint: "for example `did login`")
    }

    /// Grammar: event_count ::= ( 'at' 'least' | 'at' 'most' | 'exactly' ) INTEGER ( 'time' | 'times' )
    mutating func parseEventCount() throws(Diagnostic) -> EventMatch.Count {
        let word: String
        if acceptKeyword("exactly") {
            word = "exactly"
        } else {
            advance()
            word = advance().text.lowercased()
        }
        let count = try expectInteger("a count", "after `\(word == "exactly" ? word : "at " + word)`")
        guard atKeyword("times") || atKeyword("time") else {
            throw syntaxError("expected `times` after `\(count)`", hint: "write `at least \(count) times`")
        }
        advance()
        switch word {
        case "least": return .atLeast(count)
        case "most": return .atMost(count)
        default: return .exactly(count)
        }
    }

    /// Grammar: event_time ::= ( 'first' | 'last' ) event_type
    mutating func parseEventTime() throws(Diagnostic) -> Expr {
        let keyword = advance()
        let type = try parseEventType()
        let time = EventTime(latest: keyword.isKeyword("last"), type: type)
        return Expr(.eventTime(time), span: keyword.span.union(type.span))
    }

    /// Grammar: membership ::= 'in' name
    mutating func parseMembership() throws(Diagnostic) -> Expr {
        let keyword = advance()
        let segment = try parseName("a segment name", "after `in`")
        return Expr(.member(segment), span: keyword.span.union(segment.span))
    }
}
