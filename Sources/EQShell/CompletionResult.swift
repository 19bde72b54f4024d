/// The words that may replace the one at the cursor.
public struct CompletionResult: Equatable, Sendable {
    /// UTF-8 byte offsets of the text the chosen candidate replaces.
    public var range: Range<Int>
    /// Sorted, without duplicates.
    public var candidates: [String]
    /// False for a directory path, which the user continues typing into.
    public var appendsSpace: Bool

    public init(range: Range<Int>, candidates: [String], appendsSpace: Bool = true) {
        self.range = range
        self.candidates = candidates
        self.appendsSpace = appendsSpace
    }

    /// The longest start all candidates share, so Tab can extend an ambiguous word as far as it is sure.
    static func commonPrefix(of candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let characters = Array(candidate)
            var shared = 0
            while shared < min(prefix.count, characters.count) && prefix[shared] == characters[shared] { shared += 1 }
            prefix.removeLast(prefix.count - shared)
        }
        return String(prefix)
    }
}
