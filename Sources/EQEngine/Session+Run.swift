import EQDiagnostics
import EQStore

extension Session {
    /// Runs every statement of `text` in order, handing each outcome and its wall time to `emit`.
    ///
    /// Returns the diagnostics of failed statements; without `keepGoing` it stops at the first one, as a
    /// batch script should. A cancelled query (Ctrl-C) reports "cancelled" and stops the run.
    @discardableResult
    public func run(_ text: String, sourceName: String = "query", keepGoing: Bool = false,
                    emit: (StatementOutcome, Duration) -> Void) -> [Diagnostic] {
        [Diagnostic("the engine is not wired up yet")]
    }
}
