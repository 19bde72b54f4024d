import EQBinder
import EQPlan
import EQStore
import EQSyntax
import EQTypes

/// The running state of one aggregate for every group, as parallel arrays indexed by group id.
struct AggregateState: Sendable {
    enum Input: Sendable {
        case none
        case ordered(OrderedReader)
        case double(ColumnBuffer<Double>, ValidityMask)
    }
    let function: AggregateCall.Function
    let input: Input
    let resultType: DataType
    /// Rows with a value (count of a column, and the divisor of avg).
    var counts: [Int64] = []
    /// 128-bit, so no run of 64-bit values can overflow it (2^32 rows of 2^63 stay below 2^127): a
    /// mean is exact whenever it fits, and a sum whose total leaves 64 bits is a `.hugeint`, exact.
    var integerSums: [Int128] = []
    var doubleSums: [Double] = []
    /// Min/max as ordered integers; valid where counts > 0.
    var extremes: [Int64] = []
    var distinct: [Set<Int64>] = []
    /// Median and percentile: every value of the group (they need the whole distribution).
    var samples: [[Double]] = []
    /// `nps`: answers of 9 or 10, of 0 to 6, and outside 0 to 10 (which fail the statement).
    var promoters: [Int64] = []
    var detractors: [Int64] = []
    var outside: [Int64] = []
    let fraction: Double
    /// The column aggregated, for messages.
    let inputName: String

    init(_ aggregate: PlanAggregate, table: Table, context: EngagementContext) {
        function = aggregate.function
        resultType = aggregate.type
        fraction = aggregate.function == .median ? 0.5 : aggregate.fraction ?? 0.5
        inputName = aggregate.input?.name ?? ""
        guard let expr = aggregate.input else {
            input = .none
            return
        }
        if case .base(let index) = expr.ref, case .double(let values) = table.columns[index].storage,
           function == .sum || function == .avg || function == .share {
            input = .double(values, table.columns[index].validity)
        } else {
            input = .ordered(OrderedReader(expr, table: table, context: context))
        }
    }

    mutating func grow(to groupCount: Int) {
        guard counts.count < groupCount else { return }
        let extra = groupCount - counts.count
        counts.append(contentsOf: repeatElement(0, count: extra))
        switch function {
        case .sum, .avg, .share:
            integerSums.append(contentsOf: repeatElement(0, count: extra))
            doubleSums.append(contentsOf: repeatElement(0, count: extra))
        case .min, .max:
            extremes.append(contentsOf: repeatElement(function == .min ? Int64.max : Int64.min, count: extra))
        case .countDistinct:
            distinct.append(contentsOf: repeatElement([], count: extra))
        case .median, .percentile:
            samples.append(contentsOf: repeatElement([], count: extra))
        case .nps:
            promoters.append(contentsOf: repeatElement(0, count: extra))
            detractors.append(contentsOf: repeatElement(0, count: extra))
            outside.append(contentsOf: repeatElement(0, count: extra))
        case .count:
            break
        }
    }

