import EQDiagnostics
import EQOutput
import EQStore

#if canImport(Glibc)
import Glibc
#endif

/// How batch runs print: `eq -c`, `eq run`, piped input and the golden tests all go through here, so a
/// script prints the same whichever way it is started.
public struct BatchOptions: Sendable {
    public var render: RenderOptions
    /// Print each statement's wall time to standard error (`--timer`, `.timer on`).
    public var timer: Bool
    /// Run on after a failing statement (`--keep-going`).
    public var keepGoing: Bool
    /// Colour in diagnostics (standard error on a terminal, without NO_COLOR).
    public var colorErrors: Bool

    public init(render: RenderOptions = RenderOptions(), timer: Bool = false, keepGoing: Bool = false,
                colorErrors: Bool = false) {
        self.render = render
        self.timer = timer
        self.keepGoing = keepGoing
        self.colorErrors = colorErrors
    }
}

extension RenderOptions {
    /// Messages take thousands separators only where the results do, in the table or line view for a
    /// terminal; never beside CSV or JSON.
    public var groupsThousandsInText: Bool {
        groupThousands && (format == .table || format == .line)
    }
}

/// Where batch output goes: text for results, text for diagnostics and timings.
///
/// Results and text throw when they cannot be written (a full disk, a closed pipe): the statement
/// then fails and the script exits non-zero, since its output is missing. Diagnostics are best effort.
public protocol BatchOutput: AnyObject {
    func writeResult(_ table: Table, options: RenderOptions) throws(OutputError)
    func writeText(_ text: String) throws(OutputError)
    func writeError(_ text: String)
}

public enum ScriptRunner {
    /// The exit status of a run stopped by Ctrl-C, as a shell reports a process ended by SIGINT.
    public static let interruptedStatus: Int32 = 130

    /// Runs a script and prints each result (a blank line between results); returns the exit status:
    /// 0 when every statement succeeded, 130 when Ctrl-C stopped it, 1 otherwise. With `metaCommands`,
    /// `.command` lines run through it in their place between the statements.
    @discardableResult
    public static func run(_ text: String, sourceName: String, session: Session, options: BatchOptions,
                           output: BatchOutput, metaCommands: BatchMetaCommands? = nil) -> Int32 {
        var document = JSONDocument()
        let status = run(text, sourceName: sourceName, session: session, options: options, output: output,
                         metaCommands: metaCommands, document: &document)
        // The JSON gathered last is the script's output too: if it cannot be written, the run failed.
        guard flush(&document, to: output) else { return status == 0 ? 1 : status }
        return status
    }

    private static func run(_ text: String, sourceName: String, session: Session, options: BatchOptions,
                            output: BatchOutput, metaCommands: BatchMetaCommands?, document: inout JSONDocument) -> Int32 {
        var printedResult = false
        guard let metaCommands else {
            let succeeded = run(text, firstLine: 1, sourceName: sourceName, session: session, options: options,
                                output: output, printedResult: &printedResult, document: &document)
            if session.cancellation.isCancelled { return interruptedStatus }
            return succeeded ? 0 : 1
        }
        var options = options
        var succeeded = true
        for unit in ScriptUnit.split(text) {
            switch unit {
            case .statements(let statements, let firstLine):
                if run(statements, firstLine: firstLine, sourceName: sourceName, session: session, options: options,
                       output: output, printedResult: &printedResult, document: &document) { continue }
            case .metaCommand(let line, let lineNumber):
                // A meta-command's output (or a `.mode` change) comes after the JSON gathered so far.
                guard flush(&document, to: output) else { return 1 }
                let separate = printedResult
                printedResult = false
                let result = metaCommands.run(line, lineNumber: lineNumber, sourceName: sourceName, options: &options) {
                    if separate { try? output.writeText("\n") }
                    printedResult = true
                }
                if !printedResult { printedResult = separate }
                switch result {
                case .done: continue
                case .quit: return succeeded ? 0 : 1
                case .failed: break
                }
            }
            if session.cancellation.isCancelled { return interruptedStatus }
            succeeded = false
            if !options.keepGoing { break }
        }
        return succeeded ? 0 : 1
    }

