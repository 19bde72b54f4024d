/// What the binder needs to know about a table: its columns and the engagement roles some of them play.
/// Storage builds it; binding reads it, so binding never depends on storage.
public struct Schema: Sendable {
    public struct Column: Sendable, Hashable {
        public var name: String
        public var type: DataType
        /// Set on the column a `holdout` added: the held-out group's label (the other rows are
        /// `target`), so a funnel by the column compares the two groups rather than listing them.
        public var holdoutLabel: String?
        public init(name: String, type: DataType, holdoutLabel: String? = nil) {
            self.name = name
            self.type = type
            self.holdoutLabel = holdoutLabel
        }
    }

    public var name: String
    public var columns: [Column]
    /// The column time clauses act on (users: `joined_at`; events: `at`).
    public var timeColumn: Int?
    /// The last-login column that status, stage and days_inactive derive from.
    public var lastSeenColumn: Int?
    /// The column that links events to users (`user_id`).
    public var keyColumn: Int?

    public init(name: String, columns: [Column], timeColumn: Int? = nil, lastSeenColumn: Int? = nil,
                keyColumn: Int? = nil) {
        self.name = name
        self.columns = columns
        self.timeColumn = timeColumn
        self.lastSeenColumn = lastSeenColumn
        self.keyColumn = keyColumn
    }

    /// Column names are case-insensitive, as in SQL.
    public func index(of name: String) -> Int? {
        let lower = name.lowercased()
        return columns.firstIndex { $0.name.lowercased() == lower }
    }

    public static let timeColumnNames = ["joined_at", "created_at", "registered_at", "signup_at", "at", "timestamp"]
    public static let lastSeenColumnNames = ["last_login_at", "last_login", "last_seen_at", "last_active_at"]
    public static let keyColumnNames = ["user_id"]

    /// Infers the engagement roles from conventional column names, unless already declared.
    public mutating func inferRoles() {
        func find(_ names: [String]) -> Int? {
            for name in names {
                if let index = index(of: name), columns[index].type.isTemporal || names == Schema.keyColumnNames {
                    return index
                }
            }
            return nil
        }
        if timeColumn == nil { timeColumn = find(Schema.timeColumnNames) }
        if lastSeenColumn == nil { lastSeenColumn = find(Schema.lastSeenColumnNames) }
        if keyColumn == nil { keyColumn = find(Schema.keyColumnNames) }
    }
}
