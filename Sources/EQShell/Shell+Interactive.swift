import EQEngine
import EQOutput
#if canImport(Glibc)
import Glibc
#endif

extension Shell {
    /// While connected, the prompt names the server's database, so no one mistakes where a query runs.
    var prompt: String {
        guard let connection = session.connection else { return "eq \(options.dataName)> " }
        return "eq \(connection.name):\(connection.promptName)> "
    }

    /// Right-aligned under the primary prompt, so continued lines line up with the first.
    var continuationPrompt: String { String(repeating: " ", count: max(0, prompt.count - 5)) + "...> " }

    func runInteractive() -> Int32 {
        let store = HistoryStore(path: options.historyPath ?? HistoryStore.defaultPath(environment: historyEnvironment),
                                 limit: HistoryStore.limit(environment: historyEnvironment))
        let editor = LineEditor(program: "eq", historyLimit: store.limit)
        editor.loadHistory(store.entries)
        history = store
        self.editor = editor
        var assembler = StatementAssembler(waitsForPipeLines: false)
        editor.completer = { [unowned self] line, cursor in
            complete(line, cursor: cursor, pending: assembler.pendingText)
        }
        printOut("eq \(options.version) · .help for help, Ctrl-D to quit\n\(options.dataDescription)")
        var reportedHistoryProblem = reportHistoryProblem(alreadyReported: false)
        let interrupts = InterruptForwarder(cancellation: session.cancellation)
        defer { interrupts.stop() }
        if let script = options.startupScript { runScript(text: script, sourceName: options.startupScriptName) }
        while !shouldQuit {
            // Reset at the prompt, not when the statement starts: a Ctrl-C pressed just after Enter,
            // before the statement began, still stops it. Piped input never resets: Ctrl-C ends it.
            session.cancellation.reset()
            switch editor.readLine(prompt: assembler.isEmpty ? prompt : continuationPrompt) {
            case .endOfInput:
                shouldQuit = true
            case .interrupted:
                assembler.reset()
            case .line(let line):
                for unit in assembler.add(line) {
                    remember(unit)
                    reportedHistoryProblem = reportHistoryProblem(alreadyReported: reportedHistoryProblem)
                    perform(unit, sourceName: "query", linesFromOne: true)
                    if shouldQuit { break }
                }
            }
        }
        output.reset()
        store.compact()
        return 0
    }

    /// Recorded before it runs, so a statement that crashes eq is still in the history to fix.
    private func remember(_ unit: StatementAssembler.Unit) {
        var entry: String
        switch unit {
        case .statement(let text, _): entry = Shell.historyEntry(for: text)
        case .metaCommand(let text, _): entry = String(text.trimmingBlanks)
        }
        // A connection URL's password is never written to the history file (nor kept for recall).
        entry = PasswordRedaction.removed(entry)
        if history?.append(entry) == true { editor?.addHistory(entry) }
    }

    /// One line, because libedit recalls an entry as one editable line: the continuation breaks of a
    /// multi-line statement become spaces (and a trailing `\` is dropped), which reads the same.
    static func historyEntry(for statement: String) -> String {
        statement.split(separator: "\n").map { line in
            var text = line.trimmingBlanks
            if text.hasSuffix("\\") { text = text.dropLast().trimmingBlanks }
            return String(text)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func reportHistoryProblem(alreadyReported: Bool) -> Bool {
        guard !alreadyReported, let problem = history?.problem else { return alreadyReported }
        printError("warning: " + problem)
        return true
    }

    private var historyEnvironment: [String: String] {
        ["EQ_HISTORY": environment("EQ_HISTORY"), "EQ_HISTSIZE": environment("EQ_HISTSIZE"), "HOME": environment("HOME")]
            .compactMapValues { $0 }
    }

    /// Completion over the pending statement plus the line being edited, returning a range in the line.
    func complete(_ line: String, cursor: Int, pending: String) -> CompletionResult? {
        let prefix = pending.isEmpty ? "" : pending + "\n"
        let shift = prefix.utf8.count
        let engine = CompletionEngine(catalog: completionCatalog())
        guard var result = engine.complete(prefix + line, cursor: shift + cursor),
              result.range.lowerBound >= shift else { return nil }
        result.range = (result.range.lowerBound - shift)..<(result.range.upperBound - shift)
        return result
    }

    func completionCatalog() -> CompletionCatalog {
        var catalog = CompletionCatalog()
        catalog.tables = session.tableNames.compactMap { session.table(named: $0) }.map { table in
            CompletionCatalog.TableInfo(table.schema,
                                        lifecycles: table.name.lowercased() == "users" ? session.lifecycles.map(\.name) : [])
        }
        catalog.segments = session.segments.map { ($0.name, segmentSource($0.name)) }
        var types = Set<String>()
        for values in session.eventTypes.values { types.formUnion(values) }
        catalog.eventTypes = types.sorted()
        catalog.values = { [session] table, column in
            session.distinctValues(table: table, column: column) ?? session.lifecycleLabels(named: column)
        }
        catalog.metaCommands = MetaCommand.all.map { ($0.name, $0.argument) }
        catalog.helpTopics = MetaCommand.helpTopics
        catalog.formats = OutputFormat.allCases.map(\.rawValue)
        catalog.listDirectory = { DirectoryListing.entries($0) }
        applyConnection(to: &catalog)
        return catalog
    }

    /// The table a segment's definition reads in the end (`let b = a where ...` reads what `a` reads),
    /// so a query on a segment completes that table's columns.
    private func segmentSource(_ name: String) -> String? {
        var current = name
        for _ in 0..<16 {
            if session.table(named: current) != nil { return current }
            guard let segment = session.segment(named: current),
                  let first = segment.definition.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first
            else { return nil }
            current = String(first)
        }
        return nil
    }
}
