import EQDiagnostics
import EQSyntax
import EQTestSupport
import Testing

/// Statements generated from Grammar/eq.ebnf must parse, print back as source, and parse again to the
/// same tree; the printed source must print the same again. A rejected statement means the grammar
/// promises something the parser refuses.
struct GrammarRoundTripTests {
    static let count = ReliabilitySettings.integer("EQ_FUZZ_STATEMENTS", default: 5_000)

    @Test func everyTokenRuleTheGrammarUsesHasAGenerator() throws {
        let grammar = try Reliability.grammar()
        var used = Set<String>()
        for name in grammar.names where name.first?.isLowercase == true {
            if let body = grammar.rules[name] { used.formUnion(EBNFGrammar.references(of: body)) }
        }
        let tokens = used.filter { $0.first?.isUppercase == true }
        #expect(tokens.subtracting(GrammarGenerator.tokenRules).isEmpty, "no generator for \(tokens.subtracting(GrammarGenerator.tokenRules))")
        let undefined = used.filter { $0.first?.isLowercase == true && grammar.rules[$0] == nil }
        #expect(undefined.isEmpty, "rules used but not defined: \(undefined)")
        #expect(Set(GrammarGenerator.handWritten.keys).isSubset(of: Set(grammar.names)), "hand-written rules the grammar lacks")
    }

    @Test func generatedStatementsRoundTrip() throws {
        let grammar = try Reliability.grammar()
        let defects = try Reliability.knownDefects()
        let seed = Reliability.seed
        var generator = GrammarGenerator(grammar: grammar, seed: seed)
        var failures: [String] = []
        var skipped: [String: Int] = [:]
        var run = 0
        for index in 0..<Self.count {
            // Mostly single statements; every tenth a script, for separators and blank statements.
            let text = generator.generate(index % 10 == 9 ? "script" : "statement")
            if let defect = KnownDefects.match(text, harness: "round-trip", in: defects) {
                skipped[defect.id, default: 0] += 1
                continue
            }
            run += 1
            if let failure = Self.roundTrip(text) {
                failures.append("seed \(seed) #\(index): \(failure)\n  input: \(text.debugDescription)")
            }
        }
        Reliability.report("grammar round trip (seed \(seed))", total: run, skipped: skipped)
        #expect(failures.isEmpty, "\(failures.count) of \(run) statements failed:\n\(failures.prefix(25).joined(separator: "\n"))")
    }

    /// Nil when `text` survives parse, print, parse, print; otherwise what went wrong.
    static func roundTrip(_ text: String) -> String? {
        let first: Script
        do {
            first = try Parser.parseScript(SourceFile(name: "generated", text: text))
        } catch {
            return "rejected: \(error.message) at \(error.span.map { "\($0.start)" } ?? "?")"
        }
        let printed = SourcePrinter.print(first)
        let second: Script
        do {
            second = try Parser.parseScript(SourceFile(name: "printed", text: printed))
        } catch {
            return "printed form rejected: \(error.message)\n  printed: \(printed.debugDescription)"
        }
        let before = SyntaxPrinter.render(first)
        let after = SyntaxPrinter.render(second)
        if before != after {
            return "tree changed\n  printed: \(printed.debugDescription)\n  before: \(before)\n  after:  \(after)"
        }
        let again = SourcePrinter.print(second)
        if again != printed { return "printing is not stable\n  once:  \(printed)\n  twice: \(again)" }
        return nil
    }

    /// The printer's own edge cases, each of which an earlier draft got wrong.
    @Test(arguments: [
        "users | where (did login) last 3 days",
        "retention monthly where (did login) last 3 days",
        "retention monthly where did login from 2024-01 to 2024-03",
        "users | holdout 10% as control as of 2024-01-01",
        "users | where x = -0.0 or y = 1.5",
        "users | where x = 123456789012345678901234.5 and y = 0.000000000000000000001",
        "users | where (a and b) = (c or d)",
        "users | where not (a = 1 or b = 2) and did not \"sign up\" since 2024-01",
        "users | holdout 12.05% seed -3 | sample 0.5% | sample 7 seed 1",
    ])
    func printerEdgeCases(_ text: String) throws {
        _ = try Parser.parseScript(SourceFile(name: "case", text: text))
        #expect(Self.roundTrip(text) == nil, "\(Self.roundTrip(text) ?? "")")
    }
}
