import EQBinder
import EQDiagnostics
import EQPlan
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// `query` planned over `past` (the users as they were at the end of `day`) with `day` as today,
    /// with the segments it uses: what `as of` and the range-end filters of `clients` share, so every
    /// derived column follows the date.
    func planAsOf(_ query: Query, past: Schema, day: Int32, source: SourceFile,
                  span: SourceSpan) throws(Diagnostic) -> (plan: QueryPlan, segments: [SegmentPlan]) {
        var schemas = catalog
        schemas[past.name.lowercased()] = past
        var context = engagementContext
        context.today = day
        var binder = Binder(catalog: schemas, context: context, source: source, parameters: parameters)
        binder.eventTypes = eventTypes
        binder.segmentNames = segments.map(\.name)
        binder.lifecycles = lifecycleDefinitions
        let plan = Optimizer.optimize(Planner.plan(try binder.bind(try expandSegments(query, source: source))))
        return (plan, try segmentPlans(for: plan, source: source, span: span))
    }
}
