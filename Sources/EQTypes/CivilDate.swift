/// Calendar arithmetic on the proleptic Gregorian calendar in UTC, with no Foundation: parsing and
/// formatting run once per value on load and output paths, so they must be cheap and exact.
public enum CivilDate {
    public static let microsPerSecond: Int64 = 1_000_000
    public static let microsPerDay: Int64 = 86_400_000_000

    /// 0001-01-01 through 9999-12-31: the days that print as four-digit years, and so the range that
    /// date arithmetic (`N days ago`, `last N days`) must stay within.
    public static let supportedDays: ClosedRange<Int32> =
        days(year: 1, month: 1, day: 1)...days(year: 9999, month: 12, day: 31)

    /// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
    @inlinable
    public static func days(year: Int, month: Int, day: Int) -> Int32 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(era * 146_097 + doe - 719_468)
    }

    /// The civil date of a day number.
    public static func civil(days: Int32) -> (year: Int, month: Int, day: Int) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    @inlinable
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    @inlinable
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The UTC day of a timestamp, flooring so instants before 1970 land on the right day.
    @inline(__always)
    public static func day(ofMicros micros: Int64) -> Int32 {
        let (quotient, remainder) = micros.quotientAndRemainder(dividingBy: microsPerDay)
        return Int32(remainder < 0 ? quotient - 1 : quotient)
    }

    @inline(__always)
    public static func micros(ofDay day: Int32) -> Int64 {
        Int64(day) * microsPerDay
    }

    /// Months since 1970-01 (0 = January 1970), the key of a cohort.
    public static func monthIndex(ofDay day: Int32) -> Int32 {
        let (year, month, _) = civil(days: day)
        return Int32((year - 1970) * 12 + (month - 1))
    }

    public static func firstDay(ofMonthIndex index: Int32) -> Int32 {
        let (year, month) = yearMonth(ofMonthIndex: index)
        return days(year: year, month: month, day: 1)
    }

    public static func yearMonth(ofMonthIndex index: Int32) -> (year: Int, month: Int) {
        let value = Int(index)
        let year = 1970 + (value >= 0 ? value / 12 : (value - 11) / 12)
        let month = value - (year - 1970) * 12 + 1
        return (year, month)
    }

    /// `2024-01` for a month index.
    public static func formatMonth(index: Int32) -> String {
        let (year, month) = yearMonth(ofMonthIndex: index)
        return pad(year, 4) + "-" + pad(month, 2)
    }

    /// `YYYY-MM-DD`.
    public static func format(days: Int32) -> String {
        let (year, month, day) = civil(days: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `YYYY-MM-DD HH:MM:SS`, with `.ffffff` only when the instant has a fraction of a second.
    public static func format(micros: Int64) -> String {
        let day = day(ofMicros: micros)
        var rest = micros - Int64(day) * microsPerDay
        let fraction = rest % microsPerSecond
        rest /= microsPerSecond
        let hours = Int(rest / 3600)
        let minutes = Int(rest / 60 % 60)
        let seconds = Int(rest % 60)
        var text = format(days: day) + " " + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2)
        if fraction != 0 { text += "." + pad(Int(fraction), 6) }
        return text
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return value < 0 ? "-" + padded : padded
    }
}
