import EQEngine

/// Context-aware Tab completion: given the statement typed so far and the cursor, which words fit.
///
/// A pure function of its input and a `CompletionCatalog`, so every context has a unit test; the line
/// editor only applies the result.
struct CompletionEngine {
    var catalog: CompletionCatalog

    /// The keyword lists come from the help catalogue, so Tab offers exactly what `.help` explains.
    static var statementKeywords: [String] { HelpCatalog.words(for: .statement) }
    static var clauseKeywords: [String] { HelpCatalog.words(for: .clause) }
    static var stepKeywords: [String] { HelpCatalog.words(for: .step) }
    /// Conditions on behaviour and membership that can start a condition (issue 5).
    static var conditionKeywords: [String] { HelpCatalog.words(for: .condition) }
    static var aggregateKeywords: [String] { HelpCatalog.words(for: .aggregate) }
    static var loadOptionKeywords: [String] { HelpCatalog.entry(keyword: "load")?.options ?? [] }
    static let settingNames = Session.settingNames.sorted()

    /// The comparisons that fit a column of `kind`; every one of them when the kind is unknown.
    static func comparisonKeywords(for kind: CompletionCatalog.ColumnKind) -> [String] {
        guard kind == .other else { return HelpCatalog.words(for: .comparison(kind)) }
        let kinds: [CompletionCatalog.ColumnKind] = [.text, .number, .time, .boolean, .other]
        var seen = Set<String>()
        return kinds.flatMap { HelpCatalog.words(for: .comparison($0)) }.filter { seen.insert($0).inserted }
    }

