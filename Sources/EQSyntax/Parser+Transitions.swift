import EQDiagnostics
import EQTypes

/// `transitions status from D to D` and `status changed from X to Y between D and D`.
extension Parser {
    /// `transitions` starts the statement only before a name and `from`, so a table named
    /// `transitions` can still be queried.
    var atTransitions: Bool {
        guard atKeyword("transitions"), case .identifier = peek(1).kind else { return false }
        return peek(2).isKeyword("from")
    }

    /// Grammar: transitions ::= 'transitions' name 'from' value 'to' value clause* report_steps
    mutating func parseTransitions() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let subject = try parseName("status, stage or a lifecycle", "after `transitions`")
        _ = try expectKeyword("from", "after `transitions \(subject.name)`",
                              hint: "write `transitions \(subject.name) from 2024-05-31 to 2024-06-30`")
        let start = try parseValue(after: "`from`")
        _ = try expectKeyword("to", "after the first date", hint: "write `from 2024-05-31 to 2024-06-30`")
        let end = try parseValue(after: "`to`")
        var steps: [Step] = []
        while let clause = try parseClause() { steps.append(clause) }
        var request = TransitionsRequest(keyword: keyword.span, subject: subject, start: start, end: end, steps: steps,
                                         span: keyword.span)
        request.after = try parseReportSteps()
        request.span = keyword.span.union(previous.span)
        return Statement(.transitions(request), span: request.span)
    }

    /// After `status`: `changed [from X] [to Y] between D and D`. `changed` is a keyword only there.
    var atChange: Bool {
        atKeyword("changed") && (peek(1).isKeyword("from") || peek(1).isKeyword("to") || peek(1).isKeyword("between"))
    }

    /// Grammar: change ::= 'changed' ( 'from' value )? ( 'to' value )? 'between' value 'and' value
    mutating func parseChange(of subject: Expr) throws(Diagnostic) -> Expr {
        advance()
        var from: Expr?
        var to: Expr?
        if acceptKeyword("from") { from = try parseValue(after: "`from`") }
        if acceptKeyword("to") { to = try parseValue(after: "`to`") }
        _ = try expectKeyword("between", "after `changed`", hint: "write `between 2024-06-01 and 2024-06-30`")
        let start = try parseValue(after: "`between`")
        _ = try expectKeyword("and", "after the first date", hint: "write `between 2024-06-01 and 2024-06-30`")
        let end = try parseValue(after: "`and`")
        let change = ValueChange(subject: subject, from: from, to: to, start: start, end: end)
        return Expr(.changed(change), span: subject.span.union(end.span))
    }
}
