/// A compiled condition over one vector: it keeps the rows of `rows[0..<count]` that pass, in order,
/// compacting them to the front, and returns how many passed. Kernels are built once per query and
/// shared by all tasks, so they hold only immutable state.
protocol FilterKernel: Sendable {
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int
    /// The same over the consecutive rows `start ..< start + count`, writing the survivors to `rows`.
    /// A scan's first condition sees every row of a vector; reading the column sequentially, with no
    /// row list to follow, is what lets it run at memory speed.
    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int
}

extension FilterKernel {
    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        for offset in 0..<count { rows[offset] = UInt32(truncatingIfNeeded: start + offset) }
        return filter(rows, count)
    }
}

/// Keeps every row: a filter that removes nothing passes its input through.
struct PassKernel: FilterKernel {
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int { count }
}

struct RejectKernel: FilterKernel {
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int { 0 }
}

/// Conditions in sequence, each seeing only the survivors of the one before.
struct AndKernel: FilterKernel {
    let children: [any FilterKernel]
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        var live = count
        for child in children {
            if live == 0 { break }
            live = child.filter(rows, live)
        }
        return live
    }

    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        guard let first = children.first else { return PassKernel().filterDense(start, count, into: rows) }
        var live = first.filterDense(start, count, into: rows)
        for child in children.dropFirst() {
            if live == 0 { break }
            live = child.filter(rows, live)
        }
        return live
    }
}

/// Each alternative runs only on the rows no earlier alternative matched; the matches are put back
/// in their original order.
struct OrKernel: FilterKernel {
    let children: [any FilterKernel]
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        var matched = [Bool](repeating: false, count: count)
        var pending = [UInt32](repeating: 0, count: count)
        var pendingPositions = [Int](repeating: 0, count: count)
        for child in children {
            var pendingCount = 0
            for position in 0..<count where !matched[position] {
                pending[pendingCount] = rows[position]
                pendingPositions[pendingCount] = position
                pendingCount += 1
            }
            if pendingCount == 0 { break }
            let passed = pending.withUnsafeMutableBufferPointer { child.filter($0.baseAddress!, pendingCount) }
            // `passed` rows are a subsequence of `pending`: walk both to recover their positions.
            var cursor = 0
            for passedIndex in 0..<passed {
                while rows[pendingPositions[cursor]] != pending[passedIndex] { cursor += 1 }
                matched[pendingPositions[cursor]] = true
                cursor += 1
            }
        }
        var live = 0
        for position in 0..<count where matched[position] {
            rows[live] = rows[position]
            live += 1
        }
        return live
    }
}
