import EQTypes

/// A `dateformat "%m/%d/%Y"` pattern: `%d` day and `%m` month (one or two digits), `%Y` four-digit
/// year, optionally `%H`, `%M`, `%S` (which make the values timestamps), and literal characters that
/// must appear as written. Nothing else: a pattern that cannot be read both ways is refused up front.
public struct DateFormat: Sendable, Equatable, CustomStringConvertible {
    enum Piece: Sendable, Equatable {
        case day, month, year, hour, minute, second
        case literal(UInt8)
    }

    let pieces: [Piece]
    public let description: String

    /// True when the values carry a time of day (`%H`), so the column becomes timestamps.
    public var hasTime: Bool { pieces.contains(.hour) }

    /// nil when the pattern uses a directive other than %d %m %Y %H %M %S, or lacks one of %d %m %Y.
    public init?(_ pattern: String) {
        var pieces: [Piece] = []
        var bytes = Array(pattern.utf8)[...]
        while let byte = bytes.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                pieces.append(.literal(byte))
                continue
            }
            switch bytes.popFirst() {
            case UInt8(ascii: "d"): pieces.append(.day)
            case UInt8(ascii: "m"): pieces.append(.month)
            case UInt8(ascii: "Y"): pieces.append(.year)
            case UInt8(ascii: "H"): pieces.append(.hour)
            case UInt8(ascii: "M"): pieces.append(.minute)
            case UInt8(ascii: "S"): pieces.append(.second)
            case UInt8(ascii: "%"): pieces.append(.literal(UInt8(ascii: "%")))
            default: return nil
            }
        }
        for required in [Piece.day, .month, .year] where pieces.filter({ $0 == required }).count != 1 { return nil }
        for optional in [Piece.hour, .minute, .second] where pieces.filter({ $0 == optional }).count > 1 { return nil }
        self.pieces = pieces
        self.description = pattern
    }

    /// Days since 1970 (or microseconds, with a time), or nil when the text does not fit the pattern
    /// or names no real day (`02/30/2024`).
    public func parse(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        func number(maxDigits: Int, exactly: Bool) -> Int? {
            var value = 0
            var digits = 0
            while digits < maxDigits && index < text.count && text[index] >= 0x30 && text[index] <= 0x39 {
                value = value * 10 + Int(text[index] - 0x30)
                digits += 1
                index += 1
            }
            guard digits > 0 && (!exactly || digits == maxDigits) else { return nil }
            return value
        }
        for piece in pieces {
            switch piece {
            case .literal(let byte):
                guard index < text.count && text[index] == byte else { return nil }
                index += 1
            case .year: guard let value = number(maxDigits: 4, exactly: true) else { return nil }; year = value
            case .month: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; month = value
            case .day: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; day = value
            case .hour: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; hour = value
            case .minute: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; minute = value
            case .second: guard let value = number(maxDigits: 2, exactly: false) else { return nil }; second = value
            }
        }
        guard index == text.count, (1...12).contains(month), day >= 1,
              day <= CivilDate.daysInMonth(year: year, month: month),
              hour < 24, minute < 60, second < 60 else { return nil }
        let days = Int64(CivilDate.days(year: year, month: month, day: day))
        guard hasTime else { return days }
        return days * CivilDate.microsPerDay + Int64(hour * 3600 + minute * 60 + second) * CivilDate.microsPerSecond
    }
}
