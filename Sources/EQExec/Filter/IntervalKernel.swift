import EQPlan
import EQStore

/// `value in [lower, upper)` (or in any of several intervals) over an integer-like column: ints,
/// dates (days) and timestamps (microseconds). This is what every status, stage, cohort and time
/// clause becomes, so it is written for speed: one branch-free compare per row on a plain array.
struct IntervalKernel<Element: FixedWidthInteger & Sendable>: FilterKernel {
    let values: [Element]
    let validity: ValidityMask
    /// Inclusive bounds in the column's own width (upper inclusive avoids overflow at the top).
    let bounds: [(lower: Element, upperInclusive: Element)]
    let includeNull: Bool

    init(values: [Element], validity: ValidityMask, intervals: [Interval], includeNull: Bool) {
        self.values = values
        self.validity = validity
        self.includeNull = includeNull
        var bounds: [(Element, Element)] = []
        for interval in intervals {
            let lower = Element(clamping: interval.lower)
            let upperInclusive: Int64 = interval.upper == .max ? .max : interval.upper - 1
            if interval.lower > Int64(Element.max) || upperInclusive < Int64(Element.min) { continue }
            let upper = Element(clamping: upperInclusive)
            if lower <= upper { bounds.append((lower, upper)) }
        }
        self.bounds = bounds
    }

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        values.withUnsafeBufferPointer { values in
            var live = 0
            if bounds.count == 1 && !validity.hasNulls {
                let lower = bounds[0].lower
                let upper = bounds[0].upperInclusive
                for position in 0..<count {
                    let row = rows[position]
                    let value = values[Int(row)]
                    rows[live] = row
                    live &+= (value >= lower && value <= upper) ? 1 : 0
                }
                return live
            }
            for position in 0..<count {
                let row = rows[position]
                let pass: Bool
                if validity.isValid(Int(row)) {
                    let value = values[Int(row)]
                    var inside = false
                    for bound in bounds where value >= bound.lower && value <= bound.upperInclusive {
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
