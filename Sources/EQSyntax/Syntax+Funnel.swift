import EQDiagnostics
import EQTypes

/// `funnel signup -> email_click -> apply within 14 days since 2024-01 by cohort`: the users who did
/// the steps in order, each within the window from their first step.
public struct FunnelRequest: Sendable {
    /// The event types, in order; the parser guarantees at least two.
    public var steps: [Identifier]
    /// `within 14 days`: the count as written (the binder rejects zero) and its unit.
    public var windowCount: Int64
    public var windowUnit: TimeUnit
    /// Where `within N unit` was written, for the error when the count is zero.
    public var windowSpan: SourceSpan
    /// `since 2024-01`, `between X and Y`, `last 30 days`: restricts the first step's events.
    public var firstStepTime: TimeClause?
    /// `by cohort`, `by group`: one funnel per value of the column.
    public var by: Identifier?

    public init(steps: [Identifier], windowCount: Int64, windowUnit: TimeUnit, windowSpan: SourceSpan,
                firstStepTime: TimeClause? = nil, by: Identifier? = nil) {
        self.steps = steps
        self.windowCount = windowCount
        self.windowUnit = windowUnit
        self.windowSpan = windowSpan
        self.firstStepTime = firstStepTime
        self.by = by
    }
}
