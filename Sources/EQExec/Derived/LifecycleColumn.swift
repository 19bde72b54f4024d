import EQBinder
import EQPlan
import EQStore
import EQTypes

extension Executor {
    /// A lifecycle's column: each condition runs as a filter over the rows no earlier condition took
    /// (so a row is tested only until one holds), and the rows it passes take its label's code. The
    /// column is dictionary-coded with the labels in declared order, which is the order it groups and
    /// sorts in. The input's rows stay as they are (the column covers the whole table, null outside
    /// them), so row ids keep meaning the table's rows: a report's `where` relies on that.
    func computeLifecycle(_ input: Relation, _ lifecycle: BoundLifecycle, lowered: [Predicate],
                          context: EngagementContext) throws(ExecutionError) -> Relation {
        let relation = Relation(table: input.table)
        let rowCount = relation.table.rowCount
        let unset = UInt32.max
        var codes = [UInt32](repeating: unset, count: rowCount)
        var remaining: [UInt32]? = input.rows
        for (index, predicate) in lowered.enumerated() where index < lifecycle.codes.count {
            if remaining?.isEmpty == true { break }
            let catalog = filterCatalog(context)
            let filter = FilterCompiler.compile(predicate, table: relation.table, catalog: catalog)
            let pending = Relation(table: relation.table, rows: remaining)
            let passing = try MorselDriver(relation: pending, filter: filter, cancellation: cancellation)
                .run { RowCollector() }.rows
            try raise(catalog.scalarFailures)
            let code = UInt32(lifecycle.codes[index])
            for row in passing { codes[Int(row)] = code }
            remaining = (remaining ?? (0..<rowCount).map { UInt32($0) }).filter { codes[Int($0)] == unset }
        }
        let otherwise = lifecycle.otherwise.map(UInt32.init)
        var valid = [Bool](repeating: true, count: rowCount)
        var selected = [Bool](repeating: input.rows == nil, count: rowCount)
        for row in input.rows ?? [] { selected[Int(row)] = true }
        for row in 0..<rowCount where codes[row] == unset {
            if let otherwise, selected[row] { codes[row] = otherwise } else { codes[row] = 0; valid[row] = false }
        }
        var column = Column(name: lifecycle.name,
                            storage: .string(StringColumn(dictionary: StringDictionary(lifecycle.labels), codes: codes)),
                            validity: ValidityMask(valid: valid))
        column.codesInOrder = true
        var table = relation.table
        table.columns.append(column)
        return Relation(table: table, rows: input.rows)
    }
}
