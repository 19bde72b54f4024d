import Dispatch
import EQStore

/// Runs a filter and a sink over a relation in parallel. The rows are cut into one contiguous range
/// per task; each task filters its range vector by vector into its own sink, and the sinks are merged
/// in range order, so results that depend on row order (collected rows, top-N ties) come out exactly
/// as a sequential run would give them.
struct MorselDriver: Sendable {
    var relation: Relation
    var filter: FilterKernel?
    var cancellation: @Sendable () -> Bool
    /// Threads at most (`--threads`, `set threads`); nil for one per core.
    var threads: Int? = nil

    /// Tasks per core: a few more than cores so an uneven range does not leave a core idle.
    static let tasksPerCore = 2

    func run<S: Sink>(makeSink: () -> S) throws(ExecutionError) -> S {
        let total = relation.count
        let cores = max(1, threads ?? ProcessInfoLite.activeProcessorCount)
        let vectors = (total + standardVectorSize - 1) / standardVectorSize
        let taskCount = max(1, min(vectors, cores * MorselDriver.tasksPerCore))
        var sinks: [S] = (0..<taskCount).map { _ in makeSink() }
        guard total > 0 else { return sinks[0] }
        let cancelled = UnsafeFlag()
        let box = SinkSlots(sinks)
        let vectorsPerTask = (vectors + taskCount - 1) / taskCount
        let body: @Sendable (Int) -> Void = { taskIndex in
            var sink = box.take(taskIndex)
            var selection = [UInt32](repeating: 0, count: standardVectorSize)
            let firstVector = taskIndex * vectorsPerTask
            let lastVector = min(vectors, firstVector + vectorsPerTask)
            selection.withUnsafeMutableBufferPointer { sel in
                for vectorIndex in firstVector..<max(firstVector, lastVector) {
                    if vectorIndex & 15 == 0 && self.cancellation() {
                        cancelled.set()
                        break
                    }
                    let start = vectorIndex * standardVectorSize
                    let count = min(standardVectorSize, total - start)
                    var live = count
                    if let rows = self.relation.rows {
                        for offset in 0..<count { sel[offset] = rows[start + offset] }
                        if let filter = self.filter { live = filter.filter(sel.baseAddress!, count) }
                    } else if let filter = self.filter {
                        live = filter.filterDense(start, count, into: sel.baseAddress!)
                    } else {
                        for offset in 0..<count { sel[offset] = UInt32(truncatingIfNeeded: start + offset) }
                    }
                    if live > 0 { sink.consume(sel.baseAddress!, live) }
                }
            }
            box.put(taskIndex, sink)
        }
        if taskCount == 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: taskCount, execute: body)
        }
        if cancelled.isSet { throw .cancelled }
        sinks = box.all()
        var merged = sinks[0]
        for other in sinks.dropFirst() { merged.merge(other) }
        return merged
    }
}

/// One sink per task; each task touches only its own slot, which is what makes the unchecked
/// sendability sound. The slots are raw memory allocated once, not a Swift array: concurrent
/// `withUnsafeMutableBufferPointer` calls on one array property are overlapping accesses to the
/// property itself (ThreadSanitizer reported them), even when the elements written are disjoint.
private final class SinkSlots<S>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<S?>
    private let count: Int
    init(_ sinks: [S]) {
        count = sinks.count
        slots = .allocate(capacity: sinks.count)
        slots.initialize(from: sinks.map { Optional($0) }, count: sinks.count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func take(_ index: Int) -> S {
        guard let value = slots[index] else { preconditionFailure("slot \(index) taken twice") }
        slots[index] = nil
        return value
    }
    func put(_ index: Int, _ sink: S) {
        slots[index] = sink
    }
    /// After every task has joined.
    func all() -> [S] { (0..<count).compactMap { slots[$0] } }
}

/// Set by any task that saw a cancellation; read after all tasks have joined.
private final class UnsafeFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLockLite()
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

/// What consumes the rows that survive the filter: a row collector, an aggregator, a top-N heap.
protocol Sink: Sendable {
    mutating func consume(_ rows: UnsafePointer<UInt32>, _ count: Int)
    /// Folds in the sink of the task that ran on the rows after this one's.
    mutating func merge(_ other: Self)
}
