import EQStore

/// The integer view of a stored column: ints, days and microseconds as they are, booleans as 0/1.
/// Reading a vector switches on the storage once, then runs a plain loop.
struct IntegerColumn: Sendable {
    enum Values: Sendable {
        case int64(ColumnBuffer<Int64>)
        case int32(ColumnBuffer<Int32>)
        case bool(ColumnBuffer<Bool>)
    }
    let values: Values
    let validity: ValidityMask

    init(_ column: Column) {
        validity = column.validity
        switch column.storage {
        case .int(let values), .timestamp(let values): self.values = .int64(values)
        case .date(let values): self.values = .int32(values)
        case .bool(let values): self.values = .bool(values)
        // WideIntegerGuard keeps sums past 64 bits away from every kernel that reads through here;
        // clamped, they would still order correctly among themselves and the 64-bit values.
        case .hugeint(let values): self.values = .int64(ColumnBuffer(values.map { Int64(clamping: $0) }))
        case .double, .string: preconditionFailure("IntegerColumn over a non-integer column")
        }
    }

    func read(_ rows: UnsafePointer<UInt32>, _ count: Int, _ out: UnsafeMutablePointer<Int64>,
              _ valid: UnsafeMutablePointer<Bool>) {
        switch values {
        case .int64(let array):
            array.withUnsafeBufferPointer { buffer in
                for position in 0..<count { out[position] = buffer[Int(rows[position])] }
            }
        case .int32(let array):
            array.withUnsafeBufferPointer { buffer in
                for position in 0..<count { out[position] = Int64(buffer[Int(rows[position])]) }
            }
        case .bool(let array):
            array.withUnsafeBufferPointer { buffer in
                for position in 0..<count { out[position] = buffer[Int(rows[position])] ? 1 : 0 }
            }
        }
        if validity.hasNulls {
            for position in 0..<count { valid[position] = validity.isValid(Int(rows[position])) }
        } else {
            for position in 0..<count { valid[position] = true }
        }
    }

    /// The smallest and largest valid value, or nil when there is none.
    func minMax() -> (Int64, Int64)? {
        var low = Int64.max
        var high = Int64.min
        func scan<T: FixedWidthInteger & BitwiseCopyable>(_ array: ColumnBuffer<T>, _ convert: (T) -> Int64) {
            array.withUnsafeBufferPointer { buffer in
                validity.words.withUnsafeBufferPointer { words in
                    for index in 0..<buffer.count {
                        if !words.isEmpty && (words[index &>> 6] &>> UInt64(index & 63)) & 1 == 0 { continue }
                        let value = convert(buffer[index])
                        low = Swift.min(low, value)
                        high = Swift.max(high, value)
                    }
                }
            }
        }
        switch values {
        case .int64(let array): scan(array) { $0 }
        case .int32(let array): scan(array) { Int64($0) }
        case .bool: return (0, 1)
        }
        return low <= high ? (low, high) : nil
    }
}
