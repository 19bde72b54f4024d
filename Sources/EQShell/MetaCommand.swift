import EQDiagnostics

/// How a meta-command ended.
enum MetaOutcome {
    case done
    case failed(Diagnostic)
    /// It ran statements, whose diagnostics are already on screen.
    case failedAndReported
}

/// One row of the meta-command table. Dispatch, `.help` and completion all read `MetaCommand.all`,
/// so they cannot disagree about what exists.
struct MetaCommand: Sendable {
    /// Without the dot.
    var name: String
    /// Usage after the name, as `.help` shows it: `?TABLE?` is optional, `on|off` a choice.
    var arguments: String
    var help: String
    var argument: CompletionCatalog.ArgumentKind
    var run: @Sendable (Shell, MetaInvocation) -> MetaOutcome

    static func named(_ name: String) -> MetaCommand? {
        all.first { $0.name == name }
    }

    /// `.help`'s listing: usage on the left, help on the right, aligned.
    static var listing: String {
        let usages = all.map { "." + $0.name + ($0.arguments.isEmpty ? "" : " " + $0.arguments) }
        let width = usages.map(\.count).max() ?? 0
        return zip(usages, all).map { usage, command in
            usage + String(repeating: " ", count: width - usage.count + 2) + command.help
        }.joined(separator: "\n")
    }
}

extension Shell {
    /// Runs one meta-command line; false (after reporting) when it failed.
    func runMetaCommand(_ line: String, sourceName: String, line lineNumber: Int) -> Bool {
        guard let invocation = MetaInvocation.parse(line) else { return false }
        flushJSON()
        let outcome: MetaOutcome
        if let command = MetaCommand.named(invocation.name) {
            outcome = command.run(self, invocation)
        } else {
            let names = MetaCommand.all.map { "." + $0.name }
            outcome = .failed(Diagnostic("unknown meta-command \".\(invocation.name)\"",
                                         hint: Suggestion.hint(for: "." + invocation.name, in: names)
                                            ?? "type .help to list them"))
        }
        guard case .failed(var failure) = outcome else {
            if case .done = outcome { return true }
            return false
        }
        if !isInteractive { failure = Shell.locate(failure, line: line, sourceName: sourceName, lineNumber: lineNumber) }
        report(failure.maskingPasswords)
        return false
    }

    /// From a script or a pipe, a failed meta-command is reported at its line, as a statement would be.
    static func locate(_ failure: Diagnostic, line: String, sourceName: String, lineNumber: Int) -> Diagnostic {
        guard failure.source == nil else { return failure }
        var located = failure
        let trimmed = line.trimmingBlanks
        let start = line.utf8.count - line.drop { $0 == " " || $0 == "\t" }.utf8.count
        located.source = SourceFile(name: sourceName, text: String(line), firstLine: lineNumber)
        located.span = SourceSpan(start: start, end: start + trimmed.utf8.count)
        return located
    }

    /// A usage error for `command`, with its usage line as the hint.
    func usage(_ command: String) -> Diagnostic {
        let entry = MetaCommand.named(command)
        return Diagnostic("wrong arguments for .\(command)", hint: "usage: .\(command) \(entry?.arguments ?? "")")
    }
}
