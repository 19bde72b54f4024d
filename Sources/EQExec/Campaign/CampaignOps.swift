import EQBinder
import EQStore
import EQSyntax
import EQTypes

/// Row operations that prepare a campaign list from a query's result: control groups, samples and
/// de-duplication. They work on whole result tables (lists are at most millions of rows) and keep
/// the table's row order, so what is exported is what was previewed.
public enum CampaignOps {
    public enum Failure: Error, Sendable, Equatable {
        case noIDColumn
        case unknownColumn(String, candidates: [String])
        case columnExists(String)
        /// Ctrl-C, seen between vectors of rows.
        case cancelled
    }

    /// Every this many rows the loops below ask whether to stop.
    static let checkEvery = 1 << 16

    /// The ids the split hashes, or nil when the table has no integer `id` column.
    static func ids(_ table: Table) -> (values: ColumnBuffer<Int64>, validity: ValidityMask)? {
        guard let index = table.columnIndex(named: "id"), case .int(let values) = table.columns[index].storage else {
            return nil
        }
        return (values, table.columns[index].validity)
    }

    /// Adds a column (`group` unless named) holding `label` (control) for the rows whose id hashes under
    /// the share and `target` for the others. Rows without an id can be in neither group, so they leave
    /// the list and are counted; an existing column of that name is an error, never overwritten.
    public static func holdout(_ table: Table, basisPoints: Int64, label: String, seed: Int64, column: String = "group",
                               cancellation: () -> Bool = { false })
        throws(Failure) -> (table: Table, control: Int, withoutID: Int) {
        guard let (ids, validity) = ids(table) else { throw .noIDColumn }
        if table.columnIndex(named: column) != nil { throw .columnExists(column) }
        let rows = (0..<table.rowCount).filter { validity.isValid($0) }.map { UInt32(truncatingIfNeeded: $0) }
        var codes = [UInt32](repeating: 0, count: rows.count)
        var control = 0
        for (position, row) in rows.enumerated() {
            if position % checkEvery == 0 && cancellation() { throw .cancelled }
            guard StableHash.inShare(id: ids[Int(row)], seed: seed, basisPoints: basisPoints) else { continue }
            codes[position] = 1
            control += 1
        }
        let kept = rows.count == table.rowCount ? table : gather(table, rows)
        var group = Column(name: column,
                           storage: .string(StringColumn(dictionary: StringDictionary(["target", label]), codes: codes)),
                           validity: ValidityMask(allValid: rows.count))
        group.holdoutLabel = label
        return (Table(name: kept.name, columns: kept.columns + [group], timeColumn: kept.timeColumn,
                      lastSeenColumn: kept.lastSeenColumn, keyColumn: nil), control, table.rowCount - rows.count)
    }

    /// `sample N`: the N rows whose ids hash smallest (ties by position); `sample P%`: the rows whose
    /// id hashes under the share, like a holdout. Either way a given user's presence depends only on
    /// their id and the seed, never on the machine; rows without an id are never picked (the session
    /// says how many there were).
    public static func sample(_ table: Table, rows count: Int64?, basisPoints: Int64?, seed: Int64,
                              cancellation: () -> Bool = { false })
        throws(Failure) -> Table {
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
            let ranked = (0..<table.rowCount).filter { validity.isValid($0) }.map { row -> (UInt64, Int) in
                (StableHash.hash(id: ids[row], seed: seed), row)
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

    /// Keeps the first row, in table order, of each value of `column`. Text compares after trimming
    /// surrounding white space and mapping each code point to its simple lower-case form (the rule of
    /// `contains`), so ` Ann@X.org` repeats `ann@x.org`; with `exact`, byte for byte, like `=`. A row
    /// without a value repeats nothing (there is nothing to compare), so such rows are all kept and
    /// counted. Returns the rows dropped and the rows without a value.
    public static func distinct(_ table: Table, column name: String, exact: Bool = false,
                                cancellation: () -> Bool = { false })
        throws(Failure) -> (table: Table, dropped: Int, withoutValue: Int) {
        guard let index = table.columnIndex(named: name) else {
            throw .unknownColumn(name, candidates: table.columns.map(\.name))
        }
        let column = table.columns[index]
        var kept: [UInt32] = []
        kept.reserveCapacity(table.rowCount)
        var withoutValue = 0
        switch column.storage {
        case .string(let strings):
            // By content, not codes: a result's dictionary may hold one string under several codes (a
            // plain column keeps one entry per source row).
            var seenBytes: Set<[UInt8]> = []
            var seenFolded: Set<[UInt32]> = []
            for row in 0..<table.rowCount {
                if row % checkEvery == 0 && cancellation() { throw .cancelled }
                guard column.validity.isValid(row) else {
                    withoutValue += 1
                    kept.append(UInt32(truncatingIfNeeded: row))
                    continue
                }
                let text = strings.string(at: row)
                let isNew = exact ? seenBytes.insert(Array(text.utf8)).inserted
                    : seenFolded.insert(distinctKey(text)).inserted
                if isNew { kept.append(UInt32(truncatingIfNeeded: row)) }
            }
        default:
            var seen: Set<Value> = []
            for row in 0..<table.rowCount {
                if row % checkEvery == 0 && cancellation() { throw .cancelled }
                guard column.validity.isValid(row) else {
                    withoutValue += 1
                    kept.append(UInt32(truncatingIfNeeded: row))
                    continue
                }
                if seen.insert(column.value(at: row)).inserted { kept.append(UInt32(truncatingIfNeeded: row)) }
            }
        }
        return (gather(table, kept), table.rowCount - kept.count, withoutValue)
    }

    /// The text `distinct` compares: surrounding white space trimmed, each code point lower-cased.
    static func distinctKey(_ text: String) -> [UInt32] {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return [] }
        return scalars[first...last].map(StringMatch.fold)
    }

    public static func gather(_ table: Table, _ rows: [UInt32]) -> Table {
        Table(name: table.name, columns: table.columns.map { $0.gather(rows) }, timeColumn: table.timeColumn,
              lastSeenColumn: table.lastSeenColumn, keyColumn: table.keyColumn)
    }
}
