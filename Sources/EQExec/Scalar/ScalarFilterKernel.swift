import EQBinder
import EQTypes
import EQStore

/// Keeps the rows for which a computed condition is true (false and null rows go), one vector per
/// evaluation. An overflow is recorded for the executor to raise, and drops the vector meanwhile.
struct ScalarFilterKernel: FilterKernel {
    let evaluator: ScalarEvaluator
    let failures: ScalarFailures

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        let vector: ScalarVector
        do {
            vector = try evaluator.evaluate(rows, count)
        } catch {
            failures.record(error)
            return 0
        }
        guard case .bool(let values) = vector.values else { return 0 }
        var live = 0
        for position in 0..<count where vector.valid[position] && values[position] {
            rows[live] = rows[position]
            live += 1
        }
        return live
    }
}

enum ComputeColumns {
    /// The computed columns for every row of a table, a vector at a time.
    static func column(_ computed: ComputedColumnInput, table: Table) throws(ScalarFailure) -> Column {
        let evaluator = ScalarEvaluator(computed.expr, table: table, context: computed.context)
        var items: [Value] = []
        items.reserveCapacity(table.rowCount)
        var rows = [UInt32](repeating: 0, count: standardVectorSize)
        var start = 0
        while start < table.rowCount {
            let count = min(standardVectorSize, table.rowCount - start)
            for offset in 0..<count { rows[offset] = UInt32(truncatingIfNeeded: start + offset) }
            let vector = try rows.withUnsafeBufferPointer { buffer throws(ScalarFailure) in
                try evaluator.evaluate(buffer.baseAddress!, count)
            }
            for position in 0..<count { items.append(vector.value(at: position)) }
            start += count
        }
        return Materialize.column(name: computed.name, type: computed.expr.type, values: items)
    }
}

struct ComputedColumnInput {
    var expr: ScalarExpr
    var name: String
    var context: EngagementContext
}
