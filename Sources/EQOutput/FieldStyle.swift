/// How one cell is spelled in a machine-readable format.
enum FieldStyle {
    /// RFC 4180 with the given delimiter byte.
    case csv(delimiter: UInt8)
    /// A JSON value: numbers bare, text quoted and escaped, null as `null`.
    case json

    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")

    /// Appends `text` as one field of this style.
    func appendString(_ text: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) {
        switch self {
        case .csv(let delimiter): FieldStyle.appendCSV(text, delimiter: delimiter, to: out)
        case .json: FieldStyle.appendJSON(text, to: out)
        }
    }

    /// Quotes only fields that need it; an empty string is written `""` so it reads back as a string, not
    /// as null (an empty unquoted field).
    static func appendCSV(_ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, to out: ByteBuffer) {
        guard text.isEmpty || CSVCells.holdsSpecial(text, delimiter: delimiter) else {
            out.append(text)
            return
        }
        out.append(quote)
        CSVCells.appendDoublingQuotes(text, to: out)
        out.append(quote)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Escapes quotes, backslashes and control characters; everything else, non-ASCII included, is
    /// valid JSON as raw UTF-8.
    static func appendJSON(_ text: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) {
        out.append(quote)
        var runStart = 0
        for (index, byte) in text.enumerated() where byte < 0x20 || byte == quote || byte == backslash {
            out.append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
            runStart = index + 1
            out.append(backslash)
            switch byte {
            case quote, backslash: out.append(byte)
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                for digit in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                              hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]] {
                    out.append(digit)
                }
            }
        }
        out.append(UnsafeBufferPointer(rebasing: text[runStart...]))
        out.append(quote)
    }
}
