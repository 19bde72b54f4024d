import EQTypes

/// `TemporalParser`'s grammar, on a raw pointer.
///
/// `TemporalParser` is generic over `Collection` and not inlinable, so across the module boundary every
/// call ran unspecialized (boxed indices, a witness call per byte): most of the load time of a
/// timestamp column. This copy accepts exactly the same texts with the same results, which
/// `TemporalBytesTests` checks against `TemporalParser` itself.
enum TemporalBytes {
    @inline(__always)
    private static func twoDigits(_ pointer: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int? {
        guard index + 2 <= count else { return nil }
        let high = pointer[index] &- 48
        let low = pointer[index + 1] &- 48
        guard high < 10 && low < 10 else { return nil }
        return Int(high) * 10 + Int(low)
    }

    @inline(__always)
    private static func datePrefix(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
        guard count >= 10, pointer[4] == UInt8(ascii: "-"), pointer[7] == UInt8(ascii: "-"),
              let century = twoDigits(pointer, 0, count), let yearOfCentury = twoDigits(pointer, 2, count),
              let month = twoDigits(pointer, 5, count), let day = twoDigits(pointer, 8, count) else { return nil }
        let year = century * 100 + yearOfCentury
        guard month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year: year, month: month) else {
            return nil
        }
        return days(year: year, month: month, day: day)
    }

    // `CivilDate`'s arithmetic, repeated here so it inlines into the parse loop (a call into EQTypes per
    // value showed in profiles); `TemporalBytesTests` pins it to `CivilDate`.
    @inline(__always)
    static func daysInMonth(year: Int, month: Int) -> Int {
        if month == 2 { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28 }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`), for years 0...9999.
    @inline(__always)
    static func days(year: Int, month: Int, day: Int) -> Int32 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int32(era * 146_097 + dayOfEra - 719_468)
    }

    @inline(__always)
    static func parseDate(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
        count == 10 ? datePrefix(pointer, count) : nil
    }

    static func parseTimestamp(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
        guard count >= 16, let day = datePrefix(pointer, count) else { return nil }
        let separator = pointer[10]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "T"),
              let hours = twoDigits(pointer, 11, count), pointer[13] == UInt8(ascii: ":"),
              let minutes = twoDigits(pointer, 14, count), hours < 24, minutes < 60 else { return nil }
        var index = 16
        var seconds = 0
        var fraction: Int64 = 0
        if index < count && pointer[index] == UInt8(ascii: ":") {
            guard index + 3 <= count, let value = twoDigits(pointer, index + 1, count), value < 60 else { return nil }
            seconds = value
            index += 3
            if index < count && pointer[index] == UInt8(ascii: ".") {
                index += 1
                var digits = 0
                while index < count && pointer[index] &- 48 < 10 {
                    if digits < 6 { fraction = fraction * 10 + Int64(pointer[index] &- 48) }
                    digits += 1
                    index += 1
                }
                guard digits > 0 && digits <= 9 else { return nil }
                for _ in min(digits, 6)..<6 { fraction *= 10 }
            }
        }
        var offsetSeconds = 0
        if index < count {
            let sign = pointer[index]
            if sign == UInt8(ascii: "Z") && index + 1 == count {
                index += 1
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                guard let offsetHours = twoDigits(pointer, index + 1, count) else { return nil }
                var offsetIndex = index + 3
                var offsetMinutes = 0
                if offsetIndex < count && pointer[offsetIndex] == UInt8(ascii: ":") { offsetIndex += 1 }
                if offsetIndex < count {
                    guard let value = twoDigits(pointer, offsetIndex, count) else { return nil }
                    offsetMinutes = value
                    offsetIndex += 2
                }
                guard offsetIndex == count else { return nil }
                offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
                index = count
            } else {
                return nil
            }
        }
        guard index == count else { return nil }
        let secondsOfDay = Int64(hours * 3600 + minutes * 60 + seconds - offsetSeconds)
        return Int64(day) * CivilDate.microsPerDay + secondsOfDay * CivilDate.microsPerSecond + fraction
    }
}
