/// Parses dates and timestamps from raw UTF-8 bytes: the hot path of type inference and loading, and
/// the one grammar for temporal text everywhere (literals, parameters, settings, CSV and NDJSON).
///
/// Accepted: `YYYY-MM-DD`, and timestamps `YYYY-MM-DD[ T]HH:MM[:SS[.f{1,9}]]` with an optional `Z`,
/// `+HH:MM`/`-HH:MM`/`+HHMM` offset up to 18:00 (converted to UTC). Anything else, an impossible date
/// such as `2024-02-30`, or a fraction with non-zero digits beyond microseconds (which would be lost)
/// is rejected rather than guessed. The byte functions are inlinable and work on a raw
/// pointer so that, called from the loader in another module, they specialise into its parse loop.
public enum TemporalParser {
    public static func parseDate(_ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { parseDate($0) }
    }

    public static func parseTimestamp(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { parseTimestamp($0) }
    }

    public static func parseDate(_ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBufferPointer { parseDate($0) }
    }

    public static func parseTimestamp(_ bytes: [UInt8]) -> Int64? {
        bytes.withUnsafeBufferPointer { parseTimestamp($0) }
    }

    @inlinable
    public static func parseDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        return parseDate(base, bytes.count)
    }

    @inlinable
    public static func parseTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let base = bytes.baseAddress else { return nil }
        return parseTimestamp(base, bytes.count)
    }

    @inlinable @inline(__always)
    static func twoDigits(_ pointer: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int? {
        guard index + 2 <= count else { return nil }
        let high = pointer[index] &- 48
        let low = pointer[index + 1] &- 48
        guard high < 10 && low < 10 else { return nil }
        return Int(high) * 10 + Int(low)
    }

    @inlinable @inline(__always)
    static func datePrefix(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
        guard count >= 10, pointer[4] == UInt8(ascii: "-"), pointer[7] == UInt8(ascii: "-"),
              let century = twoDigits(pointer, 0, count), let yearOfCentury = twoDigits(pointer, 2, count),
              let month = twoDigits(pointer, 5, count), let day = twoDigits(pointer, 8, count) else { return nil }
        let year = century * 100 + yearOfCentury
        guard month >= 1 && month <= 12 && day >= 1 && day <= CivilDate.daysInMonth(year: year, month: month) else {
            return nil
        }
        return CivilDate.days(year: year, month: month, day: day)
    }

    @inlinable @inline(__always)
    public static func parseDate(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
        count == 10 ? datePrefix(pointer, count) : nil
    }

    @inlinable
    public static func parseTimestamp(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
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
                    // Timestamps hold microseconds: a non-zero digit beyond them would be dropped, so
                    // the text is not a timestamp (it stays text, exactly as written).
                    else if pointer[index] != UInt8(ascii: "0") { return nil }
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
                // Real offsets lie within ±14:00; ±18:00 is the widest any standard library accepts.
                guard offsetIndex == count, offsetMinutes < 60, offsetHours * 60 + offsetMinutes <= 18 * 60 else {
                    return nil
                }
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
