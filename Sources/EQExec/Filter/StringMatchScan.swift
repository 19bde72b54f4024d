import Dispatch
import EQBinder
import EQStore
import EQSyntax

/// `contains`, `starts with` and `ends with` over every entry of a dictionary at once: for a plain
/// column (one entry per row, emails, names) that is the column's contiguous UTF-8 buffer. An entry
/// of ASCII bytes only is matched on its bytes, eight at a time: a word-wide test for a high bit sends
/// an entry with any non-ASCII byte to `CaseInsensitiveMatcher` (full Unicode folding: `K`, the Kelvin
/// sign, folds to `k`, `İ` to `i`), and `contains` looks for the pattern's first and last bytes (either
/// case) at eight candidate positions per step before comparing the whole pattern. The answers are
/// `CaseInsensitiveMatcher`'s, entry for entry.
struct StringMatchScan {
    let kind: StringMatch
    let matcher: CaseInsensitiveMatcher
    /// The pattern folded, as bytes, when every folded code point is ASCII; nil when one is not, and
    /// then no ASCII entry can match (its folded code points are all ASCII).
    let asciiPattern: [UInt8]?
    let isEmptyPattern: Bool

    init(pattern: String, kind: StringMatch) {
        self.kind = kind
        matcher = CaseInsensitiveMatcher(pattern: pattern, kind: kind)
        let folded = StringMatch.folded(pattern)
        asciiPattern = folded.allSatisfy { $0 < 0x80 } ? folded.map { UInt8(truncatingIfNeeded: $0) } : nil
        isEmptyPattern = folded.isEmpty
    }

    /// Whether each entry matches (`!= negated`), on up to `threads` threads.
    func mask(_ dictionary: StringDictionary, negated: Bool, threads: Int?) -> [Bool] {
        let count = dictionary.count
        var mask = [Bool](repeating: false, count: count)
        guard count > 0 else { return mask }
        if isEmptyPattern {
            return [Bool](repeating: !negated, count: count)
        }
        let parts = count >= 1 << 16 ? min(max(threads ?? ProcessInfoLite.activeProcessorCount, 1), 8) : 1
        dictionary.bytes.withUnsafeBufferPointer { bytes in
            dictionary.offsets.withUnsafeBufferPointer { offsets in
                mask.withUnsafeMutableBufferPointer { mask in
                    let task = MatchTask(bytes: bytes, offsets: offsets, mask: mask)
                    let work: @Sendable (Int) -> Void = { part in
                        let range = (count * part / parts)..<(count * (part + 1) / parts)
                        self.run(range, task, negated: negated)
                    }
                    if parts == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: work) }
                }
            }
        }
        return mask
    }

    private func run(_ entries: Range<Int>, _ task: MatchTask, negated: Bool) {
        let bytes = task.bytes
        guard let base = bytes.baseAddress else {
            // No bytes at all: every entry is empty, and a non-empty pattern matches none.
            for entry in entries { task.mask[entry] = negated }
            return
        }
        let offsets = task.offsets
        for entry in entries {
            let start = Int(offsets[entry])
            let end = Int(offsets[entry + 1])
            let matched: Bool
            if Self.isASCII(base, start, end) {
                if let asciiPattern {
                    matched = asciiPattern.withUnsafeBufferPointer { matchASCII(base, start, end, $0) }
                } else {
                    matched = false
                }
            } else {
                // An ASCII hit is a hit under full folding too (ASCII bytes are whole code points); a
                // miss may still match through a non-ASCII code point that folds to ASCII.
                let hit = asciiPattern.map { pattern in pattern.withUnsafeBufferPointer { matchASCII(base, start, end, $0) } }
                matched = hit == true
                    || matcher.matches(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            task.mask[entry] = matched != negated
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    static func isASCII(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        var seen: UInt64 = 0
        let raw = UnsafeRawPointer(base)
        while index + 8 <= end {
            seen |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        var tail: UInt8 = 0
        while index < end {
            tail |= base[index]
            index += 1
        }
        return seen & highs == 0 && tail < 0x80
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    @inline(__always)
    static func equalFolding(_ base: UnsafePointer<UInt8>, at position: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<pattern.count where lower(base[position + offset]) != pattern[offset] { return false }
        return true
    }

    /// The ASCII entry `base[start..<end]` against a folded ASCII (non-empty) pattern.
    @inline(__always)
    func matchASCII(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = pattern.count
        guard length <= end - start else { return false }
        switch kind {
        case .startsWith: return Self.equalFolding(base, at: start, pattern)
        case .endsWith: return Self.equalFolding(base, at: end - length, pattern)
        case .contains: return Self.containsFolding(base, start, end, pattern)
        }
    }

    /// Looks for the pattern's first and last bytes at eight candidate starts per step (a letter in
    /// either case: OR-ing 0x20 maps `A` to `a` and leaves only `a` and `A` equal to `a`), then
    /// compares the whole pattern at each candidate. A zero-byte test may flag a byte above a real
    /// zero too, never miss one; every flag is checked, so that only costs a compare.
    @inline(__always)
    static func containsFolding(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                                _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = pattern.count
        let lastStart = end - length
        let first = pattern[0]
        let last = pattern[length - 1]
        let firstFold: UInt8 = first >= 97 && first <= 122 ? 0x20 : 0
        let lastFold: UInt8 = last >= 97 && last <= 122 ? 0x20 : 0
        let firstWord = ones &* UInt64(first)
        let lastWord = ones &* UInt64(last)
        let firstFoldWord = ones &* UInt64(firstFold)
        let lastFoldWord = ones &* UInt64(lastFold)
        let raw = UnsafeRawPointer(base)
        var position = start
        while position + 7 <= lastStart {
            let heads = (raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) | firstFoldWord) ^ firstWord
            let tails = (raw.loadUnaligned(fromByteOffset: position + length - 1, as: UInt64.self) | lastFoldWord) ^ lastWord
            var candidates = (heads &- ones) & ~heads & (tails &- ones) & ~tails & highs
            while candidates != 0 {
                let offset = candidates.trailingZeroBitCount >> 3
                if equalFolding(base, at: position + offset, pattern) { return true }
                candidates &= candidates &- 1
            }
            position += 8
        }
        while position <= lastStart {
            if lower(base[position]) == first && equalFolding(base, at: position, pattern) { return true }
            position += 1
        }
        return false
    }
}

/// The dictionary's buffers and the mask, shared by the parts of a scan; each part writes only its own
/// entries' slots while the caller waits in `concurrentPerform`.
private struct MatchTask: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let offsets: UnsafeBufferPointer<UInt32>
    let mask: UnsafeMutableBufferPointer<Bool>
}
