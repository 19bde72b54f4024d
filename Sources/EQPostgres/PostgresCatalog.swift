import EQTypes

/// A PostgreSQL column type eq can read, from `pg_type.typname`. Each maps to one eq type; the SQL
/// compiler needs the exact one to cast binds and results (a `timestamp` is not a `timestamptz`).
public enum PostgresColumnType: String, Sendable, Hashable, CaseIterable {
    case int2, int4, int8, numeric, float4, float8, bool, text, varchar, bpchar, citext, name
    case date, timestamp, timestamptz

    public var eqType: DataType {
        switch self {
        case .int2, .int4, .int8: .int
        case .numeric, .float4, .float8: .double
        case .bool: .bool
        case .text, .varchar, .bpchar, .citext, .name: .string
        case .date: .date
        case .timestamp, .timestamptz: .timestamp
        }
    }

    /// The type eq uses for values it computes itself.
    public static func canonical(_ type: DataType) -> PostgresColumnType {
        switch type {
        case .int: .int8
        case .double: .float8
        case .bool: .bool
        case .string: .text
        case .date: .date
        case .timestamp: .timestamptz
        }
    }
}

public struct PostgresColumn: Sendable, Hashable {
    public var name: String
    public var type: PostgresColumnType
    public init(name: String, type: PostgresColumnType) {
        self.name = name
        self.type = type
    }
}

/// A relation eq can query: its columns as eq sees them and the columns that give its stable row order.
public struct PostgresRelation: Sendable {
    /// The schema the relation was found in through `search_path`.
    public var schemaName: String
    public var name: String
    /// The columns eq shows (the row-order column `eq_row` is left out).
    public var columns: [PostgresColumn]
    /// Columns that order the rows the way the local engine's table order does: `eq_row` (which eq's
    /// loader adds) if present, otherwise the primary key; empty leaves ties in the server's order.
    public var rowOrder: [String]
    /// Columns of unsupported types, left out of `columns` (named so the user is told).
    public var skippedColumns: [String] = []

    public init(schemaName: String, name: String, columns: [PostgresColumn], rowOrder: [String]) {
        self.schemaName = schemaName
        self.name = name
        self.columns = columns
        self.rowOrder = rowOrder
    }

    /// The schema eq binds against, with the engagement roles inferred from the usual column names.
    public var schema: Schema {
        var schema = Schema(name: name, columns: columns.map { Schema.Column(name: $0.name, type: $0.type.eqType) })
        schema.inferRoles()
        return schema
    }

    /// The name of the column eq's loader adds to keep a copied table's row order.
    public static let rowOrderColumn = "eq_row"
}

extension PostgresRelation {
    /// The relation eq's `upload` creates for a local table: canonical types, `eq_row` for the order.
    public init(uploadOf schema: Schema, schemaName: String = "public") {
        self.init(schemaName: schemaName, name: schema.name,
                  columns: schema.columns.map { PostgresColumn(name: $0.name, type: .canonical($0.type)) },
                  rowOrder: [PostgresRelation.rowOrderColumn])
    }
}

extension CompiledQuery {
    /// `explain sql`: the statement as sent, then each bind by number with its type: the one the SQL
    /// casts it to (`$2::timestamptz`), else the type it travels as. The values are shown quoted for
    /// reading only; they travel apart from the text.
    public var explained: String {
        var text = sql + "\n"
        if binds.isEmpty { return text + "-- no binds\n" }
        for (index, bind) in binds.enumerated() {
            text += "-- $\(index + 1) \(castType(ofBind: index + 1) ?? bind.wireType) = \(bind)\n"
        }
        return text
    }

    /// The type after the first `$n::` in the SQL (a name, with `[]` for an array).
    func castType(ofBind number: Int) -> String? {
        let marker = "$\(number)::"
        var searchStart = sql.startIndex
        while let found = sql.range(of: marker, range: searchStart..<sql.endIndex) {
            searchStart = found.upperBound
            // `$1::` must not be the tail of `$11::`.
            if found.lowerBound > sql.startIndex, sql[sql.index(before: found.lowerBound)].isNumber { continue }
            let name = sql[found.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "[" || $0 == "]" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }
}
