import Synchronization

/// Adds up the bytes finished by parallel chunks and passes the running total to the shell's progress
/// bar; only files large enough for a bar to be worth drawing get one.
final class ProgressReporter: Sendable {
    static let minimumBytes = 50 << 20

    private let total: Int
    private let callback: @Sendable (Int, Int) -> Void
    private let done = Mutex(0)

    init?(total: Int, callback: (@Sendable (Int, Int) -> Void)?) {
        guard let callback, total >= ProgressReporter.minimumBytes else { return nil }
        self.total = total
        self.callback = callback
    }

    func advance(by bytes: Int) {
        let current = done.withLock { done in
            done = min(total, done + bytes)
            return done
        }
        callback(current, total)
    }

    func finish() {
        done.withLock { $0 = total }
        callback(total, total)
    }
}
