import EQStore

/// Keeps the first `limit` rows by the sort keys, ties broken by row order so `top` is stable.
/// A bounded max-heap per task holds the current best; a row enters only if it beats the worst.
struct TopNSink: Sink {
    let keys: SortKeys
    let limit: Int
    /// Heap entries: keys (one per sort key) then the row.
    var heap: [(keys: [UInt64], row: UInt32)] = []
    var keyBuffers: [[UInt64]]
    var scratch = [Int64](repeating: 0, count: standardVectorSize)
    var valid = [Bool](repeating: false, count: standardVectorSize)

    init(keys: SortKeys, limit: Int) {
        self.keys = keys
        self.limit = limit
        keyBuffers = Array(repeating: [UInt64](repeating: 0, count: standardVectorSize), count: keys.keys.count)
        heap.reserveCapacity(min(limit, 1 << 16))
    }

    @inline(__always)
    static func precedes(_ a: (keys: [UInt64], row: UInt32), _ b: (keys: [UInt64], row: UInt32)) -> Bool {
        for keyIndex in a.keys.indices where a.keys[keyIndex] != b.keys[keyIndex] {
            return a.keys[keyIndex] < b.keys[keyIndex]
        }
        return a.row < b.row
    }

    mutating func consume(_ rows: UnsafePointer<UInt32>, _ count: Int) {
        guard limit > 0 else { return }
        for keyIndex in keys.keys.indices {
            keyBuffers[keyIndex].withUnsafeMutableBufferPointer { out in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    valid.withUnsafeMutableBufferPointer { valid in
                        keys.read(keyIndex, rows, count, into: out.baseAddress!, scratch: scratch.baseAddress!,
                                  valid: valid.baseAddress!)
                    }
                }
            }
        }
        let singleKey = keys.keys.count == 1
        for position in 0..<count {
            let row = rows[position]
            if heap.count == limit {
                // Cheap rejection against the current worst before building a candidate.
                let worst = heap[0]
                if singleKey {
                    let key = keyBuffers[0][position]
                    if key > worst.keys[0] || (key == worst.keys[0] && row > worst.row) { continue }
                }
            }
            let candidate = (keys: keys.keys.indices.map { keyBuffers[$0][position] }, row: row)
            insert(candidate)
        }
    }

    private mutating func insert(_ candidate: (keys: [UInt64], row: UInt32)) {
        if heap.count < limit {
            heap.append(candidate)
            siftUp(heap.count - 1)
        } else if TopNSink.precedes(candidate, heap[0]) {
            heap[0] = candidate
            siftDown(0)
        }
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard TopNSink.precedes(heap[parent], heap[child]) else { break }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = parent * 2 + 1
            let right = left + 1
            var largest = parent
            if left < heap.count && TopNSink.precedes(heap[largest], heap[left]) { largest = left }
            if right < heap.count && TopNSink.precedes(heap[largest], heap[right]) { largest = right }
            if largest == parent { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }

    mutating func merge(_ other: TopNSink) {
        for candidate in other.heap { insert(candidate) }
    }

    /// The kept rows, best first.
    func rows() -> [UInt32] {
        heap.sorted(by: TopNSink.precedes).map(\.row)
    }
}
