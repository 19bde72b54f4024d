import EQBinder
import EQPlan
import EQStore
import EQTypes

/// Any column, stored or derived, read as order-preserving 64-bit integers: ints, days and
/// microseconds as themselves, doubles through their sortable bit pattern, strings as the rank of
/// their value among the column's distinct values. Grouping, sorting, min/max and count distinct all
/// work on these integers and decode only the results, so none of them handles strings per row.
struct OrderedReader: Sendable {
    enum Source: Sendable {
        case integer(IntegerColumn)
        case double(ColumnBuffer<Double>, ValidityMask)
        case string(codes: ColumnBuffer<UInt32>?, ranks: [Int64], rankValues: [String], validity: ValidityMask)
        case derived(DerivedCodes)
    }
    let source: Source
    let type: DataType

    init(_ expr: ColumnExpr, table: Table, context: EngagementContext) {
        type = expr.type
        switch expr.ref {
        case .derived(let kind, let from):
            source = .derived(DerivedCodes(kind: kind, source: table.columns[from], context: context))
        case .base(let index):
            let column = table.columns[index]
            switch column.storage {
            case .double(let values): source = .double(values, column.validity)
            case .string(let strings) where column.codesInOrder:
                let count = strings.dictionary.count
                source = .string(codes: strings.codes, ranks: (0..<count).map(Int64.init),
                                 rankValues: (0..<count).map(strings.dictionary.string(at:)), validity: column.validity)
            case .string(let strings):
                let (ranks, rankValues) = OrderedReader.rank(strings.dictionary)
                source = .string(codes: strings.codes, ranks: ranks, rankValues: rankValues, validity: column.validity)
            default: source = .integer(IntegerColumn(column))
            }
        }
    }

    /// Dense ranks of a dictionary's entries in byte order (equal strings share a rank).
    static func rank(_ dictionary: StringDictionary) -> (ranks: [Int64], values: [String]) {
        let count = dictionary.count
        var order = Array(0..<count)
        var orderedRanks = [Int64](repeating: 0, count: count)
        dictionary.bytes.withUnsafeBufferPointer { bytes in
            dictionary.offsets.withUnsafeBufferPointer { offsets in
                func entry(_ code: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: bytes[Int(offsets[code])..<Int(offsets[code + 1])])
                }
                order.sort { compareBytes(entry($0), entry($1)) < 0 }
                var ranks = [Int64](repeating: 0, count: count)
                var rank: Int64 = -1
                var previous: Int?
                for code in order {
                    if previous == nil || compareBytes(entry(previous!), entry(code)) != 0 { rank += 1 }
                    ranks[code] = rank
                    previous = code
                }
                orderedRanks = ranks
            }
        }
        var values: [String] = []
        var lastRank: Int64 = -1
        for code in order where orderedRanks[code] != lastRank {
            values.append(dictionary.string(at: code))
            lastRank = orderedRanks[code]
        }
        return (orderedRanks, values)
    }

    func read(_ rows: UnsafePointer<UInt32>, _ count: Int, _ out: UnsafeMutablePointer<Int64>,
              _ valid: UnsafeMutablePointer<Bool>) {
        switch source {
        case .integer(let column):
            column.read(rows, count, out, valid)
        case .derived(let codes):
            codes.read(rows, count, out, valid)
        case .double(let values, let validity):
            values.withUnsafeBufferPointer { buffer in
                for position in 0..<count {
                    let row = Int(rows[position])
                    out[position] = OrderedReader.sortable(buffer[row])
                    valid[position] = validity.isValid(row)
                }
            }
        case .string(let codes, let ranks, _, let validity):
            ranks.withUnsafeBufferPointer { ranks in
                if let codes {
                    codes.withUnsafeBufferPointer { codes in
                        for position in 0..<count {
                            let row = Int(rows[position])
                            out[position] = ranks[Int(codes[row])]
                            valid[position] = validity.isValid(row)
                        }
                    }
                } else {
                    for position in 0..<count {
                        let row = Int(rows[position])
                        out[position] = ranks[row]
                        valid[position] = validity.isValid(row)
                    }
                }
            }
        }
    }

    /// The value an ordered integer stands for.
    func value(of code: Int64) -> Value {
        switch source {
        case .derived(let codes): return codes.value(of: code)
        case .double: return .double(OrderedReader.double(fromSortable: code))
        case .string(_, _, let rankValues, _): return .string(rankValues[Int(code)])
        case .integer:
            switch type {
            case .date: return .date(Int32(truncatingIfNeeded: code))
            case .timestamp: return .timestamp(code)
            case .bool: return .bool(code != 0)
            default: return .int(code)
            }
        }
    }

    /// The range of codes known without reading the data, when there is one.
    var knownRange: ClosedRange<Int64>? {
        switch source {
        case .derived(let codes): codes.knownRange
        case .string(_, _, let rankValues, _): rankValues.isEmpty ? nil : 0...Int64(rankValues.count - 1)
        case .integer(let column):
            if case .bool = column.values { 0...1 } else { nil }
        case .double: nil
        }
    }

    /// The range of codes from the minimum and maximum of the stored values alone, without decoding
    /// every row: cohorts and days are monotonic in the date they derive from. Only for whole tables
    /// (a row subset would just make the range wider than needed, which is harmless but wasteful).
    func rangeFromSource(_ relation: Relation) -> ClosedRange<Int64>? {
        let column: IntegerColumn
        switch source {
        case .integer(let integer): column = integer
        case .derived(let codes) where codes.kind == .cohort || codes.kind == .daysInactive: column = codes.source
        default: return nil
        }
        guard let (low, high) = column.minMax() else { return 0...0 }
        guard case .derived(let codes) = source else { return low...high }
        var lowCode = Int64(0)
        var highCode = Int64(0)
        for (index, value) in [low, high].enumerated() {
            let day = codes.sourceIsDate ? Int32(truncatingIfNeeded: value) : CivilDate.day(ofMicros: value)
            let code = codes.kind == .cohort ? Int64(CivilDate.monthIndex(ofDay: day)) : Int64(codes.today) - Int64(day)
            if index == 0 { lowCode = code } else { highCode = code }
        }
        return min(lowCode, highCode)...max(lowCode, highCode)
    }

    /// Maps a double to an integer with the same order (negative values flip all bits, positive
    /// values flip the sign bit); -0.0 is folded into 0.0 so they group together.
    @inline(__always)
    static func sortable(_ value: Double) -> Int64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        let ordered = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        return Int64(bitPattern: ordered ^ (1 << 63))
    }

    static func double(fromSortable code: Int64) -> Double {
        let ordered = UInt64(bitPattern: code) ^ (1 << 63)
        let bits = ordered & (1 << 63) != 0 ? ordered & ~(1 << 63) : ~ordered
        return Double(bitPattern: bits)
    }
}
