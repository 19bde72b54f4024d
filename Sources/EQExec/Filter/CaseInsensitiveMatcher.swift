import EQBinder
import EQSyntax

/// `contains`, `starts with` and `ends with` over UTF-8 entries, by `StringMatch`'s one rule (simple
/// lower-case mapping per code point, no normalisation). ASCII entries against an ASCII pattern, the
/// common case, are folded byte by byte without decoding.
struct CaseInsensitiveMatcher: Sendable {
    let kind: StringMatch
    let asciiPattern: [UInt8]?
    let foldedPattern: [UInt32]

    init(pattern: String, kind: StringMatch) {
        self.kind = kind
        self.foldedPattern = StringMatch.folded(pattern)
        let bytes = Array(pattern.utf8)
        self.asciiPattern = bytes.allSatisfy { $0 < 0x80 } ? bytes.map(Self.lowerASCII) : nil
    }

    @inline(__always)
    static func lowerASCII(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    func matches(_ entry: UnsafeBufferPointer<UInt8>) -> Bool {
        if let asciiPattern, !entry.contains(where: { $0 >= 0x80 }) {
            return matchASCII(entry, asciiPattern)
        }
        // Not ASCII: a non-ASCII code point can fold to an ASCII one (the Kelvin sign to `k`), so
        // decode and fold every code point.
        var folded: [UInt32] = []
        folded.reserveCapacity(entry.count)
        var decoder = UTF8()
        var iterator = entry.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): folded.append(StringMatch.fold(scalar))
            case .emptyInput: break decoding
            case .error: folded.append(0xFFFD)
            }
        }
        return kind.matches(folded: folded, pattern: foldedPattern)
    }

    private func matchASCII(_ entry: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> Bool {
        let length = pattern.count
        guard length <= entry.count else { return false }
        func matchesAt(_ start: Int) -> Bool {
            for offset in 0..<length where Self.lowerASCII(entry[start + offset]) != pattern[offset] { return false }
            return true
        }
        switch kind {
        case .startsWith: return matchesAt(0)
        case .endsWith: return matchesAt(entry.count - length)
        case .contains:
            if length == 0 { return true }
            for start in 0...(entry.count - length) where matchesAt(start) { return true }
            return false
        }
    }
}
