/// What completion may offer, taken from the session when Tab is pressed, so the engine itself stays a
/// pure function that tests drive with a hand-made catalog.
struct CompletionCatalog {
    struct TableInfo {
        var name: String
        /// The table's own columns, in the user's spelling.
        var columns: [String]
        /// status, stage, cohort, days_inactive: whichever the table's time and last-seen columns allow.
        var derivedColumns: [String]
        /// Lower-cased names of boolean columns, which complete to true/false.
        var booleanColumns: Set<String> = []

        var allColumns: [String] { columns + derivedColumns }
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
}
