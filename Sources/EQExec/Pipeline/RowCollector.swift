/// Collects the row ids that pass a filter, in order.
struct RowCollector: Sink {
    var rows: [UInt32] = []

    mutating func consume(_ rows: UnsafePointer<UInt32>, _ count: Int) {
        self.rows.append(contentsOf: UnsafeBufferPointer(start: rows, count: count))
    }

    mutating func merge(_ other: RowCollector) {
        rows.append(contentsOf: other.rows)
    }
}

/// Counts the rows that pass a filter: `| count` with no keys needs nothing else.
struct RowCounter: Sink {
    var count = 0
    mutating func consume(_ rows: UnsafePointer<UInt32>, _ count: Int) { self.count += count }
    mutating func merge(_ other: RowCounter) { count += other.count }
}
