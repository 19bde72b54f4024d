import ArgumentParser
import EQEngine
import EQOutput
import EQShell
import EQStore

#if canImport(Glibc)
import Glibc
#endif

/// `eq gen`: writes the synthetic dataset as files, for benchmarks and for trying eq on a real-size
/// export.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen",
        abstract: "Write the synthetic users and events dataset as CSV or NDJSON files."
    )

    // `.unconditional`: `--users -5` is read as the value -5 and refused with the rule it breaks, not taken
    // for an option and reported as a missing value.
    @Option(parsing: .unconditional, help: "How many users (1 or more).")
    var users: Int = 50_000

    @Option(parsing: .unconditional, help: "Events per user, on average (0 or more).")
    var eventsPerUser: Int = 10

    @Option(help: "Seed of the generator: the same seed gives the same data everywhere.")
    var seed: UInt64 = 42

    @Option(help: "The folder to write users and events into, as .csv or .ndjson files (created if missing).")
    var out: String

    @Option(help: "The files' format: \(Format.allCases.map(\.rawValue).joined(separator: " or ")).")
    var format: Format?

    /// What `eq gen` writes (a type of its own, so `--help` lists only these); the help texts and README
    /// name the same two.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case csv
        case ndjson

        var output: OutputFormat { self == .csv ? .csv : .ndjson }
    }

    /// `eq`'s own `--format` (the output format of queries) takes the flag when it follows `gen` too, so
    /// the file format is whichever of the two received it.
    @ParentCommand var eq: EQCommand

    var fileFormat: Format? {
        if let format { return format }
        guard let parent = eq.common.format else { return .csv }
        return Format(rawValue: parent.rawValue)
    }

    func validate() throws {
        guard users > 0 else {
            throw ValidationError("--users must be a positive count of users, such as 1000; got \(users)")
        }
        guard fileFormat != nil else {
            throw ValidationError("--format must be \(Format.allCases.map(\.rawValue).joined(separator: " or "))")
        }
        guard eventsPerUser >= 0 else {
            throw ValidationError("--events-per-user must be zero or more; got \(eventsPerUser)")
        }
    }

    func run() throws {
        // Like `mkdir -p`: every missing folder on the way is created.
        var prefix = out.hasPrefix("/") ? "/" : ""
        for part in out.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                printError("error: cannot create \"\(prefix)\": \(String(cString: strerror(errno)))")
                throw ExitCode(1)
            }
        }
        // Ctrl-C stops the generator between chunks and the writer between blocks of rows; each file
        // is written beside its name and renamed when complete, and a stopped run removes the files it
        // wrote, so no partial dataset is left.
        let interrupt = CancellationFlag()
        let forwarder = InterruptForwarder(cancellation: interrupt)
        defer { forwarder.stop() }
        let stop: @Sendable () -> Bool = { interrupt.isCancelled }
        func interrupted(removing written: [String]) -> ExitCode {
            for path in written { unlink(path) }
            printError("cancelled")
            return ExitCode(ScriptRunner.interruptedStatus)
        }
        guard let (usersTable, eventsTable) = DemoData.generate(users: users, eventsPerUser: eventsPerUser, seed: seed,
                                                                cancellation: stop) else {
            throw interrupted(removing: [])
        }
        let format = fileFormat ?? .csv
        var writer = ResultStreamWriter(format: format.output)
        writer.cancellation = stop
        let ext = format.rawValue
        var written: [String] = []
        var messages: [String] = []
        for (table, name) in [(usersTable, "users"), (eventsTable, "events")] {
            let path = "\(out)/\(name).\(ext)"
            let result: Result<Void, OutputError>
            do {
                result = try AtomicFile.write(to: path, replacing: true) { (fd: Int32) throws(OutputError) in
                    try writer.write(table, to: fd)
                }
            } catch {
                if interrupt.isCancelled { throw interrupted(removing: written) }
                printError("error: \(error.message)")
                throw ExitCode(1)
            }
            if case .failure(let error) = result {
                if error == .cancelled || interrupt.isCancelled { throw interrupted(removing: written) }
                printError("error: cannot write \"\(path)\": \(error)")
                throw ExitCode(1)
            }
            written.append(path)
            if interrupt.isCancelled { throw interrupted(removing: written) }
            messages.append("wrote \(path): \(countPhrase(table.rowCount, "row", grouped: TerminalInfo.isTTY(STDOUT_FILENO)))")
        }
        for message in messages { print(message) }
    }
}
