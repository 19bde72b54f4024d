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
    /// Runs a script and prints each result (a blank line between results); returns the exit status:
    /// 0 when every statement succeeded, 1 otherwise.
    @discardableResult
    public static func run(_ text: String, sourceName: String, session: Session, options: BatchOptions,
                           output: BatchOutput) -> Int32 {
        var printedResult = false
        let failures = session.run(text, sourceName: sourceName, keepGoing: options.keepGoing) {
            (outcome, elapsed) throws(Diagnostic) in
            do throws(OutputError) {
                switch outcome {
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
                    break
                }
            } catch {
                throw Diagnostic("cannot write the result to standard output: \(error.reason)",
                                 hint: "the result is incomplete; check the disk or the pipe it goes to")
            }
            if options.timer { output.writeError("time: \(format(elapsed))\n") }
        }
        let renderer = DiagnosticRenderer(useColor: options.colorErrors)
        for failure in failures {
            output.writeError(renderer.render(failure) + "\n")
        }
        return failures.isEmpty ? 0 : 1
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
            try ResultStreamWriter(format: options.format, delimiter: options.delimiter).write(table, to: STDOUT_FILENO)
        case .table, .line:
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
