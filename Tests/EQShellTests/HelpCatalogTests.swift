import EQDiagnostics
import EQSyntax
import Foundation
import Testing
@testable import EQShell

/// The help catalogue is the one table `.help`, completion and the README's language table come from;
/// these tests keep it complete (every grammar rule, statement, step, report and meta-command) and
/// keep the README's copy equal to it. `EQ_RECORD=1` rewrites the README's table and fails.
struct HelpCatalogTests {
    static let readmePath = ExampleScriptTests.packageRoot + "/README.md"
    static let beginMarker = "<!-- help-catalogue: begin -->"
    static let endMarker = "<!-- help-catalogue: end -->"

    /// The rule names of Grammar/eq.ebnf: every `name ::=` at the start of a line outside comments.
    static func grammarRuleNames() throws -> [String] {
        var text = try String(contentsOfFile: ExampleScriptTests.packageRoot + "/Grammar/eq.ebnf", encoding: .utf8)
        while let open = text.range(of: "/*") {
            let close = try #require(text.range(of: "*/", range: open.upperBound..<text.endIndex))
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.split(separator: "\n").compactMap { line in
            guard let first = line.first, first != " ", let range = line.range(of: " ::= ") else { return nil }
            return String(line[..<range.lowerBound])
        }
    }

    @Test func everyGrammarRuleHasAHelpEntry() throws {
        let rules = try Self.grammarRuleNames()
        #expect(rules.count > 50, "the grammar file was not read: \(rules)")
        let explained = Set(HelpCatalog.language.flatMap(\.rules))
        let missing = rules.filter { !explained.contains($0) }
        #expect(missing.isEmpty, "rules of Grammar/eq.ebnf without a help entry (add them to `rules:` of an entry in HelpCatalog+Entries.swift): \(missing)")
        let unknown = explained.subtracting(rules)
        #expect(unknown.isEmpty, "help entries name rules the grammar does not have: \(unknown.sorted())")
    }

    @Test func topicsAreUniqueAndComplete() {
        let topics = HelpCatalog.entries.filter { $0.kind != .metaCommand }.map(\.topic)
        #expect(Set(topics).count == topics.count, "\(topics)")
        for entry in HelpCatalog.language {
            #expect(!entry.syntax.isEmpty && !entry.paragraph.isEmpty && !entry.example.isEmpty, "\(entry.topic)")
            for line in entry.text.split(separator: "\n") {
                #expect(line.count <= 80, "`.help \(entry.topic)` has a line over 80 columns: \(line)")
            }
        }
    }

    /// The topics the issue named as missing, and every statement, step and report Tab can offer.
    @Test func everyStatementStepReportAndMetaCommandHasHelp() {
        for topic in ["export", "retention", "segments", "save segments", "active users", "status history", "cohorts",
                      "distinct", "holdout", "sample", "preview", "chart", "as of", "did", "in", "contains", "is null",
                      "sum", "after", ".mode", "mode", "HOLDOUT", "active   users"] {
            #expect(HelpCatalog.entry(for: topic) != nil, "no help for \(topic)")
        }
        let offered = CompletionEngine.statementKeywords + CompletionEngine.stepKeywords + CompletionEngine.clauseKeywords
            + CompletionEngine.conditionKeywords + CompletionEngine.aggregateKeywords
            + CompletionEngine.comparisonKeywords(for: .other)
        for word in offered {
            #expect(HelpCatalog.entry(for: word) != nil, "Tab offers \(word) but .help does not explain it")
        }
        for command in MetaCommand.all {
            #expect(HelpCatalog.entry(for: "." + command.name)?.syntax.hasPrefix("." + command.name) == true)
        }
    }

    /// The examples are statements eq parses, so `.help` never shows one that fails.
    @Test func everyExampleParses() {
        for entry in HelpCatalog.language {
            let source = SourceFile(name: entry.topic, text: entry.example)
            var message = ""
            do { _ = try Parser.parseScript(source) } catch { message = error.message }
            #expect(message.isEmpty, "the example of .help \(entry.topic) does not parse: \(message)")
        }
    }

    @Test func theReadmeTableIsTheCatalogue() throws {
        let readme = try String(contentsOfFile: Self.readmePath, encoding: .utf8)
        let begin = try #require(readme.range(of: Self.beginMarker), "README.md has no \(Self.beginMarker)")
        let end = try #require(readme.range(of: Self.endMarker, range: begin.upperBound..<readme.endIndex))
        let section = String(readme[begin.upperBound..<end.lowerBound])
        let expected = "\n" + HelpCatalog.readmeSection + "\n"
        if ExampleScriptTests.recording && section != expected {
            let updated = readme.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: expected)
            try updated.write(toFile: Self.readmePath, atomically: true, encoding: .utf8)
            Issue.record("EQ_RECORD=1 rewrote the help table of README.md")
            return
        }
        #expect(section == expected, "README.md's language table differs from HelpCatalog; run `EQ_RECORD=1 swift test --skip-build --filter HelpCatalogTests` to regenerate it")
    }

    /// Tab's keywords are the catalogue's: a step, statement or comparison added there is offered.
    @Test func completionOffersTheCatalogueWords() {
        let engine = CompletionEngine(catalog: CompletionEngineTests.catalog)
        func offered(_ line: String) -> [String] { engine.complete(line, cursor: line.utf8.count)?.candidates ?? [] }
        let steps = offered("users | ")
        let statements = offered("")
        // `changed` fits only status and stage, which are text too.
        let text = offered("users where name ") + offered("users where status ")
        for entry in HelpCatalog.language {
            if entry.slots.contains(.step) { #expect(entry.completions.allSatisfy(steps.contains), "\(entry.topic)") }
            if entry.slots.contains(.statement) {
                #expect(entry.completions.allSatisfy(statements.contains), "\(entry.topic)")
            }
            if entry.slots.contains(.comparison(.text)) {
                #expect(entry.completions.allSatisfy(text.contains), "\(entry.topic)")
            }
        }
        #expect(offered("users | count by status | chart ") == HelpCatalog.entry(for: "chart")?.choices)
    }

    @Test func helpWithoutATopicListsTheTopicsOfEachKind() {
        let listing = HelpCatalog.topicListing
        for line in ["Statements: load, set, let, define, segments, save segments, save snapshot,\n    load snapshot, explain, explain analyze",
                     "Reports: registrations, retention, active users"] {
            #expect(listing.contains(line), "\(listing)")
        }
        for word in ["export", "holdout", "distinct", "did", "contains", "values", "syntax", "status history"] {
            #expect(listing.contains(word), "\(word) missing from\n\(listing)")
        }
        for line in listing.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
}
