import EQDiagnostics
import EQEngine
import EQOutput
import EQStore
#if canImport(Glibc)
import Glibc
#endif

extension Shell {
    /// Sends `text` through the pager when it is longer than the screen, as psql does; true when it did.
    /// Only in the interactive shell, with results going to the terminal: never into a pipe, a file or
    /// a test's captured output.
    func page(_ text: String) -> Bool {
        guard isInteractive, display.pager, output.isStandardOutput, TerminalInfo.isTTY(STDOUT_FILENO),
              let command = DisplaySettings.pagerCommand(environment: environment("PAGER")),
              DisplaySettings.exceedsScreen(text, rows: TerminalInfo.height() ?? 24) else { return false }
        guard let pipe = popen(command, "w") else { return false }
        // Quitting the pager early closes the pipe; that must not end eq with SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, pipe) }
        let status = pclose(pipe)
        // A pager that could not start (`sh: 1: nosuch: not found`, 127): the result is printed as is.
        if status != -1 && (status >> 8) & 0xFF == 127 {
            printError("warning: the pager `\(command)` could not be run; .pager off stops trying")
            return false
        }
        return true
    }
}

extension Shell {
    /// Piped `--format json`: a result is held for the run's one document instead of printed; true
    /// when it was.
    func gatherJSON(_ outcome: StatementOutcome, text: String, sourceName: String) -> Bool {
        guard !isInteractive, format == .json, output.isStandardOutput else { return false }
        let table: Table
        switch outcome {
        case .result(let result): table = result
        case .annotated(let result, let note):
            table = result
            printError(note)
        default: return false
        }
        let source = SourceFile(name: sourceName, text: text)
        pendingJSON.append(statement: session.runningStatement.map { source.text(of: $0) } ?? "", table: table)
        return true
    }

    /// Writes the JSON gathered so far as one document; false (and reported) when it cannot be
    /// written, so the run exits non-zero.
    @discardableResult
    func flushJSON() -> Bool {
        guard !pendingJSON.isEmpty else { return true }
        defer { pendingJSON = JSONDocument() }
        do {
            try output.write(pendingJSON.render())
            return true
        } catch {
            report(error)
            return false
        }
    }
}
