import EQDiagnostics
import EQPlan
import EQStore
import EQSyntax

extension Session {
    /// Runs a statement plan and sends its rows where the plan says: the result, a chart, an export
    /// file or a preview. The back end computes rows only; every sink is the output layer's.
    func deliver(_ plan: StatementPlan, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> [StatementOutcome] {
        let tables: [Table]
        do throws(Diagnostic) {
            tables = try runOnBackend(plan)
        } catch {
            throw Session.placed(error, source: source, span: span)
        }
        guard let first = tables.first else {
            throw Diagnostic("the statement made no result", source: source, span: span)
        }
        switch plan.sink {
        case .result:
            return tables.map { .result($0) }
        case .chart(let chart, let report):
            return [try drawChart(chart, first, charting: report, source: source)]
        case .export(let request):
            return [try export(first, request, notes: segmentRuns.notes.drain(), source: source)]
        case .preview:
            return [.text(try preview(first, source: source, span: span))]
        }
    }

    /// A query ending with `export` or `preview`, split into the query that makes the rows (with the
    /// export's columns as a projection) and the sink. `distinct`, `holdout` and `sample` are operators
    /// of the plan; an `export` or `preview` before the end is the binder's error.
    func sinkQuery(_ query: Query) -> (query: Query, sink: StatementPlan.Sink)? {
        guard let last = query.steps.last else { return nil }
        var plain = query
        plain.steps.removeLast()
        switch last.kind {
        case .export(let request):
            if let columns = request.columns { plain.steps.append(Step(.show(columns), span: last.span)) }
            return (plain, .export(request))
        case .preview:
            return (plain, .preview)
        default:
            return nil
        }
    }
}
