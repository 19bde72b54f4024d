import EQEngine
import EQOutput
#if canImport(Glibc)
import Glibc
#endif

/// How the executable starts the shell.
public struct ShellOptions: Sendable {
    /// eq's version, for the banner.
    public var version: String
    /// The data set's short name, shown in the prompt: `eq demo> `.
    public var dataName: String
    /// The banner line saying what is loaded: "connected to demo data (50,000 users, 500,000 events)".
    public var dataDescription: String
    /// The initial output format; `.mode` changes it.
    public var format: OutputFormat
    /// Print each statement's wall time to standard error (`--timer`, `.timer on`).
    public var timer: Bool
    /// `eq -i FILE`: the text of a script run before the first prompt; its statements print as if typed
    /// and a failure in it does not stop the shell.
    public var startupScript: String?
    /// The script's name in diagnostics (`weekly.eq:3:7`).
    public var startupScriptName: String
    /// The history file; nil means EQ_HISTORY, else ~/.eq_history.
    public var historyPath: String?
    /// `--keep-going`: piped input and scripts run on after a failing statement (and still exit 1),
    /// as `eq run` does.
    public var keepGoing = false
    /// `--max-rows`: rows the table view shows on a terminal before cutting the middle; 0 shows all.
    public var maxRows = 40

    public init(version: String, dataName: String = "demo", dataDescription: String, format: OutputFormat = .table,
                timer: Bool = false, startupScript: String? = nil, startupScriptName: String = "script",
                historyPath: String? = nil) {
        self.version = version
        self.dataName = dataName
        self.dataDescription = dataDescription
        self.format = format
        self.timer = timer
        self.startupScript = startupScript
        self.startupScriptName = startupScriptName
        self.historyPath = historyPath
    }
}

/// Whether the interactive shell applies: both standard input and standard output are terminals.
/// Otherwise the executable calls `runPiped`, so piped lines never reach the line editor or the history.
public var standardStreamsAreTerminals: Bool {
    TerminalInfo.isTTY(STDIN_FILENO) && TerminalInfo.isTTY(STDOUT_FILENO)
}

/// The interactive shell: banner, prompt, line editing, history, completion, meta-commands; runs
/// `options.startupScript` first. Returns the process exit code when the user quits (0).
public func runInteractive(session: Session, options: ShellOptions) -> Int32 {
    Shell(session: session, options: options, isInteractive: true).runInteractive()
}

/// Statements read plainly from `input` (a pipe or file): no prompt, banner, colour or history;
/// stops at the first failing statement or meta-command (unless `options.keepGoing`) and returns 1,
/// like `eq run`; else 0.
public func runPiped(session: Session, input: Int32 = STDIN_FILENO, options: ShellOptions) -> Int32 {
    Shell(session: session, options: options, isInteractive: false).runPiped(input: input)
}
