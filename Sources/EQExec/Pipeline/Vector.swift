/// Rows move through the executor in vectors of this many, DuckDB's `STANDARD_VECTOR_SIZE`: small
/// enough that a vector's selection and its column slices stay in cache, large enough that the
/// per-vector dispatch is noise.
public let standardVectorSize = 2048

/// A relation between operators: a table and the rows of it that are live, in order. Operators that
/// only choose rows (filter, sort, top, limit) pass row ids, not copies (late materialisation).
public struct Relation: Sendable {
    public var table: EQStore.Table
    /// nil means every row, in table order.
    public var rows: [UInt32]?

    public init(table: EQStore.Table, rows: [UInt32]? = nil) {
        self.table = table
        self.rows = rows
    }

    public var count: Int { rows?.count ?? table.rowCount }
}

import EQStore

/// Calls `body` with each vector-sized slice `start ..< start + count` of `total` rows, in order: the
/// one loop every sequential operator (sort keys, derived columns, key ranges) walks a row list with.
@inline(__always)
func forEachVector(_ total: Int, _ body: (_ start: Int, _ count: Int) -> Void) {
    var start = 0
    while start < total {
        let count = min(standardVectorSize, total - start)
        body(start, count)
        start += count
    }
}
