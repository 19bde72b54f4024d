import EQBinder
@testable import EQExec
import EQStore
import EQSyntax
import Testing

/// The word-at-a-time scan must give `CaseInsensitiveMatcher`'s answer for every entry: random text
/// mixing ASCII of both cases with code points whose folding is special (ß, Turkish İ, the Kelvin
/// sign, combining marks, emoji), patterns from the same pieces, the empty pattern, every length
/// around the eight-byte steps.
struct StringMatchScanTests {
    static let pieces = ["a", "A", "n", "N", "ann", "ANN", "@", "@example.org", ".", "x", "Z", "ß", "SS", "ss",
                         "İ", "i", "I", "ı", "\u{212A}", "k", "K", "e\u{301}", "é", "É", "😀", "李", " ", "\0",
                         "abcdefgh", "ABCDEFGHIJ", "-", "0"]

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func text(_ random: inout Generator, maxPieces: Int) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static let alphabet = Array("abcnANxyz@.-_KkiIs")

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func sameAnswersAsTheMatcher(seed: UInt64) {
        var random = Generator(state: seed)
        // Mostly ASCII entries, as in real columns, with non-ASCII ones among them.
        let entries = (0..<3000).map { index in
            index % 3 == 0 ? Self.text(&random, maxPieces: 8)
                : String((0..<Int.random(in: 0...40, using: &random)).map { _ in
                    Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &random)] })
        }
        let dictionary = StringDictionary(entries)
        var patterns = ["", "a", "ann", "@example.org", "K", "\u{212A}", "i", "İ", "ß", "ss", "e\u{301}", "é", "xyzzyx",
                        "abcdefghij"]
        patterns += (0..<20).map { _ in Self.text(&random, maxPieces: 3) }
        for pattern in patterns {
            for kind in [StringMatch.contains, .startsWith, .endsWith] {
                let matcher = CaseInsensitiveMatcher(pattern: pattern, kind: kind)
                let expected = (0..<dictionary.count).map { code in
                    dictionary.bytes.withUnsafeBufferPointer { bytes in
                        matcher.matches(UnsafeBufferPointer(rebasing: bytes[Int(dictionary.offsets[code])..<Int(dictionary.offsets[code + 1])]))
                    }
                }
                for threads in [1, 2] {
                    let scan = StringMatchScan(pattern: pattern, kind: kind)
                    #expect(scan.mask(dictionary, negated: false, threads: threads) == expected, "\(kind) \(pattern)")
                    #expect(scan.mask(dictionary, negated: true, threads: threads) == expected.map { !$0 })
                }
            }
        }
    }

    /// Enough entries for the parallel path (65,536 and up), with hits at every offset of a word.
    @Test func manyEntriesAcrossParts() {
        let entries = (0..<70_000).map { index in
            String(repeating: "x", count: index % 13) + (index % 5 == 0 ? "AnN" : "an") + String(repeating: "y", count: index % 7)
        }
        let dictionary = StringDictionary(entries)
        let mask = StringMatchScan(pattern: "ann", kind: .contains).mask(dictionary, negated: false, threads: 2)
        #expect(mask == entries.indices.map { $0 % 5 == 0 })
    }
}
