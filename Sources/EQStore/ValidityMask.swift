/// Which rows of a column hold a value (bit set = valid), DuckDB's `ValidityMask`.
///
/// A column with no nulls keeps no bitmap at all, so the common case costs nothing to store or test.
public struct ValidityMask: Sendable, Equatable {
    /// Empty when every row is valid.
    public private(set) var words: [UInt64]
    public private(set) var count: Int

    public init(allValid count: Int) {
        self.words = []
        self.count = count
    }

    public init(words: [UInt64], count: Int) {
        self.count = count
        self.words = words
        if !words.isEmpty && nullCount == 0 { self.words = [] }
    }

    /// Builds a mask from per-row flags; keeps no bitmap when all are valid.
    public init(valid flags: [Bool]) {
        var words = [UInt64](repeating: 0, count: (flags.count + 63) / 64)
        var anyNull = false
        for (rowIndex, flag) in flags.enumerated() {
            if flag { words[rowIndex >> 6] |= 1 << UInt64(rowIndex & 63) } else { anyNull = true }
        }
        self.count = flags.count
        self.words = anyNull ? words : []
    }

    public var hasNulls: Bool { !words.isEmpty }

    @inline(__always)
    public func isValid(_ rowIndex: Int) -> Bool {
        words.isEmpty || (words[rowIndex >> 6] >> UInt64(rowIndex & 63)) & 1 == 1
    }

    public var nullCount: Int {
        guard !words.isEmpty else { return 0 }
        var valid = 0
        for word in words { valid += word.nonzeroBitCount }
        return count - valid
    }

    /// The mask of the rows `rows` picks, in that order.
    public func gather(_ rows: some Collection<UInt32>) -> ValidityMask {
        guard hasNulls else { return ValidityMask(allValid: rows.count) }
        var builder = ValidityBuilder(capacity: rows.count)
        for row in rows { builder.append(isValid(Int(row))) }
        return builder.finish()
    }
}

/// Appends validity one row at a time, allocating the bitmap only once a null is seen.
public struct ValidityBuilder: Sendable {
    private var words: [UInt64] = []
    private var count = 0
    private var sawNull = false

    public init(capacity: Int = 0) {
        words.reserveCapacity((capacity + 63) / 64)
    }

    public mutating func append(_ valid: Bool) {
        if !valid && !sawNull {
            sawNull = true
            words = [UInt64](repeating: ~0, count: (count + 63) / 64)
            if count & 63 != 0 { words[words.count - 1] = (1 << UInt64(count & 63)) - 1 }
        }
        if sawNull {
            if count & 63 == 0 { words.append(0) }
            if valid { words[count >> 6] |= 1 << UInt64(count & 63) }
        }
        count += 1
    }

    public func finish() -> ValidityMask {
        sawNull ? ValidityMask(words: words, count: count) : ValidityMask(allValid: count)
    }
}
