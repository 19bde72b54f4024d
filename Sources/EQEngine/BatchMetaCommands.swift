import EQDiagnostics
import EQSyntax

/// What a `.command` line of a batch script did.
public enum MetaCommandResult: Sendable {
    case done
    /// It failed, and its diagnostic has been shown.
    case failed
    /// `.quit`/`.exit`: the script ends here, successfully.
    case quit
}

/// Runs the `.command` lines of `eq -c` and `eq run` text. The shell's meta-command table implements it
/// (the engine cannot see the shell), so `.tables`, `.schema`, `.mode csv` mean the same typed at the
/// prompt, piped, in a script or after `-c`.
public protocol BatchMetaCommands: AnyObject {
    /// Runs one meta-command line, line `lineNumber` of `sourceName`. `.mode` and `.timer` change
    /// `options` for the statements after it; `beforeOutput` is called once before anything is printed,
    /// so results stay separated by one blank line.
    func run(_ line: String, lineNumber: Int, sourceName: String, options: inout BatchOptions,
             beforeOutput: @escaping () -> Void) -> MetaCommandResult
}

/// A batch script cut at its meta-command lines: runs of statements and single `.command` lines, each
/// with the script line it starts on.
enum ScriptUnit: Equatable {
    case statements(String, firstLine: Int)
    case metaCommand(String, line: Int)

    /// A line is a meta-command where a statement could start, as in the shell: its first non-blank
    /// character is `.` and no statement above it is waiting for more (an open string or a trailing `|`).
    static func split(_ text: String) -> [ScriptUnit] {
        var units: [ScriptUnit] = []
        var pending: [Substring] = []
        var pendingStart = 1
        func flush() {
            let body = pending.joined(separator: "\n")
            if !body.allSatisfy(\.isWhitespace) { units.append(.statements(body, firstLine: pendingStart)) }
            pending = []
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.first == ".", trimmed.dropFirst().first?.isLetter == true,
               pending.isEmpty || !Parser.needsContinuation(pending.joined(separator: "\n")) {
                flush()
                var command = String(trimmed)
                if command.hasSuffix("\r") { command.removeLast() }
                units.append(.metaCommand(command, line: index + 1))
                continue
            }
            if pending.isEmpty { pendingStart = index + 1 }
            pending.append(line)
        }
        flush()
        return units
    }
}

extension Diagnostic {
    /// The engine numbers lines from the start of the text it was given; statements cut from the middle
    /// of a script are reported with the script's line numbers.
    func rebased(sourceName: String, text: String, firstLine: Int) -> Diagnostic {
        // The text may have a connection password masked (same length, other bytes).
        guard firstLine > 1, let source, source.name == sourceName, source.firstLine == 1,
              source.text == text || source.text == PasswordRedaction.masked(text) else {
            return self
        }
        var moved = self
        moved.source = SourceFile(name: source.name, text: source.text, firstLine: firstLine)
        return moved
    }
}
