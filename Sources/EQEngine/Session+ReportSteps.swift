import EQDiagnostics
import EQStore
import EQSyntax

extension Session {
    /// `REPORT | step | step`: the report's result table is the input of ordinary steps, bound and run
    /// as over any table (campaign steps such as `export` included), so a report is a query like any other.
    func runReportPipeline(_ report: Report, _ tables: [Table], source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        guard tables.count == 1, let table = tables.first else {
            let first = report.pipeline[0]
            throw Diagnostic("`cohorts` makes \(tables.count) tables, so its steps would not know which to take",
                             source: source, span: first.span,
                             hint: "pipe one part: `cohorts retention from 2024-01 to 2024-06 | ...` "
                                 + "(parts: \(Report.CohortPart.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let query = Query(source: Identifier(Session.stagedTableName, span: report.keyword), steps: report.pipeline,
                          span: report.span)
        guard let (rows, sink) = sinkQuery(query) else {
            return .result(try runList(query, base: table, steps: report.pipeline, source: source, span: report.span))
        }
        let list = try runList(rows, base: table, steps: rows.steps, source: source, span: report.span)
        switch sink {
        case .export(let request): return try export(list, request, notes: segmentRuns.notes.drain(), source: source)
        case .preview: return .text(try preview(list, source: source, span: report.span))
        case .result, .chart: return .result(list)
        }
    }
}

extension Report.Kind {
    /// Whether a column of this report's result is one of the series the report is about, which `| chart`
    /// draws unless `using` names others: retention rates rather than cohort sizes, status counts rather
    /// than counts and their shares.
    func charts(_ column: String) -> Bool {
        let name = column.lowercased()
        switch self {
        case .registrations, .trend: return name == "count"
        case .retention: return name.hasPrefix("period_")
        case .activeUsers: return name == "active_users"
        case .stickiness: return name == "stickiness"
        case .statusHistory: return ["active", "at_risk", "inactive"].contains(name)
        case .clients: return ["new", "recurrent"].contains(name)
        case .cohorts(let part):
            switch part {
            case .registrations?, .distribution?, nil: return name == "count"
            case .status?: return ["active", "at_risk", "inactive"].contains(name)
            case .retention?: return name == "retention_rate"
            case .atRisk?: return name == "at_risk"
            }
        }
    }
}
