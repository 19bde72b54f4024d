import EQBinder
import EQStore
import EQTypes

/// The funnel's result table from its counts. A share whose denominator is zero is null, never a
/// division by zero; so are a median with no times and an interval with an empty group.
enum FunnelTable {
    static func build(_ counts: FunnelKernel.Counts, users: FunnelUsers, funnel: BoundFunnel) -> Table {
        let columns = funnel.controlLabel == nil ? steps(counts, users: users, funnel: funnel)
            : comparison(counts, users: users, funnel: funnel)
        let proportions = funnel.proportionColumns
        var built: [Column] = []
        for (schema, values) in zip(funnel.outputColumns, columns) {
            var column = Materialize.column(name: schema.name, type: schema.type, values: values)
            if proportions.contains(schema.name) { column.proportion = .fraction }
            built.append(column)
        }
        return Table(name: "result", columns: built)
    }

    /// `a / b` as a fraction, or null when `b` is zero.
    static func ratio(_ part: Int, _ whole: Int) -> Value {
        whole > 0 ? .double(Double(part) / Double(whole)) : .null
    }

    /// The interpolated median (PostgreSQL's percentile_cont(0.5)) of gaps in µs, in days.
    static func medianDays(_ gaps: [Int64]) -> Value {
        guard !gaps.isEmpty else { return .null }
        let sorted = gaps.sorted()
        let middle = sorted.count / 2
        let micros = sorted.count % 2 == 1 ? Double(sorted[middle])
            : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
        return .double(micros / Double(CivilDate.microsPerDay))
    }

    /// Rows per group (in the column's order) and step: [key,] step, event, users, from_previous,
    /// from_first, median_days_from_previous.
    static func steps(_ counts: FunnelKernel.Counts, users: FunnelUsers, funnel: BoundFunnel) -> [[Value]] {
        var key: [Value] = []
        var step: [Value] = []
        var event: [Value] = []
        var reached: [Value] = []
        var fromPrevious: [Value] = []
        var fromFirst: [Value] = []
        var median: [Value] = []
        for group in users.groupValues.indices {
            let counted = counts.users[group]
            for (index, type) in funnel.steps.enumerated() {
                key.append(users.groupValues[group])
                step.append(.int(Int64(index + 1)))
                event.append(.string(type))
                reached.append(.int(Int64(counted[index])))
                fromPrevious.append(index == 0 ? .null : ratio(counted[index], counted[index - 1]))
                fromFirst.append(ratio(counted[index], counted[0]))
                median.append(index == 0 ? .null : medianDays(counts.gaps[group][index]))
            }
        }
        let tail = [step, event, reached, fromPrevious, fromFirst, median]
        return funnel.group == nil ? tail : [key] + tail
    }

    /// Rows per step comparing the holdout's groups: each group's users and rate (of the group's
    /// users), the difference target − held out, and its 95% Wald interval:
    /// d ± z·√(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂) with z = 1.96 (1.959963984540054).
    static func comparison(_ counts: FunnelKernel.Counts, users: FunnelUsers, funnel: BoundFunnel) -> [[Value]] {
        var columns = [[Value]](repeating: [], count: 9)
        let sizes = users.groupSizes
        for (index, type) in funnel.steps.enumerated() {
            let target = counts.users[0][index]
            let control = counts.users[1][index]
            columns[0].append(.int(Int64(index + 1)))
            columns[1].append(.string(type))
            columns[2].append(.int(Int64(target)))
            columns[3].append(ratio(target, sizes[0]))
            columns[4].append(.int(Int64(control)))
            columns[5].append(ratio(control, sizes[1]))
            guard let interval = waldInterval(target, sizes[0], control, sizes[1]) else {
                columns[6].append(.null)
                columns[7].append(.null)
                columns[8].append(.null)
                continue
            }
            columns[6].append(.double(interval.difference))
            columns[7].append(.double(interval.low))
            columns[8].append(.double(interval.high))
        }
        return columns
    }

    /// The difference of two proportions and its 95% Wald interval; nil when a group is empty.
    static func waldInterval(_ hits1: Int, _ size1: Int, _ hits2: Int, _ size2: Int)
        -> (difference: Double, low: Double, high: Double)? {
        guard size1 > 0 && size2 > 0 else { return nil }
        let p1 = Double(hits1) / Double(size1)
        let p2 = Double(hits2) / Double(size2)
        let difference = p1 - p2
        let error = (p1 * (1 - p1) / Double(size1) + p2 * (1 - p2) / Double(size2)).squareRoot()
        let margin = BoundFunnel.z95 * error
        return (difference, difference - margin, difference + margin)
    }
}
