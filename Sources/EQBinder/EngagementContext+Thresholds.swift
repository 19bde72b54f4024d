import EQDiagnostics
import EQSyntax

extension EngagementContext {
    /// Why `status` cannot be computed under these thresholds, or nil when it can.
    ///
    /// `set active_days` and `set at_risk_days` are each accepted alone, so a user can move both in
    /// either order; the pair is checked here, when a query first needs the status bands, and the message
    /// names both values because either one may be the one to change.
    public var thresholdProblem: String? {
        guard activeDays >= atRiskDays else { return nil }
        return "status needs active_days (\(activeDays)) to be less than at_risk_days (\(atRiskDays))"
    }

    /// Either value may be the one to move; a pair statement sets both without an invalid step between.
    public var thresholdHint: String {
        "lower active_days below \(atRiskDays) or raise at_risk_days above \(activeDays); "
            + "`set active_days = 14, at_risk_days = 30` sets both at once"
    }

    /// The diagnostic for a use of `status` (at `span`) under thresholds that cannot make its bands.
    public func checkThresholds(source: SourceFile, span: SourceSpan) throws(Diagnostic) {
        guard let problem = thresholdProblem else { return }
        throw Diagnostic(problem, source: source, span: span, hint: thresholdHint)
    }
}
