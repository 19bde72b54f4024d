import EQBinder
import EQPlan
import EQStore
import EQTypes

/// Turns the group-by columns of a row into one integer, mixed-radix over each key's code range
/// (null last). When the product of the ranges is small the integer indexes the group states
/// directly, with no hashing, and counting up through it visits the groups in key order.
struct GroupKeys: Sendable {
    struct Key: Sendable {
        let reader: OrderedReader
        let minimum: Int64
        /// Codes are `value - minimum` for values, `cardinality - 1` for null.
        let cardinality: Int64
    }
    let keys: [Key]
    /// Product of the cardinalities, or nil when it overflows.
    let product: Int64?

    /// Groups beyond this many slots go through a hash map rather than a dense array.
    static let denseLimit: Int64 = 1 << 20

    init(_ exprs: [ColumnExpr], relation: Relation, context: EngagementContext) {
        var keys: [Key] = []
        var product: Int64? = 1
        for expr in exprs {
            let reader = OrderedReader(expr, table: relation.table, context: context)
            let range = reader.knownRange ?? reader.rangeFromSource(relation) ?? GroupKeys.scanRange(reader, relation: relation)
            let (span, overflow) = range.upperBound.subtractingReportingOverflow(range.lowerBound)
            let cardinality = overflow || span >= Int64.max - 2 ? Int64.max : span + 2
            keys.append(Key(reader: reader, minimum: range.lowerBound, cardinality: cardinality))
            if let current = product {
                let (next, overflowed) = current.multipliedReportingOverflow(by: cardinality)
                product = overflowed ? nil : next
            }
        }
        self.keys = keys
        self.product = product
    }

    var isDense: Bool { product.map { $0 <= GroupKeys.denseLimit } ?? false }

    /// The smallest and largest value of a key over the relation (one pass), so codes can be offsets.
    static func scanRange(_ reader: OrderedReader, relation: Relation) -> ClosedRange<Int64> {
        var low = Int64.max
        var high = Int64.min
        var values = [Int64](repeating: 0, count: standardVectorSize)
        var valid = [Bool](repeating: false, count: standardVectorSize)
        var rows = [UInt32](repeating: 0, count: standardVectorSize)
        let total = relation.count
        var start = 0
        while start < total {
            let count = min(standardVectorSize, total - start)
            for offset in 0..<count {
                rows[offset] = relation.rows.map { $0[start + offset] } ?? UInt32(truncatingIfNeeded: start + offset)
            }
            rows.withUnsafeBufferPointer { rowBuffer in
                values.withUnsafeMutableBufferPointer { valueBuffer in
                    valid.withUnsafeMutableBufferPointer { validBuffer in
                        reader.read(rowBuffer.baseAddress!, count, valueBuffer.baseAddress!, validBuffer.baseAddress!)
                        for position in 0..<count where validBuffer[position] {
                            low = min(low, valueBuffer[position])
                            high = max(high, valueBuffer[position])
                        }
                    }
                }
            }
            start += count
        }
        return low <= high ? low...high : 0...0
    }

    /// Writes each row's composite key; false if a key does not fit (only possible when not dense).
    func encode(_ rows: UnsafePointer<UInt32>, _ count: Int, into out: UnsafeMutablePointer<Int64>,
                scratch: UnsafeMutablePointer<Int64>, valid: UnsafeMutablePointer<Bool>) {
        for position in 0..<count { out[position] = 0 }
        for key in keys {
            key.reader.read(rows, count, scratch, valid)
            let nullCode = key.cardinality &- 1
            let minimum = key.minimum
            let cardinality = key.cardinality
            for position in 0..<count {
                let code = valid[position] ? scratch[position] &- minimum : nullCode
                out[position] = out[position] &* cardinality &+ code
            }
        }
    }

    /// The key values of a composite key, in key order.
    func decode(_ composite: Int64) -> [Value] {
        var remainder = composite
        var values = [Value](repeating: .null, count: keys.count)
        for (keyIndex, key) in keys.enumerated().reversed() {
            let code = remainder % key.cardinality
            remainder /= key.cardinality
            values[keyIndex] = code == key.cardinality - 1 ? .null : key.reader.value(of: code + key.minimum)
        }
        return values
    }
}
