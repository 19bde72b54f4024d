import EQBinder
import EQDiagnostics
import EQExec
import EQPlan
import EQSyntax

extension Session {
    /// `transitions status from D1 to D2 where ...` bound, planned and optimised: the same plan path
    /// as a query, with the binder adding the two as-of columns and the matrix's aggregate.
    func planTransitions(_ request: TransitionsRequest, source: SourceFile) throws(Diagnostic) -> QueryPlan {
        var binder = Binder(catalog: catalog, context: engagementContext, source: source, parameters: parameters)
        binder.eventTypes = eventTypes
        binder.segmentNames = segments.map(\.name)
        binder.lifecycles = lifecycleDefinitions
        return Optimizer.optimize(Planner.plan(try binder.bindTransitions(request)))
    }

    func runTransitions(_ request: TransitionsRequest, source: SourceFile, span: SourceSpan) throws(Diagnostic)
        -> StatementOutcome {
        let plan = try planTransitions(request, source: source)
        // One statement plan on the back end, as a query: the segments its conditions use run beside it.
        let statement = StatementPlan(segments: try segmentPlans(for: plan, source: source, span: span), body: .query(plan))
        return .result(try execute(statement, source: source, span: request.keyword))
    }
}
