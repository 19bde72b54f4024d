import EQDiagnostics
import EQEngine
import EQOutput
import EQStore

/// Runs golden cases against the reference dataset (2,000 users, ~26,000 events, today 2024-06-30).
public enum GoldenRunner {
    /// The reference tables, loaded once per test process.
    nonisolated(unsafe) private static var cachedTables: [Table]?
    private static let lock = NSLockShim()

    /// Where `users.csv` and `events.csv` live.
    public static func referenceTables(dataDirectory: String) throws -> [Table] {
        try lock.withLock {
            if let cachedTables { return cachedTables }
            var tables: [Table] = []
            for name in ["users", "events"] {
                tables.append(try TableLoader.load(path: "\(dataDirectory)/\(name).csv", tableName: name))
            }
            cachedTables = tables
            return tables
        }
    }

    /// A fresh session on the reference data, so no case sees another's `set` or `load`.
    public static func session(dataDirectory: String) throws -> Session {
        let session = Session(today: CivilDateShim.referenceDate)
        session.chartOptions = ChartOptions(width: 80, unicode: true)
        for table in try referenceTables(dataDirectory: dataDirectory) { session.register(table) }
        return session
    }

    /// The output of one case in its section's form.
    public static func run(_ goldenCase: GoldenFile.Case, dataDirectory: String) throws -> String {
        let session = try session(dataDirectory: dataDirectory)
        let output = CapturedOutput()
        let format: OutputFormat = goldenCase.kind == "table" ? .table : .csv
        let options = BatchOptions(render: RenderOptions(format: format, width: 80, maxRows: 40))
        ScriptRunner.run(goldenCase.statements, sourceName: "query", session: session, options: options, output: output)
        switch goldenCase.kind {
        case "error":
            // What ran before the error printed its results; they belong in the expectation too.
            let printed = output.standardOutput.trimmingTrailingNewlines()
            return (printed.isEmpty ? "" : printed + "\n") + output.standardError.trimmingTrailingNewlines()
        case "plan":
            // `explain analyze` times differ from run to run; the rows and skipped blocks do not.
            return maskingTimes(output.standardOutput.trimmingTrailingNewlines())
        default:
            var text = output.standardOutput.trimmingTrailingNewlines()
            if !output.standardError.isEmpty { text += "\n--- stderr\n" + output.standardError.trimmingTrailingNewlines() }
            return text
        }
    }
}

extension GoldenRunner {
    /// `time 12.345 ms` as `time * ms`, so golden files can hold `explain analyze` output.
    static func maskingTimes(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.firstRange(of: "time ") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            if !digits.isEmpty && rest.dropFirst(digits.count).hasPrefix(" ms") {
                result += "*"
                rest = rest.dropFirst(digits.count)
            }
        }
        return result + rest
    }
}

import EQTypes

enum CivilDateShim {
    static let referenceDate = CivilDate.days(year: 2024, month: 6, day: 30)
}

#if canImport(Glibc)
import Glibc
#endif

final class NSLockShim: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