    /// `cursor` is a UTF-8 offset into `text`; only the text before it is read.
    func complete(_ text: String, cursor: Int) -> CompletionResult? {
        let bytes = Array(text.utf8)
        let cursor = max(0, min(cursor, bytes.count))
        let before = bytes[0..<cursor]
        if let first = before.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), before[first] == UInt8(ascii: ".") {
            return completeMetaCommand(before, nameStart: first)
        }
        guard var tokens = CompletionToken.scan(before) else { return nil }
        if let semicolon = tokens.lastIndex(where: { $0.isSymbol(";") }) { tokens.removeFirst(semicolon + 1) }
        if case .string(isOpen: true)? = tokens.last?.kind {
            let string = tokens.removeLast()
            return completeInsideString(string, after: tokens, cursor: cursor)
        }
        var word = ""
        var wordStart = cursor
        if let last = tokens.last, last.kind == .word, last.end == cursor {
            word = last.text
            wordStart = last.start
            tokens.removeLast()
        }
        let options = candidates(after: tokens)
        return result(options, matching: word, range: wordStart..<cursor)
    }

    /// Candidate lists for the word after `tokens`; keywords are kept apart so they can follow the
    /// case the user types in.
    private struct Options {
        var keywords: [String] = []
        var names: [String] = []
        var appendsSpace = true
    }

    /// A column of the rows at the cursor: the table's, or what earlier steps made of them.
    struct ScopeColumn: Equatable {
        var name: String
        var kind: CompletionCatalog.ColumnKind
    }

    /// Tables and segments: whatever a query may start with.
    private var sourceNames: [String] { catalog.tables.map(\.name) + catalog.segments.map(\.name) }

    private func candidates(after allTokens: [CompletionToken]) -> Options {
        var tokens = allTokens
        if tokens.first?.isWord("explain") == true { tokens.removeFirst() }
        guard let first = tokens.first else {
            return Options(keywords: allTokens.isEmpty ? Self.statementKeywords : [], names: sourceNames)
        }
        if first.isWord("load") { return loadOptions(tokens) }
        if first.isWord("set") { return tokens.count == 1 ? Options(names: Self.settingNames) : Options() }
        if first.isWord("let") {
            guard tokens.count >= 3, tokens[2].isSymbol("=") else { return Options() }
            let query = Array(tokens.dropFirst(3))
            guard let head = query.first else { return Options(names: sourceNames) }
            return queryOptions(query, table: catalog.source(named: head.text))
        }
        if first.isWord("transitions"), catalog.source(named: "transitions") == nil,
           let users = catalog.table(named: "users") {
            return transitionsOptions(tokens, users: users)
        }
        if catalog.source(named: first.text) == nil, let report = reportOptions(tokens) { return report }
        // `funnel ...` alone is `users | funnel ...`: complete it as that step.
        if first.isWord("funnel"), catalog.source(named: "funnel") == nil, let users = catalog.table(named: "users") {
            let head = CompletionToken(kind: .word, text: users.name, start: 0, end: 0)
            let pipe = CompletionToken(kind: .symbol, text: "|", start: 0, end: 0)
            return queryOptions([head, pipe] + tokens, table: users)
        }
        return queryOptions(tokens, table: catalog.source(named: first.text))
    }

    /// The columns with values at a past date: status, stage and the lifecycles (`define`).
    static func pastColumns(of table: CompletionCatalog.TableInfo) -> [String] {
        table.derivedColumns.filter { !["cohort", "days_inactive"].contains($0.lowercased()) }
    }

    /// `transitions SUBJECT from D1 to D2 [where ...]`: the subject, then `from` and `to` in turn, then
    /// the clauses that pick the users.
    private func transitionsOptions(_ tokens: [CompletionToken], users: CompletionCatalog.TableInfo) -> Options {
        if let whereIndex = tokens.lastIndex(where: { $0.isWord("where") }) {
            let head = CompletionToken(kind: .word, text: users.name, start: 0, end: 0)
            return queryOptions([head] + tokens[whereIndex...], table: users)
        }
        switch tokens.count {
        case 1: return Options(names: Self.pastColumns(of: users))
        case 2: return Options(keywords: ["from"])
        case 4: return Options(keywords: ["to"])
        case 3, 5: return Options()
        default: return Options(keywords: Self.clauseKeywords)
        }
    }

    private func loadOptions(_ tokens: [CompletionToken]) -> Options {
        switch tokens.count {
        case 1: return Options(names: catalog.tables.map(\.name))
        case 2: return Options(keywords: ["from"])
        default:
            if tokens[1].isWord("snapshot"), case .string = tokens[2].kind { return Options() }
            if tokens.last?.isWord("as") == true { return Options(keywords: ["csv", "ndjson"]) }
            if case .string = tokens.last?.kind { return Options(keywords: Self.loadOptionKeywords) }
            return Options()
        }
    }

    /// A report (`cohorts status from ...`): its parts, periods and options, and columns in its `where`.
    private func reportOptions(_ tokens: [CompletionToken]) -> Options? {
        let twoWords = tokens.count >= 2 ? (tokens[0].word ?? "") + " " + (tokens[1].word ?? "") : ""
        let lead = ["active users", "status history"].contains(twoWords) ? 2 : 1
        let keyword = lead == 2 ? twoWords : tokens[0].word ?? ""
        guard let entry = HelpCatalog.entry(keyword: keyword), entry.kind == .report else { return nil }
        let previous = tokens[tokens.count - 1]
        if previous.isSymbol("|") { return Options(keywords: ["chart"]) }
        if previous.isWord("chart") { return Options(keywords: HelpCatalog.entry(keyword: "chart")?.choices ?? []) }
        let users = catalog.table(named: "users") ?? catalog.tables.first { $0.derivedColumns.contains("status") }
        if let whereIndex = tokens.lastIndex(where: { $0.isWord("where") }), whereIndex >= lead, let users {
            let head = CompletionToken(kind: .word, text: users.name, start: 0, end: 0)
            return queryOptions([head] + tokens[whereIndex...], table: users)
        }
        if tokens.count == lead {
            if keyword == "trend" { return Options(keywords: entry.choices, names: catalog.tables.map(\.name)) }
            return Options(keywords: entry.choices + (entry.choices == HelpCatalog.periods ? [] : entry.options))
        }
        if tokens.count >= 2 && tokens[tokens.count - 2].isWord("from") && previous.kind == .word {
            return Options(keywords: ["to"])
        }
        if previous.kind != .word || previous.isWord("since", "before", "after", "between", "and", "from", "to", "last",
                                                     "vs", "previous") {
            return Options()
        }
        let hasPeriod = tokens.contains { HelpCatalog.periods.contains($0.word ?? "") }
        let needsPeriod = entry.choices == HelpCatalog.periods || keyword == "trend"
        return Options(keywords: (needsPeriod && !hasPeriod ? HelpCatalog.periods : []) + entry.options)
    }

    /// The statement's pipeline stages: the source with its clauses, then each step after a `|` (the
    /// `|` left out); a `|` inside parentheses does not split.
    static func stages(_ tokens: [CompletionToken]) -> [[CompletionToken]] {
        var stages: [[CompletionToken]] = [[]]
        var depth = 0
        for token in tokens {
            if token.isSymbol("(") { depth += 1 }
            if token.isSymbol(")") { depth = max(0, depth - 1) }
            if token.isSymbol("|") && depth == 0 {
                stages.append([])
            } else {
                stages[stages.count - 1].append(token)
            }
        }
        return stages
    }

    /// The columns after a finished step: an aggregate's groups and results, `show`'s columns,
    /// `holdout`'s new column; other steps keep the rows' columns.
    static func scope(after stage: [CompletionToken], from scope: [ScopeColumn],
                      table: CompletionCatalog.TableInfo?) -> [ScopeColumn] {
        guard let head = stage.first?.word else { return scope }
        func kind(_ name: String) -> CompletionCatalog.ColumnKind {
            scope.first { $0.name.lowercased() == name.lowercased() }?.kind ?? .other
        }
        func column(_ index: Int) -> String? {
            index < stage.count && stage[index].kind == .word ? stage[index].text : nil
        }
        switch head {
        case "count", "sum", "avg", "min", "max":
            var keys: [ScopeColumn] = []
            var aggregates: [ScopeColumn] = []
            var index = 0
            while index < stage.count {
                let token = stage[index]
                if token.isWord("by") {
                    keys = stage[(index + 1)...].compactMap { $0.kind == .word ? ScopeColumn(name: $0.text, kind: kind($0.text)) : nil }
                    break
                }
                guard let function = token.word, ["count", "sum", "avg", "min", "max"].contains(function) else {
                    index += 1
                    continue
                }
                if function == "count" {
                    if stage.indices.contains(index + 1), stage[index + 1].isWord("distinct"), let name = column(index + 2) {
                        aggregates.append(ScopeColumn(name: "count_distinct_" + name, kind: .number))
                        index += 3
                    } else if let name = column(index + 1), !stage[index + 1].isWord("by") {
                        aggregates.append(ScopeColumn(name: "count_" + name, kind: .number))
                        index += 2
                    } else {
                        aggregates.append(ScopeColumn(name: "count", kind: .number))
                        index += 1
                    }
                } else if let name = column(index + 1) {
                    let resultKind = function == "min" || function == "max" ? kind(name) : .number
                    aggregates.append(ScopeColumn(name: function + "_" + name, kind: resultKind))
                    index += 2
                } else {
                    index += 1
                }
            }
            return keys + aggregates
        case "show":
            if stage.contains(where: { $0.isSymbol("*") }) {
                let derived = Set((table?.derivedColumns ?? []).map { $0.lowercased() })
                return scope.filter { !derived.contains($0.name.lowercased()) }
            }
            return stage.dropFirst().compactMap { $0.kind == .word ? ScopeColumn(name: $0.text, kind: kind($0.text)) : nil }
        case "funnel":
            let by = stage.firstIndex { $0.isWord("by") }.flatMap { column($0 + 1) }
            let shares = ["from_previous", "from_first"].map { ScopeColumn(name: $0, kind: .number) }
            return (by.map { [ScopeColumn(name: $0, kind: kind($0))] } ?? [])
                + [ScopeColumn(name: "step", kind: .number), ScopeColumn(name: "event", kind: .text),
                   ScopeColumn(name: "users", kind: .number)] + shares
                + [ScopeColumn(name: "median_days_from_previous", kind: .number)]
        case "holdout":
            let into = stage.firstIndex { $0.isWord("into") }.flatMap { column($0 + 1) }
            return scope + [ScopeColumn(name: into ?? "group", kind: .text)]
        default:
            return scope
        }
    }

    private func queryOptions(_ tokens: [CompletionToken], table: CompletionCatalog.TableInfo?) -> Options {
        let stages = Self.stages(tokens)
        var scope = (table?.allColumns ?? []).map { ScopeColumn(name: $0, kind: table?.kind(of: $0) ?? .other) }
        for stage in stages.dropFirst().dropLast() { scope = Self.scope(after: stage, from: scope, table: table) }
        let columns = scope.map(\.name)
        func scopeColumn(_ token: CompletionToken?) -> ScopeColumn? {
            guard let word = token?.word else { return nil }
            return scope.first { $0.name.lowercased() == word }
        }
        guard tokens.count > 1, let previous = tokens.last else {
            return Options(keywords: Self.clauseKeywords)
        }
        let beforePrevious = tokens[tokens.count - 2]
        let third = tokens.count > 2 ? tokens[tokens.count - 3] : nil
        func startsCondition(_ token: CompletionToken?) -> Bool {
            token?.isWord("where", "and", "or", "not") == true || token?.isSymbol("(") == true
        }
        if let column = inListColumn(tokens), previous.isSymbol("(", ",") {
            return Options(names: values(of: column, in: table))
        }
        if previous.isSymbol("=", "!="), let column = beforePrevious.word {
            return Options(names: values(of: column, in: table))
        }
        if previous.isSymbol("|") { return Options(keywords: Self.stepKeywords) }
        if stages.count > 1, let stage = stages.last, let options = stepOptions(stage, columns: columns) { return options }
        if previous.isWord("is") { return Options(keywords: ["not null", "null"]) }
        if previous.isWord("not") && beforePrevious.isWord("is") { return Options(keywords: ["null"]) }
        if previous.isWord("starts", "ends") { return Options(keywords: ["with"]) }
        // Behaviour and membership (issue 5): event types and segment names.
        if previous.isWord("did") && startsCondition(beforePrevious) {
            return Options(keywords: ["not"], names: catalog.eventTypes)
        }
        if previous.isWord("not") && beforePrevious.isWord("did") && startsCondition(third) {
            return Options(names: catalog.eventTypes)
        }
        if previous.isWord("first", "last") && startsCondition(beforePrevious) { return Options(names: catalog.eventTypes) }
        let afterColumnNot = beforePrevious.isWord("not") && scopeColumn(third) != nil
        if previous.isWord("in") && (afterColumnNot || scopeColumn(beforePrevious) != nil) { return Options() }
        if previous.isWord("in") && startsCondition(beforePrevious) {
            return Options(names: catalog.segments.map(\.name))
        }
        if previous.kind == .word, beforePrevious.isWord("did") || (beforePrevious.isWord("not") && third?.isWord("did") == true) {
            return Options(keywords: ["and", "at least", "at most", "exactly", "or"] + HelpCatalog.timeClauseWords)
        }
        // After a column: the comparisons its type allows (`not` for `not in`, `not contains`).
        if previous.isWord("not"), let column = scopeColumn(beforePrevious), startsCondition(third) {
            let negatable: Set = ["in", "contains", "starts with", "ends with"]
            return Options(keywords: Self.comparisonKeywords(for: column.kind).filter { negatable.contains($0) })
        }
        if startsCondition(previous) {
            let keywords = previous.isWord("not") ? ["did", "in"] : Self.conditionKeywords
            return Options(keywords: keywords, names: columns)
        }
        if let column = scopeColumn(previous), startsCondition(beforePrevious) {
            // A boolean column is a whole condition (`where email_opt_in and ...`); only status, stage
            // and lifecycles have past values for `changed`.
            let hasPast = table.map { Self.pastColumns(of: $0).contains(column.name) } ?? false
            return Options(keywords: Self.comparisonKeywords(for: column.kind).filter { hasPast || $0 != "changed" }
                           + (column.kind == .boolean ? ["and", "or"] : []))
        }
        if previous.isWord("by", "show", "distinct", "sum", "avg", "min", "max") { return Options(names: columns) }
        if previous.isWord("count") { return Options(keywords: ["by", "distinct"]) }
        if previous.isWord("sort") || (previous.kind == .word && beforePrevious.isWord("top")) {
            return Options(keywords: ["by"])
        }
        if previous.isSymbol(",") { return listContinuation(tokens, columns: columns) }
        return Options(keywords: Self.clauseKeywords + ["and", "or"], names: columns)
    }

    /// Inside a funnel: event types after `funnel` and `->`, then `->` or `within`, a unit after the
    /// window's count, then the time clauses and `by`, and a column after `by`.
    private func funnelOptions(_ stage: [CompletionToken], columns: [String]) -> Options {
        guard let previous = stage.last else { return Options() }
        let beforePrevious = stage.count > 1 ? stage[stage.count - 2] : nil
        if previous.isSymbol("->") { return Options(names: catalog.eventTypes) }
        if previous.isWord("by") { return Options(names: columns) }
        if previous.isWord("within") { return Options() }
        if beforePrevious?.isWord("within") == true { return Options(keywords: ["days", "hours", "months", "weeks"]) }
        if beforePrevious?.isWord("funnel") == true || beforePrevious?.isSymbol("->") == true {
            return Options(keywords: ["->", "within"])
        }
        if stage.count >= 3, stage[stage.count - 3].isWord("within") {
            return Options(keywords: HelpCatalog.timeClauseWords + ["by"])
        }
        return Options()
    }

    /// Inside a step whose words come after its argument: `distinct email exact`, `holdout 10% as
    /// control seed 7 into group2`, `sample 5% seed 3`, `export "f.csv" overwrite raw`, `chart bar to`,
    /// `sort by score desc`. Nil when the general rules apply.
    private func stepOptions(_ stage: [CompletionToken], columns: [String]) -> Options? {
        guard let head = stage.first?.word, let previous = stage.last else { return nil }
        let entry = HelpCatalog.entry(keyword: head)
        guard stage.count > 1 else {
            // Right after the step's keyword: a chart kind, or a number or file name nothing completes.
            if head == "chart" { return Options(keywords: entry?.choices ?? []) }
            if head == "funnel" { return Options(names: catalog.eventTypes) }
            return ["holdout", "sample", "limit", "top", "export", "preview"].contains(head) ? Options() : nil
        }
        switch head {
        case "funnel":
            return funnelOptions(stage, columns: columns)
        case "distinct":
            return stage.count == 2 && previous.kind == .word ? Options(keywords: entry?.options ?? []) : Options()
        case "holdout", "sample":
            // The options come in the grammar's order, each once: as LABEL, seed S, into COLUMN.
            let order = head == "holdout" ? ["as", "seed", "into"] : ["seed"]
            if order.contains(previous.word ?? "") { return Options() }
            let used = stage.compactMap { token in token.word.flatMap { order.firstIndex(of: $0) } }.max() ?? -1
            return Options(keywords: Array(order.dropFirst(used + 1)))
        case "export":
            guard stage.contains(where: { if case .string = $0.kind { return true } else { return false } }) else { return nil }
            if previous.isSymbol("(", ",") { return Options(names: columns) }
            if stage.contains(where: { $0.isSymbol("(") }) && !stage.contains(where: { $0.isSymbol(")") }) { return Options() }
            let options = entry?.options ?? []
            return Options(keywords: options.filter { option in !stage.contains { $0.isWord(option) } })
        case "chart":
            if stage.count == 2 && previous.kind == .word { return Options(keywords: entry?.options ?? []) }
            return Options()
        case "count", "sum", "avg", "min", "max":
            // `count distinct role ‸`, `sum score ‸`: the groups may follow.
            guard !stage.contains(where: { $0.isWord("by") }), previous.kind == .word,
                  !previous.isWord("count", "sum", "avg", "min", "max", "distinct") else { return nil }
            return Options(keywords: ["by"])
        case "sort", "top":
            if previous.kind == .word, let index = stage.firstIndex(where: { $0.isWord("by") }), stage.count > index + 1,
               !previous.isWord("asc", "desc") {
                return Options(keywords: ["asc", "desc"])
            }
            return nil
        default:
            return nil
        }
    }

    /// After a comma: more columns in a `show`/`by` list, another aggregate in `count, avg score`.
    private func listContinuation(_ tokens: [CompletionToken], columns: [String]) -> Options {
        for token in tokens.reversed() {
            if token.isWord("show", "by") { return Options(names: columns) }
            if token.isSymbol("|") { return Options(keywords: Self.aggregateKeywords) }
        }
        return Options(names: columns)
    }

    /// The column of an `in (` list the cursor is inside, if any.
    private func inListColumn(_ tokens: [CompletionToken]) -> String? {
        var depth = 0
        for index in tokens.indices.reversed() {
            let token = tokens[index]
            if token.isSymbol(")") { depth += 1 }
            if token.isSymbol("(") {
                if depth > 0 { depth -= 1; continue }
                guard index >= 2, tokens[index - 1].isWord("in") else { return nil }
                return tokens[index - 2].word
            }
        }
        return nil
    }

    private func values(of column: String, in table: CompletionCatalog.TableInfo?) -> [String] {
        switch column {
        case "status": return ["active", "at_risk", "inactive"]
        case "stage": return ["active", "idle_1d", "inactive_1w", "inactive_2w", "inactive_3w", "inactive_1m"]
        default:
            guard let table else { return [] }
            if table.booleanColumns.contains(column) { return ["false", "true"] }
            return catalog.values(table.name, column) ?? []
        }
    }

    private func completeInsideString(_ string: CompletionToken, after tokens: [CompletionToken],
                                      cursor: Int) -> CompletionResult? {
        let contentStart = string.start + 1
        let previous = tokens.last
        let quote = "\""
        if previous?.isWord("from") == true, tokens.first?.isWord("load") == true {
            return completePath(string.text, range: contentStart..<cursor, closingQuote: quote)
        }
        if previous?.isWord("snapshot") == true, tokens.count == 2, tokens.first?.isWord("save", "load") == true {
            return completePath(string.text, range: contentStart..<cursor, closingQuote: quote)
        }
        let table = tokens.first.flatMap { catalog.source(named: $0.text) }
        var column: String?
        if previous?.isSymbol("=", "!=") == true, tokens.count >= 2 { column = tokens[tokens.count - 2].word }
        if previous?.isSymbol("(", ",") == true { column = inListColumn(tokens) }
        guard let column else { return nil }
        let found = values(of: column, in: table).filter { $0.lowercased().hasPrefix(string.text.lowercased()) }
        guard !found.isEmpty else { return nil }
        return CompletionResult(range: contentStart..<cursor, candidates: found.map { $0 + quote }.sorted())
    }

    /// Completes `typed` as a path relative to the current directory: directories end in `/` and leave
    /// the cursor inside the path, a file closes the quote.
    func completePath(_ typed: String, range: Range<Int>, closingQuote: String) -> CompletionResult? {
        let slash = typed.lastIndex(of: "/")
        let directory = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let entries = catalog.listDirectory(directory)
            .filter { $0.name.hasPrefix(prefix) && ($0.name.first != "." || prefix.first == ".") }
        guard !entries.isEmpty else { return nil }
        let candidates = entries.map { directory + $0.name + ($0.isDirectory ? "/" : closingQuote) }.sorted()
        return CompletionResult(range: range, candidates: candidates, appendsSpace: false)
    }

    private func completeMetaCommand(_ before: ArraySlice<UInt8>, nameStart: Int) -> CompletionResult? {
        let afterDot = nameStart + 1
        let nameEnd = before[afterDot...].firstIndex(where: { $0 == 0x20 || $0 == 0x09 }) ?? before.endIndex
        let name = String(decoding: before[afterDot..<nameEnd], as: UTF8.self)
        guard nameEnd < before.endIndex else {
            let names = catalog.metaCommands.map { "." + $0.name }
            return result(Options(names: names), matching: "." + name, range: nameStart..<before.endIndex)
        }
        guard let command = catalog.metaCommands.first(where: { $0.name == name.lowercased() }) else { return nil }
        var argumentStart = before.endIndex
        while argumentStart > nameEnd && before[argumentStart - 1] != 0x20 && before[argumentStart - 1] != 0x09 {
            argumentStart -= 1
        }
        var argument = String(decoding: before[argumentStart...], as: UTF8.self)
        let range = argumentStart..<before.endIndex
        switch command.argument {
        case .none: return nil
        case .table: return result(Options(names: catalog.tables.map(\.name)), matching: argument, range: range)
        case .format: return result(Options(keywords: catalog.formats), matching: argument, range: range)
        case .onOff: return result(Options(keywords: ["off", "on"]), matching: argument, range: range)
        case .helpTopic: return result(Options(keywords: catalog.helpTopics), matching: argument, range: range)
        case .path:
            var quote = ""
            var start = argumentStart
            if let first = argument.first, first == "\"" || first == "'" {
                quote = String(first)
                argument.removeFirst()
                start += 1
            }
            return completePath(argument, range: start..<before.endIndex, closingQuote: quote)
        case .loadStatement:
            let rest = String(decoding: before[nameEnd...], as: UTF8.self)
            let shift = nameEnd - "load".utf8.count
            guard let inner = complete("load" + rest, cursor: "load".utf8.count + rest.utf8.count) else { return nil }
            return CompletionResult(range: (inner.range.lowerBound + shift)..<(inner.range.upperBound + shift),
                                    candidates: inner.candidates, appendsSpace: inner.appendsSpace)
        }
    }

    /// Keeps the options that start with `word` (ignoring case); keywords follow an upper-case word's case.
    private func result(_ options: Options, matching word: String, range: Range<Int>) -> CompletionResult? {
        let lowered = word.lowercased()
        let shout = !word.isEmpty && word == word.uppercased() && word != lowered
        let keywords = options.keywords.map { shout ? $0.uppercased() : $0 }
        let names = options.names.map(Self.quotedIfNeeded)
        var seen = Set<String>()
        let matches = (keywords + names)
            .filter { $0.lowercased().hasPrefix(lowered) || Self.unquoted($0).lowercased().hasPrefix(lowered) }
            .filter { seen.insert($0).inserted }
            .sorted { $0.lowercased() == $1.lowercased() ? $0 < $1 : $0.lowercased() < $1.lowercased() }
        guard !matches.isEmpty else { return nil }
        return CompletionResult(range: range, candidates: matches, appendsSpace: options.appendsSpace)
    }

    /// A value such as `United States` is not a bare word of the language, so it completes quoted.
    static func quotedIfNeeded(_ name: String) -> String {
        guard let first = name.first else { return name }
        let isBare = first == "." || (!first.isNumber && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
        if isBare { return name }
        var quoted = "\""
        for character in name {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    private static func unquoted(_ candidate: String) -> String {
        candidate.hasPrefix("\"") ? String(candidate.dropFirst()) : candidate
    }
}
