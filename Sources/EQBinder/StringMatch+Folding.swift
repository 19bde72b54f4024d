import EQSyntax

/// The one rule for `contains`, `starts with` and `ends with`, shared by stored columns (the filter
/// kernels) and the values of derived columns (the planner): each code point is mapped to its simple
/// lower-case form, then the pattern is looked for code point by code point. No normalisation, so a
/// composed `é` and `e` + combining accent differ here exactly as they do for `=`, and a pattern may
/// match part of a grapheme (`🇺` is found in `🇺🇸`). This is what PostgreSQL's ILIKE and DuckDB's
/// `lower(x) LIKE lower(p)` do.
extension StringMatch {
    /// The simple lower-case mapping of one code point. Swift exposes only the full mapping, which
    /// differs from the simple one for a single unconditional code point, U+0130 (`İ` → `i` + U+0307),
    /// whose simple mapping is its first code point.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 { return value >= 65 && value <= 90 ? value + 32 : value }
        guard scalar.properties.changesWhenLowercased else { return value }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
    }

    /// The folded code points of `text`.
    public static func folded(_ text: some StringProtocol) -> [UInt32] {
        text.unicodeScalars.map(fold)
    }

    /// Whether `text` matches an already folded `pattern`.
    public func matches(folded text: [UInt32], pattern: [UInt32]) -> Bool {
        let length = pattern.count
        guard length <= text.count else { return false }
        func matchesAt(_ start: Int) -> Bool {
            for offset in 0..<length where text[start + offset] != pattern[offset] { return false }
            return true
        }
        switch self {
        case .startsWith: return matchesAt(0)
        case .endsWith: return matchesAt(text.count - length)
        case .contains:
            if length == 0 { return true }
            for start in 0...(text.count - length) where matchesAt(start) { return true }
            return false
        }
    }

    public func matches(_ text: some StringProtocol, pattern: some StringProtocol) -> Bool {
        matches(folded: StringMatch.folded(text), pattern: StringMatch.folded(pattern))
    }
}
