import EQSyntax
import EQTypes

/// Numbers the periods of one granularity so that consecutive periods are consecutive integers: day
/// numbers, ISO week numbers counted from the week of 1970-01-01, month indexes, quarter indexes. Reports
/// then work on small integer offsets and only turn them into labels at the end.
public struct ReportCalendar: Sendable, Hashable {
    public let period: ReportPeriod

    public init(_ period: ReportPeriod) {
        self.period = period
    }

    public func index(ofDay day: Int32) -> Int32 {
        switch period {
        case .daily: day
        case .weekly: Self.floorDivide(day + 3, 7)
        case .monthly: CivilDate.monthIndex(ofDay: day)
        case .quarterly: Self.floorDivide(CivilDate.monthIndex(ofDay: day), 3)
        }
    }

    /// The first day of a period: for weeks the Monday (1970-01-01 was a Thursday, so week 0 starts on
    /// day -3).
    public func firstDay(ofIndex index: Int32) -> Int32 {
        switch period {
        case .daily: index
        case .weekly: index * 7 - 3
        case .monthly: CivilDate.firstDay(ofMonthIndex: index)
        case .quarterly: CivilDate.firstDay(ofMonthIndex: index * 3)
        }
    }

    public func lastDay(ofIndex index: Int32) -> Int32 {
        firstDay(ofIndex: index + 1) - 1
    }

    /// `2024-01-05` (a day, or a week's Monday), `2024-01`, `2024-Q1`.
    public func label(ofIndex index: Int32) -> String {
        switch period {
        case .daily, .weekly: return CivilDate.format(days: firstDay(ofIndex: index))
        case .monthly: return CivilDate.formatMonth(index: index)
        case .quarterly:
            let (year, month) = CivilDate.yearMonth(ofMonthIndex: index * 3)
            return "\(year)-Q\((month - 1) / 3 + 1)"
        }
    }

    /// The unit that `last N units` must use to mean "the last N periods".
    public var unit: TimeUnit {
        switch period {
        case .daily: .day
        case .weekly: .week
        case .monthly: .month
        case .quarterly: .quarter
        }
    }

    static func floorDivide(_ value: Int32, _ divisor: Int32) -> Int32 {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? quotient - 1 : quotient
    }
}

/// Consecutive periods `first ... last` of one calendar, with a day-to-offset table so that bucketing
/// millions of events costs one subtraction and one load each instead of a calendar conversion.
public struct PeriodRange: Sendable {
    public let calendar: ReportCalendar
    public let first: Int32
    public let count: Int
    /// The first day of the first period and the last day of the last.
    public let startDay: Int32
    public let endDay: Int32
    /// Offset of the period of `startDay + i`.
    let offsets: [Int32]

    public init(calendar: ReportCalendar, first: Int32, last: Int32) {
        self.calendar = calendar
        self.first = first
        self.count = max(0, Int(last) - Int(first) + 1)
        startDay = calendar.firstDay(ofIndex: first)
        endDay = calendar.lastDay(ofIndex: max(first, last))
        var offsets: [Int32] = []
        offsets.reserveCapacity(Int(endDay - startDay) + 1)
        // An empty range (its end before its start: `before 0000-01-01`) maps no day to a period.
        for period in 0..<Int32(count) {
            let days = calendar.lastDay(ofIndex: first + period) - calendar.firstDay(ofIndex: first + period) + 1
            offsets.append(contentsOf: repeatElement(period, count: Int(days)))
        }
        self.offsets = offsets
    }

    /// The offset of the period holding `day`, or -1 outside the range.
    @inline(__always)
    public func offset(ofDay day: Int32) -> Int {
        let position = Int(day) - Int(startDay)
        guard position >= 0 && position < offsets.count else { return -1 }
        return Int(offsets[position])
    }

    public func label(_ offset: Int) -> String {
        calendar.label(ofIndex: first + Int32(offset))
    }

    public func firstDay(_ offset: Int) -> Int32 {
        calendar.firstDay(ofIndex: first + Int32(offset))
    }

    public func lastDay(_ offset: Int) -> Int32 {
        calendar.lastDay(ofIndex: first + Int32(offset))
    }

    public var labels: [String] {
        (0..<count).map(label)
    }
}
