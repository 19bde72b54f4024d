/// "Did you mean" for every kind of name (columns, values, tables, keywords, meta-commands), so every
/// stage suggests the same way.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance (case-insensitive), if it is close enough to be
    /// a plausible typo: at most a third of the word's length, and at least one edit allowed.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance == 0 && candidate != word { return candidate }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, (target.count + 2) / 3)
        return best.distance <= limit && best.distance > 0 ? best.name : nil
    }

    /// The hint text for a closest match, or nil when nothing is close.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean \"\($0)\"?" }
    }

    /// Damerau-Levenshtein (optimal string alignment): a transposition counts as one edit, as typos do.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for aIndex in 1...a.count {
            current[0] = aIndex
            for bIndex in 1...b.count {
                let cost = a[aIndex - 1] == b[bIndex - 1] ? 0 : 1
                var value = min(previous[bIndex] + 1, current[bIndex - 1] + 1, previous[bIndex - 1] + cost)
                if aIndex > 1 && bIndex > 1 && a[aIndex - 1] == b[bIndex - 2] && a[aIndex - 2] == b[bIndex - 1] {
                    value = min(value, previousPrevious[bIndex - 2] + 1)
                }
                current[bIndex] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
