import EQEngine
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Turns Ctrl-C during a running statement into `CancellationFlag.cancel()`, which the engine checks
/// between vectors. While a line is being edited the terminal sends no SIGINT at all (libedit's
/// terminal mode has signals off and Ctrl-C is a key), so in the shell this only ever sees a running
/// statement. Batch runs (`eq -c`, `eq run`, piped input, `eq gen`) install one too, before any work
/// starts: the flag then stays set, the run stops at the next check and exits 130 with no partial result.
///
/// SIGINT is blocked in every thread and taken by one thread of its own with `sigwait`. A handler or a
/// dispatch source is not enough: the kernel hands a process signal to any thread that does not block
/// it, and the worker threads that exist before the handler was installed (the demo data is generated
/// on all cores) would swallow some presses. So the first forwarder must be made before any other
/// thread, at the top of the command. Three presses without the engine stopping end the process, for
/// a statement that never checks; a press after `stop()` ends it too, as Ctrl-C normally would.
public final class InterruptForwarder: Sendable {
    private static let target = Mutex<CancellationFlag?>(nil)
    private static let presses = Atomic<Int>(0)
    private static let started = Atomic<Bool>(false)

    public init(cancellation: CancellationFlag) {
        var interrupts = sigset_t()
        sigemptyset(&interrupts)
        sigaddset(&interrupts, SIGINT)
        pthread_sigmask(SIG_BLOCK, &interrupts, nil)
        Self.target.withLock { $0 = cancellation }
        guard Self.started.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        var thread = pthread_t()
        if pthread_create(&thread, nil, { _ in InterruptForwarder.waitForInterrupts() }, nil) == 0 {
            pthread_detach(thread)
        }
    }

    private static func waitForInterrupts() -> Never {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        while true {
            var received: Int32 = 0
            guard sigwait(&set, &received) == 0, received == SIGINT else { continue }
            guard let flag = target.withLock({ $0 }) else { _exit(130) }
            if !flag.isCancelled { presses.store(0, ordering: .relaxed) }
            flag.cancel()
            if presses.add(1, ordering: .relaxed).newValue >= 3 { _exit(130) }
        }
    }

    /// From now on Ctrl-C ends the process.
    public func stop() {
        Self.target.withLock { $0 = nil }
    }
}
