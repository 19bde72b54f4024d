import EQStore
import EQTypes

/// Row operations that prepare a campaign list from a query's result: control groups, samples and
/// de-duplication. They work on whole result tables (lists are at most millions of rows) and keep
/// the table's row order, so what is exported is what was previewed.
public enum CampaignOps {
    public enum Failure: Error, Sendable, Equatable {
        case noIDColumn
        case unknownColumn(String, candidates: [String])
        /// Ctrl-C, seen between vectors of rows.
        case cancelled
    }

    /// Every this many rows the loops below ask whether to stop.
    static let checkEvery = 1 << 16

    /// The ids the split hashes, or nil when the table has no integer `id` column.
    static func ids(_ table: Table) -> (values: [Int64], validity: ValidityMask)? {
        guard let index = table.columnIndex(named: "id"), case .int(let values) = table.columns[index].storage else {
            return nil
        }
        return (values, table.columns[index].validity)
    }

    /// Adds a `group` column: `label` (control) for the rows whose id hashes under the share, `target`
    /// for the others; rows without an id stay in the target group.
    public static func holdout(_ table: Table, basisPoints: Int64, label: String, seed: Int64,
                               cancellation: () -> Bool = { false }) throws(Failure) -> (table: Table, control: Int) {
        guard let (ids, validity) = ids(table) else { throw .noIDColumn }
        var codes = [UInt32](repeating: 0, count: table.rowCount)
        var control = 0
        for row in 0..<table.rowCount {
            if row % checkEvery == 0 && cancellation() { throw .cancelled }
            guard validity.isValid(row) && StableHash.inShare(id: ids[row], seed: seed, basisPoints: basisPoints) else {
                continue
            }
            codes[row] = 1
            control += 1
        }
        let group = Column(name: "group",
                           storage: .string(StringColumn(dictionary: StringDictionary(["target", label]), codes: codes)),
                           validity: ValidityMask(allValid: table.rowCount))
        var columns = table.columns.filter { $0.name.lowercased() != "group" }
        columns.append(group)
        return (Table(name: table.name, columns: columns, timeColumn: table.timeColumn.flatMap { index in
            columns.firstIndex { $0.name == table.columns[index].name }
        }, lastSeenColumn: table.lastSeenColumn.flatMap { index in
            columns.firstIndex { $0.name == table.columns[index].name }
        }, keyColumn: nil), control)
    }

    /// `sample N`: the N rows whose ids hash smallest (ties and rows without an id by position);
    /// `sample P%`: the rows whose id hashes under the share, like a holdout. Either way a given user's
    /// presence depends only on their id and the seed, never on the machine.
    public static func sample(_ table: Table, rows count: Int64?, basisPoints: Int64?, seed: Int64,
                              cancellation: () -> Bool = { false }) throws(Failure) -> Table {
        guard let (ids, validity) = ids(table) else { throw .noIDColumn }
        var kept: [UInt32]
        if let basisPoints {
            kept = []
            for row in 0..<table.rowCount {
                if row % checkEvery == 0 && cancellation() { throw .cancelled }
                if validity.isValid(row) && StableHash.inShare(id: ids[row], seed: seed, basisPoints: basisPoints) {
                    kept.append(UInt32(truncatingIfNeeded: row))
                }
            }
        } else {
            let wanted = Int(clamping: max(count ?? 0, 0))
            let ranked = (0..<table.rowCount).map { row -> (UInt64, Int) in
                (validity.isValid(row) ? StableHash.hash(id: ids[row], seed: seed) : .max, row)
            }
            if cancellation() { throw .cancelled }
            var sorted = ranked
            do {
                try CancellableSort.sort(&sorted, cancellation: cancellation) { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            } catch {
                throw .cancelled
            }
            kept = sorted.prefix(wanted).map { UInt32(truncatingIfNeeded: $0.1) }
            kept.sort()
        }
        return gather(table, kept)
    }

    /// Keeps the first row of each value of `column` (rows without a value count as one value, as in
    /// SQL's DISTINCT ON); returns how many rows were dropped. Strings compare byte for byte, like `=`.
    public static func distinct(_ table: Table, column name: String,
                                cancellation: () -> Bool = { false }) throws(Failure) -> (table: Table, dropped: Int) {
        guard let index = table.columnIndex(named: name) else {
            throw .unknownColumn(name, candidates: table.columns.map(\.name))
        }
        let column = table.columns[index]
        var kept: [UInt32] = []
        kept.reserveCapacity(table.rowCount)
        var seenNull = false
        func keep(_ row: Int, isNew: Bool) {
            if isNew { kept.append(UInt32(truncatingIfNeeded: row)) }
        }
        switch column.storage {
        case .string(let strings):
            // By bytes, not codes: a result's dictionary may hold one string under several codes (a
            // plain column keeps one entry per source row).
            var seen: Set<[UInt8]> = []
            for row in 0..<table.rowCount {
                if row % checkEvery == 0 && cancellation() { throw .cancelled }
                if !column.validity.isValid(row) {
                    keep(row, isNew: !seenNull)
                    seenNull = true
                    continue
                }
                keep(row, isNew: seen.insert(Array(strings.string(at: row).utf8)).inserted)
            }
        default:
            var seen: Set<Value> = []
            for row in 0..<table.rowCount {
                if row % checkEvery == 0 && cancellation() { throw .cancelled }
                keep(row, isNew: seen.insert(column.value(at: row)).inserted)
            }
        }
        return (gather(table, kept), table.rowCount - kept.count)
    }

    public static func gather(_ table: Table, _ rows: [UInt32]) -> Table {
        Table(name: table.name, columns: table.columns.map { $0.gather(rows) }, timeColumn: table.timeColumn,
              lastSeenColumn: table.lastSeenColumn, keyColumn: table.keyColumn)
    }
}
