import Foundation
import Testing

/// Keeps Grammar/eq.ebnf and the hand-written parser from drifting apart (SQLite's parse.y cannot
/// drift because it is the parser; this test is what stands in for that here).
struct GrammarConformanceTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Collapses runs of blanks so a rule wrapped over several lines compares equal to its copy.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The rules of the grammar file: `name ::= body`, continued on following lines that start with a
    /// blank and `|`; `/* ... */` comments removed.
    static func grammarRules() throws -> [String: String] {
        var text = try String(contentsOf: packageRoot.appendingPathComponent("Grammar/eq.ebnf"), encoding: .utf8)
        while let open = text.range(of: "/*") {
            let close = try #require(text.range(of: "*/", range: open.upperBound..<text.endIndex))
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        var rules: [String: String] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                current = nil
            } else if let current, line.first == " " && trimmed.hasPrefix("|") {
                rules[current, default: ""] += " " + trimmed
            } else {
                let parts = line.components(separatedBy: " ::= ")
                try #require(parts.count >= 2, "not a rule: \(line)")
                #expect(rules[parts[0]] == nil, "rule \(parts[0]) is defined twice")
                rules[parts[0]] = String(line)
                current = parts[0]
            }
        }
        return rules.mapValues(normalized)
    }

    struct SourceRule {
        var text: String
        var file: String
    }

    /// Every `/// Grammar: rule ::= ...` comment in Sources/EQSyntax, with continuation lines `///  | ...`.
    static func sourceRules() throws -> [String: [SourceRule]] {
        var rules: [String: [SourceRule]] = [:]
        for (file, lines) in try sourceFiles() {
            var lineIndex = 0
            while lineIndex < lines.count {
                let trimmed = lines[lineIndex].trimmingCharacters(in: .whitespaces)
                lineIndex += 1
                guard trimmed.hasPrefix("/// Grammar: ") else { continue }
                var rule = String(trimmed.dropFirst("/// Grammar: ".count))
                while lineIndex < lines.count {
                    let next = lines[lineIndex].trimmingCharacters(in: .whitespaces)
                    let body = next.dropFirst(3).trimmingCharacters(in: .whitespaces)
                    guard next.hasPrefix("///"), body.hasPrefix("|") else { break }
                    rule += " " + body
                    lineIndex += 1
                }
                let name = rule.components(separatedBy: " ::= ")[0]
                rules[name, default: []].append(SourceRule(text: normalized(rule), file: file))
            }
        }
        return rules
    }

    static func sourceFiles() throws -> [(name: String, lines: [String])] {
        let directory = packageRoot.appendingPathComponent("Sources/EQSyntax")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
        return try names.sorted().map { name in
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return (name, text.components(separatedBy: "\n"))
        }
    }

    @Test func everyRuleHasAParseFunctionAndEveryFunctionARule() throws {
        let grammar = try Self.grammarRules()
        let source = try Self.sourceRules()
        #expect(grammar.count > 30)
        for name in grammar.keys.sorted() where source[name] == nil {
            Issue.record("rule `\(name)` of Grammar/eq.ebnf has no function with `/// Grammar: \(name) ::=`")
        }
        for name in source.keys.sorted() where grammar[name] == nil {
            Issue.record("`/// Grammar: \(name)` in \(source[name]![0].file) names no rule of Grammar/eq.ebnf")
        }
    }

    @Test func docCommentsAreExactCopiesOfTheRules() throws {
        let grammar = try Self.grammarRules()
        for (name, copies) in try Self.sourceRules() {
            #expect(copies.count == 1, "rule `\(name)` is claimed by \(copies.map(\.file))")
            guard let rule = grammar[name] else { continue }
            for copy in copies {
                #expect(copy.text == rule, "the comment in \(copy.file) differs from Grammar/eq.ebnf")
            }
        }
    }

    /// A parse function without a rule is grammar the file does not tell about.
    @Test func everyParseFunctionCarriesItsRule() throws {
        for (file, lines) in try Self.sourceFiles() {
            for (lineIndex, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("mutating func parse") || trimmed.hasPrefix("func parse") else { continue }
                var commentIndex = lineIndex - 1
                var hasRule = false
                while commentIndex >= 0, lines[commentIndex].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                    if lines[commentIndex].contains("/// Grammar: ") { hasRule = true }
                    commentIndex -= 1
                }
                #expect(hasRule, "\(file):\(lineIndex + 1) `\(trimmed.prefix(50))` has no `/// Grammar:` comment")
            }
        }
    }

    /// The body with quoted literals, character classes and `#x` character codes blanked out, scanning
    /// left to right so that `'"'` and `"'"` pair up correctly.
    static func withoutTerminals(_ body: String) -> String {
        var result = ""
        var closing: Character?
        var skippingCode = false
        for character in body {
            if let expected = closing {
                if character == expected { closing = nil }
                continue
            }
            if skippingCode {
                if character.isHexDigit || character == "x" { continue }
                skippingCode = false
            }
            switch character {
            case "'", "\"": closing = character
            case "[": closing = "]"
            case "#": skippingCode = true
            default: result.append(character)
            }
        }
        return result
    }

    /// Names used in rule bodies (outside quotes and character classes) must be defined.
    @Test func everyReferencedRuleIsDefined() throws {
        let grammar = try Self.grammarRules()
        for (name, rule) in grammar {
            let body = rule.components(separatedBy: " ::= ").dropFirst().joined(separator: " ::= ")
            let words = Self.withoutTerminals(body).split(whereSeparator: { !($0.isLetter || $0 == "_") })
            for word in words where grammar[String(word)] == nil {
                Issue.record("rule `\(name)` refers to `\(word)`, which is not defined")
            }
        }
    }
}
