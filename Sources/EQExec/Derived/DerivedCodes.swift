import EQBinder
import EQStore
import EQTypes

/// Computes a derived column's value for rows, as an ordered integer: status and stage as the rank of
/// their name (so codes sort the way the names do), cohort as a month index, days_inactive as days.
/// Thresholds are precomputed in the source column's own units, so a row costs a compare or two.
struct DerivedCodes: Sendable {
    let kind: DerivedColumn
    let source: IntegerColumn
    /// Status and stage: the first instant (in source units) of each band, most recent band first.
    let bandStarts: [Int64]
    /// Band index (by recency) to the rank of its name.
    let bandRanks: [Int64]
    let today: Int32
    let sourceIsDate: Bool

    init(kind: DerivedColumn, source: Column, context: EngagementContext) {
        self.kind = kind
        self.source = IntegerColumn(source)
        self.today = context.today
        self.sourceIsDate = source.type == .date
        let ranges = EngagementRules.dayRanges(of: kind, context: context)
        let sourceIsDate = source.type == .date
        // A band with d < upper starts at the day today - upper + 1.
        bandStarts = ranges.compactMap { range in
            range.upper.map { upper in
                let day = context.today - Int32(clamping: upper) + 1
                return sourceIsDate ? Int64(day) : CivilDate.micros(ofDay: day)
            }
        }
        let sortedNames = ranges.map(\.value).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        bandRanks = ranges.map { range in Int64(sortedNames.firstIndex(of: range.value)!) }
    }

    /// The names of status or stage in rank order.
    var names: [String] {
        EngagementRules.dayRanges(of: kind, context: EngagementContext(today: today)).map(\.value)
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Fills `values`/`valid` for `count` rows. Status and stage are never null.
    func read(_ rows: UnsafePointer<UInt32>, _ count: Int, _ values: UnsafeMutablePointer<Int64>,
              _ valid: UnsafeMutablePointer<Bool>) {
        if (kind == .status || kind == .stage), case .int64(let stored) = source.values {
            readBands(stored, rows, count, values, valid)
            return
        }
        source.read(rows, count, values, valid)
        switch kind {
        case .status, .stage:
            bandStarts.withUnsafeBufferPointer { starts in
                for position in 0..<count {
                    var band = starts.count
                    if valid[position] {
                        let value = values[position]
                        band = 0
                        while band < starts.count && value < starts[band] { band += 1 }
                    }
                    values[position] = bandRanks[band]
                    valid[position] = true
                }
            }
        case .cohort:
            let months = MonthTable.shared
            for position in 0..<count where valid[position] {
                let day = sourceIsDate ? Int32(truncatingIfNeeded: values[position]) : CivilDate.day(ofMicros: values[position])
                values[position] = Int64(months.monthIndex(ofDay: day))
            }
        case .daysInactive:
            for position in 0..<count where valid[position] {
                let day = sourceIsDate ? Int32(truncatingIfNeeded: values[position]) : CivilDate.day(ofMicros: values[position])
                values[position] = Int64(today) - Int64(day)
            }
        }
    }

    /// Status and stage straight from a timestamp column in one pass: the common `count by status`.
    private func readBands(_ stored: ColumnBuffer<Int64>, _ rows: UnsafePointer<UInt32>, _ count: Int,
                           _ values: UnsafeMutablePointer<Int64>, _ valid: UnsafeMutablePointer<Bool>) {
        stored.withUnsafeBufferPointer { stored in
            source.validity.words.withUnsafeBufferPointer { words in
                bandStarts.withUnsafeBufferPointer { starts in
                    bandRanks.withUnsafeBufferPointer { ranks in
                        // Branch-free: the band is how many band starts lie above the value, and a
                        // missing login selects the last band. Statuses are mixed row to row, so a
                        // branch per row would be mispredicted about half the time.
                        let neverBand = starts.count
                        let hasNulls = !words.isEmpty
                        for position in 0..<count {
                            let row = Int(rows[position])
                            let value = stored[row]
                            var band = 0
                            for startIndex in 0..<starts.count { band &+= bit(value < starts[startIndex]) }
                            let isValid = !hasNulls || (words[row &>> 6] &>> UInt64(row & 63)) & 1 == 1
                            values[position] = ranks[isValid ? band : neverBand]
                            valid[position] = true
                        }
                    }
                }
            }
        }
    }

    func value(of code: Int64) -> Value {
        switch kind {
        case .status, .stage: .string(names[Int(code)])
        case .cohort: .string(CivilDate.formatMonth(index: Int32(truncatingIfNeeded: code)))
        case .daysInactive: .int(code)
        }
    }

    /// The range of codes when it is known without reading the data.
    var knownRange: ClosedRange<Int64>? {
        switch kind {
        case .status, .stage: 0...Int64(bandRanks.count - 1)
        case .cohort, .daysInactive: nil
        }
    }
}

/// Month index of every day from 1900 to 2100, so a cohort costs one load per row instead of a
/// calendar conversion; days outside fall back to the arithmetic.
final class MonthTable: Sendable {
    static let shared = MonthTable()
    let firstDay = CivilDate.days(year: 1900, month: 1, day: 1)
    let months: [Int32]

    private init() {
        let lastDay = CivilDate.days(year: 2101, month: 1, day: 1)
        var months: [Int32] = []
        months.reserveCapacity(Int(lastDay - firstDay))
        var day = firstDay
        while day < lastDay {
            let (year, month, _) = CivilDate.civil(days: day)
            let index = Int32((year - 1970) * 12 + month - 1)
            let length = Int32(CivilDate.daysInMonth(year: year, month: month))
            for _ in 0..<length { months.append(index) }
            day += length
        }
        self.months = months
    }

    @inline(__always)
    func monthIndex(ofDay day: Int32) -> Int32 {
        let offset = Int(day) - Int(firstDay)
        if offset >= 0 && offset < months.count { return months[offset] }
        return CivilDate.monthIndex(ofDay: day)
    }
}
