import EQBinder
import EQStore
import EQSyntax
import EQTypes

/// `cohort contains "2"` and the other text matches on the cohort, which is not stored: the row's
/// month (from the date or timestamp it derives from) is looked up in a table of which months'
/// `YYYY-MM` text matches, built once from the months the column spans. So the match means what it
/// means on the cohort as shown, and costs a lookup per row.
struct CohortMatchKernel: FilterKernel {
    let source: IntegerColumn?
    let isDate: Bool
    /// Whether month `firstMonth + i` matches; months outside never occur in the column.
    let matching: [Bool]
    let firstMonth: Int64
    /// Set only for a column too wide for a lookup table: the test itself, run per row.
    let test: (@Sendable (Int64) -> Bool)?

    /// The widest month span given a lookup table (about 166,000 years).
    static let maximumSpan: Int64 = 2_000_000

    init(source column: Column, kind: StringMatch, pattern: String, negated: Bool) {
        let isDate = column.type == .date
        self.isDate = isDate
        switch column.storage {
        case .date, .timestamp: source = IntegerColumn(column)
        default: source = nil
        }
        let folded = StringMatch.folded(pattern)
        let test: @Sendable (Int64) -> Bool = { month in
            let text = CivilDate.formatMonth(index: Int32(truncatingIfNeeded: month))
            return kind.matches(folded: StringMatch.folded(text), pattern: folded) != negated
        }
        func month(_ value: Int64) -> Int64 {
            Int64(CivilDate.monthIndex(ofDay: isDate ? Int32(truncatingIfNeeded: value) : CivilDate.day(ofMicros: value)))
        }
        guard let (low, high) = source?.minMax() else {
            (matching, firstMonth, self.test) = ([], 0, nil)
            return
        }
        let (first, last) = (month(low), month(high))
        if last - first < CohortMatchKernel.maximumSpan {
            (matching, firstMonth, self.test) = ((first...last).map(test), first, nil)
        } else {
            (matching, firstMonth, self.test) = ([], 0, test)
        }
    }

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        guard let source else { return 0 }
        var values = [Int64](repeating: 0, count: count)
        var valid = [Bool](repeating: false, count: count)
        values.withUnsafeMutableBufferPointer { values in
            valid.withUnsafeMutableBufferPointer { valid in
                source.read(UnsafePointer(rows), count, values.baseAddress!, valid.baseAddress!)
            }
        }
        var live = 0
        for position in 0..<count where valid[position] {
            let value = values[position]
            let day = isDate ? Int32(truncatingIfNeeded: value) : CivilDate.day(ofMicros: value)
            let month = Int64(CivilDate.monthIndex(ofDay: day))
            let keep: Bool
            if let test {
                keep = test(month)
            } else {
                let offset = Int(month - firstMonth)
                keep = offset >= 0 && offset < matching.count && matching[offset]
            }
            if keep {
                rows[live] = rows[position]
                live += 1
            }
        }
        return live
    }
}
