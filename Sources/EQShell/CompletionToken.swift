/// A rough token of the text before the cursor. Completion cannot use the real lexer: the text is
/// unfinished by definition (an open string, half a word), and only the shape of the last few tokens
/// matters.
struct CompletionToken: Equatable {
    enum Kind: Equatable {
        case word
        /// A quoted string; `isOpen` when the cursor is still inside it.
        case string(isOpen: Bool)
        case symbol
    }

    var kind: Kind
    /// Words and symbols as written; strings without their quotes.
    var text: String
    /// UTF-8 offsets; for a string, `start` is its opening quote.
    var start: Int
    var end: Int

    var word: String? { kind == .word ? text.lowercased() : nil }

    func isWord(_ candidates: String...) -> Bool {
        guard let word else { return false }
        return candidates.contains(word)
    }

    func isSymbol(_ candidates: String...) -> Bool {
        kind == .symbol && candidates.contains(text)
    }

    /// Splits `bytes`; a comment reaching the end yields nil, because nothing completes inside one.
    static func scan(_ bytes: ArraySlice<UInt8>) -> [CompletionToken]? {
        var tokens: [CompletionToken] = []
        var index = bytes.startIndex
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while index < bytes.endIndex {
            let byte = bytes[index]
            let next = index + 1 < bytes.endIndex ? bytes[index + 1] : 0
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "-") && next == UInt8(ascii: "-")) {
                guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else { return nil }
                index = lineEnd
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                var scan = index + 1
                var content: [UInt8] = []
                var closed = false
                while scan < bytes.endIndex {
                    if bytes[scan] == UInt8(ascii: "\\") && scan + 1 < bytes.endIndex {
                        content.append(bytes[scan + 1])
                        scan += 2
                    } else if bytes[scan] == byte {
                        closed = true
                        scan += 1
                        break
                    } else {
                        content.append(bytes[scan])
                        scan += 1
                    }
                }
                tokens.append(CompletionToken(kind: .string(isOpen: !closed), text: String(decoding: content, as: UTF8.self),
                                              start: index, end: scan))
                index = scan
            } else if isWordByte(byte) {
                var scan = index + 1
                while scan < bytes.endIndex {
                    let current = bytes[scan]
                    let joinsNumber = (current == UInt8(ascii: "-") || current == UInt8(ascii: "."))
                        && isDigit(bytes[scan - 1]) && scan + 1 < bytes.endIndex && isDigit(bytes[scan + 1])
                    guard isWordByte(current) || joinsNumber else { break }
                    scan += 1
                }
                tokens.append(CompletionToken(kind: .word, text: text(index..<scan), start: index, end: scan))
                index = scan
            } else {
                let pair = (next == UInt8(ascii: "=") && [UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")].contains(byte))
                    || (byte == UInt8(ascii: "-") && next == UInt8(ascii: ">"))
                let end = index + (pair ? 2 : 1)
                tokens.append(CompletionToken(kind: .symbol, text: text(index..<end), start: index, end: end))
                index = end
            }
        }
        return tokens
    }

    /// Letters of any script count: a byte of a multi-byte UTF-8 sequence is always part of a word.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isDigit(byte) || byte == UInt8(ascii: "_")
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
