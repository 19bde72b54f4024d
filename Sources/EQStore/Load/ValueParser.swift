import EQTypes

/// Parses one field's bytes as each column type, strictly: a value either is exactly that type or is not,
/// so inference never guesses and loading never rounds.
///
/// Deliberate refusals, each keeping a value that would otherwise change meaning as a string:
/// leading zeros (`02134` is a ZIP code, not 2134), a leading `+` (`+4930...` is a phone number),
/// integers beyond Int64, integers a double cannot hold exactly (beyond 2^53) in a double column,
/// decimals with more than 17 significant digits (a double would round them), and numbers beyond a
/// double's range (`1e400`), or so small that it would become 0 (`1e-400`) or lose digits written
/// (a subnormal such as `1.234567e-320`).
enum ValueParser {
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }

    @inline(__always)
    static func parseBool(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Bool? {
        if count == 4 && pointer[0] | 0x20 == 0x74 && pointer[1] | 0x20 == 0x72 && pointer[2] | 0x20 == 0x75
            && pointer[3] | 0x20 == 0x65 { return true }
        if count == 5 && pointer[0] | 0x20 == 0x66 && pointer[1] | 0x20 == 0x61 && pointer[2] | 0x20 == 0x6C
            && pointer[3] | 0x20 == 0x73 && pointer[4] | 0x20 == 0x65 { return false }
        return nil
    }

    @inline(__always)
    static func parseInt(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
        guard count > 0 else { return nil }
        var index = 0
        let negative = pointer[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        guard index < count, count - index <= 19 else { return nil }
        if pointer[index] == UInt8(ascii: "0") && count - index > 1 { return nil }
        var magnitude: UInt64 = 0
        while index < count {
            let digit = pointer[index] &- 48
            guard digit < 10 else { return nil }
            magnitude = magnitude &* 10 &+ UInt64(digit)
            index += 1
        }
        // 19 digits cannot overflow UInt64, so only the Int64 range is left to check.
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// A decimal number in the plain `-12.5e3` syntax. Integers are accepted only when a double holds them
    /// exactly, which is what lets an int column widen to double without rounding.
    static func parseDouble(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        guard count > 0 else { return nil }
        var index = 0
        let negative = pointer[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        let integerStart = index
        var mantissa: UInt64 = 0
        var exactMantissa = true
        var decimalExponent = 0
        while index < count && isDigit(pointer[index]) {
            accumulate(pointer[index], into: &mantissa, exact: &exactMantissa, exponent: &decimalExponent)
            index += 1
        }
        let integerDigits = index - integerStart
        guard integerDigits > 0 else { return nil }
        if pointer[integerStart] == UInt8(ascii: "0") && integerDigits > 1 { return nil }
        var isInteger = true
        if index < count && pointer[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            let fractionStart = index
            while index < count && isDigit(pointer[index]) {
                accumulate(pointer[index], into: &mantissa, exact: &exactMantissa, exponent: &decimalExponent)
                decimalExponent -= 1
                index += 1
            }
            guard index > fractionStart else { return nil }
        }
        if index < count && pointer[index] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            var exponentNegative = false
            if index < count && (pointer[index] == UInt8(ascii: "-") || pointer[index] == UInt8(ascii: "+")) {
                exponentNegative = pointer[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            var exponent = 0
            while index < count && isDigit(pointer[index]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(pointer[index] &- 48) }
                index += 1
            }
            guard index > exponentStart else { return nil }
            decimalExponent += exponentNegative ? -exponent : exponent
        }
        guard index == count else { return nil }
        if isInteger {
            guard let value = parseInt(pointer, count) else { return nil }
            return Double(exactly: value)
        }
        // Clinger's fast path: both operands are exact doubles, so one IEEE operation rounds correctly.
        if exactMantissa && mantissa <= 1 << 53 && decimalExponent >= -22 && decimalExponent <= 22 {
            var value = Double(mantissa)
            value = decimalExponent < 0 ? value / powersOfTen[-decimalExponent] : value * powersOfTen[decimalExponent]
            return negative ? -value : value
        }
        guard exactMantissa else { return nil }
        let text = String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        guard mantissa == 0 || value.magnitude >= Double.leastNormalMagnitude
                || (value != 0 && isShortestForm(of: value, mantissa: mantissa, exponent: decimalExponent)) else {
            return nil
        }
        return value
    }

    /// Whether a subnormal double (fewer significant bits than a normal one) still reads back as the
    /// digits written: `5e-324` and `-2.5e-320` do, `1.234567e-320` does not (it becomes 1.235e-320),
    /// and a value that would become 0 never does.
    static func isShortestForm(of value: Double, mantissa: UInt64, exponent: Int) -> Bool {
        func normalised(_ digits: UInt64, _ exponent: Int) -> (UInt64, Int) {
            var (digits, exponent) = (digits, exponent)
            while digits != 0 && digits % 10 == 0 { digits /= 10; exponent += 1 }
            return (digits, exponent)
        }
        // Swift prints the shortest digits that read back as the same double: `2.5e-320`.
        let text = "\(value.magnitude)"
        let parts = text.split(separator: "e")
        guard parts.count == 2, let shownExponent = Int(parts[1]) else { return false }
        let significand = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let fraction = significand.count == 2 ? significand[1] : ""
        guard let shownDigits = UInt64(significand[0] + fraction) else { return false }
        return normalised(shownDigits, shownExponent - fraction.count) == normalised(mantissa, exponent)
    }

    @inline(__always)
    private static func accumulate(_ digit: UInt8, into mantissa: inout UInt64, exact: inout Bool,
                                   exponent: inout Int) {
        if mantissa < 100_000_000_000_000_000 / 10 {
            mantissa = mantissa * 10 + UInt64(digit &- 48)
        } else {
            // Past 17 significant digits: a trailing zero only scales, any other digit is lost.
            if digit != UInt8(ascii: "0") { exact = false }
            exponent += 1
        }
    }

    @inline(__always)
    static func parseDate(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
        TemporalParser.parseDate(pointer, count)
    }

    /// A timestamp, or a bare date meaning its midnight, so a date column that meets a timestamp widens
    /// without losing its earlier values.
    @inline(__always)
    static func parseTimestamp(_ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
        if count == 10 {
            return parseDate(pointer, count).map(CivilDate.micros(ofDay:))
        }
        return TemporalParser.parseTimestamp(pointer, count)
    }

    /// The narrowest type that holds this value, given how it was written.
    static func naturalType(_ pointer: UnsafePointer<UInt8>, _ count: Int, kind: FieldKind) -> InferredType {
        switch kind {
        case .jsonLiteral: return .bool
        case .jsonNested: return .string
        case .jsonNumber:
            if parseInt(pointer, count) != nil { return .int }
            return parseDouble(pointer, count) != nil ? .double : .string
        case .jsonString, .csvQuoted, .csvUnquoted:
            guard count > 0 else { return .null }
            let first = pointer[0]
            if isDigit(first) || first == UInt8(ascii: "-") {
                if kind != .jsonString {
                    if parseInt(pointer, count) != nil { return .int }
                    if parseDouble(pointer, count) != nil { return .double }
                }
                if parseDate(pointer, count) != nil { return .date }
                if parseTimestamp(pointer, count) != nil { return .timestamp }
                return .string
            }
            if kind != .jsonString && parseBool(pointer, count) != nil { return .bool }
            return .string
        }
    }
}

extension ValueParser {
    /// Whether the value can be stored in a column of `type` as it is.
    @inline(__always)
    static func fits(_ pointer: UnsafePointer<UInt8>, _ count: Int, kind: FieldKind, type: InferredType) -> Bool {
        switch type {
        case .null: false
        case .bool: kind.mayBeBool && parseBool(pointer, count) != nil
        case .int: kind.mayBeNumber && parseInt(pointer, count) != nil
        case .double: kind.mayBeNumber && parseDouble(pointer, count) != nil
        case .date: kind.mayBeTemporal && parseDate(pointer, count) != nil
        case .timestamp: kind.mayBeTemporal && parseTimestamp(pointer, count) != nil
        case .string: true
        }
    }
}
