/// What the event scans of one statement skipped thanks to zone maps, for `explain analyze`. A class
/// because the kernels are built deep inside the filter compiler and report back through it; only
/// the thread that builds a kernel writes, under a lock all the same.
public final class EventScanStats: @unchecked Sendable {
    private let lock = NSLockLite()
    private var _scans = 0
    private var _skippedRows = 0
    private var _skippedBlocks = 0
    private var _blocks = 0

    public init() {}

    func record(scan ranges: (rows: [Range<Int>], skippedRows: Int, skippedBlocks: Int, blocks: Int)) {
        lock.withLock {
            _scans += 1
            _skippedRows += ranges.skippedRows
            _skippedBlocks += ranges.skippedBlocks
            _blocks += ranges.blocks
        }
    }

    /// Event conditions evaluated.
    public var scans: Int { lock.withLock { _scans } }
    /// Events never read because their block lies outside the condition's window.
    public var skippedRows: Int { lock.withLock { _skippedRows } }
    public var skippedBlocks: Int { lock.withLock { _skippedBlocks } }
    /// Blocks of the scanned time columns in all (0 where no zone map was used).
    public var blocks: Int { lock.withLock { _blocks } }
}
