import EQDiagnostics
import EQOutput
import EQStore
import EQTypes
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Engagement settings that `set` changes and `.set` shows.
public struct Settings: Sendable {
    /// The reference date (days since 1970-01-01); defaults to the current UTC date, or the demo
    /// data's reference date while the demo data is loaded.
    public var today: Int32 {
        didSet { todayIsSet = true }
    }
    /// Whether `set today` or `--today` chose the date: then loading data leaves it alone.
    public internal(set) var todayIsSet = false
    public var activeDays: Int = 45
    public var atRiskDays: Int = 90
    /// `set last_seen = COLUMN`: the last-login column, where its name is not a conventional one.
    public var lastSeenColumn: String?
    /// What `set active_days` and `set at_risk_days` accept, in days.
    public static let thresholdRange: ClosedRange<Int64> = 1...99_999
    /// `--strict`, `set strict = on`: what would be a warning (a value no row holds) fails the
    /// statement, so a campaign script stops with exit 1 instead of exporting a wrong list.
    public var strict = false
    /// `--threads N`, `set threads = N`: the threads parallel kernels (scans, event and string
    /// conditions, exports) use at most; nil for one per core. Results never depend on it.
    public var threads: Int?
    public static let threadRange: ClosedRange<Int64> = 1...256

    public init(today: Int32) {
        self.today = today
    }
}

/// Set from another thread (the shell's SIGINT handler) and checked by the engine between vectors, so a
/// running query stops promptly without the engine knowing about signals.
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// What one statement produced.
public enum StatementOutcome: Sendable {
    /// A query's rows (aggregates, rows, or `explain`'s plan as a one-column table).
    case result(Table)
    /// `explain` output, printed as text.
    case text(String)
    /// `load`/`set`: nothing is printed in batch; the shell may show the message.
    case silent(String)
    /// Rows with a remark about how they were made (`| distinct email` dropped 12 duplicates): the
    /// rows go to the output, the remark to standard error, so a CSV stays clean.
    case annotated(Table, note: String)
    /// Said before the statement's result, on standard error (a value no row holds).
    case warning(Diagnostic)
    /// `.silent`, plus a remark for standard error in every mode: what a `load` decided on its own (a
    /// detected delimiter or date form, a column left as text and why).
    case noted(String, note: String)
}

/// One user's working state: loaded tables, settings, and the pipeline that runs statements against
/// them. The shell, `eq -c`, `eq run` and the tests all drive this one type, so they cannot disagree.
///
/// Not thread-safe by design: statements run one at a time; only `cancellation` is touched from
/// other threads.
public final class Session {
    public var settings: Settings
    public var cancellation = CancellationFlag()
    /// Tables by lower-cased name; the demo data is generated on first use, so a script that loads its
    /// own data first never pays for it.
    public var tables: [String: Table] {
        if demoIsPending { generateDemo() }
        return storedTables
    }
    var storedTables: [String: Table] = [:]
    /// `Session.demo()` before anything has looked at a table.
    var demoIsPending = false
    /// The demo tables still loaded (lower-cased); they leave together at the first load.
    var demoTableNames: Set<String> = []
    /// Script parameters (`--param month=2024-07`), as the text given; typed when bound.
    public var parameters: [String: String] = [:]
    /// Named segments (`let NAME = QUERY`) in the order they were defined, and what eq.segments held
    /// that did not read.
    var segmentStore = SegmentStore()
    /// Columns defined with `define NAME = case ... end`, in definition order, saved with the segments.
    var lifecycleStore = SegmentStore()
    /// The segments the running statement has worked out, so each is bound and run once per statement.
    var segmentRuns = SegmentRuns()
    /// Where `save segments` writes and start-up reads them back.
    public var segmentsPath = "eq.segments"
    /// Called while a large file loads, so a terminal front end can draw a progress bar.
    public var loadProgress: (@Sendable (Int, Int) -> Void)?
    /// How `| chart` draws; nil means from the terminal and locale at the moment of drawing.
    public var chartOptions: ChartOptions?
    /// Whether counts in messages (`loaded events: 10,017,160 rows`) get thousands separators: the front
    /// end sets it for a reader at a terminal, and leaves plain digits for pipes, files, CSV and JSON.
    public var groupsThousands = false
    /// The span of the statement `run` is executing, so a caller can name the statement an outcome came
    /// from (`--format json` puts each statement's text beside its rows).
    public internal(set) var runningStatement: SourceSpan?
    /// Whether the stale-data warning was given, and the tables it last looked at (`takeStaleDataWarning`).
    var staleDataCheck = StaleDataCheck()
    /// What `connect` opens servers with; the `eq` executable installs PostgreSQL's, so no driver is
    /// linked below it (nil: `connect` says this build has none).
    public var connector: (any BackendConnector)?
    /// The server queries bind against and run on while connected; nil: the local store.
    public internal(set) var connection: (any ConnectedBackend)?

    public init(today: Int32? = nil) {
        self.settings = Settings(today: today ?? Session.currentUTCDate())
    }

    public static func currentUTCDate() -> Int32 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int32(Int64(now.tv_sec).quotientAndRemainder(dividingBy: 86_400).quotient)
    }

    /// Adds or replaces a table (a load that fails never reaches here, so the old table stays).
    public func register(_ table: Table) {
        storedTables[table.name.lowercased()] = table
    }

    public func table(named name: String) -> Table? {
        tables[name.lowercased()]
    }

    /// Table names in the user's spelling, sorted, for `.tables` and completion.
    public var tableNames: [String] {
        tables.values.map(\.name).sorted()
    }

    /// The distinct values of a low-cardinality string column (at most `limit`), for completion of
    /// `role = st<Tab>`; nil when the column is not a string column or has more distinct values.
    public func distinctValues(table name: String, column: String, limit: Int = 200) -> [String]? {
        guard let table = table(named: name), let index = table.columnIndex(named: column),
              case .string(let strings) = table.columns[index].storage, strings.codes != nil,
              strings.dictionary.count <= limit else { return nil }
        return (0..<strings.dictionary.count).map { strings.dictionary.string(at: $0) }.sorted()
    }
}
