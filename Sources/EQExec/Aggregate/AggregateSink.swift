import EQPlan
import EQStore
import EQTypes

/// Groups rows and updates the aggregate states. Dense keys index the states directly; sparse keys
/// go through a hash map from composite key to group id.
struct AggregateSink: Sink {
    let keys: GroupKeys
    var states: [AggregateState]
    /// Rows per group, which also tells which dense slots hold a group.
    var rowCounts: [Int64] = []
    /// Sparse mode only: composite key -> group id, and the reverse.
    var groupIDs: [Int64: Int] = [:]
    var groupKeys: [Int64] = []
    var compositeBuffer = [Int64](repeating: 0, count: standardVectorSize)
    var groupBuffer = [Int](repeating: 0, count: standardVectorSize)
    var scratch = [Int64](repeating: 0, count: standardVectorSize)
    var valid = [Bool](repeating: false, count: standardVectorSize)

    init(keys: GroupKeys, states: [AggregateState]) {
        self.keys = keys
        self.states = states
        if keys.keys.isEmpty {
            grow(to: 1)
        } else if keys.isDense, let product = keys.product {
            grow(to: Int(product))
        }
    }

    private mutating func grow(to count: Int) {
        if rowCounts.count < count { rowCounts.append(contentsOf: repeatElement(0, count: count - rowCounts.count)) }
        for stateIndex in states.indices { states[stateIndex].grow(to: count) }
    }

    /// Every per-row loop here runs on unsafe buffers: a stored array written element by element
    /// would check its uniqueness on every write.
    mutating func consume(_ rows: UnsafePointer<UInt32>, _ count: Int) {
        if keys.keys.isEmpty {
            groupBuffer.withUnsafeMutableBufferPointer { groups in
                for position in 0..<count { groups[position] = 0 }
            }
        } else {
            compositeBuffer.withUnsafeMutableBufferPointer { composite in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    valid.withUnsafeMutableBufferPointer { valid in
                        keys.encode(rows, count, into: composite.baseAddress!, scratch: scratch.baseAddress!,
                                    valid: valid.baseAddress!)
                    }
                }
            }
            if keys.isDense {
                compositeBuffer.withUnsafeBufferPointer { composite in
                    groupBuffer.withUnsafeMutableBufferPointer { groups in
                        for position in 0..<count { groups[position] = Int(composite[position]) }
                    }
                }
            } else {
                assignSparseGroups(count)
            }
        }
        groupBuffer.withUnsafeBufferPointer { groups in
            rowCounts.withUnsafeMutableBufferPointer { counts in
                for position in 0..<count { counts[groups[position]] &+= 1 }
            }
            scratch.withUnsafeMutableBufferPointer { scratch in
                valid.withUnsafeMutableBufferPointer { valid in
                    for stateIndex in states.indices {
                        states[stateIndex].update(rows, groups.baseAddress!, count, scratch: scratch.baseAddress!,
                                                  valid: valid.baseAddress!)
                    }
                }
            }
        }
    }

    private mutating func assignSparseGroups(_ count: Int) {
        for position in 0..<count {
            let key = compositeBuffer[position]
            if let id = groupIDs[key] {
                groupBuffer[position] = id
            } else {
                let id = groupKeys.count
                groupIDs[key] = id
                groupKeys.append(key)
                groupBuffer[position] = id
            }
        }
        grow(to: groupKeys.count)
    }

    mutating func merge(_ other: AggregateSink) {
        if keys.isDense || keys.keys.isEmpty {
            for group in 0..<other.rowCounts.count where other.rowCounts[group] > 0 {
                rowCounts[group] &+= other.rowCounts[group]
                for stateIndex in states.indices { states[stateIndex].merge(other.states[stateIndex], from: group, into: group) }
            }
            return
        }
        for (otherGroup, key) in other.groupKeys.enumerated() {
            let group: Int
            if let existing = groupIDs[key] {
                group = existing
            } else {
                group = groupKeys.count
                groupIDs[key] = group
                groupKeys.append(key)
                grow(to: groupKeys.count)
            }
            rowCounts[group] &+= other.rowCounts[otherGroup]
            for stateIndex in states.indices { states[stateIndex].merge(other.states[stateIndex], from: otherGroup, into: group) }
        }
    }

    /// The groups in key order (nulls last), with their key values and aggregate values.
    func results() throws(ExecutionError) -> [[Value]] {
        // An NPS answer outside 0 to 10 is bad data, not a passive: leaving it out would change the score.
        if let state = states.first(where: { $0.function == .nps && $0.outsideCount > 0 }) {
            let count = state.outsideCount
            throw .unsupported("`nps` counts answers from 0 to 10, and \(count) value\(count == 1 ? "" : "s") of "
                               + "\(state.inputName) \(count == 1 ? "is" : "are") outside that range; "
                               + "filter them first (`where \(state.inputName) between 0 and 10`)")
        }
        if keys.keys.isEmpty {
            return [states.map { $0.result(0, rows: rowCounts[0]) }]
        }
        var ordered: [(composite: Int64, group: Int)]
        if keys.isDense {
            ordered = rowCounts.indices.compactMap { rowCounts[$0] > 0 ? (Int64($0), $0) : nil }
        } else {
            ordered = groupKeys.enumerated().map { ($0.element, $0.offset) }
            ordered.sort { $0.composite < $1.composite }
        }
        return ordered.map { entry in
            keys.decode(entry.composite) + states.map { $0.result(entry.group, rows: rowCounts[entry.group]) }
        }
    }
}
