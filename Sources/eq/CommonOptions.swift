import ArgumentParser
import EQDiagnostics
import EQEngine
import EQOutput
import EQPostgresConnector
import EQShell
import EQStore
import EQSyntax
import EQTypes

#if canImport(Glibc)
import Glibc
#endif

/// Options every way of running eq shares.
struct CommonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Load every \(Session.dataFileExtensionList) file of this folder as a table named after "
                               + "the file, or open a snapshot (a \(Session.snapshotExtension) file written by "
                               + "`save snapshot`).", valueName: "folder|snapshot"))
    var data: String?

    @Option(help: "Output format: table, csv, json, ndjson or line.")
    var format: OutputFormat?

    @Flag(help: "Print each statement's wall time to standard error.")
    var timer = false

    @Flag(help: "Run on after a failing statement.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Rows the table view shows on a terminal (0: all); elsewhere it shows all.",
                               valueName: "N"))
    var maxRows: Int?

    @Flag(help: "Fail a statement that compares a column with a value no row holds (a warning otherwise).")
    var strict = false

    @Option(name: .customLong("param"), help: "A script parameter, NAME=VALUE, used in the script as $NAME.")
    var parameters: [String] = []

    @Option(help: "The reference date for engagement, such as 2024-06-30 (default: \(Session.todayDefault)).")
    var today: String?

    @Option(help: ArgumentHelp("Run queries on a PostgreSQL server, postgres://user@host:5432/database (the password "
                               + "from the URL, PGPASSWORD or ~/.pgpass); `disconnect` returns to the local data.",
                               valueName: "url"))
    var connect: String?

    @Option(help: ArgumentHelp("Threads for loading, queries and exports at most (default: one per core).",
                               valueName: "N"))
    var threads: Int?

    var dataName: String {
        guard let data else { return "demo" }
        let trimmed = data.hasSuffix("/") ? String(data.dropLast()) : data
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    var batchOptions: BatchOptions {
        let isTTY = TerminalInfo.isTTY(STDOUT_FILENO)
        let width = TerminalInfo.width() ?? 120
        // Cutting rows is for a reader at a terminal; a file or another program gets every row.
        var render = RenderOptions(format: format ?? .table, width: width, maxRows: isTTY ? max(maxRows ?? 40, 0) : 0,
                                   color: TerminalInfo.colorAllowed)
        render.showAllHint = "--max-rows 0 shows all"
        render.groupThousands = isTTY
        return BatchOptions(render: render, timer: timer, keepGoing: keepGoing,
                            colorErrors: TerminalInfo.colorAllowed(isTTY: TerminalInfo.isTTY(STDERR_FILENO),
                                                                   noColor: getenv("NO_COLOR").map { String(cString: $0) },
                                                                   term: getenv("TERM").map { String(cString: $0) }))
    }

    /// The session a run starts with: the folder's files, or the demo data, which every mode treats
    /// alike (generated on first use, gone at the first `load`). `cancellation` is the batch run's Ctrl-C flag, installed before any work
    /// starts.
    func makeSession(cancellation: CancellationFlag? = nil) throws -> Session {
        if let threads {
            guard Settings.threadRange.contains(Int64(threads)) else {
                report(Diagnostic("--threads takes a whole number from \(Settings.threadRange.lowerBound) to "
                                  + "\(Settings.threadRange.upperBound), got \(threads)"))
                throw ExitCode(2)
            }
            // Before any work and any thread starts: the loader and the writers read it where no
            // session reaches (standard output, the load's chunking).
            setenv("EQ_THREADS", String(threads), 1)
        }
        let session: Session
        if let data {
            session = Session()
            if let cancellation { session.cancellation = cancellation }
            session.loadProgress = ProgressBar.forLoads()
            do {
                if Session.isSnapshot(path: data) {
                    try session.openSnapshot(path: data)
                } else {
                    for note in try session.loadDirectory(data) { printError(note) }
                }
            } catch {
                if session.cancellation.isCancelled { throw ExitCode(ScriptRunner.interruptedStatus) }
                report(error)
                throw ExitCode(2)
            }
        } else {
            session = Session.demo()
        }
        if let cancellation { session.cancellation = cancellation }
        session.loadProgress = ProgressBar.forLoads()
        // A snapshot brings its own `strict`; the flag can only turn it on.
        if strict { session.settings.strict = true }
        session.settings.threads = threads
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                report(Diagnostic("--param takes NAME=VALUE, got \"\(parameter)\""))
                throw ExitCode(2)
            }
            session.parameters[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        // Segments saved by `save segments` in an earlier session (EQ_SEGMENTS names another file). A
        // damaged file is reported but does not stop the queries that do not need it.
        if let path = getenv("EQ_SEGMENTS") { session.segmentsPath = String(cString: path) }
        do {
            for problem in try session.loadSegments() { report(problem) }
        } catch {
            report(error)
        }
        if let today {
            guard let day = TemporalParser.parseDate(today) else {
                report(Diagnostic("--today takes a date such as 2024-06-30, got \"\(today)\""))
                throw ExitCode(2)
            }
            session.settings.today = day
        }
        // PostgreSQL is installed here, above the engine, so nothing below the executable links NIO.
        session.connector = PostgresConnector()
        if let connect {
            do {
                _ = try session.connect(url: connect)
            } catch {
                report(error.maskingPasswords)
                throw ExitCode(2)
            }
        }
        return session
    }

    func describe(_ session: Session) -> String {
        if let connection = session.connection {
            return "connected to \(connection.displayName) at \(connection.server) (`disconnect` for the local data)"
        }
        let parts = session.tableNames.compactMap { name in
            session.table(named: name).map { "\(groupedThousands($0.rowCount)) \(name)" }
        }
        let what = data == nil ? "demo data" : "\"\(data!)\""
        return "connected to \(what) (\(parts.joined(separator: ", ")))"
    }

    func report(_ diagnostic: Diagnostic) {
        printError(DiagnosticRenderer(useColor: batchOptions.colorErrors).render(diagnostic))
    }

    /// Runs statements in batch and returns the exit status (130 after Ctrl-C).
    func runBatch(_ text: String, sourceName: String) -> Int32 {
        let interrupt = CancellationFlag()
        let forwarder = InterruptForwarder(cancellation: interrupt)
        defer { forwarder.stop() }
        let session: Session
        do {
            session = try makeSession(cancellation: interrupt)
        } catch {
            return interrupt.isCancelled ? ScriptRunner.interruptedStatus : (error as? ExitCode)?.rawValue ?? 2
        }
        warnIfStale(session)
        return ScriptRunner.run(text, sourceName: sourceName, session: session, options: batchOptions,
                                output: StandardOutput(), metaCommands: BatchMetaCommandHost(session: session))
    }
}
