import EQDiagnostics
import EQSyntax
import EQTypes

extension Binder {
    /// A span of time in microseconds, `start ..< end`: a date covers its day, a month its month, a
    /// year its year, so `between 2024-01 and 2024-03` runs from January 1 to the end of March.
    struct Period {
        var start: Int64
        var end: Int64
    }

    func period(of expr: Expr) throws(Diagnostic) -> Period {
        switch expr.kind {
        case .ago(let count, let unit):
            return try agoPeriod(count, unit, span: expr.span)
        case .name(let name) where name.lowercased() == "today":
            return dayPeriod(context.today)
        case .name(let name) where name.lowercased() == "yesterday":
            return dayPeriod(context.today - 1)
        default:
            break
        }
        switch try literalValue(expr) {
        case .date(let day):
            return dayPeriod(day)
        case .month(let index):
            return Period(start: CivilDate.micros(ofDay: CivilDate.firstDay(ofMonthIndex: index)),
                          end: CivilDate.micros(ofDay: CivilDate.firstDay(ofMonthIndex: index + 1)))
        case .integer(let year) where year >= 1 && year <= 9999:
            return yearPeriod(Int(year))
        case .timestamp(let micros):
            return Period(start: micros, end: micros + 1)
        case .string(let text):
            if let day = TemporalParser.parseDate(text) { return dayPeriod(day) }
            if let micros = TemporalParser.parseTimestamp(text) { return Period(start: micros, end: micros + 1) }
            throw error("\"\(text)\" is not a date or timestamp", at: expr.span,
                        hint: "write dates as 2024-06-30, months as 2024-06, timestamps as \"2024-06-30 12:00:00\"")
        default:
            throw error("expected a date, month, year or `N days ago`", at: expr.span)
        }
    }

    private func dayPeriod(_ day: Int32) -> Period {
        Period(start: CivilDate.micros(ofDay: day), end: CivilDate.micros(ofDay: day + 1))
    }

    private func yearPeriod(_ year: Int) -> Period {
        Period(start: CivilDate.micros(ofDay: CivilDate.days(year: year, month: 1, day: 1)),
               end: CivilDate.micros(ofDay: CivilDate.days(year: year + 1, month: 1, day: 1)))
    }

    /// `N days ago` is the date N days before today; months step back by calendar months (clamped to
    /// the month's length); hours count back from the end of today.
    private func agoPeriod(_ count: Int64, _ unit: TimeUnit, span: SourceSpan) throws(Diagnostic) -> Period {
        try checkDuration(count, unit, span: span)
        let today = context.today
        let period: Period
        switch unit {
        case .hour:
            let instant = CivilDate.micros(ofDay: today + 1) - count * 3_600_000_000
            period = Period(start: instant, end: instant + 3_600_000_000)
        case .day: period = dayPeriod(today - Int32(count))
        case .week: period = dayPeriod(today - Int32(count * 7))
        case .month, .quarter, .year:
            let months = count * (unit == .month ? 1 : unit == .quarter ? 3 : 12)
            let (year, month, day) = CivilDate.civil(days: today)
            let index = Int64((year - 1970) * 12 + month - 1) - months
            let (targetYear, targetMonth) = CivilDate.yearMonth(ofMonthIndex: Int32(index))
            let clampedDay = min(day, CivilDate.daysInMonth(year: targetYear, month: targetMonth))
            period = dayPeriod(CivilDate.days(year: targetYear, month: targetMonth, day: clampedDay))
        }
        try checkCalendar(period.start, span: span)
        return period
    }

    /// The largest count of each unit that can stay inside eq's calendar (years 1 to 9999): checked
    /// before any arithmetic, so a count of 9223372036854775807 days is an error here, not an overflow
    /// trap in the multiplication below.
    private static func maximumCount(_ unit: TimeUnit) -> Int64 {
        switch unit {
        case .hour: 10_000 * 366 * 24
        case .day: 10_000 * 366
        case .week: 10_000 * 53
        case .month: 10_000 * 12
        case .quarter: 10_000 * 4
        case .year: 10_000
        }
    }

