import EQTypes

/// A string column: codes into a dictionary, or (for columns whose values are nearly all distinct, such
/// as emails) no codes at all, row `i` being entry `i`, which saves four bytes a row.
public struct StringColumn: Sendable {
    public let dictionary: StringDictionary
    /// nil in the plain layout, where row `i` is dictionary entry `i`.
    public let codes: ColumnBuffer<UInt32>?

    /// Disfavoured so that `codes: nil` picks the array form; a buffer picks this one.
    @_disfavoredOverload
    public init(dictionary: StringDictionary, codes: ColumnBuffer<UInt32>?) {
        self.dictionary = dictionary
        self.codes = codes
    }

    public init(dictionary: StringDictionary, codes: [UInt32]?) {
        self.init(dictionary: dictionary, codes: codes.map(ColumnBuffer.init))
    }

    @inline(__always)
    public func code(at rowIndex: Int) -> Int {
        if let codes { Int(codes[rowIndex]) } else { rowIndex }
    }

    public func string(at rowIndex: Int) -> String {
        dictionary.string(at: code(at: rowIndex))
    }
}

/// The typed values of one column. Null rows hold a zero (or an empty string) that the validity mask
/// marks invalid, so kernels can run over plain arrays without branching on optionals.
public enum ColumnStorage: Sendable {
    case int(ColumnBuffer<Int64>)
    case double(ColumnBuffer<Double>)
    case bool(ColumnBuffer<Bool>)
    /// Days since 1970-01-01.
    case date(ColumnBuffer<Int32>)
    /// Microseconds since 1970-01-01 00:00:00 UTC.
    case timestamp(ColumnBuffer<Int64>)
    case string(StringColumn)
    /// Integers past 64 bits, from an integer `sum` whose total leaves Int64 in some group. Only results
    /// hold them, and only output reads them: the executor refuses a later step that would compute
    /// with such a column (ExecutionError.wideInteger) rather than read it as 64-bit values.
    case hugeint([Int128])

    // Built from arrays, as kernels and the loader make them; the buffer keeps the array, uncopied.
    public static func int(_ values: [Int64]) -> ColumnStorage { .int(ColumnBuffer(values)) }
    public static func double(_ values: [Double]) -> ColumnStorage { .double(ColumnBuffer(values)) }
    public static func bool(_ values: [Bool]) -> ColumnStorage { .bool(ColumnBuffer(values)) }
    public static func date(_ values: [Int32]) -> ColumnStorage { .date(ColumnBuffer(values)) }
    public static func timestamp(_ values: [Int64]) -> ColumnStorage { .timestamp(ColumnBuffer(values)) }

    public var type: DataType {
        switch self {
        case .int, .hugeint: .int
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .timestamp: .timestamp
        case .string: .string
        }
    }
}

/// How a proportion is stored: as a fraction of 1 (`0.148`) or in percent already (`14.8`).
public enum Proportion: Sendable {
    case fraction
    case percent
}

/// One named, typed column of a table.
public struct Column: Sendable {
    public var name: String
    /// Replacing the values or the validity drops the zone map, which described the old ones.
    public var storage: ColumnStorage { didSet { zoneMap = nil } }
    public var validity: ValidityMask { didSet { zoneMap = nil } }
    /// Per block of rows, the least and greatest value (time columns of loaded tables, see `ZoneMap`).
    public var zoneMap: ZoneMap?
    /// Set on a share or a rate (a retention cell, `stickiness`, `change_pct`): the table view shows it
    /// as a percentage and a null as blank (a period not reached yet); CSV and JSON keep the number.
    public var proportion: Proportion?
    /// Set on the column a `holdout` added: the held-out group's label (see `Schema.Column`).
    public var holdoutLabel: String?
    /// Set on a string column whose dictionary lists its values in their order of meaning (a
    /// lifecycle's labels as declared): grouping and sorting then follow the codes, not the bytes.
    public var codesInOrder = false

    public init(name: String, storage: ColumnStorage, validity: ValidityMask) {
        self.name = name
        self.storage = storage
        self.validity = validity
    }

    public var type: DataType { storage.type }

    public var count: Int { validity.count }

    /// One cell as a `Value`, for writers and tests; engine kernels read the storage directly.
    public func value(at rowIndex: Int) -> Value {
        guard validity.isValid(rowIndex) else { return .null }
        switch storage {
        case .int(let values): return .int(values[rowIndex])
        case .hugeint(let values):
            return Int64(exactly: values[rowIndex]).map(Value.int) ?? .hugeint(values[rowIndex])
        case .double(let values): return .double(values[rowIndex])
        case .bool(let values): return .bool(values[rowIndex])
        case .date(let values): return .date(values[rowIndex])
        case .timestamp(let values): return .timestamp(values[rowIndex])
        case .string(let column): return .string(column.string(at: rowIndex))
        }
    }

    /// The rows `rows` picks, in that order. String columns share their dictionary, so this copies
    /// only four bytes a row for them.
    public func gather(_ rows: [UInt32]) -> Column {
        let validity = validity.gather(rows)
        func pick<T>(_ values: [T]) -> [T] {
            values.withUnsafeBufferPointer { buffer in rows.map { buffer[Int($0)] } }
        }
        func pick<T>(_ values: ColumnBuffer<T>) -> [T] {
            values.withUnsafeBufferPointer { buffer in rows.map { buffer[Int($0)] } }
        }
        let storage: ColumnStorage
        switch self.storage {
        case .int(let values): storage = .int(pick(values))
        case .hugeint(let values): storage = .hugeint(pick(values))
        case .double(let values): storage = .double(pick(values))
        case .bool(let values): storage = .bool(pick(values))
        case .date(let values): storage = .date(pick(values))
        case .timestamp(let values): storage = .timestamp(pick(values))
        case .string(let column):
            let codes = column.codes.map { pick($0) } ?? rows
            storage = .string(StringColumn(dictionary: column.dictionary, codes: codes))
        }
        var gathered = Column(name: name, storage: storage, validity: validity)
        gathered.proportion = proportion
        gathered.holdoutLabel = holdoutLabel
        gathered.codesInOrder = codesInOrder
        return gathered
    }

    /// Bytes held by the column's buffers, for `.schema` and the memory figures in BENCHMARKS.md.
    public var byteCount: Int {
        let validityBytes = validity.words.count * 8
        switch storage {
        case .int(let values): return values.count * 8 + validityBytes
        case .hugeint(let values): return values.count * 16 + validityBytes
        case .double(let values): return values.count * 8 + validityBytes
        case .bool(let values): return values.count + validityBytes
        case .date(let values): return values.count * 4 + validityBytes
        case .timestamp(let values): return values.count * 8 + validityBytes
        case .string(let column):
            return column.dictionary.byteCount + (column.codes?.count ?? 0) * 4 + validityBytes
        }
    }
}
