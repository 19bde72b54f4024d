import EQStore

/// Keeps the first `limit` rows by the sort keys, ties broken by row order so `top` is stable.
/// A bounded max-heap per task holds the current best; a row enters only if it beats the worst.
struct TopNSink: Sink {
    let keys: SortKeys
    let limit: Int
    /// Heap entries: keys (one per sort key; a null key is `nullKey` with its flag set) then the row.
    var heap: [(keys: [UInt64], nulls: UInt64, row: UInt32)] = []
    var keyBuffers: [[UInt64]]
    /// Bit k set when key k of the row in that position is null.
    var nullBuffer = [UInt64](repeating: 0, count: standardVectorSize)
    var scratch = [Int64](repeating: 0, count: standardVectorSize)
    var valid = [Bool](repeating: false, count: standardVectorSize)

    init(keys: SortKeys, limit: Int) {
        self.keys = keys
        self.limit = limit
        keyBuffers = Array(repeating: [UInt64](repeating: 0, count: standardVectorSize), count: keys.keys.count)
        heap.reserveCapacity(min(limit, 1 << 16))
    }

    @inline(__always)
    static func precedes(_ a: (keys: [UInt64], nulls: UInt64, row: UInt32), _ b: (keys: [UInt64], nulls: UInt64, row: UInt32)) -> Bool {
        for keyIndex in a.keys.indices {
            let aNull = (a.nulls >> UInt64(keyIndex)) & 1 == 1
            let bNull = (b.nulls >> UInt64(keyIndex)) & 1 == 1
            if aNull != bNull { return bNull }
            if aNull { continue }
            if a.keys[keyIndex] != b.keys[keyIndex] { return a.keys[keyIndex] < b.keys[keyIndex] }
        }
        return a.row < b.row
    }

    mutating func consume(_ rows: UnsafePointer<UInt32>, _ count: Int) {
        guard limit > 0 else { return }
        nullBuffer.withUnsafeMutableBufferPointer { nulls in
            for position in 0..<count { nulls[position] = 0 }
        }
        for keyIndex in keys.keys.indices {
            keyBuffers[keyIndex].withUnsafeMutableBufferPointer { out in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    valid.withUnsafeMutableBufferPointer { valid in
                        keys.read(keyIndex, rows, count, into: out.baseAddress!, scratch: scratch.baseAddress!,
                                  valid: valid.baseAddress!)
                        nullBuffer.withUnsafeMutableBufferPointer { nulls in
                            for position in 0..<count where !valid[position] { nulls[position] |= 1 << UInt64(keyIndex) }
                        }
                    }
                }
            }
        }
        let singleKey = keys.keys.count == 1
        for position in 0..<count {
            let row = rows[position]
            if heap.count == limit && singleKey {
                // Cheap rejection against the current worst before building a candidate.
                let worst = heap[0]
                let isNull = nullBuffer[position] != 0
                let worstIsNull = worst.nulls != 0
                if isNull && !worstIsNull { continue }
                if isNull == worstIsNull {
                    let key = keyBuffers[0][position]
                    if isNull || key > worst.keys[0] || (key == worst.keys[0] && row > worst.row) {
                        if !isNull || row > worst.row { continue }
                    }
                }
            }
            let candidate = (keys: keys.keys.indices.map { keyBuffers[$0][position] }, nulls: nullBuffer[position], row: row)
            insert(candidate)
        }
    }

    private mutating func insert(_ candidate: (keys: [UInt64], nulls: UInt64, row: UInt32)) {
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
