import EQDiagnostics
import EQTypes

/// Funnels: `funnel signup -> email_click -> apply within 14 days`, as a step after a query (`users
/// where role = student | funnel ...`, `... | holdout 10% | funnel ... by group`) or alone, over `users`.
extension Parser {
    /// `funnel` starts a funnel over `users` only when an event type follows it, so a table named
    /// `funnel` can still be queried (`funnel | count`, `funnel where x = 1`, `funnel as of ...`).
    var atFunnelStatement: Bool {
        guard atKeyword("funnel"), startsEventType(peek(1)) else { return false }
        return !(peek(1).isKeyword("as") || peek(1).isKeyword("where") || peek(1).isKeyword("last"))
    }

    /// The statement form reads as `users | funnel ...`: the same tree, so it binds, plans and prints
    /// the same way.
    ///
    /// Grammar: funnel_query ::= funnel clause* ( '|' step clause* )* chart?
    mutating func parseFunnelQuery() throws(Diagnostic) -> Query {
        let start = current.span
        var steps = [try parseFunnel()]
        while let clause = try parseClause() { steps.append(clause) }
        while !atChart && accept(.pipe) {
            let step = try parseStep()
            steps.append(step)
            while let clause = try parseClause() { steps.append(clause) }
            guard steps.count <= Parser.maximumSteps else {
                throw diagnostic("a query takes at most \(Parser.maximumSteps) steps", at: step.span)
            }
        }
        let chart = try parseChart()
        var query = Query(source: Identifier("users", span: start), steps: steps, span: start.union(previous.span))
        query.chart = chart
        return query
    }

    /// The steps are event types joined by `->`; the window counts from each user's first step event;
    /// a time clause picks which first-step events start a funnel; `by` splits it by a column.
    ///
    /// Grammar: funnel ::= 'funnel' event_type ( '->' event_type )+ 'within' INTEGER unit time_clause? ( 'by' name )?
    mutating func parseFunnel() throws(Diagnostic) -> Step {
        let keyword = advance()
        let example = "funnel signup -> apply within 14 days"
        guard startsEventType(current) else {
            throw syntaxError("expected an event type after `funnel`", hint: "write `\(example)`")
        }
        var steps = [try parseEventType()]
        while accept(.arrow) {
            steps.append(try parseEventType())
        }
        guard steps.count >= 2 else {
            if case .identifier = current.kind, !atKeyword("within") {
                throw syntaxError("expected `->` after \(previous.quoted)",
                                  hint: "join the steps with `->`: `funnel \(steps[0].name) -> \(current.text)`")
            }
            throw diagnostic("a funnel needs at least two steps", at: keyword.span.union(previous.span),
                             hint: "join the steps with `->`: `funnel \(steps[0].name) -> apply within 14 days`")
        }
        guard atKeyword("within") else {
            throw syntaxError("expected `within` after the funnel's steps",
                              hint: "each step must follow the first within a window: `within 14 days`")
        }
        let within = advance()
        let count = try expectInteger("a count", "after `within`")
        let unit = try parseUnit(after: "`within \(count)`")
        var request = FunnelRequest(steps: steps, windowCount: count, windowUnit: unit,
                                    windowSpan: within.span.union(previous.span))
        if let word = current.word, Parser.clauseKeywords.contains(word), word != "where" {
            request.firstStepTime = try parseTimeClause()
        }
        if acceptKeyword("by") {
            request.by = try parseName("a column name", "after `by`", hint: "write `by cohort`")
        }
        return Step(.funnel(request), span: keyword.span.union(previous.span))
    }
}
