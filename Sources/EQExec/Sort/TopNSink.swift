import EQStore

/// Keeps the first `limit` rows by the sort keys, ties broken by the order the rows arrive in so `top`
/// is stable like `sort` (`sort by score | top 3 by role` keeps the lowest scores among tied roles).
/// A bounded max-heap per task holds the current best; a row enters only if it beats the worst.
struct TopNSink: Sink {
    typealias Entry = (keys: [UInt64], nulls: UInt64, order: UInt32, row: UInt32)
    let keys: SortKeys
    let limit: Int
    /// The position of each row in the input, when the input is a reordered row list (after a sort);
    /// nil when rows arrive in table order, so the row id is its own position.
    let ranks: [UInt32]?
    /// Heap entries: keys (one per sort key; a null key is `nullKey` with its flag set), the row's
    /// position in the input (the tie-break), then the row.
    var heap: [Entry] = []
    var keyBuffers: [[UInt64]]
    /// Bit k set when key k of the row in that position is null.
    var nullBuffer = [UInt64](repeating: 0, count: standardVectorSize)
    var scratch = [Int64](repeating: 0, count: standardVectorSize)
    var valid = [Bool](repeating: false, count: standardVectorSize)

    init(keys: SortKeys, limit: Int, ranks: [UInt32]? = nil) {
        self.keys = keys
        self.limit = limit
        self.ranks = ranks
        keyBuffers = Array(repeating: [UInt64](repeating: 0, count: standardVectorSize), count: keys.keys.count)
        heap.reserveCapacity(min(limit, 1 << 16))
    }

    @inline(__always)
    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        for keyIndex in a.keys.indices {
            let aNull = (a.nulls >> UInt64(keyIndex)) & 1 == 1
            let bNull = (b.nulls >> UInt64(keyIndex)) & 1 == 1
            if aNull != bNull { return bNull }
            if aNull { continue }
            if a.keys[keyIndex] != b.keys[keyIndex] { return a.keys[keyIndex] < b.keys[keyIndex] }
        }
        return a.order < b.order
    }

    /// `ranks` for a row list that is not in table order: each row's position in it.
    static func ranks(of rows: [UInt32]?, rowCount: Int) -> [UInt32]? {
        guard let rows, zip(rows, rows.dropFirst()).contains(where: { $0 >= $1 }) else { return nil }
        var ranks = [UInt32](repeating: 0, count: rowCount)
        for (position, row) in rows.enumerated() where Int(row) < rowCount {
            ranks[Int(row)] = UInt32(truncatingIfNeeded: position)
        }
        return ranks
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
            let order = ranks?[Int(row)] ?? row
            if heap.count == limit && singleKey {
                // Cheap rejection against the current worst before building a candidate.
                let worst = heap[0]
                let isNull = nullBuffer[position] != 0
                let worstIsNull = worst.nulls != 0
                if isNull && !worstIsNull { continue }
                if isNull == worstIsNull {
                    let key = keyBuffers[0][position]
                    if isNull || key > worst.keys[0] || (key == worst.keys[0] && order > worst.order) {
                        if !isNull || order > worst.order { continue }
                    }
                }
            }
            let candidate = (keys: keys.keys.indices.map { keyBuffers[$0][position] }, nulls: nullBuffer[position], order: order, row: row)
            insert(candidate)
        }
    }

    private mutating func insert(_ candidate: Entry) {
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
