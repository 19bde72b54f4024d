import EQStore

/// A yes/no answer per user id, the product of a semi-join: built once from the events (or a segment's
/// rows), then looked up per row. Ids within the users' own range are addressed directly in a dense
/// array (a million users is a megabyte); ids spread too thinly for that fall back to a hash set of the
/// ids whose answer differs from the default, the answer of an id no event mentions.
struct IDAnswers: Sendable {
    let base: Int64
    let dense: [Bool]
    let exceptions: Set<Int64>
    let isDense: Bool
    /// The answer for an id with no events of the kind (a count of zero, or no first/last time).
    let fallback: Bool

    @inline(__always)
    func answer(_ id: Int64) -> Bool {
        if isDense {
            let offset = id &- base
            return offset >= 0 && offset < Int64(dense.count) ? dense[Int(offset)] : fallback
        }
        return exceptions.contains(id) != fallback
    }

    /// The range of valid ids of `column`, nil when it has none.
    static func idRange(_ column: Column) -> ClosedRange<Int64>? {
        guard case .int(let ids) = column.storage else { return nil }
        var low = Int64.max
        var high = Int64.min
        ids.withUnsafeBufferPointer { ids in
            if !column.validity.hasNulls {
                for id in ids {
                    low = min(low, id)
                    high = max(high, id)
                }
            } else {
                for index in ids.indices where column.validity.isValid(index) {
                    low = min(low, ids[index])
                    high = max(high, ids[index])
                }
            }
        }
        return low <= high ? low...high : nil
    }

    /// Dense addressing pays when the ids are not much more spread out than there are rows.
    static func denseRange(for users: Column) -> ClosedRange<Int64>? {
        guard let range = idRange(users) else { return nil }
        let span = range.upperBound.subtractingReportingOverflow(range.lowerBound)
        guard !span.overflow, span.partialValue < max(Int64(users.count) * 4, 1 << 16) else { return nil }
        return range
    }

    /// Membership in a set of ids (a segment's rows).
    static func members(_ members: [Int64], users: Column) -> IDAnswers {
        if let range = denseRange(for: users) {
            var dense = [Bool](repeating: false, count: Int(range.upperBound - range.lowerBound) + 1)
            for id in members where range.contains(id) { dense[Int(id - range.lowerBound)] = true }
            return IDAnswers(base: range.lowerBound, dense: dense, exceptions: [], isDense: true, fallback: false)
        }
        return IDAnswers(base: 0, dense: [], exceptions: Set(members), isDense: false, fallback: false)
    }
}

/// Keeps the rows whose id gets a yes. A row without an id takes `nullAnswer`: as in SQL, it has no
/// events (so `did not login` holds, as NOT EXISTS does) and belongs to no segment (`in` and `not in`
/// both reject it, as IN and NOT IN do with a null).
struct IDLookupKernel: FilterKernel {
    let ids: ColumnBuffer<Int64>
    let validity: ValidityMask
    let answers: IDAnswers
    let negated: Bool
    let nullAnswer: Bool

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        ids.withUnsafeBufferPointer { ids in
            var live = 0
            for position in 0..<count {
                let row = rows[position]
                let pass = validity.isValid(Int(row)) ? answers.answer(ids[Int(row)]) != negated : nullAnswer
                rows[live] = row
                live &+= bit(pass)
            }
            return live
        }
    }
}
