/// The units of durations (`30 days`, `2 weeks`, `3 months`, `24 hours`) and relative periods.
public enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case hour
    case day
    case week
    case month
    case quarter
    case year

    /// Accepts singular and plural spellings: `day`, `days`.
    public init?(word: String) {
        var lower = word.lowercased()
        if lower.hasSuffix("s") { lower.removeLast() }
        self.init(rawValue: lower)
    }
}
