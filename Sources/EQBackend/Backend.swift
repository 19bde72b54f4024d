import EQDiagnostics
import EQPlan

/// What a running statement may be asked by its caller while it runs. Cancellation is a question the
/// back end asks between vectors, batches or server round trips (Ctrl-C in the shell sets the flag
/// behind it), so a back end never needs to know about signals.
public struct ExecutionControl: Sendable {
    public var isCancelled: @Sendable () -> Bool
    /// What the statement left out of its rows and why, with a count (`distinct`'s repeats, rows without
    /// an id): the session prints it with the result, so no list shrinks without a word.
    public var note: @Sendable (String) -> Void

    public init(isCancelled: @escaping @Sendable () -> Bool = { false },
                note: @escaping @Sendable (String) -> Void = { _ in }) {
        self.isCancelled = isCancelled
        self.note = note
    }
}

/// Runs whole statement plans. The session parses, binds, plans and optimises; everything that touches
/// data happens behind this one protocol, so a second engine (a PostgreSQL server, say) is one more
/// conformance, not a second copy of the session.
///
/// `Output` is the back end's form of a result: the local engine returns finished columnar tables; a
/// streaming back end returns a sequence of row batches, which a streaming sink drains as they come.
/// Errors are diagnostics without a source position; the session places them on the statement.
public protocol Backend<Output> {
    associatedtype Output
    /// Shown in messages and `explain` (`local`, `postgres`).
    var name: String { get }
    func execute(_ plan: StatementPlan, control: ExecutionControl) throws(Diagnostic) -> Output
}
