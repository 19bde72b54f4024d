import Dispatch

/// What `explain analyze` learns while a plan runs: per operator (by its depth in the plan, which is
/// a chain), the rows it produced, its time and what its event scans skipped. Only the thread that
/// runs the executor writes it; the event statistics have their own lock.
public final class ExecutionProfile: @unchecked Sendable {
    public struct Entry: Sendable {
        public var rowsOut = 0
        /// Wall time of the operator and everything under it.
        public var seconds = 0.0
        public var eventScans = 0
        public var eventsSkipped = 0
        public var blocksSkipped = 0
        public var blocks = 0
    }

    public private(set) var entries: [Int: Entry] = [:]
    private var events: [Int: EventScanStats] = [:]

    public init() {}

    func stats(forDepth depth: Int) -> EventScanStats {
        if let existing = events[depth] { return existing }
        let stats = EventScanStats()
        events[depth] = stats
        return stats
    }

    func record(depth: Int, rowsOut: Int, seconds: Double) {
        var entry = entries[depth] ?? Entry()
        entry.rowsOut = rowsOut
        entry.seconds += seconds
        if let stats = events[depth] {
            entry.eventScans = stats.scans
            entry.eventsSkipped = stats.skippedRows
            entry.blocksSkipped = stats.skippedBlocks
            entry.blocks = stats.blocks
        }
        entries[depth] = entry
    }

    /// Seconds on a monotonic clock, for operator times.
    public static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