    private func checkDuration(_ count: Int64, _ unit: TimeUnit, span: SourceSpan) throws(Diagnostic) {
        guard count.magnitude <= UInt64(Binder.maximumCount(unit)) else {
            throw outsideCalendar(at: span)
        }
    }

    /// Dates computed from today and a count must land in years 1 to 9999, the calendar every date
    /// and timestamp of eq lives in.
    private func checkCalendar(_ micros: Int64, span: SourceSpan) throws(Diagnostic) {
        let day = CivilDate.day(ofMicros: micros)
        guard CivilDate.supportedDays.contains(day) else { throw outsideCalendar(at: span) }
    }

    private func outsideCalendar(at span: SourceSpan) -> Diagnostic {
        error("`\(source.text(of: span))` reaches outside the calendar, which runs from 0001-01-01 to 9999-12-31",
              at: span, hint: "use a smaller count, or a date")
    }

    /// `last N units` ends with today: days and weeks count whole dates, months, quarters and years
    /// whole calendar periods including the current one, hours back from the end of today.
    func window(_ count: Int64, _ unit: TimeUnit, span: SourceSpan) throws(Diagnostic) -> Period {
        try checkDuration(count, unit, span: span)
        let window = window(count, unit)
        try checkCalendar(window.start, span: span)
        return window
    }

    /// Safe for counts within `maximumCount`: the products and differences stay far from overflow.
    private func window(_ count: Int64, _ unit: TimeUnit) -> Period {
        let today = context.today
        let end = CivilDate.micros(ofDay: today + 1)
        let count32 = Int32(count)
        switch unit {
        case .hour: return Period(start: end - count * 3_600_000_000, end: end)
        case .day: return Period(start: CivilDate.micros(ofDay: today - count32 + 1), end: end)
        case .week: return Period(start: CivilDate.micros(ofDay: today - count32 * 7 + 1), end: end)
        case .month, .quarter, .year:
            let size: Int32 = unit == .month ? 1 : unit == .quarter ? 3 : 12
            let current = CivilDate.monthIndex(ofDay: today)
            let periodStart = current - ((current % size) + size) % size
            let first = periodStart - (count32 - 1) * size
            return Period(start: CivilDate.micros(ofDay: CivilDate.firstDay(ofMonthIndex: first)),
                          end: CivilDate.micros(ofDay: CivilDate.firstDay(ofMonthIndex: periodStart + size)))
        }
    }

    func bindTime(_ clause: TimeClause, on column: BoundColumn) throws(Diagnostic) -> BoundExpr {
        switch clause.kind {
        case .since(let value):
            return .range(column, lower: bound(try period(of: value).start, for: column), upper: nil)
        case .before(let value):
            return .range(column, lower: nil, upper: bound(try period(of: value).start, for: column))
        case .after(let value):
            return .range(column, lower: bound(try period(of: value).end, for: column), upper: nil)
        case .between(let low, let high):
            let start = try period(of: low).start
            let end = try period(of: high).end
            guard start < end else {
                throw error("this range is empty: its start is after its end", at: clause.span)
            }
            return .range(column, lower: bound(start, for: column), upper: bound(end, for: column))
        case .last(let count, let unit):
            guard count > 0 else { throw error("`last` needs a count of one or more", at: clause.span) }
            let window = try window(count, unit, span: clause.span)
            return .range(column, lower: bound(window.start, for: column), upper: bound(window.end, for: column))
        }
    }

    /// A bound in the column's own units. Dates round up, so `x >= bound` keeps exactly the days whose
    /// start is at or after the instant.
    func bound(_ micros: Int64, for column: BoundColumn) -> Value {
        if column.type == .date {
            let (quotient, remainder) = micros.quotientAndRemainder(dividingBy: CivilDate.microsPerDay)
            let day = remainder > 0 ? quotient + 1 : remainder < 0 ? quotient : quotient
            return .date(Int32(clamping: day))
        }
        return .timestamp(micros)
    }
}
