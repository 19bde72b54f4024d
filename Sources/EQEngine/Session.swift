import EQDiagnostics
import EQStore
import EQTypes
import Synchronization

/// Engagement settings that `set` changes and `.set` shows.
public struct Settings: Sendable {
    /// The reference date (days since 1970-01-01); defaults to the current UTC date.
    public var today: Int32
    public var activeDays: Int = 45
    public var atRiskDays: Int = 90

    public init(today: Int32) {
        self.today = today
    }
}

/// Set from another thread (the shell's SIGINT handler) and checked by the engine between vectors, so a
/// running query stops promptly without the engine knowing about signals.
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// What one statement produced.
public enum StatementOutcome: Sendable {
    /// A query's rows (aggregates, rows, or `explain`'s plan as a one-column table).
    case result(Table)
    /// `explain` output, printed as text.
    case text(String)
    /// `load`/`set`: nothing is printed in batch; the shell may show the message.
    case silent(String)
}
