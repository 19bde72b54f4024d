import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// The interactive shell's sign of life for a statement that runs longer than a second: a bar on
/// standard error, in `ProgressBar`'s style, with the elapsed time and how to cancel; erased before the
/// result is printed. Only on a terminal, so pipes, files and tests never see it.
public final class StatementProgress: @unchecked Sendable {
    private let fd: Int32
    private let width: Int
    private let started = ContinuousClock.now
    private var finished = false
    private var drawn = false
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    private init(fd: Int32) {
        self.fd = fd
        self.width = max(20, min(TerminalInfo.width(fd: fd) ?? 80, 100))
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Nil when `fd` is not a terminal; otherwise the bar appears after `delay` unless `finish` comes first.
    public static func start(fd: Int32 = STDERR_FILENO, after delay: Duration = .seconds(1)) -> StatementProgress? {
        guard TerminalInfo.isTTY(fd) else { return nil }
        let progress = StatementProgress(fd: fd)
        progress.schedule(after: delay)
        return progress
    }

    /// Erases the bar if it was drawn; no more redraws after this.
    public func finish() {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard !finished else { return }
        finished = true
        if drawn { emit("\r" + String(repeating: " ", count: width) + "\r") }
    }

    /// The bar after `seconds`: a block sweeping across, since a query cannot know its share done.
    public static func line(seconds: Int, width: Int) -> String {
        let label = "running"
        let suffix = "] \(seconds) s · Ctrl-C cancels"
        let barWidth = max(4, width - label.count - 2 - suffix.count - 1)
        let block = min(3, barWidth)
        let span = barWidth - block
        let cycle = max(1, span * 2)
        let step = seconds % cycle
        let position = step <= span ? step : cycle - step
        return label + " [" + String(repeating: " ", count: position) + String(repeating: "#", count: block)
            + String(repeating: " ", count: barWidth - block - position) + suffix
    }

    private func schedule(after delay: Duration) {
        let (seconds, attoseconds) = delay.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in tick() }
    }

    private func tick() {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard !finished else { return }
        // A load draws its own bar, with its share done: this one waits until that is gone.
        if !ProgressBar.isDrawing.load(ordering: .relaxed) {
            let seconds = Int((ContinuousClock.now - started).components.seconds)
            emit("\r" + Self.line(seconds: seconds, width: width))
            drawn = true
        }
        schedule(after: .seconds(1))
    }

    private func emit(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
