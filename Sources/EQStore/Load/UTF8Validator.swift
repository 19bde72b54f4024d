/// Checks UTF-8 byte by byte, only for fields that hold a non-ASCII byte: string columns promise valid
/// UTF-8 to every later stage (byte-wise comparison, case-insensitive `contains`).
enum UTF8Validator {
    /// The offset (from `pointer`) of the first byte that starts an invalid sequence, or nil.
    static func firstInvalidByte(_ pointer: UnsafePointer<UInt8>, count: Int) -> Int? {
        var index = 0
        while index < count {
            let lead = pointer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = pointer[index + 1]
            guard second >= lowerBound && second <= upperBound else { return index }
            for continuation in 2..<length where pointer[index + continuation] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
