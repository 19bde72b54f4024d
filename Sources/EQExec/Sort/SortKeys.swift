import EQBinder
import EQPlan
import EQStore
import EQTypes

/// Sort keys normalised to unsigned integers that compare in the requested direction, so comparing
/// two rows is comparing integers. Nulls come last either way (DuckDB's default); they are flagged
/// apart rather than given a reserved value, so every one of the 2^64 values keeps its own place.
struct SortKeys: Sendable {
    struct Key: Sendable {
        let reader: OrderedReader
        let descending: Bool
        /// For status and stage: each code (the name's alphabetical rank, which is what `count by`
        /// orders its groups by, as the reference results pin) to the rank of its meaning, so
        /// `sort by stage` puts `active`, `idle_1d`, `inactive_1w`, ..., `inactive_1m` in that order.
        let meaningRanks: [Int64]?
    }
    let keys: [Key]

    init(_ sortKeys: [PlanSortKey], table: Table, context: EngagementContext) {
        keys = sortKeys.map { key in
            let reader = OrderedReader(key.column, table: table, context: context)
            var meaningRanks: [Int64]?
            if case .derived(let kind, _) = key.column.ref, let meaning = kind.values,
               case .derived(let codes) = reader.source {
                meaningRanks = codes.names.map { name in Int64(meaning.firstIndex(of: name) ?? 0) }
            }
            return Key(reader: reader, descending: key.descending, meaningRanks: meaningRanks)
        }
    }

    /// Writes key `keyIndex` of `count` rows; `valid[position]` is false for a null.
    func read(_ keyIndex: Int, _ rows: UnsafePointer<UInt32>, _ count: Int, into out: UnsafeMutablePointer<UInt64>,
              scratch: UnsafeMutablePointer<Int64>, valid: UnsafeMutablePointer<Bool>) {
        let key = keys[keyIndex]
        key.reader.read(rows, count, scratch, valid)
        if let ranks = key.meaningRanks {
            for position in 0..<count where valid[position] {
                let code = Int(scratch[position])
                if code >= 0 && code < ranks.count { scratch[position] = ranks[code] }
            }
        }
        for position in 0..<count {
            let biased = UInt64(bitPattern: scratch[position]) ^ (1 << 63)
            out[position] = key.descending ? ~biased : biased
        }
    }

    /// Keys for every row of a list, key-major: `result[keyIndex][position]`, and which are null.
    func readAll(_ rows: [UInt32]) -> (keys: [[UInt64]], nulls: [[Bool]]) {
        var result: [[UInt64]] = []
        var nulls: [[Bool]] = []
        var scratch = [Int64](repeating: 0, count: standardVectorSize)
        var valid = [Bool](repeating: false, count: standardVectorSize)
        for keyIndex in keys.indices {
            var column = [UInt64](repeating: 0, count: rows.count)
            var columnNulls = [Bool](repeating: false, count: rows.count)
            rows.withUnsafeBufferPointer { rows in
                column.withUnsafeMutableBufferPointer { out in
                    columnNulls.withUnsafeMutableBufferPointer { nullOut in
                        forEachVector(rows.count) { start, count in
                            scratch.withUnsafeMutableBufferPointer { scratch in
                                valid.withUnsafeMutableBufferPointer { valid in
                                    read(keyIndex, rows.baseAddress! + start, count, into: out.baseAddress! + start,
                                         scratch: scratch.baseAddress!, valid: valid.baseAddress!)
                                    for position in 0..<count { nullOut[start + position] = !valid[position] }
                                }
                            }
                        }
                    }
                }
            }
            result.append(column)
            nulls.append(columnNulls)
        }
        return (result, nulls)
    }
}

/// Stable sort of a row list by sort keys; ties keep their input order.
enum RowSorter {
    static func sort(_ rows: [UInt32], by keys: SortKeys,
                     cancellation: () -> Bool = { false }) throws(ExecutionError) -> [UInt32] {
        let (columns, nulls) = keys.readAll(rows)
        var order = Array(0..<rows.count)
        if columns.count == 1 {
            // One key: sort the non-null rows as integer pairs, then the null rows in input order.
            let keyColumn = columns[0]
            let nullColumn = nulls[0]
            var pairs: [(UInt64, UInt32)] = []
            var nullRows: [UInt32] = []
            pairs.reserveCapacity(rows.count)
            for position in 0..<rows.count {
                if nullColumn[position] { nullRows.append(rows[position]) } else { pairs.append((keyColumn[position], UInt32(truncatingIfNeeded: position))) }
            }
            try CancellableSort.sort(&pairs, cancellation: cancellation) { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            return pairs.map { rows[Int($0.1)] } + nullRows
        }
        try CancellableSort.sort(&order, cancellation: cancellation) { left, right in
            for keyIndex in columns.indices {
                let (leftNull, rightNull) = (nulls[keyIndex][left], nulls[keyIndex][right])
                if leftNull != rightNull { return rightNull }
                if leftNull { continue }
                let (leftKey, rightKey) = (columns[keyIndex][left], columns[keyIndex][right])
                if leftKey != rightKey { return leftKey < rightKey }
            }
            return left < right
        }
        return order.map { rows[$0] }
    }
}