    /// Folds `count` rows into their groups. `scratch`/`valid` are per-task buffers of vector size.
    mutating func update(_ rows: UnsafePointer<UInt32>, _ groups: UnsafePointer<Int>, _ count: Int,
                         scratch: UnsafeMutablePointer<Int64>, valid: UnsafeMutablePointer<Bool>) {
        switch input {
        case .none:
            // `count` reads the sink's row counts; nothing to do per row.
            break
        case .double(let values, let validity):
            values.withUnsafeBufferPointer { values in
                counts.withUnsafeMutableBufferPointer { counts in
                    doubleSums.withUnsafeMutableBufferPointer { sums in
                        for position in 0..<count {
                            let row = Int(rows[position])
                            guard validity.isValid(row) else { continue }
                            counts[groups[position]] &+= 1
                            sums[groups[position]] += values[row]
                        }
                    }
                }
            }
        case .ordered(let reader):
            reader.read(rows, count, scratch, valid)
            counts.withUnsafeMutableBufferPointer { counts in
                for position in 0..<count where valid[position] { counts[groups[position]] &+= 1 }
            }
            switch function {
            case .sum, .avg, .share:
                integerSums.withUnsafeMutableBufferPointer { sums in
                    for position in 0..<count where valid[position] {
                        sums[groups[position]] &+= Int128(scratch[position])
                    }
                }
            case .min:
                extremes.withUnsafeMutableBufferPointer { extremes in
                    for position in 0..<count where valid[position] {
                        extremes[groups[position]] = Swift.min(extremes[groups[position]], scratch[position])
                    }
                }
            case .max:
                extremes.withUnsafeMutableBufferPointer { extremes in
                    for position in 0..<count where valid[position] {
                        extremes[groups[position]] = Swift.max(extremes[groups[position]], scratch[position])
                    }
                }
            case .countDistinct:
                for position in 0..<count where valid[position] { distinct[groups[position]].insert(scratch[position]) }
            case .median, .percentile:
                for position in 0..<count where valid[position] {
                    let number: Double = switch reader.value(of: scratch[position]) {
                    case .int(let value): Double(value)
                    case .double(let value): value
                    default: 0
                    }
                    samples[groups[position]].append(number)
                }
            case .nps:
                for position in 0..<count where valid[position] {
                    let group = groups[position]
                    let number: Double = switch reader.value(of: scratch[position]) {
                    case .int(let value): Double(value)
                    case .double(let value): value
                    default: .nan
                    }
                    if !(number >= 0 && number <= 10) {
                        outside[group] &+= 1
                    } else if number >= 9 {
                        promoters[group] &+= 1
                    } else if number <= 6 {
                        detractors[group] &+= 1
                    }
                }
            case .count:
                break
            }
        }
    }

    /// Folds group `from` of `other` into group `into` of this state.
    mutating func merge(_ other: AggregateState, from: Int, into: Int) {
        counts[into] &+= other.counts[from]
        switch function {
        case .sum, .avg, .share:
            integerSums[into] &+= other.integerSums[from]
            doubleSums[into] += other.doubleSums[from]
        case .min: extremes[into] = Swift.min(extremes[into], other.extremes[from])
        case .max: extremes[into] = Swift.max(extremes[into], other.extremes[from])
        case .countDistinct: distinct[into].formUnion(other.distinct[from])
        case .median, .percentile: samples[into].append(contentsOf: other.samples[from])
        case .nps:
            promoters[into] &+= other.promoters[from]
            detractors[into] &+= other.detractors[from]
            outside[into] &+= other.outside[from]
        case .count: break
        }
    }

    /// How many answers `nps` found outside 0 to 10, over every group.
    var outsideCount: Int64 { outside.reduce(0, &+) }

    /// The aggregate's value for a group; `rows` is how many rows the group has.
    func result(_ group: Int, rows: Int64) -> Value {
        let counted = group < counts.count ? counts[group] : 0
        switch function {
        case .count:
            if case .none = input { return .int(rows) }
            return .int(counted)
        case .countDistinct:
            return .int(group < distinct.count ? Int64(distinct[group].count) : 0)
        case .sum, .avg, .share:
            guard counted > 0 else { return .null }
            let isDouble: Bool = if case .double = input { true } else { false }
            if function == .avg || function == .share {
                if isDouble { return .double(doubleSums[group] / Double(counted)) }
                // Quotient and remainder separately, so the mean of values near 2^63 keeps its digits.
                let (quotient, remainder) = integerSums[group].quotientAndRemainder(dividingBy: Int128(counted))
                return .double(Double(quotient) + Double(remainder) / Double(counted))
            }
            if isDouble { return .double(doubleSums[group]) }
            return Int64(exactly: integerSums[group]).map(Value.int) ?? .hugeint(integerSums[group])
        case .min, .max:
            guard counted > 0, case .ordered(let reader) = input else { return .null }
            return reader.value(of: extremes[group])
        case .nps:
            // Points, as NPS is quoted: 100 × (promoters − detractors) / answers.
            guard group < promoters.count, counted > 0 else { return .null }
            return .double(100 * Double(promoters[group] - detractors[group]) / Double(counted))
        case .median, .percentile:
            // Linear interpolation between the nearest ranks (PostgreSQL's percentile_cont, DuckDB's
            // quantile_cont); nulls are left out, and a group with no value gives null.
            guard group < samples.count, !samples[group].isEmpty else { return .null }
            let sorted = samples[group].sorted()
            let position = fraction * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down))
            let upper = Swift.min(lower + 1, sorted.count - 1)
            return .double(sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower)))
        }
    }
}
