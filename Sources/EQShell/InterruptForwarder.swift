import Dispatch
import EQEngine
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns Ctrl-C during a running statement into `CancellationFlag.cancel()`, which the engine checks
/// between vectors. While a line is being edited the terminal sends no SIGINT at all (libedit's
/// terminal mode has signals off and Ctrl-C is a key), so this only ever sees a running statement.
///
/// A dispatch source receives the signal on a queue rather than in signal context, so the handler may
/// touch the Sendable flag freely; three presses without the engine stopping end the process, for a
/// statement that never checks.
///
/// Batch runs (`eq -c`, `eq run`, piped input, `eq gen`) install one too, before any work starts: the
/// flag then stays set, the run stops at the next check and exits 130 with no partial result.
public final class InterruptForwarder {
    private let source: DispatchSourceSignal

    public init(cancellation: CancellationFlag) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let presses = PressCounter()
        source.setEventHandler {
            if !cancellation.isCancelled { presses.reset() }
            cancellation.cancel()
            if presses.increment() >= 3 { _exit(130) }
        }
        source.resume()
    }

    public func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}

/// Ctrl-C presses since the running statement was first asked to stop.
private final class PressCounter: Sendable {
    private let count = Atomic<Int>(0)

    func increment() -> Int { count.add(1, ordering: .relaxed).newValue }

    func reset() { count.store(0, ordering: .relaxed) }
}
