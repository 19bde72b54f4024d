import ArgumentParser
import EQDiagnostics
import EQEngine
import EQOutput
import EQStore
import EQSyntax
import EQTypes

#if canImport(Glibc)
import Glibc
#endif

/// Options every way of running eq shares.
struct CommonOptions: ParsableArguments {
    @Option(help: "Load every .csv and .ndjson file of this folder as a table named after the file.")
    var data: String?

    @Option(help: "Output format: table, csv, json, ndjson or line.")
    var format: OutputFormat?

    @Flag(help: "Print each statement's wall time to standard error.")
    var timer = false

    @Flag(help: "Run on after a failing statement.")
    var keepGoing = false

    @Option(name: .customLong("param"), help: "A script parameter, NAME=VALUE, used in the script as $NAME.")
    var parameters: [String] = []

    @Option(help: "The reference date for engagement (default: the data's, or the current date).")
    var today: String?

    var dataName: String {
        guard let data else { return "demo" }
        let trimmed = data.hasSuffix("/") ? String(data.dropLast()) : data
        return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    }

    var batchOptions: BatchOptions {
        let isTTY = TerminalInfo.isTTY(STDOUT_FILENO)
        let width = TerminalInfo.width() ?? 120
        let render = RenderOptions(format: format ?? .table, width: width, maxRows: isTTY ? 40 : 40,
                                   color: TerminalInfo.colorAllowed)
        return BatchOptions(render: render, timer: timer, keepGoing: keepGoing,
                            colorErrors: TerminalInfo.colorAllowed(isTTY: TerminalInfo.isTTY(STDERR_FILENO),
                                                                   noColor: getenv("NO_COLOR").map { String(cString: $0) },
                                                                   term: getenv("TERM").map { String(cString: $0) }))
    }

    /// The session a run starts with: the folder's files, or the demo data unless the script loads
    /// its own.
    func makeSession(scriptHasLoads: Bool) throws -> Session {
        let session: Session
        if let data {
            session = Session()
            session.loadProgress = ProgressBar.forLoads()
            do {
                for note in try session.loadDirectory(data) { printError(note) }
            } catch {
                report(error)
                throw ExitCode(2)
            }
        } else if scriptHasLoads {
            session = Session()
        } else {
            session = Session.demo()
        }
        session.loadProgress = ProgressBar.forLoads()
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
            try session.loadSegments()
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
        return session
    }

    func describe(_ session: Session) -> String {
        let parts = session.tableNames.compactMap { name in
            session.table(named: name).map { "\(groupedThousands($0.rowCount)) \(name)" }
        }
        let what = data == nil ? "demo data" : "\"\(data!)\""
        return "connected to \(what) (\(parts.joined(separator: ", ")))"
    }

    func report(_ diagnostic: Diagnostic) {
        printError(DiagnosticRenderer(useColor: batchOptions.colorErrors).render(diagnostic))
    }

    /// Runs statements in batch and returns the exit status.
    func runBatch(_ text: String, sourceName: String) -> Int32 {
        let session: Session
        do {
            session = try makeSession(scriptHasLoads: CommonOptions.hasLoadStatement(text))
        } catch {
            return 2
        }
        return ScriptRunner.run(text, sourceName: sourceName, session: session, options: batchOptions,
                                output: StandardOutput())
    }

    /// Whether a script loads its own data (then the demo data is not generated for it).
    static func hasLoadStatement(_ text: String) -> Bool {
        guard let script = try? Parser.parseScript(SourceFile(name: "query", text: text)) else { return false }
        return script.statements.contains { if case .load = $0.kind { true } else { false } }
    }
}
