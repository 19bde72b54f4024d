import ArgumentParser
import EQOutput
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

    @Option(help: "How many users.")
    var users: Int = 50_000

    @Option(help: "Events per user, on average.")
    var eventsPerUser: Int = 10

    @Option(help: "Seed of the generator: the same seed gives the same data everywhere.")
    var seed: UInt64 = 42

    @Option(help: "The folder to write users.csv and events.csv into (created if missing).")
    var out: String

    @Option(help: "csv or ndjson.")
    var format: OutputFormat?

    /// `eq`'s own `--format` (the output format of queries) takes the flag when it follows `gen` too, so
    /// the file format is whichever of the two received it.
    @ParentCommand var eq: EQCommand

    var fileFormat: OutputFormat { format ?? eq.common.format ?? .csv }

    func validate() throws {
        guard users >= 0, eventsPerUser >= 0 else { throw ValidationError("counts must be zero or more") }
        guard fileFormat == .csv || fileFormat == .ndjson else {
            throw ValidationError("--format must be csv or ndjson")
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
        let (usersTable, eventsTable) = DemoData.generate(users: users, eventsPerUser: eventsPerUser, seed: seed)
        let format = fileFormat
        let writer = ResultStreamWriter(format: format)
        let ext = format == .csv ? "csv" : "ndjson"
        for (table, name) in [(usersTable, "users"), (eventsTable, "events")] {
            let path = "\(out)/\(name).\(ext)"
            do {
                try writer.write(table, toFile: path)
            } catch {
                printError("error: cannot write \"\(path)\": \(error)")
                throw ExitCode(1)
            }
            print("wrote \(path): \(table.rowCount) rows")
        }
    }
}
