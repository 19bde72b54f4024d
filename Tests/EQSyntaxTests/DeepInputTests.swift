import EQDiagnostics
import Testing

@testable import EQSyntax

/// Inputs whose size or depth used to overflow the stack or take quadratic time: long `and`/`or`
/// chains are one flat node, nesting and steps are bounded with positioned errors, and the shell's
/// "is this statement finished?" question is answered line by line.
struct DeepInputTests {
    @Test(arguments: ["and", "or"])
    func aChainIsOneFlatNode(_ connective: String) throws {
        let text = "users where " + (0..<100_000).map { "x = \($0)" }.joined(separator: " \(connective) ")
        let script = try Parser.parseScript(SourceFile(name: "q", text: text))
        guard case .query(let query) = script.statements.first?.kind, case .filter(let expr) = query.steps.first?.kind else {
            Issue.record("not a query with a filter")
            return
        }
        switch expr.kind {
        case .and(let terms) where connective == "and": #expect(terms.count == 100_000)
        case .or(let terms) where connective == "or": #expect(terms.count == 100_000)
        default: Issue.record("not one \(connective) node")
        }
        #expect(source(of: expr, in: text) == text.dropFirst("users where ".count))
    }

    func source(of expr: Expr, in text: String) -> Substring {
        let bytes = Array(text.utf8)[expr.span.start..<expr.span.end]
        return Substring(String(decoding: bytes, as: UTF8.self))
    }

    @Test func nestingPastTheLimitIsAPositionedError() {
        let allowed = "users where " + String(repeating: "(", count: 200) + "x = 1" + String(repeating: ")", count: 200)
        #expect(throws: Never.self) { try Parser.parseScript(SourceFile(name: "q", text: allowed)) }
        let text = "users where " + String(repeating: "(", count: 201) + "x = 1" + String(repeating: ")", count: 201)
        do {
            _ = try Parser.parseScript(SourceFile(name: "q", text: text))
            Issue.record("parsed")
        } catch {
            #expect(error.message == "the expression is nested too deeply")
            #expect(error.locationText == "q:1:\(12 + 201)")
        }
    }

    @Test func stepsPastTheLimitAreAPositionedError() {
        let allowed = "users" + String(repeating: " | limit 5", count: Parser.maximumSteps)
        #expect(throws: Never.self) { try Parser.parseScript(SourceFile(name: "q", text: allowed)) }
        do {
            _ = try Parser.parseScript(SourceFile(name: "q", text: allowed + " | limit 5"))
            Issue.record("parsed")
        } catch {
            #expect(error.message == "a query takes at most 1000 steps")
            #expect(error.locationText == "q:1:\(5 + Parser.maximumSteps * 10 + 4)")
        }
    }

    /// The tracker answers exactly what `needsContinuation` answers for the whole text, line by line.
    @Test func theContinuationTrackerAgreesWithTheWholeTextRule() {
        let pool = [
            "users", "| count", "users where a = 1 and", "b = 2", "(a = 1 or", "b = 2)", "\"open string", "still open\"",
            "x = 1 \\", "  ", "-- comment", "# comment ,", "a = 1,", "c;", "(((", ")))", "users | where", "y = 'a",
            "b' and", "@@", ")", "a = \"x\\\"", "\";", "or", "|",
            "define d = case", "when a = 1 then \"x\"", "else \"y\"", "end", "case", "users where end = case",
            "define e = case when a then \"x\" end",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var tracker = ContinuationTracker()
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let line = pool.randomElement(using: &generator)!
                lines.append(line)
                let incremental = tracker.add(line)
                let whole = Layout.needsContinuation(lines.joined(separator: "\n"))
                #expect(incremental == whole, "\(lines)")
                if incremental != whole { return }
            }
            #expect(tracker.pendingText == lines.joined(separator: "\n"))
        }
    }
}
