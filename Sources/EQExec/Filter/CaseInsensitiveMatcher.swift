import EQSyntax

/// `contains`, `starts with` and `ends with`, ignoring case the Unicode way (`JOSÉ` finds `José`).
/// ASCII entries against an ASCII pattern, the common case, are folded byte by byte without building
/// a String; anything else is lower-cased through the standard library.
struct CaseInsensitiveMatcher: Sendable {
    let kind: StringMatch
    let asciiPattern: [UInt8]?
    let foldedPattern: String

    init(pattern: String, kind: StringMatch) {
        self.kind = kind
        self.foldedPattern = pattern.lowercased()
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
        let text = String(decoding: entry, as: UTF8.self).lowercased()
        switch kind {
        case .contains: return foldedPattern.isEmpty || text.contains(foldedPattern)
        case .startsWith: return text.hasPrefix(foldedPattern)
        case .endsWith: return text.hasSuffix(foldedPattern)
        }
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
