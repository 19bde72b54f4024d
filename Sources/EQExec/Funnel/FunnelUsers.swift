import EQBinder
import EQPlan
import EQStore
import EQTypes

/// The users a funnel follows, as dense positions 0..<count: how an event's user id finds its user
/// (a flat array over the id range when it is dense enough, else a hash of integer ids) and each user's
/// group (an index into `groupValues`, in the column's order, null last).
struct FunnelUsers {
    let count: Int
    /// The group of each position.
    let group: [Int32]
    /// The value of each group, in order.
    let groupValues: [Value]
    /// Users per group (positions with an id; a repeated id counts once, at its first row).
    let groupSizes: [Int]
    private let denseBase: Int64
    private let dense: [Int32]?
    private let sparse: [Int64: Int32]?

    init(_ relation: Relation, funnel: BoundFunnel, context: EngagementContext) {
        let table = relation.table
        let rows = relation.rows ?? (0..<table.rowCount).map { UInt32(truncatingIfNeeded: $0) }
        let idColumn = table.columns[funnel.userColumn]
        let ids: ColumnBuffer<Int64> = if case .int(let values) = idColumn.storage { values } else { [] }
        // Positions are the rows with an id, each id once, so a user is never counted twice.
        var low = Int64.max
        var high = Int64.min
        for row in rows where !ids.isEmpty && idColumn.validity.isValid(Int(row)) {
            low = min(low, ids[Int(row)])
            high = max(high, ids[Int(row)])
        }
        var positionRows: [UInt32] = []
        positionRows.reserveCapacity(rows.count)
        let span = high.subtractingReportingOverflow(low)
        if low <= high, !span.overflow, span.partialValue < max(Int64(rows.count) * 4, 1 << 16) {
            var table = [Int32](repeating: -1, count: Int(span.partialValue) + 1)
            for row in rows where idColumn.validity.isValid(Int(row)) {
                let slot = Int(ids[Int(row)] - low)
                guard table[slot] < 0 else { continue }
                table[slot] = Int32(positionRows.count)
                positionRows.append(row)
            }
            (denseBase, dense, sparse) = (low, table, nil)
        } else {
            var table: [Int64: Int32] = [:]
            for row in rows where !ids.isEmpty && idColumn.validity.isValid(Int(row)) {
                let id = ids[Int(row)]
                guard table[id] == nil else { continue }
                table[id] = Int32(positionRows.count)
                positionRows.append(row)
            }
            (denseBase, dense, sparse) = (0, nil, table)
        }
        let total = positionRows.count
        count = total

        guard let key = funnel.group else {
            group = [Int32](repeating: 0, count: count)
            groupValues = [.null]
            groupSizes = [count]
            return
        }
        let reader = OrderedReader(ColumnExpr(key), table: table, context: context)
        var codes = [Int64](repeating: 0, count: count)
        var valid = [Bool](repeating: false, count: count)
        positionRows.withUnsafeBufferPointer { rowBuffer in
            codes.withUnsafeMutableBufferPointer { codeBuffer in
                valid.withUnsafeMutableBufferPointer { validBuffer in
                    forEachVector(total) { start, length in
                        reader.read(rowBuffer.baseAddress! + start, length, codeBuffer.baseAddress! + start,
                                    validBuffer.baseAddress! + start)
                    }
                }
            }
        }
        var distinct = Set<Int64>()
        for position in 0..<count where valid[position] { distinct.insert(codes[position]) }
        var ordered = distinct.sorted()
        var values = ordered.map { reader.value(of: $0) }
        if let label = funnel.controlLabel {
            // Comparing a holdout: always the two groups, target first, even when one is empty.
            let wanted: [Value] = [.string(HoldoutLabels.target), .string(label)]
            ordered = wanted.map { value in ordered.first { reader.value(of: $0) == value } ?? Int64.min }
            values = wanted
        }
        var index: [Int64: Int32] = [:]
        for (position, code) in ordered.enumerated() where code != Int64.min { index[code] = Int32(position) }
        let nullGroup = Int32(ordered.count)
        var groups = [Int32](repeating: nullGroup, count: count)
        var hasNull = false
        for position in 0..<count {
            if valid[position] {
                groups[position] = index[codes[position]] ?? -1
            } else {
                hasNull = true
            }
        }
        if hasNull && funnel.controlLabel == nil { values.append(.null) }
        var sizes = [Int](repeating: 0, count: values.count)
        for position in 0..<count where groups[position] >= 0 && Int(groups[position]) < sizes.count {
            sizes[Int(groups[position])] += 1
        }
        group = groups
        groupValues = values
        groupSizes = sizes
    }

    /// The position of a user id, or -1 for an id outside the funnel's users.
    @inline(__always)
    func position(ofID id: Int64) -> Int32 {
        if let dense {
            let offset = id &- denseBase
            guard offset >= 0 && offset < Int64(dense.count) else { return -1 }
            return dense[Int(offset)]
        }
        return sparse?[id] ?? -1
    }
}

/// The group names a holdout writes.
enum HoldoutLabels {
    static let target = "target"
}
