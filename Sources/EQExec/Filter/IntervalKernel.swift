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

struct IntervalFilter<Element: FixedWidthInteger & Sendable>: Sendable {
    let values: [Element]
    let validity: ValidityMask
    /// Inclusive bounds in the column's own width (upper inclusive avoids overflow at the top).
    let lowers: [Element]
    let uppers: [Element]
    let includeNull: Bool

    init(values: [Element], validity: ValidityMask, intervals: [Interval], includeNull: Bool) {
        self.values = values
        self.validity = validity
        self.includeNull = includeNull
        var lowers: [Element] = []
        var uppers: [Element] = []
        for interval in intervals {
            let upperInclusive: Int64 = interval.upper == .max ? .max : interval.upper - 1
            if interval.lower > Int64(Element.max) || upperInclusive < Int64(Element.min) { continue }
            let lower = Element(clamping: interval.lower)
            let upper = Element(clamping: upperInclusive)
            if lower <= upper {
                lowers.append(lower)
                uppers.append(upper)
            }
        }
        self.lowers = lowers
        self.uppers = uppers
    }

    @inline(__always)
    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        guard lowers.count == 1 else {
            for offset in 0..<count { rows[offset] = UInt32(truncatingIfNeeded: start + offset) }
            return filter(rows, count)
        }
        let lower = lowers[0]
        let upper = uppers[0]
        let includeNull = includeNull
        return values.withUnsafeBufferPointer { values in
            validity.words.withUnsafeBufferPointer { words in
                var live = 0
                if words.isEmpty {
                    for row in start..<(start + count) {
                        let value = values[row]
                        rows[live] = UInt32(truncatingIfNeeded: row)
                        live &+= (value >= lower && value <= upper) ? 1 : 0
                    }
                } else {
                    for row in start..<(start + count) {
                        let value = values[row]
                        let valid = (words[row &>> 6] &>> UInt64(row & 63)) & 1 == 1
                        rows[live] = UInt32(truncatingIfNeeded: row)
                        live &+= (valid ? (value >= lower && value <= upper) : includeNull) ? 1 : 0
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
                    let lower = lowers[0]
                    let upper = uppers[0]
                    if words.isEmpty {
                        for position in 0..<count {
                            let row = rows[position]
                            let value = values[Int(row)]
                            rows[live] = row
                            live &+= (value >= lower && value <= upper) ? 1 : 0
                        }
                        return live
                    }
                    let includeNull = includeNull
                    for position in 0..<count {
                        let row = rows[position]
                        let value = values[Int(row)]
                        let valid = (words[Int(row) &>> 6] &>> UInt64(row & 63)) & 1 == 1
                        rows[live] = row
                        live &+= (valid ? (value >= lower && value <= upper) : includeNull) ? 1 : 0
                    }
                    return live
                }
                for position in 0..<count {
                    let row = rows[position]
                    let pass: Bool
                    if words.isEmpty || (words[Int(row) &>> 6] &>> UInt64(row & 63)) & 1 == 1 {
                        let value = values[Int(row)]
                        var inside = false
                        for boundIndex in 0..<lowers.count where value >= lowers[boundIndex] && value <= uppers[boundIndex] {
                            inside = true
                            break
                        }
                        pass = inside
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
