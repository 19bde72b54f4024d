import EQSyntax

/// Groups input lines into what the shell runs: whole statements (which may span lines) and
/// meta-commands (always one line, and only where a statement could start).
///
/// From a script or a pipe, a finished statement is held until the next line shows whether it starts
/// with `|` and so continues the pipeline, unless it ends with `;`; at a prompt nobody waits for the
/// next line, so a complete line runs at once.
struct StatementAssembler {
    enum Unit: Equatable {
        /// Statement text and the input line it starts on.
        case statement(String, line: Int)
        case metaCommand(String, line: Int)
    }

    let waitsForPipeLines: Bool
    private var lines: [String] = []
    /// Whether the pending lines are unfinished, kept line by line (re-reading them all was quadratic).
    private var tracker = ContinuationTracker()
    private var startLine = 0
    private var lineNumber = 0
    private var isComplete = false

    init(waitsForPipeLines: Bool) {
        self.waitsForPipeLines = waitsForPipeLines
    }

    /// Nothing is pending, so the next line starts a statement (the shell shows its primary prompt).
    var isEmpty: Bool { lines.isEmpty }

    /// The unfinished statement, so completion sees the table named on an earlier line.
    var pendingText: String { tracker.pendingText }

    mutating func add(_ line: String) -> [Unit] {
        lineNumber += 1
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        var units: [Unit] = []
        let isBlankOrComment = trimmed.isEmpty || trimmed.hasPrefix("--") || trimmed.hasPrefix("#")
        if isComplete {
            if trimmed.first == "|" || isBlankOrComment {
                lines.append(line)
                isComplete = !tracker.add(line)
                if isComplete && !isBlankOrComment && Parser.endsWithSemicolon(String(line)) { return finish() }
                return units
            }
            units.append(contentsOf: finish())
        }
        if lines.isEmpty {
            if isBlankOrComment { return units }
            if trimmed.first == "." {
                units.append(.metaCommand(String(trimmed), line: lineNumber))
                return units
            }
            startLine = lineNumber
        }
        lines.append(line)
        if !tracker.add(line) {
            // A `;` closes the statement: a program driving eq through a pipe gets the answer without
            // having to send another line first. Only the last line is looked at, never the whole
            // statement again (a long piped statement would be quadratic).
            if waitsForPipeLines && !Parser.endsWithSemicolon(String(line)) {
                isComplete = true
            } else {
                units.append(contentsOf: finish())
            }
        }
        return units
    }

    /// Ends the input: whatever is pending runs (an unfinished statement too, so the engine reports
    /// what is missing).
    mutating func finish() -> [Unit] {
        defer { reset() }
        guard !lines.isEmpty else { return [] }
        var text = lines.joined(separator: "\n")
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return [.statement(text, line: startLine)]
    }

    /// Drops a statement in progress (Ctrl-C at a continuation prompt).
    mutating func reset() {
        lines.removeAll()
        tracker.reset()
        isComplete = false
    }
}
