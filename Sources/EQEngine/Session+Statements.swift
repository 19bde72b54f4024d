import EQDiagnostics
import EQOutput
import EQStore
import EQSyntax
import EQTypes

extension Session {
    /// The settings `set` knows, for "did you mean" and `.set`.
    public static let settingNames = ["today", "active_days", "at_risk_days", "last_seen", "strict", "threads"]

    func runLoad(_ load: LoadStatement, source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        var options = LoadOptions()
        if let format = load.format {
            guard let value = LoadOptions.Format(rawValue: format.name.lowercased()) else {
                throw Diagnostic("unknown format \"\(format.name)\"", source: source, span: format.span,
                                 hint: "use `as csv` or `as ndjson`")
            }
            options.format = value
        }
        if let delimiter = load.delimiter {
            guard delimiter.utf8.count == 1, let byte = delimiter.utf8.first else {
                throw Diagnostic("a delimiter is one ASCII character", source: source, span: load.pathSpan)
            }
            options.delimiter = byte
        }
        if let pattern = load.dateFormat {
            guard let format = DateFormat(pattern) else {
                throw Diagnostic("cannot read dateformat \"\(pattern)\"", source: source,
                                 span: load.dateFormatSpan ?? load.pathSpan,
                                 hint: "use %d, %m and %Y once each, optionally %H, %M and %S: \"%m/%d/%Y\"")
            }
            options.dateFormat = format
        }
        for (column, type) in load.declaredTypes {
            guard let dataType = DataType(declared: type.name) else {
                throw Diagnostic("unknown type \"\(type.name)\"", source: source, span: type.span,
                                 hint: Suggestion.hint(for: type.name, in: DataType.allCases.map(\.rawValue))
                                    ?? "types: int, double, bool, string, date, timestamp")
            }
            options.declaredTypes[column.name.lowercased()] = dataType
        }
        options.timeColumn = load.timeColumn?.name
        options.keyColumn = load.keyColumn?.name
        if let columns = load.columns {
            options.columns = ColumnSelection(names: columns.map(\.name), spans: columns.map(\.span), source: source)
        }
        let flag = cancellation
        options.cancellation = { flag.isCancelled }
        do {
            try checkLoadMemory(path: load.path, table: load.table.name, columns: load.columns?.map(\.name))
            let table = try TableLoader.load(path: load.path, tableName: load.table.name, options: options,
                                             progress: loadProgress)
            let change = leaveDemo()
            register(table)
            let loaded = "loaded \(table.name): \(countPhrase(table.rowCount, "row", grouped: groupsThousands)), "
                + countPhrase(table.columns.count, "column", grouped: groupsThousands)
            let message = change.map { loaded + " (\($0))" } ?? loaded
            guard !table.loadNotes.isEmpty else { return .silent(message) }
            return .noted(message, note: table.loadNotes.map { "note: " + $0 }.joined(separator: "\n"))
        } catch {
            // A load error about the file itself has no position in it: point at the path in the query.
            if error.span == nil && (error.source == nil || error.source?.name == load.path) {
                var located = error
                located.source = source
                located.span = load.pathSpan
                throw located
            }
            throw error
        }
    }

    func runSet(_ name: Identifier, _ value: Expr, source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        func fail(_ message: String, hint: String? = nil) -> Diagnostic {
            Diagnostic(message, source: source, span: value.span, hint: hint)
        }
        switch name.name.lowercased() {
        case "today":
            switch value.kind {
            case .literal(.date(let day)): settings.today = day
            case .literal(.string(let text)):
                guard let day = TemporalParser.parseDate(text) else { throw fail("expected a date such as 2024-06-30") }
                settings.today = day
            case .name(let word) where word.lowercased() == "now" || word.lowercased() == "today":
                settings.today = Session.currentUTCDate()
            default:
                throw fail("expected a date such as 2024-06-30", hint: "or `now` for the current date")
            }
            return .silent("today = \(CivilDate.format(days: settings.today))")
        case "active_days", "at_risk_days":
            // Each threshold is taken on its own, so they can be set in either order; whether active_days
            // is below at_risk_days is checked where `status` is used (EngagementContext.thresholdProblem).
            let setting = name.name.lowercased()
            guard case .literal(.integer(let days)) = value.kind, days >= Settings.thresholdRange.lowerBound,
                  days <= Settings.thresholdRange.upperBound else {
                throw fail("\(setting) is a whole number of days from \(Settings.thresholdRange.lowerBound) to "
                           + "\(Settings.thresholdRange.upperBound)",
                           hint: "for example `set \(setting) = \(setting == "active_days" ? 45 : 90)`")
            }
            if setting == "active_days" { settings.activeDays = Int(days) } else { settings.atRiskDays = Int(days) }
            return .silent("\(setting) = \(days)")
        case "threads":
            guard case .literal(.integer(let count)) = value.kind, Settings.threadRange.contains(count) else {
                throw fail("threads is a whole number from \(Settings.threadRange.lowerBound) to "
                           + "\(Settings.threadRange.upperBound)", hint: "for example `set threads = 1`")
            }
            settings.threads = Int(count)
            return .silent("threads = \(count)")
        case "strict":
            switch value.kind {
            case .literal(.bool(let flag)): settings.strict = flag
            case .name(let word) where ["on", "off"].contains(word.lowercased()): settings.strict = word.lowercased() == "on"
            default: throw fail("expected on or off")
            }
            return .silent("strict = \(settings.strict ? "on" : "off")")
        case "last_seen":
            let column: String
            switch value.kind {
            case .name(let word): column = word
            case .literal(.string(let text)): column = text
            default: throw fail("expected a column name")
            }
            let holders = tables.values.filter { table in
                table.columnIndex(named: column).map { table.columns[$0].type.isTemporal } ?? false
            }
            guard !holders.isEmpty else {
                throw fail("no loaded table has a date or timestamp column \"\(column)\"")
            }
            settings.lastSeenColumn = column
            return .silent("last_seen = \(column)")
        default:
            throw Diagnostic("unknown setting \"\(name.name)\"", source: source, span: name.span,
                             hint: Suggestion.hint(for: name.name, in: Session.settingNames)
                                ?? "settings: \(Session.settingNames.joined(separator: ", "))")
        }
    }
}
