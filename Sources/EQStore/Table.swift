import EQTypes

/// An immutable, in-memory columnar table. Tables are values: a new load builds a new table and swaps it
/// in whole, so a failed load leaves the previous one intact.
public struct Table: Sendable {
    public var name: String
    public var columns: [Column]
    public var rowCount: Int
    /// Engagement roles (time column, last-seen column, key column), declared or inferred from names.
    public var timeColumn: Int?
    public var lastSeenColumn: Int?
    public var keyColumn: Int?
    /// What the load decided on its own and says on standard error: a detected delimiter, dates read in
    /// a detected form, a column left as text and why.
    public var loadNotes: [String] = []
    /// A heading the human views print above the rows, for a statement that prints several tables
    /// (the parts of `cohorts`); nil for an ordinary result.
    public var title: String?

    public init(name: String, columns: [Column], timeColumn: Int? = nil, lastSeenColumn: Int? = nil,
                keyColumn: Int? = nil) {
        self.name = name
        self.columns = columns
        self.rowCount = columns.first?.count ?? 0
        self.timeColumn = timeColumn
        self.lastSeenColumn = lastSeenColumn
        self.keyColumn = keyColumn
        precondition(columns.allSatisfy { $0.count == rowCount }, "every column of a table has the same length")
    }

    /// Builds a table and infers the engagement roles from the conventional column names.
    public static func inferringRoles(name: String, columns: [Column]) -> Table {
        var table = Table(name: name, columns: columns)
        var schema = table.schema
        schema.inferRoles()
        table.timeColumn = schema.timeColumn
        table.lastSeenColumn = schema.lastSeenColumn
        table.keyColumn = schema.keyColumn
        return table
    }

    public var schema: Schema {
        Schema(name: name, columns: columns.map { Schema.Column(name: $0.name, type: $0.type, holdoutLabel: $0.holdoutLabel) },
               timeColumn: timeColumn, lastSeenColumn: lastSeenColumn, keyColumn: keyColumn)
    }

    public func columnIndex(named name: String) -> Int? {
        schema.index(of: name)
    }

    public var byteCount: Int { columns.reduce(0) { $0 + $1.byteCount } }
}
