import EQBinder
import EQPlan
import EQStore
import EQTypes

/// Sort keys normalised to unsigned integers that compare in the requested direction with nulls
/// last either way (DuckDB's default), so comparing two rows is comparing integers.
struct SortKeys: Sendable {
    struct Key: Sendable {
        let reader: OrderedReader
        let descending: Bool
    }
    let keys: [Key]

    init(_ sortKeys: [PlanSortKey], table: Table, context: EngagementContext) {
        keys = sortKeys.map { Key(reader: OrderedReader($0.column, table: table, context: context), descending: $0.descending) }
    }

    /// Writes key `keyIndex` of `count` rows.
    func read(_ keyIndex: Int, _ rows: UnsafePointer<UInt32>, _ count: Int, into out: UnsafeMutablePointer<UInt64>,
              scratch: UnsafeMutablePointer<Int64>, valid: UnsafeMutablePointer<Bool>) {
        let key = keys[keyIndex]
        key.reader.read(rows, count, scratch, valid)
        for position in 0..<count {
            let biased = UInt64(bitPattern: scratch[position]) ^ (1 << 63)
            // Valid values map below UInt64.max so null (UInt64.max) is always last.
            let ordered = key.descending ? ~biased : biased
            out[position] = valid[position] ? min(ordered, UInt64.max - 1) : UInt64.max
        }
    }

    /// Keys for every row of a list, key-major: `result[keyIndex][position]`.
    func readAll(_ rows: [UInt32]) -> [[UInt64]] {
        var result: [[UInt64]] = []
        var scratch = [Int64](repeating: 0, count: standardVectorSize)
        var valid = [Bool](repeating: false, count: standardVectorSize)
        for keyIndex in keys.indices {
            var column = [UInt64](repeating: 0, count: rows.count)
            rows.withUnsafeBufferPointer { rows in
                column.withUnsafeMutableBufferPointer { out in
                    var start = 0
                    while start < rows.count {
                        let count = min(standardVectorSize, rows.count - start)
                        scratch.withUnsafeMutableBufferPointer { scratch in
                            valid.withUnsafeMutableBufferPointer { valid in
                                read(keyIndex, rows.baseAddress! + start, count, into: out.baseAddress! + start,
                                     scratch: scratch.baseAddress!, valid: valid.baseAddress!)
                            }
                        }
                        start += count
                    }
                }
            }
            result.append(column)
        }
        return result
    }
}

/// Stable sort of a row list by sort keys; ties keep their input order.
enum RowSorter {
    static func sort(_ rows: [UInt32], by keys: SortKeys) -> [UInt32] {
        let columns = keys.readAll(rows)
        var order = Array(0..<rows.count)
        if columns.count == 1 {
            let keyColumn = columns[0]
            var pairs = order.map { (keyColumn[$0], UInt32(truncatingIfNeeded: $0)) }
            pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            return pairs.map { rows[Int($0.1)] }
        }
        order.sort { left, right in
            for column in columns where column[left] != column[right] { return column[left] < column[right] }
            return left < right
        }
        return order.map { rows[$0] }
    }
}
