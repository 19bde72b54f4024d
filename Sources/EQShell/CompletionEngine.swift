/// Context-aware Tab completion: given the statement typed so far and the cursor, which words fit.
///
/// A pure function of its input and a `CompletionCatalog`, so every context has a unit test; the line
/// editor only applies the result.
struct CompletionEngine {
    var catalog: CompletionCatalog

    /// Statements, segments (issue 5) and reports (issue 6) that can start a line.
    static let statementKeywords = ["active users", "clients", "cohorts", "explain", "let", "load", "registrations",
                                    "retention", "save segments", "segments", "set", "status history", "stickiness",
                                    "trend"]
    static let clauseKeywords = ["before", "between", "last", "since", "where"]
    static let stepKeywords = ["avg", "before", "between", "chart", "count", "distinct", "export", "holdout", "last",
                               "limit", "max", "min", "preview", "sample", "show", "since", "sort", "sum", "top",
                               "where"]
    /// Conditions on behaviour and membership that can start a condition (issue 5).
    static let conditionKeywords = ["did", "first", "in", "not"]
    static let aggregateKeywords = ["avg", "count", "max", "min", "sum"]
    static let comparisonKeywords = ["contains", "ends with", "in", "is not null", "is null", "starts with"]
    static let loadOptionKeywords = ["as", "dateformat", "delimiter", "key", "time", "with"]
    static let settingNames = ["active_days", "at_risk_days", "last_seen", "today"]

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

    private func candidates(after allTokens: [CompletionToken]) -> Options {
        var tokens = allTokens
        if tokens.first?.isWord("explain") == true { tokens.removeFirst() }
        guard let first = tokens.first else {
            return Options(keywords: allTokens.isEmpty ? Self.statementKeywords : [], names: catalog.tables.map(\.name))
        }
        if first.isWord("load") { return loadOptions(tokens) }
        if first.isWord("set") { return tokens.count == 1 ? Options(names: Self.settingNames) : Options() }
        return queryOptions(tokens, table: catalog.table(named: first.text))
    }

    private func loadOptions(_ tokens: [CompletionToken]) -> Options {
        switch tokens.count {
        case 1: return Options(names: catalog.tables.map(\.name))
        case 2: return Options(keywords: ["from"])
        default:
            if tokens.last?.isWord("as") == true { return Options(keywords: ["csv", "ndjson"]) }
            if case .string = tokens.last?.kind { return Options(keywords: Self.loadOptionKeywords) }
            return Options()
        }
    }

    private func queryOptions(_ tokens: [CompletionToken], table: CompletionCatalog.TableInfo?) -> Options {
        let columns = table?.allColumns ?? []
        let columnNames = Set(columns.map { $0.lowercased() })
        guard tokens.count > 1, let previous = tokens.last else {
            return Options(keywords: Self.clauseKeywords)
        }
        let beforePrevious = tokens.count > 1 ? tokens[tokens.count - 2] : nil
        if let column = inListColumn(tokens), previous.isSymbol("(", ",") {
            return Options(names: values(of: column, in: table))
        }
        if previous.isSymbol("=", "!="), let column = beforePrevious?.word {
            return Options(names: values(of: column, in: table))
        }
        if previous.isSymbol("|") { return Options(keywords: Self.stepKeywords) }
        if previous.isWord("is") { return Options(keywords: ["not null", "null"]) }
        if previous.isWord("not") && beforePrevious?.isWord("is") == true { return Options(keywords: ["null"]) }
        if previous.isWord("starts", "ends") { return Options(keywords: ["with"]) }
        if previous.isWord("where", "and", "or", "not") || previous.isSymbol("(") {
            let keywords = previous.isWord("not") ? ["did", "in"] : Self.conditionKeywords
            return Options(keywords: keywords, names: columns)
        }
        if previous.isWord("by", "show", "distinct", "sum", "avg", "min", "max") { return Options(names: columns) }
        if previous.isWord("count") { return Options(keywords: ["by", "distinct"]) }
        if previous.isWord("sort") || (previous.kind == .word && beforePrevious?.isWord("top") == true) {
            return Options(keywords: ["by"])
        }
        if previous.isSymbol(",") { return listContinuation(tokens, columns: columns) }
        if let word = previous.word, columnNames.contains(word),
           beforePrevious?.isWord("where", "and", "or", "not") == true || beforePrevious?.isSymbol("(") == true {
            return Options(keywords: Self.comparisonKeywords)
        }
        return Options(keywords: Self.clauseKeywords + ["and", "or"], names: columns)
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
        let table = tokens.first.flatMap { catalog.table(named: $0.text) }
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
        case .helpTopic: return result(Options(names: catalog.helpTopics), matching: argument, range: range)
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
