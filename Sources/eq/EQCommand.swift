import ArgumentParser
import EQDiagnostics
import EQEngine
import EQOutput
import EQShell
import EQStore
import EQSyntax

#if canImport(Glibc)
import Glibc
#endif

extension OutputFormat: ExpressibleByArgument {}

/// `eq`: the shell on a terminal, a batch runner otherwise. Argument parsing only: everything else
/// lives in the libraries, so the shell, scripts and tests share it.
@main
struct EQCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "eq",
        abstract: "Query user engagement: status, stages, cohorts, segments.",
        discussion: """
        eq                                   the shell on the demo data
        eq -c 'users | count by status'      run statements, print results
        eq run weekly.eq                     run a saved script
        eq --data ./exports run weekly.eq    on a folder's \(Session.dataFileExtensions.joined(separator: "/"))
        eq gen --users 1000000 --out ./data  the synthetic dataset, csv or ndjson
        """,
        version: version,
        subcommands: [RunCommand.self, GenerateCommand.self, TokensCommand.self, ASTCommand.self, PlanCommand.self]
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .customShort("c"), help: ArgumentHelp("Statements to run, separated by newlines or `;`.",
                                                        valueName: "statements"))
    var command: String?

    @Option(name: .customShort("i"), help: ArgumentHelp("Run a script, then stay in the interactive shell.",
                                                        valueName: "script"))
    var initScript: String?

    func run() throws {
        if let command {
            throw ExitCode(common.runBatch(command, sourceName: "query"))
        }
        // Before any thread exists (see InterruptForwarder): Ctrl-C while the data loads ends eq with
        // 130; later, the shell brings the prompt back and piped input stops with 130.
        let interactive = standardStreamsAreTerminals
        let interrupt = CancellationFlag()
        let forwarder = InterruptForwarder(cancellation: interrupt)
        defer { forwarder.stop() }
        let session: Session
        do {
            session = try common.makeSession(cancellation: interrupt)
        } catch {
            if interrupt.isCancelled { throw ExitCode(ScriptRunner.interruptedStatus) }
            throw error
        }
        if interrupt.isCancelled { throw ExitCode(ScriptRunner.interruptedStatus) }
        var options = ShellOptions(version: EQCommand.version, dataName: common.dataName,
                                   dataDescription: common.describe(session), format: common.format ?? .table,
                                   timer: common.timer)
        // At a terminal the banner carries the stale-data warning; piped, standard error does.
        if let warning = session.takeStaleDataWarning() {
            if standardStreamsAreTerminals {
                options.dataDescription += "\n" + warning.message
            } else {
                printError(warning.message)
            }
        }
        options.keepGoing = common.keepGoing
        options.maxRows = max(common.maxRows ?? options.maxRows, 0)
        if let initScript {
            guard let text = readFile(initScript) else {
                printError("error: cannot read \"\(initScript)\": \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            options.startupScript = text
            options.startupScriptName = initScript
        }
        if interactive {
            throw ExitCode(runInteractive(session: session, options: options))
        }
        throw ExitCode(runPiped(session: session, options: options))
    }

}

/// `eq run FILE`: a saved script in batch, for cron and CI; stops at the first failing statement
/// unless `--keep-going`, and exits non-zero if any failed.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run a saved .eq script.")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The script: statements separated by newlines or `;`.")
    var file: String

    func run() throws {
        guard let text = readFile(file) else {
            printError("error: cannot read \"\(file)\": \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
        throw ExitCode(common.runBatch(text, sourceName: file))
    }
}

func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    if ferror(file) != 0 { return nil }
    return String(decoding: bytes, as: UTF8.self)
}

func printError(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