    /// Runs statements that start on line `firstLine` of the script; false when any failed.
    private static func run(_ text: String, firstLine: Int, sourceName: String, session: Session, options: BatchOptions,
                            output: BatchOutput, printedResult: inout Bool, document: inout JSONDocument) -> Bool {
        session.groupsThousands = options.render.groupsThousandsInText
        let renderer = DiagnosticRenderer(useColor: options.colorErrors)
        let source = SourceFile(name: sourceName, text: text)
        let failures = session.run(text, sourceName: sourceName, keepGoing: options.keepGoing) {
            (outcome, elapsed) throws(Diagnostic) in
            do throws(OutputError) {
                switch outcome {
                case .result(let table) where options.render.format == .json:
                    document.append(statement: session.runningStatement.map { source.text(of: $0) } ?? "", table: table)
                case .annotated(let table, let note) where options.render.format == .json:
                    document.append(statement: session.runningStatement.map { source.text(of: $0) } ?? "", table: table)
                    output.writeError(note + "\n")
                case .warning(let warning):
                    output.writeError(renderer.render(warning.rebased(sourceName: sourceName, text: text,
                                                                      firstLine: firstLine)) + "\n")
                    return
                case .result(let table):
                    if printedResult { try output.writeText("\n") }
                    try output.writeResult(table, options: options.render)
                    printedResult = true
                case .text(let text):
                    if printedResult { try output.writeText("\n") }
                    try output.writeText(text.hasSuffix("\n") ? text : text + "\n")
                    printedResult = true
                case .annotated(let table, let note):
                    if printedResult { try output.writeText("\n") }
                    try output.writeResult(table, options: options.render)
                    output.writeError(note + "\n")
                    printedResult = true
                case .silent:
                    // A `load` of an old export: said once, before the queries that would show everyone inactive.
                    if let warning = session.takeStaleDataWarning() { output.writeError(warning.message + "\n") }
                case .noted(_, let note):
                    output.writeError(note + "\n")
                    if let warning = session.takeStaleDataWarning() { output.writeError(warning.message + "\n") }
                }
            } catch {
                throw Diagnostic("cannot write the result to standard output: \(error.reason)",
                                 hint: "the result is incomplete; check the disk or the pipe it goes to")
            }
            if options.timer { output.writeError("time: \(format(elapsed))\n") }
        }
        for failure in failures {
            output.writeError(renderer.render(failure.rebased(sourceName: sourceName, text: text, firstLine: firstLine)) + "\n")
        }
        return failures.isEmpty
    }

    /// Writes the JSON results gathered so far as one document; false (and said) when it cannot be
    /// written.
    private static func flush(_ document: inout JSONDocument, to output: BatchOutput) -> Bool {
        guard !document.isEmpty else { return true }
        defer { document = JSONDocument() }
        do {
            try output.writeText(document.render())
            return true
        } catch {
            output.writeError("error: cannot write the result to standard output: \(error.reason)\n")
            return false
        }
    }

    /// `12.3 ms`, `1.204 s`.
    public static func format(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        if seconds < 1 {
            let millis = (seconds * 10_000).rounded() / 10
            return "\(millis) ms"
        }
        return "\((seconds * 1000).rounded() / 1000) s"
    }
}

/// Writes to standard output and standard error; large CSV/JSON results stream straight to the file
/// descriptor rather than through one big string.
public final class StandardOutput: BatchOutput {
    public init() {}

    public func writeResult(_ table: Table, options: RenderOptions) throws(OutputError) {
        switch options.format {
        case .csv, .json, .ndjson:
            var writer = ResultStreamWriter(format: options.format, delimiter: options.delimiter)
            writer.includesHeader = options.headers || options.format != .csv
            try writer.write(table, to: STDOUT_FILENO)
        case .table, .line, .markdown, .box, .tabs:
            try writeText(ResultRenderer.render(table, options: options))
        }
    }

    public func writeText(_ text: String) throws(OutputError) {
        if let failure = write(text, to: STDOUT_FILENO) { throw failure }
    }

    public func writeError(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    private func write(_ text: String, to fd: Int32) -> OutputError? {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            if written < 0 { return .writeFailed(errno: errno) }
            if written == 0 { return .writeFailed(errno: EIO) }
            offset += written
        }
        return nil
    }
}

/// Collects output in strings, for tests.
public final class CapturedOutput: BatchOutput {
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""
    public init() {}
    public func writeResult(_ table: Table, options: RenderOptions) {
        standardOutput += ResultRenderer.render(table, options: options)
    }
    public func writeText(_ text: String) { standardOutput += text }
    public func writeError(_ text: String) { standardError += text }
}
