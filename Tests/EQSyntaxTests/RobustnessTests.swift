import EQDiagnostics
import Testing
@testable import EQSyntax

/// No input may crash or hang the lexer or parser; every failure must be a positioned diagnostic.
struct RobustnessTests {
    /// SplitMix64: a fixed seed keeps failures reproducible.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    static var validExamples: [String] {
        SpecExampleTests.examples.map(\.source) + ParserTests.statements.map(\.source) + ParserTests.steps.map(\.source)
            + ParserTests.expressions.map { "t where " + $0.condition }
            + ContinuationTests.scripts.map(\.source)
    }

    /// Parses, renders whatever parsed, and checks a failure points inside the text.
    static func exercise(_ text: String) {
        _ = Parser.needsContinuation(text)
        do {
            let script = try Parser.parseScript(SyntaxTestSupport.source(text))
            _ = SyntaxPrinter.render(script)
        } catch {
            #expect(error.source != nil, "no source for \(error) in \(text.debugDescription)")
            let span = error.span ?? SourceSpan(at: -1)
            #expect(span.start >= 0 && span.end <= text.utf8.count, "span \(span) outside \(text.debugDescription)")
            #expect(!error.message.isEmpty)
        }
    }

    @Test func randomBytes() {
        var generator = SeededGenerator(state: 3)
        let interesting = Array("\"'\\()|,;=<>!-#$*.\n\t 0123456789abcdeinorstw".utf8)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...40, using: &generator)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                bytes.append(Bool.random(using: &generator)
                    ? interesting.randomElement(using: &generator)!
                    : UInt8.random(in: 0...255, using: &generator))
            }
            Self.exercise(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func randomWordSoup() {
        var generator = SeededGenerator(state: 7)
        let vocabulary = Parser.stepKeywords + Parser.statementKeywords + [
            "and", "or", "not", "in", "is", "null", "contains", "starts", "ends", "with", "by", "asc", "desc",
            "distinct", "from", "as", "time", "key", "delimiter", "ago", "days", "month", "true",
            "users", "score", "status", "(", ")", ",", "|", ";", "=", "!=", "<", ">=", "*", "-", "\n", "\\\n",
            "7", "1.5", "2024-01", "2024-06-30", "2024", "\"x\"", "'y'", "$p", "-- c\n", "# c\n",
        ]
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...16, using: &generator)
            let words = (0..<count).map { _ in vocabulary.randomElement(using: &generator)! }
            Self.exercise(words.joined(separator: " "))
        }
    }

    @Test func everyPrefixOfEveryExample() {
        for example in Self.validExamples {
            let bytes = Array(example.utf8)
            for length in 0...bytes.count {
                Self.exercise(String(decoding: bytes[..<length], as: UTF8.self))
            }
        }
    }

    /// Dropping or duplicating one token gives a diagnostic or another valid tree, never a crash.
    @Test func everyExampleWithOneTokenDroppedOrDuplicated() throws {
        for example in Self.validExamples {
            let tokens = try Lexer.tokenize(SyntaxTestSupport.source(example)).filter { $0.kind != .end }
            let bytes = Array(example.utf8)
            for token in tokens {
                let before = bytes[..<token.span.start]
                let tokenBytes = bytes[token.span.start..<token.span.end]
                let after = bytes[token.span.end...]
                Self.exercise(String(decoding: Array(before) + Array(after), as: UTF8.self))
                Self.exercise(String(decoding: Array(before) + tokenBytes + [UInt8(ascii: " ")] + tokenBytes + after,
                                     as: UTF8.self))
            }
        }
    }
}
