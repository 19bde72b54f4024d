#if canImport(Glibc)
import Glibc

/// What eq does when a snapshot it has open is truncated by another program: the columns read the
/// file through a mapping, and the next read of a page past the new end raises SIGBUS, which would
/// kill eq with "Bus error" and nothing else. A handler for SIGBUS looks up the faulting address: in
/// a snapshot's mapping, eq says what happened and how to go on on standard error and exits with
/// status 70 (the statement that touched the page prints no result, so nothing wrong is shown; what
/// earlier statements wrote but eq had not flushed yet may be lost); anywhere else, the action that
/// was there before (the Swift runtime's backtrace) runs as before.
///
/// The handler may only do what is safe in a signal handler: it reads a fixed table of address
/// ranges (whole words, written before a mapping is used and cleared before it is unmapped), writes a
/// prepared message with `write(2)` and calls `_exit`.
enum SnapshotFaults {
    private static let slotCount = 64
    /// `slotCount` pairs of (start, end) addresses; (0, 0) is a free slot.
    nonisolated(unsafe) private static let ranges: UnsafeMutablePointer<UInt> = {
        let table = UnsafeMutablePointer<UInt>.allocate(capacity: slotCount * 2)
        table.initialize(repeating: 0, count: slotCount * 2)
        return table
    }()
    private static let lock = SlotLock()
    nonisolated(unsafe) private static let message: (UnsafeMutablePointer<CChar>?, Int) = {
        let text = "eq: a snapshot file eq has open was cut short or replaced in place by another program, so "
            + "its data can no longer be read; eq stops here.\n"
            + "hint: reopen the snapshot (`load snapshot`, `eq --data`) once nothing writes to it; `save snapshot` "
            + "never changes a snapshot in place\n"
        return (strdup(text), text.utf8.count)
    }()
    /// The SIGBUS action before eq's (the Swift runtime's backtracer, or the default), which a fault
    /// outside every snapshot gets, unchanged.
    nonisolated(unsafe) static var previous = sigaction()
    private static let installed: Bool = {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = snapshotFaultHandler
        action.sa_flags = SA_SIGINFO
        sigemptyset(&action.sa_mask)
        return sigaction(SIGBUS, &action, &previous) == 0
    }()

    /// Watches `start..<start + count` until `forget` is called with the same start.
    static func watch(_ start: UnsafeRawPointer, count: Int) {
        _ = installed
        _ = message
        let base = UInt(bitPattern: start)
        lock.withLock {
            for slot in 0..<slotCount where ranges[slot * 2] == 0 {
                ranges[slot * 2 + 1] = base + UInt(count)
                ranges[slot * 2] = base
                return
            }
        }
    }

    static func forget(_ start: UnsafeRawPointer) {
        let base = UInt(bitPattern: start)
        lock.withLock {
            for slot in 0..<slotCount where ranges[slot * 2] == base {
                ranges[slot * 2] = 0
                ranges[slot * 2 + 1] = 0
            }
        }
    }

    /// Called from the handler: whether `address` lies in a watched mapping.
    static func isWatched(_ address: UInt) -> Bool {
        for slot in 0..<slotCount {
            let start = ranges[slot * 2]
            if start != 0 && address >= start && address < ranges[slot * 2 + 1] { return true }
        }
        return false
    }

    static func report() -> Never {
        if let text = message.0 { _ = write(2, text, message.1) }
        _exit(70)
    }
}

/// The SIGBUS handler (a C function pointer: it captures nothing).
private func snapshotFaultHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                                  _ context: UnsafeMutableRawPointer?) {
    let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
    if SnapshotFaults.isWatched(address) { SnapshotFaults.report() }
    // Not a snapshot's page: the action eq replaced handles it when the faulting instruction runs again.
    sigaction(SIGBUS, &SnapshotFaults.previous, nil)
}

/// A mutex for the slot table (threads may open and drop snapshots concurrently in tests).
private final class SlotLock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }

    func withLock(_ body: () -> Void) {
        pthread_mutex_lock(&mutex)
        body()
        pthread_mutex_unlock(&mutex)
    }
}
#endif
