import EQPlan
import EQStore

/// `value in [lower, upper)` (or in any of several intervals) over an integer-like column: ints,
/// dates (days) and timestamps (microseconds). This is what every status, stage, cohort and time
/// clause becomes, so it is written for speed: one branch-free compare per row on a plain array.
///
/// The kernels are concrete types over one generic body: called through `any FilterKernel`, a
/// generic kernel would run its unspecialised form, with a protocol call per comparison.
struct Int64IntervalKernel: FilterKernel {
    let body: IntervalFilter<Int64>
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int { body.filter(rows, count) }
    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        body.filterDense(start, count, into: rows)
    }
}

struct Int32IntervalKernel: FilterKernel {
    let body: IntervalFilter<Int32>
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int { body.filter(rows, count) }
    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        body.filterDense(start, count, into: rows)
    }
}

struct IntervalFilter<Element: FixedWidthInteger & Sendable & BitwiseCopyable>: Sendable {
    let values: ColumnBuffer<Element>
    let validity: ValidityMask
    /// Inclusive bounds in the column's own width (upper inclusive avoids overflow at the top).
    let lowers: [Element]
    let uppers: [Element]
    let includeNull: Bool

    init(values: ColumnBuffer<Element>, validity: ValidityMask, intervals: [Interval], includeNull: Bool) {
        self.values = values
        self.validity = validity
        self.includeNull = includeNull
        var bounds: [(lower: Element, upper: Element)] = []
        for interval in intervals {
            if interval.isEmpty { continue }
            // Not empty, so an upper bound lies above `lower` and one less cannot overflow.
            let upperInclusive: Int64 = interval.upper.map { $0 - 1 } ?? .max
            if interval.lower > Int64(Element.max) || upperInclusive < Int64(Element.min) { continue }
            let lower = Element(clamping: interval.lower)
            let upper = Element(clamping: upperInclusive)
            if lower <= upper { bounds.append((lower, upper)) }
        }
        // Sorted and disjoint, so a long list (`x not in (...)` with 100,000 values) is searched by
        // halving rather than walked for every row.
        bounds.sort { $0.lower < $1.lower }
        var lowers: [Element] = []
        var uppers: [Element] = []
        for bound in bounds {
            if let last = uppers.last, bound.lower <= last || bound.lower - 1 == last {
                uppers[uppers.count - 1] = max(last, bound.upper)
            } else {
                lowers.append(bound.lower)
                uppers.append(bound.upper)
            }
        }
        self.lowers = lowers
        self.uppers = uppers
    }

    /// Whether `value` lies in one of several intervals: a walk for a few, a binary search for many.
    @inline(__always)
    func inside(_ value: Element) -> Bool {
        if lowers.count <= 8 {
            for boundIndex in 0..<lowers.count where value >= lowers[boundIndex] && value <= uppers[boundIndex] {
                return true
            }
            return false
        }
        // The last interval starting at or below `value`.
        var low = 0
        var high = lowers.count
        while low < high {
            let middle = (low + high) / 2
            if lowers[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low > 0 && value <= uppers[low - 1]
    }

    @inline(__always)
    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        guard lowers.count == 1 else {
            for offset in 0..<count { rows[offset] = UInt32(truncatingIfNeeded: start + offset) }
            return filter(rows, count)
        }
        let lower = Int64(lowers[0])
        let span = UInt64(bitPattern: Int64(uppers[0]) &- lower)
        let nullBit = includeNull ? 1 : 0
        return values.withUnsafeBufferPointer { values in
            validity.words.withUnsafeBufferPointer { words in
                var live = 0
                if words.isEmpty {
                    for row in start..<(start + count) {
                        rows[live] = UInt32(truncatingIfNeeded: row)
                        live &+= bit(UInt64(bitPattern: Int64(values[row]) &- lower) <= span)
                    }
                } else {
                    for row in start..<(start + count) {
                        let validBit = Int(truncatingIfNeeded: (words[row &>> 6] &>> UInt64(row & 63)) & 1)
                        let inside = bit(UInt64(bitPattern: Int64(values[row]) &- lower) <= span)
                        rows[live] = UInt32(truncatingIfNeeded: row)
                        live &+= (validBit & inside) | ((1 &- validBit) & nullBit)
                    }
                }
                return live
            }
        }
    }

    @inline(__always)
    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        values.withUnsafeBufferPointer { values in
            validity.words.withUnsafeBufferPointer { words in
                var live = 0
                if lowers.count == 1 {
                    // One unsigned compare tests both bounds: values below `lower` wrap to huge.
                    let lower = Int64(lowers[0])
                    let span = UInt64(bitPattern: Int64(uppers[0]) &- lower)
                    if words.isEmpty {
                        for position in 0..<count {
                            let row = rows[position]
                            rows[live] = row
                            live &+= bit(UInt64(bitPattern: Int64(values[Int(row)]) &- lower) <= span)
                        }
                        return live
                    }
                    let nullBit = includeNull ? 1 : 0
                    for position in 0..<count {
                        let row = rows[position]
                        let validBit = Int(truncatingIfNeeded: (words[Int(row) &>> 6] &>> UInt64(row & 63)) & 1)
                        let inside = bit(UInt64(bitPattern: Int64(values[Int(row)]) &- lower) <= span)
                        rows[live] = row
                        live &+= (validBit & inside) | ((1 &- validBit) & nullBit)
                    }
                    return live
                }
                for position in 0..<count {
                    let row = rows[position]
                    let pass: Bool
                    if words.isEmpty || (words[Int(row) &>> 6] &>> UInt64(row & 63)) & 1 == 1 {
                        pass = inside(values[Int(row)])
                    } else {
                        pass = includeNull
                    }
                    rows[live] = row
                    live &+= pass ? 1 : 0
                }
                return live
            }
        }
    }
}
