/// Parses dates and timestamps from raw UTF-8 bytes, the hot path of type inference and loading.
///
/// Accepted: `YYYY-MM-DD`, and timestamps `YYYY-MM-DD[ T]HH:MM[:SS[.f{1,9}]]` with an optional `Z`,
/// `+HH:MM`/`-HH:MM`/`+HHMM` offset (converted to UTC). Anything else, or an impossible date such as
/// `2024-02-30`, is rejected rather than guessed.
public enum TemporalParser {
    public static func parseDate<C: Collection<UInt8>>(_ bytes: C) -> Int32? where C.Index == Int {
        guard bytes.count == 10 else { return nil }
        return parseDatePrefix(bytes, from: bytes.startIndex)
    }

    public static func parseDate(_ text: String) -> Int32? {
        parseDate(Array(text.utf8))
    }

    public static func parseTimestamp(_ text: String) -> Int64? {
        parseTimestamp(Array(text.utf8))
    }

    public static func parseTimestamp<C: Collection<UInt8>>(_ bytes: C) -> Int64? where C.Index == Int {
        let start = bytes.startIndex
        let end = bytes.endIndex
        guard bytes.count >= 16, let day = parseDatePrefix(bytes, from: start) else { return nil }
        let separator = bytes[start + 10]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "T") else { return nil }
        var index = start + 11
        guard let hours = twoDigits(bytes, index), bytes[index + 2] == UInt8(ascii: ":"),
              let minutes = twoDigits(bytes, index + 3), hours < 24, minutes < 60 else { return nil }
        index += 5
        var seconds = 0
        var fraction: Int64 = 0
        if index < end && bytes[index] == UInt8(ascii: ":") {
            guard index + 3 <= end, let value = twoDigits(bytes, index + 1), value < 60 else { return nil }
            seconds = value
            index += 3
            if index < end && bytes[index] == UInt8(ascii: ".") {
                index += 1
                var digits = 0
                while index < end, let digit = digitValue(bytes[index]) {
                    if digits < 6 { fraction = fraction * 10 + Int64(digit) }
                    digits += 1
                    index += 1
                }
                guard digits > 0 && digits <= 9 else { return nil }
                for _ in min(digits, 6)..<6 { fraction *= 10 }
            }
        }
        var offsetSeconds = 0
        if index < end {
            let sign = bytes[index]
            if sign == UInt8(ascii: "Z") && index + 1 == end {
                index += 1
            } else if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                guard let offsetHours = twoDigits(bytes, index + 1) else { return nil }
                var offsetIndex = index + 3
                var offsetMinutes = 0
                if offsetIndex < end && bytes[offsetIndex] == UInt8(ascii: ":") { offsetIndex += 1 }
                if offsetIndex < end {
                    guard let value = twoDigits(bytes, offsetIndex) else { return nil }
                    offsetMinutes = value
                    offsetIndex += 2
                }
                guard offsetIndex == end else { return nil }
                offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
                index = end
            } else {
                return nil
            }
        }
        guard index == end else { return nil }
        let secondsOfDay = Int64(hours * 3600 + minutes * 60 + seconds - offsetSeconds)
        return Int64(day) * CivilDate.microsPerDay + secondsOfDay * CivilDate.microsPerSecond + fraction
    }

    @inline(__always)
    static func parseDatePrefix<C: Collection<UInt8>>(_ bytes: C, from start: Int) -> Int32? where C.Index == Int {
        guard bytes.endIndex - start >= 10,
              bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let y1 = twoDigits(bytes, start), let y2 = twoDigits(bytes, start + 2),
              let month = twoDigits(bytes, start + 5), let day = twoDigits(bytes, start + 8) else { return nil }
        let year = y1 * 100 + y2
        guard month >= 1 && month <= 12 && day >= 1 && day <= CivilDate.daysInMonth(year: year, month: month) else {
            return nil
        }
        return CivilDate.days(year: year, month: month, day: day)
    }

    @inline(__always)
    static func twoDigits<C: Collection<UInt8>>(_ bytes: C, _ index: Int) -> Int? where C.Index == Int {
        guard index + 2 <= bytes.endIndex, let high = digitValue(bytes[index]), let low = digitValue(bytes[index + 1])
        else { return nil }
        return high * 10 + low
    }

    @inline(__always)
    static func digitValue(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }
}
