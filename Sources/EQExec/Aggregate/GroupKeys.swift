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
        /// Codes are `value - minimum` (or the value's rank in `values`) for values, `cardinality - 1`
        /// for null.
        let cardinality: Int64
        /// The sorted distinct values, for keys whose range is too wide to offset (doubles of both
        /// signs, far-apart integers): the code is the value's rank, which keeps key order.
        let values: [Int64]?
    }
    let keys: [Key]
    /// Product of the cardinalities, or nil when it overflows.
    let product: Int64?

    /// Groups beyond this many slots go through a hash map rather than a dense array.
    static let denseLimit: Int64 = 1 << 20
    /// A key whose values span more than this is coded by rank instead of by offset.
    static let offsetLimit: Int64 = 1 << 32

    init(_ exprs: [ColumnExpr], relation: Relation, context: EngagementContext) {
        var keys: [Key] = []
        var product: Int64? = 1
        for expr in exprs {
            let reader = OrderedReader(expr, table: relation.table, context: context)
            let range = reader.knownRange ?? reader.rangeFromSource(relation) ?? GroupKeys.scanRange(reader, relation: relation)
            let (span, overflow) = range.upperBound.subtractingReportingOverflow(range.lowerBound)
            let key: Key
            if overflow || span >= GroupKeys.offsetLimit {
                let values = GroupKeys.distinctValues(reader, relation: relation)
                key = Key(reader: reader, minimum: 0, cardinality: Int64(values.count) + 1, values: values)
            } else {
                key = Key(reader: reader, minimum: range.lowerBound, cardinality: span + 2, values: nil)
            }
            keys.append(key)
            if let current = product {
                let (next, overflowed) = current.multipliedReportingOverflow(by: key.cardinality)
                product = overflowed ? nil : next
            }
        }
        self.keys = keys
        self.product = product
    }

    /// The sorted distinct values of a key over the relation (one pass and a sort).
    static func distinctValues(_ reader: OrderedReader, relation: Relation) -> [Int64] {
        var seen = Set<Int64>()
        forEachValue(reader, relation: relation) { seen.insert($0) }
        return seen.sorted()
    }

    var isDense: Bool { product.map { $0 <= GroupKeys.denseLimit } ?? false }

    /// The smallest and largest value of a key over the relation (one pass), so codes can be offsets.
    static func scanRange(_ reader: OrderedReader, relation: Relation) -> ClosedRange<Int64> {
        var low = Int64.max
        var high = Int64.min
        forEachValue(reader, relation: relation) { value in
            low = min(low, value)
            high = max(high, value)
        }
        return low <= high ? low...high : 0...0
    }

    /// Calls `body` with every valid value of the key over the relation, vector by vector.
    static func forEachValue(_ reader: OrderedReader, relation: Relation, _ body: (Int64) -> Void) {
        var values = [Int64](repeating: 0, count: standardVectorSize)
        var valid = [Bool](repeating: false, count: standardVectorSize)
        var rows = [UInt32](repeating: 0, count: standardVectorSize)
        let total = relation.count
        forEachVector(total) { start, count in
            rows.withUnsafeMutableBufferPointer { rowBuffer in
                for offset in 0..<count {
                    rowBuffer[offset] = relation.rows.map { $0[start + offset] } ?? UInt32(truncatingIfNeeded: start + offset)
                }
                values.withUnsafeMutableBufferPointer { valueBuffer in
                    valid.withUnsafeMutableBufferPointer { validBuffer in
                        reader.read(rowBuffer.baseAddress!, count, valueBuffer.baseAddress!, validBuffer.baseAddress!)
                        for position in 0..<count where validBuffer[position] { body(valueBuffer[position]) }
                    }
                }
            }
        }
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
            if let values = key.values {
                for position in 0..<count {
                    let code = valid[position] ? GroupKeys.rank(of: scratch[position], in: values) : nullCode
                    out[position] = out[position] &* cardinality &+ code
                }
                continue
            }
            for position in 0..<count {
                let code = valid[position] ? scratch[position] &- minimum : nullCode
                out[position] = out[position] &* cardinality &+ code
            }
        }
    }

    /// Binary search: the index of a value known to be in the sorted list.
    @inline(__always)
    static func rank(of value: Int64, in values: [Int64]) -> Int64 {
        var low = 0
        var high = values.count - 1
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        return Int64(low)
    }

    /// The key values of a composite key, in key order.
    func decode(_ composite: Int64) -> [Value] {
        var remainder = composite
        var values = [Value](repeating: .null, count: keys.count)
        for (keyIndex, key) in keys.enumerated().reversed() {
            let code = remainder % key.cardinality
            remainder /= key.cardinality
            if code == key.cardinality - 1 {
                values[keyIndex] = .null
            } else if let sorted = key.values {
                values[keyIndex] = key.reader.value(of: sorted[Int(code)])
            } else {
                values[keyIndex] = key.reader.value(of: code + key.minimum)
            }
        }
        return values
    }
}
