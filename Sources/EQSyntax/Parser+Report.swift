import EQDiagnostics
import EQTypes

extension Parser {
    static let reportKeywords: Set<String> = ["registrations", "retention", "stickiness", "clients", "cohorts", "trend"]
    static let periodWords = ReportPeriod.allCases.map(\.rawValue)
    static let chartWords = ChartKind.allCases.map(\.rawValue)

    /// A report word starts a report unless the statement ends right after it, so a table that happens
    /// to be called `clients` can still be listed (`clients`, `clients | count`).
    var atReport: Bool {
        guard let word = current.word else { return false }
        let next = peek(1)
        switch next.kind {
        case .pipe, .newline, .semicolon, .end: return false
        default: break
        }
        switch word {
        case "active": return next.isKeyword("users")
        case "status": return next.isKeyword("history")
        default: return Parser.reportKeywords.contains(word)
        }
    }

    /// The report's options may come before and after its period (`trend users where role = student
    /// monthly since 2024-01`), and land in one list in the order written.
    ///
    /// Steps after a `|` are ordinary steps over the report's result (its `where` filters the result
    /// rows, not the users, which a `where` before the first `|` picks).
    ///
    /// Grammar: report ::= ( 'registrations' | 'retention' | 'active' 'users' | 'status' 'history' | 'trend' trend_subject ) report_option* period report_option* report_steps chart?
    ///     | ( 'stickiness' | 'clients' | 'cohorts' cohort_part? ) report_option* report_steps chart?
    mutating func parseReport() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let word = keyword.text.lowercased()
        var steps: [Step] = []
        let kind: Report.Kind
        var needsPeriod = true
        switch word {
        case "registrations": kind = .registrations
        case "retention": kind = .retention
        case "active":
            advance()
            kind = .activeUsers
        case "status":
            advance()
            kind = .statusHistory
        case "trend": kind = .trend(try parseTrendSubject())
        case "stickiness":
            kind = .stickiness
            needsPeriod = false
        case "clients":
            kind = .clients
            needsPeriod = false
        default:
            kind = .cohorts(try parseCohortPart())
            needsPeriod = false
        }
        let kindText = source.text(of: keyword.span.union(previous.span))
        while try parseReportOption(into: &steps) {}
        var period: ReportPeriod?
        var periodSpan: SourceSpan?
        if needsPeriod {
            period = try parsePeriod(after: "`\(kindText)`")
            periodSpan = previous.span
            while try parseReportOption(into: &steps) {}
        }
        let pipeline = try parseReportSteps()
        let chart = try parseChart()
        let report = Report(kind: kind, keyword: keyword.span, period: period, periodSpan: periodSpan, steps: steps,
                            pipeline: pipeline, chart: chart, span: keyword.span.union(previous.span))
        return Statement(.report(report), span: report.span)
    }

    /// Grammar: report_steps ::= ( '|' step clause* )*
    mutating func parseReportSteps() throws(Diagnostic) -> [Step] {
        var steps: [Step] = []
        while !atChart && accept(.pipe) {
            steps.append(try parseStep())
            while let clause = try parseClause() { steps.append(clause) }
        }
        return steps
    }

    /// Grammar: trend_subject ::= 'registrations' | 'new' 'users' | 'active' 'users' | name
    mutating func parseTrendSubject() throws(Diagnostic) -> Report.TrendSubject {
        if acceptKeyword("registrations") { return .registrations }
        if atKeyword("new") && peek(1).isKeyword("users") {
            advance()
            advance()
            return .registrations
        }
        if atKeyword("active") && peek(1).isKeyword("users") {
            advance()
            advance()
            return .activeUsers
        }
        let table = try parseName("what to trend", "after `trend`",
                                  hint: "for example `trend registrations monthly` or `trend users where role = student monthly`")
        return .table(table)
    }

    /// Grammar: cohort_part ::= 'registrations' | 'status' | 'retention' | 'distribution' | 'at_risk'
    mutating func parseCohortPart() throws(Diagnostic) -> Report.CohortPart? {
        guard let word = current.word, let part = Report.CohortPart(rawValue: word) else { return nil }
        advance()
        return part
    }

    /// Grammar: period ::= 'daily' | 'weekly' | 'monthly' | 'quarterly'
    mutating func parsePeriod(after context: String) throws(Diagnostic) -> ReportPeriod {
        guard let word = current.word, let period = ReportPeriod(rawValue: word) else {
            throw syntaxError("expected `daily`, `weekly`, `monthly` or `quarterly` after \(context)",
                              hint: current.word.flatMap { Suggestion.hint(for: $0, in: Parser.periodWords) }
                                  ?? "for example `\(context.dropFirst().dropLast()) monthly since 2024-01`")
        }
        advance()
        return period
    }

    /// Grammar: report_option ::= clause | 'from' value 'to' value | 'vs' 'previous' 'period'
    mutating func parseReportOption(into steps: inout [Step]) throws(Diagnostic) -> Bool {
        if let clause = try parseClause() {
            steps.append(clause)
            return true
        }
        if atKeyword("from") {
            let keyword = advance()
            let first = try parseValue(after: "`from`")
            _ = try expectKeyword("to", "after `from \(source.text(of: first.span))`", hint: "write `from 2024-01 to 2024-06`")
            let last = try parseValue(after: "`to`")
            let clause = TimeClause(.between(first, last), span: keyword.span.union(previous.span))
            steps.append(Step(.time(clause), span: clause.span))
            return true
        }
        if atKeyword("vs") {
            advance()
            _ = try expectKeyword("previous", "after `vs`", hint: "write `vs previous period`")
            _ = try expectKeyword("period", "after `vs previous`", hint: "write `vs previous period`")
            return true
        }
        return false
    }

    /// True at `| chart`, which ends a query's pipeline rather than adding a step to it.
    var atChart: Bool {
        current.kind == .pipe && peek(1).isKeyword("chart")
    }

    /// Grammar: chart ::= '|' 'chart' ( 'bar' | 'line' | 'heatmap' | 'stacked' ) ( 'using' name ( ',' name )* )? ( 'to' STRING 'overwrite'? )?
    mutating func parseChart() throws(Diagnostic) -> ChartRequest? {
        guard atChart else { return nil }
        let pipe = advance()
        advance()
        guard let word = current.word, let kind = ChartKind(rawValue: word) else {
            throw syntaxError("expected `bar`, `line`, `heatmap` or `stacked` after `chart`",
                              hint: current.word.flatMap { Suggestion.hint(for: $0, in: Parser.chartWords) })
        }
        advance()
        var columns: [Identifier] = []
        if acceptKeyword("using") {
            repeat {
                columns.append(try parseName("a column to chart", "after `using`",
                                             hint: "for example `| chart line using retention_rate`"))
            } while accept(.comma)
        }
        var path: String?
        var pathSpan: SourceSpan?
        if acceptKeyword("to") {
            guard case .string(let text) = current.kind else {
                throw syntaxError("expected a quoted file path after `to`", hint: "write `to \"chart.svg\"`")
            }
            path = text
            pathSpan = advance().span
        }
        let overwrite = path != nil && acceptKeyword("overwrite")
        var request = ChartRequest(kind: kind, columns: columns, path: path, pathSpan: pathSpan,
                                   span: pipe.span.union(previous.span))
        request.overwrite = overwrite
        return request
    }

    /// Grammar: as_of ::= 'as' 'of' value
    mutating func parseAsOf() throws(Diagnostic) -> Expr? {
        guard atKeyword("as") && peek(1).isKeyword("of") else { return nil }
        advance()
        advance()
        return try parseValue(after: "`as of`")
    }
}
