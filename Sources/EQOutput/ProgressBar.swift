import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on standard error for long loads, drawn only on a terminal and redrawn
/// at most once per percent so it costs nothing measurable.
public final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let width: Int
    private var lastPercent = -1
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init(label: String, width: Int = TerminalInfo.width(fd: STDERR_FILENO) ?? 80) {
        self.label = label
        self.width = max(20, min(width, 100))
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// A bar for loads when standard error is a terminal; nil otherwise (batch runs stay quiet).
    public static func forLoads() -> (@Sendable (Int, Int) -> Void)? {
        guard TerminalInfo.isTTY(STDERR_FILENO) else { return nil }
        let bar = ProgressBar(label: "loading")
        return { done, total in bar.update(done: done, total: total) }
    }

    /// Whether a bar is on screen now, so `StatementProgress` does not draw over a load's bar.
    static let isDrawing = Atomic<Bool>(false)

    public func update(done: Int, total: Int) {
        guard total > 0 else { return }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let percent = min(100, done * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        Self.isDrawing.store(percent < 100, ordering: .relaxed)
        let barWidth = width - label.count - 8
        let filled = barWidth * percent / 100
        var line = "\r\(label) [" + String(repeating: "#", count: filled) + String(repeating: " ", count: barWidth - filled)
        line += "] \(percent)%"
        if percent == 100 { line = "\r" + String(repeating: " ", count: width) + "\r" }
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
