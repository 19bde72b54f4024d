import EQStore
import EQTypes
import PostgresNIO

extension PostgresBackend {
    /// The PostgreSQL type a local column is stored as when eq copies a table to the server.
    static func serverType(_ type: DataType) -> String {
        switch type {
        case .int: "int8"
        case .double: "float8"
        case .bool: "bool"
        case .string: "text"
        case .date: "date"
        case .timestamp: "timestamptz"
        }
    }

    /// Copies a local table to the server as `name` (replacing one of that name) with COPY, adding
    /// `eq_row` (the row's position, from 1) so the server can give the rows back in the local
    /// table's order: the tie-break of every sort and the order of every unsorted result.
    public func upload(_ table: Table, as name: String) async throws {
        if let bad = ([name] + table.columns.map(\.name)).first(where: { $0.contains("\"") }) {
            throw PostgresBackendError(message: "cannot copy \(name) to PostgreSQL: the name \(bad) contains a double quote")
        }
        let quoted = SQLCompiler.quoteIdentifier(name)
        let definitions = [SQLCompiler.quoteIdentifier(PostgresRelation.rowOrderColumn) + " int8 PRIMARY KEY"]
            + table.columns.map { SQLCompiler.quoteIdentifier($0.name) + " " + Self.serverType($0.type) }
        _ = try await connection.query(PostgresQuery(unsafeSQL: "DROP TABLE IF EXISTS \(quoted)"), logger: Self.quietLogger)
        _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE TABLE \(quoted) (" + definitions.joined(separator: ", ") + ")"),
                                       logger: Self.quietLogger)
        let columnNames = [PostgresRelation.rowOrderColumn] + table.columns.map(\.name)
        // The driver writes COPY's names in double quotes without doubling any inside them.
        if let bad = ([name] + columnNames).first(where: { $0.contains("\"") }) {
            throw PostgresBackendError(message: "cannot copy \(name) to PostgreSQL: the name \(bad) contains a double quote")
        }
        try await connection.copyFrom(table: name, columns: columnNames, logger: Self.quietLogger) { writer in
            var buffer = ByteBuffer()
            for row in 0..<table.rowCount {
                buffer.writeString(String(row + 1))
                for column in table.columns {
                    buffer.writeInteger(UInt8(ascii: "\t"))
                    Self.writeCopyText(column.value(at: row), into: &buffer)
                }
                buffer.writeInteger(UInt8(ascii: "\n"))
                if buffer.readableBytes > 1 << 20 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
        refreshCatalogue()
    }

    /// A value in COPY's text format: `\N` for null, backslash escapes for tab, newline, return and
    /// backslash; times in UTC with their microseconds.
    static func writeCopyText(_ value: Value, into buffer: inout ByteBuffer) {
        switch value {
        case .null: buffer.writeString("\\N")
        case .int(let number): buffer.writeString(String(number))
        case .hugeint(let number): buffer.writeString(String(number))
        case .double(let number): buffer.writeString(number.isNaN ? "NaN" : number.isInfinite ? (number > 0 ? "Infinity" : "-Infinity")
                                                      : "\(number)")
        case .bool(let flag): buffer.writeString(flag ? "t" : "f")
        case .date(let day): buffer.writeString(CivilDate.format(days: day))
        case .timestamp(let micros): buffer.writeString(CivilDate.format(micros: micros) + "+00")
        case .string(let text):
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeString("\\t")
                case UInt8(ascii: "\n"): buffer.writeString("\\n")
                case UInt8(ascii: "\r"): buffer.writeString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }
}
