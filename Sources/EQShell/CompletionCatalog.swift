import EQTypes

/// What completion may offer, taken from the session when Tab is pressed, so the engine itself stays a
/// pure function that tests drive with a hand-made catalog.
struct CompletionCatalog {
    /// What a column holds, as far as completion cares: which comparisons fit it.
    enum ColumnKind: Hashable, Sendable {
        case text, number, time, boolean, other
    }

    struct TableInfo {
        var name: String
        /// The table's own columns, in the user's spelling.
        var columns: [String]
        /// status, stage, cohort, days_inactive: whichever the table's time and last-seen columns allow.
        var derivedColumns: [String]
        /// Lower-cased names of boolean columns, which complete to true/false.
        var booleanColumns: Set<String> = []
        /// Lower-cased column name to kind; a column missing here is `.other` (every comparison).
        var kinds: [String: CompletionCatalog.ColumnKind] = [:]

        var allColumns: [String] { columns + derivedColumns }


        func kind(of column: String) -> ColumnKind {
            let lower = column.lowercased()
            if booleanColumns.contains(lower) { return .boolean }
            if let kind = kinds[lower] { return kind }
            guard derivedColumns.contains(where: { $0.lowercased() == lower }) else { return .other }
            return lower == "days_inactive" ? .number : .text
        }
    }

    /// One entry of a directory, for file-path completion.
    struct DirectoryEntry: Equatable {
        var name: String
        var isDirectory: Bool
    }

    /// How a meta-command's first argument completes.
    enum ArgumentKind: Sendable {
        case none
        case table
        case path
        case format
        case onOff
        case helpTopic
        /// The rest of the line is a `load` statement.
        case loadStatement
    }

    var tables: [TableInfo] = []
    /// Segment names defined with `let`, and the table each one's definition starts from (for its columns).
    var segments: [(name: String, table: String?)] = []
    /// The distinct values of the events table's type column, offered after `did`, `first` and `last`.
    var eventTypes: [String] = []
    /// The values of a low-cardinality column (nil when there are too many or it is not a string).
    var values: (_ table: String, _ column: String) -> [String]? = { _, _ in nil }
    /// Meta-command names without the dot, with how their argument completes.
    var metaCommands: [(name: String, argument: ArgumentKind)] = []
    var helpTopics: [String] = []
    var formats: [String] = []
    /// The entries of a directory ("" is the current one); injected so tests need no files.
    var listDirectory: (_ path: String) -> [DirectoryEntry] = { _ in [] }

    func table(named name: String) -> TableInfo? {
        tables.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The table a query starting with `name` reads: the table itself, or the one under a segment.
    func source(named name: String) -> TableInfo? {
        if let table = table(named: name) { return table }
        guard let segment = segments.first(where: { $0.name.lowercased() == name.lowercased() }),
              let base = segment.table else { return nil }
        return table(named: base)
    }
}

extension CompletionCatalog.TableInfo {
    /// What completion knows of a local table or a server relation: its columns, the derived ones
    /// its time and last-login columns allow (and `lifecycles`), and which comparisons fit each.
    init(_ schema: Schema, lifecycles: [String] = []) {
        var derived: [String] = []
        if schema.lastSeenColumn != nil { derived += ["status", "stage", "days_inactive"] }
        if schema.timeColumn != nil { derived.append("cohort") }
        var kinds: [String: CompletionCatalog.ColumnKind] = [:]
        for column in schema.columns {
            switch column.type {
            case .string: kinds[column.name.lowercased()] = .text
            case .int, .double: kinds[column.name.lowercased()] = .number
            case .date, .timestamp: kinds[column.name.lowercased()] = .time
            case .bool: kinds[column.name.lowercased()] = .boolean
            }
        }
        self.init(name: schema.name, columns: schema.columns.map(\.name), derivedColumns: derived + lifecycles,
                  booleanColumns: Set(schema.columns.filter { $0.type == .bool }.map { $0.name.lowercased() }),
                  kinds: kinds)
    }
}
