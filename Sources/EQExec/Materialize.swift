import EQBinder
import EQPlan
import EQStore
import EQTypes

/// Builds output columns: gathers stored columns by row id, computes derived ones, and turns the
/// small per-group value lists of aggregates into typed columns.
enum Materialize {
    static func table(_ relation: Relation) -> Table {
        guard let rows = relation.rows else { return relation.table }
        return Table(name: relation.table.name, columns: relation.table.columns.map { $0.gather(rows) },
                     timeColumn: relation.table.timeColumn, lastSeenColumn: relation.table.lastSeenColumn,
                     keyColumn: relation.table.keyColumn)
    }

    static func project(_ relation: Relation, _ exprs: [ColumnExpr], context: EngagementContext) -> Table {
        let rows = relation.rows ?? (0..<relation.table.rowCount).map { UInt32(truncatingIfNeeded: $0) }
        var columns: [Column] = []
        var timeColumn: Int?
        var lastSeenColumn: Int?
        for (outputIndex, expr) in exprs.enumerated() {
            switch expr.ref {
            case .base(let index):
                var column = relation.table.columns[index].gather(rows)
                column.name = expr.name
                columns.append(column)
                if index == relation.table.timeColumn { timeColumn = outputIndex }
                if index == relation.table.lastSeenColumn { lastSeenColumn = outputIndex }
            case .derived:
                columns.append(derived(expr, relation: relation, rows: rows, context: context))
            }
        }
        return Table(name: relation.table.name, columns: columns, timeColumn: timeColumn, lastSeenColumn: lastSeenColumn)
    }

    /// A derived column for the given rows: status, stage and cohort as dictionary-encoded strings.
    static func derived(_ expr: ColumnExpr, relation: Relation, rows: [UInt32], context: EngagementContext) -> Column {
        let reader = OrderedReader(expr, table: relation.table, context: context)
        var codes = [Int64](repeating: 0, count: rows.count)
        var valid = [Bool](repeating: false, count: rows.count)
        rows.withUnsafeBufferPointer { rowBuffer in
            codes.withUnsafeMutableBufferPointer { codeBuffer in
                valid.withUnsafeMutableBufferPointer { validBuffer in
                    forEachVector(rows.count) { start, count in
                        reader.read(rowBuffer.baseAddress! + start, count, codeBuffer.baseAddress! + start,
                                    validBuffer.baseAddress! + start)
                    }
                }
            }
        }
        let validity = ValidityMask(valid: valid)
        if expr.type == .int {
            return Column(name: expr.name, storage: .int(zip(codes, valid).map { $1 ? $0 : 0 }), validity: validity)
        }
        var dictionaryIndex: [Int64: UInt32] = [:]
        var entries: [String] = []
        var stringCodes = [UInt32](repeating: 0, count: rows.count)
        for position in 0..<rows.count where valid[position] {
            let code = codes[position]
            if let existing = dictionaryIndex[code] {
                stringCodes[position] = existing
            } else {
                let new = UInt32(entries.count)
                dictionaryIndex[code] = new
                if case .string(let text) = reader.value(of: code) { entries.append(text) } else { entries.append("") }
                stringCodes[position] = new
            }
        }
        if entries.isEmpty { entries.append("") }
        return Column(name: expr.name,
                      storage: .string(StringColumn(dictionary: StringDictionary(entries), codes: stringCodes)),
                      validity: validity)
    }

    /// A typed column from values (aggregate results: one value per group).
    static func column(name: String, type: DataType, values: [Value]) -> Column {
        let validity = ValidityMask(valid: values.map { !$0.isNull })
        switch type {
        case .int:
            // An integer sum past 64 bits keeps every digit: the whole column is then 128-bit.
            if values.contains(where: { if case .hugeint = $0 { true } else { false } }) {
                return Column(name: name, storage: .hugeint(values.map {
                    switch $0 {
                    case .int(let v): Int128(v)
                    case .hugeint(let v): v
                    default: 0
                    }
                }), validity: validity)
            }
            return Column(name: name, storage: .int(values.map { if case .int(let v) = $0 { v } else { 0 } }), validity: validity)
        case .double:
            return Column(name: name, storage: .double(values.map {
                switch $0 {
                case .double(let v): v
                case .int(let v): Double(v)
                default: 0
                }
            }), validity: validity)
        case .bool:
            return Column(name: name, storage: .bool(values.map { if case .bool(let v) = $0 { v } else { false } }), validity: validity)
        case .date:
            return Column(name: name, storage: .date(values.map { if case .date(let v) = $0 { v } else { 0 } }), validity: validity)
        case .timestamp:
            return Column(name: name, storage: .timestamp(values.map { if case .timestamp(let v) = $0 { v } else { 0 } }), validity: validity)
        case .string:
            // Keyed by bytes: Swift's String equality folds canonically equivalent text, eq's does not.
            var index: [[UInt8]: UInt32] = [:]
            var entries: [String] = []
            var codes: [UInt32] = []
            codes.reserveCapacity(values.count)
            for value in values {
                guard case .string(let text) = value else {
                    codes.append(0)
                    continue
                }
                let bytes = Array(text.utf8)
                if let code = index[bytes] {
                    codes.append(code)
                } else {
                    let code = UInt32(entries.count)
                    index[bytes] = code
                    entries.append(text)
                    codes.append(code)
                }
            }
            if entries.isEmpty { entries.append("") }
            return Column(name: name, storage: .string(StringColumn(dictionary: StringDictionary(entries), codes: codes)),
                          validity: validity)
        }
    }
}
