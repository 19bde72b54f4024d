/// One topic of `.help`. The catalogue is the single source for `.help TOPIC`, the keyword lists Tab
/// offers (`slots`, `choices`, `options`) and the README's table of statements and steps, so the three
/// cannot drift apart; HelpCatalogTests also fails when a rule of Grammar/eq.ebnf is explained nowhere.
struct HelpEntry: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case statement = "Statements"
        case report = "Reports"
        case clause = "Clauses (in a query, or as a step)"
        case step = "Steps (after |)"
        case condition = "Conditions (after where, and, or, not)"
        case comparison = "Comparisons (after a column)"
        case language = "The language"
        case metaCommand = "Meta-commands"
    }

    /// Where completion offers an entry's `words`.
    enum Slot: Hashable, Sendable {
        /// At the start of a statement.
        case statement
        /// After a table or segment name, before any `|`.
        case clause
        /// Right after `|`.
        case step
        /// After a comma in an aggregate step: another aggregate.
        case aggregate
        /// Where a condition starts.
        case condition
        /// After a column of this kind in a condition.
        case comparison(CompletionCatalog.ColumnKind)
    }

    var topic: String
    var kind: Kind
    var syntax: String
    /// One paragraph; written over several source lines, shown re-wrapped to the terminal's 80 columns.
    var description: String
    var example: String
    /// The rules of Grammar/eq.ebnf this topic explains.
    var rules: [String] = []
    var slots: [Slot] = []
    /// What Tab offers in `slots` (default: the topic).
    var words: [String]? = nil
    /// The words that follow the keyword directly (chart kinds, report periods, cohort parts).
    var choices: [String] = []
    /// The words that may follow the keyword's argument (`exact`, `into`, `seed`, `overwrite`).
    var options: [String] = []

    var completions: [String] { words ?? [topic] }

    /// The paragraph as one line (the source wraps it for reading).
    var paragraph: String {
        description.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// `.help TOPIC`'s text: the syntax, the paragraph wrapped under it, the example.
    var text: String {
        ([syntax] + HelpEntry.wrap(paragraph, width: 78).map { "  " + $0 } + ["  e.g. " + example])
            .joined(separator: "\n")
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

enum HelpCatalog {
    static let periods = ["daily", "weekly", "monthly", "quarterly"]
    static let reportOptions = ["after", "before", "between", "from", "last", "since", "vs previous period", "where"]

    /// The language topics, in the order `.help` and the README list them.
    static let language: [HelpEntry] = statements + reports + clauses + steps + conditions + comparisons + basics

    /// Every topic: the language and the meta-commands (taken from `MetaCommand.all`, which also
    /// dispatches them, so a new meta-command has help without an entry here).
    static var entries: [HelpEntry] {
        language + MetaCommand.all.map { command in
            HelpEntry(topic: command.name, kind: .metaCommand,
                      syntax: "." + command.name + (command.arguments.isEmpty ? "" : " " + command.arguments),
                      description: command.help, example: metaExamples[command.name] ?? "." + command.name)
        }
    }

    /// The entry `.help` shows for `topic`: a topic, a word Tab offers for one (`sum`, `is null`), or a
    /// meta-command with its dot.
    static func entry(for topic: String) -> HelpEntry? {
        let words = topic.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        if words.hasPrefix(".") { return entries.first { $0.kind == .metaCommand && "." + $0.topic == words } }
        return entries.first { $0.topic == words } ?? language.first { $0.completions.contains(words) }
    }

    /// The words Tab offers in `slot`, in catalogue order.
    static func words(for slot: HelpEntry.Slot) -> [String] {
        var seen = Set<String>()
        return language.filter { $0.slots.contains(slot) }.flatMap(\.completions).filter { seen.insert($0).inserted }
    }

    /// since, before, after, between, last: what may follow a column of dates or an event type.
    static var timeClauseWords: [String] {
        language.filter { $0.rules.contains("time_clause") }.flatMap(\.completions)
    }

    static func entry(keyword: String) -> HelpEntry? {
        language.first { $0.completions.contains(keyword) || $0.topic == keyword }
    }

    /// `.help` without a topic: the topics of each kind after the meta-command listing.
    static var topicListing: String {
        let groups = HelpEntry.Kind.allCases.filter { $0 != .metaCommand }.map { kind in
            let topics = language.filter { $0.kind == kind }.map(\.topic) + (kind == .language ? ["syntax"] : [])
            // Wrapped between topics, never inside one (`status history`).
            var lines = [kind.rawValue + ":"]
            for (index, topic) in topics.enumerated() {
                let item = " " + topic + (index < topics.count - 1 ? "," : "")
                if lines[lines.count - 1].count + item.count > 78 { lines.append("   ") }
                lines[lines.count - 1] += item
            }
            return lines.joined(separator: "\n")
        }
        return groups.joined(separator: "\n")
    }

    /// The README's table (between the `help-catalogue` markers), checked by HelpCatalogTests.
    static var readmeSection: String {
        var lines = ["| topic | syntax | example |", "|---|---|---|"]
        for entry in language {
            let cells = [entry.topic, entry.syntax, entry.example].map { "`" + $0.replacing("|", with: "\\|") + "`" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    static let metaExamples: [String: String] = [
        "help": ".help holdout", "schema": ".schema users", "load": ".load users from \"data/users.csv\"",
        "timer": ".timer on", "mode": ".mode csv", "maxrows": ".maxrows 100", "output": ".output \"result.csv\"",
        "read": ".read Examples/weekly.eq", "history": ".history all",
        "connect": ".connect postgres://analyst@localhost:5432/crm",
    ]
}
