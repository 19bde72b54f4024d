import EQBinder
import EQPlan
import EQStore

/// An integer `sum` whose total leaves Int64 is kept exact as a 128-bit column (`.hugeint`), which the
/// views and exports print with every digit. The filter, sort, grouping and arithmetic kernels read
/// integers as 64-bit values, so a step that would compute with such a column is refused with a
/// message naming it rather than run on wrong numbers; a step that does not read it runs as before
/// (`sum n, count by role | where count >= 5`).
enum WideIntegerGuard {
    /// Throws when `table` has a 128-bit column among `columns` (nil: the step may read any column).
    static func check(_ table: Table, reading columns: Set<Int>?) throws(ExecutionError) {
        for (index, column) in table.columns.enumerated() {
            guard case .hugeint = column.storage else { continue }
            if columns?.contains(index) ?? true { throw .wideInteger(column: column.name) }
        }
    }

    /// The columns a filter reads; nil when it cannot say (a computed condition, a segment or event
    /// condition), so any wide column refuses it.
    static func columns(of predicate: Predicate) -> Set<Int>? {
        switch predicate {
        case .constant: return []
        case .intervals(let column, _, _), .doubleCompare(let column, _, _), .stringIn(let column, _, _),
             .stringCompare(let column, _, _), .stringMatch(let column, _, _, _), .cohortMatch(let column, _, _, _),
             .boolEquals(let column, _), .isNull(let column, _):
            return [column]
        case .compareColumns(let left, _, let right): return [left, right]
        case .events, .member, .scalar: return nil
        case .and(let items), .or(let items):
            var all: Set<Int> = []
            for item in items {
                guard let columns = columns(of: item) else { return nil }
                all.formUnion(columns)
            }
            return all
        }
    }

    static func columns(of keys: [PlanSortKey]) -> Set<Int> {
        Set(keys.map(\.column.ref.baseIndex))
    }
}
