#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rows move through the executor in vectors of this many, DuckDB's `STANDARD_VECTOR_SIZE`: small
/// enough that a vector's selection and its column slices stay in cache, large enough that the
/// per-vector dispatch is noise.
///
/// `EQ_VECTOR_SIZE` overrides it, for the metamorphic checks only (Scripts/difftest.py runs every
/// query at sizes 1 and 3 as well): a result that changes with the vector size is a bug at a vector
/// boundary, and tiny vectors put a boundary between every pair of rows.
public let standardVectorSize: Int = {
    if let text = getenv("EQ_VECTOR_SIZE"), let value = Int(String(cString: text)), value > 0 && value <= 1 << 16 {
        return value
    }
    return 2048
}()

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
