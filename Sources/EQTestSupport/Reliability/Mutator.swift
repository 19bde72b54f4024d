import EQDiagnostics
import EQSyntax

/// Damaged copies of valid statements: the inputs a tired user, a bad paste or a broken pipe produce.
/// Each mutant names its kind, so a failure report says what kind of damage found it.
public struct Mutator {
    public enum Kind: String, CaseIterable, Sendable {
        case deleteToken = "delete a token"
        case duplicateToken = "duplicate a token"
        case swapTokens = "swap two tokens"
        case cutShort = "cut short"
        case randomBytes = "random bytes"
        case invalidUTF8 = "invalid UTF-8"
        case hugeNumber = "huge number"
        case deepNesting = "deep nesting"
    }

    public struct Mutant: Sendable {
        public var kind: Kind
        public var text: String
        /// The raw bytes; `text` holds them decoded with replacement characters, which is what reading
        /// a file or a pipe gives eq.
        public var bytes: [UInt8]
    }

    public var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// Token spans of `text`, or whole-word spans when the lexer already rejects it.
    static func spans(_ text: String) -> [Range<Int>] {
        if let tokens = try? Lexer.tokenize(SourceFile(name: "mutant", text: text)) {
            return tokens.compactMap { token in
                if case .end = token.kind { return nil }
                return token.span.start..<token.span.end
            }
        }
        var spans: [Range<Int>] = []
        var start: Int?
        for (index, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                if let open = start { spans.append(open..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let open = start { spans.append(open..<text.utf8.count) }
        return spans
    }

    public mutating func mutate(_ text: String) -> Mutant {
        let kind = random.pick(Kind.allCases, or: .cutShort)
        return mutate(text, kind: kind)
    }

    public mutating func mutate(_ text: String, kind: Kind) -> Mutant {
        var bytes = Array(text.utf8)
        let spans = Mutator.spans(text)
        let span = random.pick(spans, or: 0..<0)
        switch kind {
        case .deleteToken:
            bytes.removeSubrange(span)
        case .duplicateToken:
            bytes.insert(contentsOf: Array(bytes[span]) + [UInt8(ascii: " ")], at: span.lowerBound)
        case .swapTokens:
            let other = random.pick(spans, or: span)
            if other.lowerBound >= span.upperBound {
                bytes = Array(bytes[..<span.lowerBound]) + bytes[other] + bytes[span.upperBound..<other.lowerBound]
                    + bytes[span] + bytes[other.upperBound...]
            } else if span.lowerBound >= other.upperBound {
                bytes = Array(bytes[..<other.lowerBound]) + bytes[span] + bytes[other.upperBound..<span.lowerBound]
                    + bytes[other] + bytes[span.upperBound...]
            }
        case .cutShort:
            bytes.removeSubrange(random.below(bytes.count + 1)...)
        case .randomBytes:
            let alphabet = Array("\"'\\()|,;=<>!-#$%*.\n\t\r 0123456789abcdeinorstw\u{0}".utf8)
            for _ in 0...random.below(4) {
                let byte = random.chance(50) ? random.pick(alphabet, or: 0) : UInt8(truncatingIfNeeded: random.next())
                let at = random.below(bytes.count + 1)
                if random.chance(50) && at < bytes.count { bytes[at] = byte } else { bytes.insert(byte, at: at) }
            }
        case .invalidUTF8:
            let bad: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                  [0xEF, 0xBB, 0xBF]]
            bytes.insert(contentsOf: random.pick(bad, or: [0xFF]), at: random.below(bytes.count + 1))
        case .hugeNumber:
            let huge = random.pick(["99999999999999999999999", "9223372036854775808", "-9223372036854775808",
                                    "9223372036854775807", "1" + String(repeating: "0", count: 400) + ".5",
                                    "0." + String(repeating: "0", count: 400) + "1", "99999-99-99", "9999-12-31",
                                    "0000-01-01", "2024-02-30", "9223372036854775807 days ago"], or: "9")
            let numbers = spans.filter { range in
                bytes[range].first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false
            }
            let target = random.pick(numbers, or: span)
            bytes.replaceSubrange(target, with: Array(huge.utf8))
        case .deepNesting:
            let depth = random.pick([50, 199, 201, 1_000, 10_000], or: 201)
            let at = random.pick(spans.filter { range in
                bytes[range].first.map { $0 != UInt8(ascii: "|") && $0 != UInt8(ascii: ";") } ?? false
            }, or: span).lowerBound
            switch random.below(3) {
            case 0:
                bytes.insert(contentsOf: Array(String(repeating: "(", count: depth).utf8), at: at)
                bytes.append(contentsOf: Array(String(repeating: ")", count: depth).utf8))
            case 1:
                bytes.insert(contentsOf: Array(String(repeating: "not ", count: depth).utf8), at: at)
            default:
                bytes.insert(contentsOf: Array(String(repeating: "x = 1 and ", count: depth).utf8), at: at)
            }
        }
        return Mutant(kind: kind, text: String(decoding: bytes, as: UTF8.self), bytes: bytes)
    }
}
