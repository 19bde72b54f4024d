import EQDiagnostics
import EQEngine
import EQOutput
import EQStore
#if canImport(Glibc)
import Glibc
#endif

/// One run of the shell: the session, what `.mode`/`.timer`/`.output` changed, and where output goes.
///
/// Interactive and piped input share everything below the line reader, so a script behaves the same
/// typed, piped or `.read`.
final class Shell {
    let session: Session
    let options: ShellOptions
    let isInteractive: Bool
    var format: OutputFormat
    var timer: Bool
    /// `.maxrows`: how many rows the table view shows on a terminal; 0 shows all.
    var maxRows: Int
    var output = OutputSink()
    /// `.maxwidth`, `.pager`, `.headers`, `.nullvalue`, `.expanded`.
    var display = DisplaySettings()
    /// Piped `--format json` results, printed as one document at the end or before a meta-command.
    var pendingJSON = JSONDocument()
    var history: HistoryStore?
    var editor: LineEditor?
    var shouldQuit = false
    /// `.read` inside `.read` is allowed, a file reading itself is not.
    var readDepth = 0
    /// Batch output separates consecutive results with a blank line.
    private var hasPrintedResult = false
    /// Whether results and messages on standard output get thousands separators: at a terminal, which an
    /// interactive shell is and a batch run (`BatchMetaCommandHost`) may be.
    var groupsThousandsOnStandardOutput: Bool
    /// Called before the next output a meta-command prints, so a batch run can separate it from the
    /// result above with one blank line.
    var beforeOutput: (() -> Void)?

    init(session: Session, options: ShellOptions, isInteractive: Bool) {
        self.session = session
        self.options = options
        self.isInteractive = isInteractive
        self.format = options.format
        self.timer = options.timer
        self.groupsThousandsOnStandardOutput = isInteractive
        self.maxRows = options.maxRows
    }

    var colorOnStandardError: Bool {
        isInteractive && TerminalInfo.colorAllowed(isTTY: TerminalInfo.isTTY(STDERR_FILENO),
                                                   noColor: environment("NO_COLOR"), term: environment("TERM"))
    }

    /// Runs statement text; false when it failed (the diagnostics have been shown).
    @discardableResult
    func execute(_ text: String, sourceName: String, firstLine: Int) -> Bool {
        session.groupsThousands = baseRenderOptions().groupsThousandsInText
        // A statement still running after a second shows that it is, on a terminal only.
        var progress = isInteractive ? StatementProgress.start() : nil
        let diagnostics = session.run(text, sourceName: sourceName, keepGoing: options.keepGoing) {
            (outcome, duration) throws(Diagnostic) in
            progress?.finish()
            defer { progress = isInteractive ? StatementProgress.start() : nil }
            if case .warning(let warning) = outcome {
                report(Shell.rebase(warning, sourceName: sourceName, text: text, firstLine: firstLine))
                return
            }
            if !gatherJSON(outcome, text: text, sourceName: sourceName) { try present(outcome) }
            if timer { printError("time: \(Shell.milliseconds(duration)) ms") }
        }
        progress?.finish()
        // The terminal echoed `^C` without a line break; the error starts on a line of its own.
        if isInteractive && session.cancellation.isCancelled && !diagnostics.isEmpty { printError("") }
        for diagnostic in diagnostics {
            report(Shell.rebase(diagnostic, sourceName: sourceName, text: text, firstLine: firstLine))
        }
        return diagnostics.isEmpty
    }

    func present(_ outcome: StatementOutcome) throws(Diagnostic) {
        switch outcome {
        case .result(let table):
            if !isInteractive && hasPrintedResult && output.isStandardOutput { try output.write("\n") }
            let text = render(table)
            if !page(text) { try output.write(text) }
            // A `.once` file takes the result whole: nothing on standard output to separate from.
            if !output.isOnce { hasPrintedResult = true }
            output.finishOnce()
        case .text(let text):
            let text = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
            if !page(text) { try output.write(text) }
            if !output.isOnce { hasPrintedResult = true }
            output.finishOnce()
        case .annotated(let table, let note):
            try present(.result(table))
            printError(note)
        case .silent(let message):
            if isInteractive && !message.isEmpty { printOut(message) }
            if let warning = session.takeStaleDataWarning() { printError(warning.message) }
        case .warning(let warning):
            report(warning)
        case .noted(let message, let note):
            try present(.silent(message))
            printError(note)
        }
    }

    func render(_ table: Table) -> String {
        var renderOptions = baseRenderOptions()
        if output.isStandardOutput && TerminalInfo.isTTY(STDOUT_FILENO) {
            renderOptions.width = display.maxWidth > 0 ? display.maxWidth : TerminalInfo.width() ?? 80
            renderOptions.color = isInteractive && TerminalInfo.colorAllowed
            renderOptions.maxRows = maxRows
        } else if output.isStandardOutput {
            // Piped on to another program or a file: it gets every row, fitted to a terminal's width.
            renderOptions.width = display.maxWidth > 0 ? display.maxWidth : TerminalInfo.width() ?? 80
            renderOptions.maxRows = 0
        } else {
            // A file has no width to fit (unless `.maxwidth` gives one) and is read in full, so nothing
            // is elided.
            renderOptions.width = display.maxWidth > 0 ? display.maxWidth : Int(Int32.max)
            renderOptions.maxRows = max(table.rowCount, 1)
        }
        return ResultRenderer.render(table, options: renderOptions)
    }

    /// Numbers are grouped for a reader at the terminal only, never in a pipe or an `.output` file.
    func baseRenderOptions() -> RenderOptions {
        var renderOptions = RenderOptions(format: format)
        renderOptions.groupThousands = groupsThousandsOnStandardOutput && output.isStandardOutput
        renderOptions.headers = display.headers
        renderOptions.nullValue = display.nullValue
        renderOptions.expanded = display.expanded
        return renderOptions
    }

    func report(_ diagnostic: Diagnostic) {
        printError(DiagnosticRenderer(useColor: colorOnStandardError).render(diagnostic))
    }

    /// Messages for the user (not results): always the terminal, even while `.output` points at a file.
    func printOut(_ text: String) {
        announceOutput()
        FileDescriptor.write(text.hasSuffix("\n") ? text : text + "\n", to: STDOUT_FILENO)
    }

    /// Results a meta-command prints (`.schema`): where `.output` points.
    func writeOutput(_ text: String) throws(Diagnostic) {
        announceOutput()
        try output.write(text)
    }

    private func announceOutput() {
        guard let beforeOutput else { return }
        self.beforeOutput = nil
        beforeOutput()
    }

    func printError(_ text: String) {
        FileDescriptor.write(text.hasSuffix("\n") ? text : text + "\n", to: STDERR_FILENO)
    }

    /// The engine numbers lines from the start of the text it was given; a statement taken from the
    /// middle of a script is reported with the script's line numbers.
    static func rebase(_ diagnostic: Diagnostic, sourceName: String, text: String, firstLine: Int) -> Diagnostic {
        // A diagnostic's text may have a connection password masked (same length, other bytes).
        guard firstLine > 1, let source = diagnostic.source, source.name == sourceName, source.firstLine == 1,
              source.text == text || source.text == PasswordRedaction.masked(text) else { return diagnostic }
        var moved = diagnostic
        moved.source = SourceFile(name: source.name, text: source.text, firstLine: firstLine)
        return moved
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let total = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        let hundredths = Int((total * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
