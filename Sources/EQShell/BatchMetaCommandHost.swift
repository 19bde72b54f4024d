import EQDiagnostics
import EQEngine

/// The shell's meta-command table for `eq -c` and `eq run`: each `.command` line runs through the same
/// `MetaCommand.all` as at the prompt, on a non-interactive shell sharing the batch run's session, with
/// `.mode` and `.timer` carried back into the batch options.
public final class BatchMetaCommandHost: BatchMetaCommands {
    private let shell: Shell

    public init(session: Session) {
        shell = Shell(session: session, options: ShellOptions(version: "", dataDescription: ""), isInteractive: false)
    }

    public func run(_ line: String, lineNumber: Int, sourceName: String, options: inout BatchOptions,
                    beforeOutput: @escaping () -> Void) -> MetaCommandResult {
        shell.format = options.render.format
        shell.timer = options.timer
        shell.groupsThousandsOnStandardOutput = options.render.groupThousands
        shell.beforeOutput = beforeOutput
        defer { shell.beforeOutput = nil }
        shell.display.headers = options.render.headers
        shell.display.nullValue = options.render.nullValue
        shell.display.expanded = options.render.expanded
        if let name = MetaInvocation.parse(line)?.name, name == "output" || name == "once" {
            // Batch results go to standard output as a stream; a redirect only the meta-commands obeyed
            // would split one run's output between two places.
            let failure = Diagnostic("`.\(name)` redirects the shell's results; from `eq run` or `eq -c`, redirect "
                                     + "standard output instead", hint: "eq run script.eq > results.csv")
            shell.report(Shell.locate(failure, line: line, sourceName: sourceName, lineNumber: lineNumber))
            return .failed
        }
        let succeeded = shell.runMetaCommand(line, sourceName: sourceName, line: lineNumber)
        options.render.format = shell.format
        options.timer = shell.timer
        options.render.headers = shell.display.headers
        options.render.nullValue = shell.display.nullValue
        options.render.expanded = shell.display.expanded
        if shell.display.maxWidth > 0 { options.render.width = shell.display.maxWidth }
        if shell.shouldQuit { return .quit }
        return succeeded ? .done : .failed
    }
}
