import EQBinder
import EQStore

extension Executor {
    /// A campaign step over the whole input, in its row order. What the step leaves out (repeats, rows
    /// without an id) is told through `note`, with a count, so a list never shrinks silently.
    func runCampaign(_ input: Relation, _ step: CampaignStep) throws(ExecutionError) -> Relation {
        let table = Materialize.table(input)
        let stop = cancellation
        do throws(CampaignOps.Failure) {
            switch step {
            case .distinct(let column, let name, let isText, let exact):
                guard column < table.columns.count else { throw .unknownColumn(name, candidates: []) }
                let (kept, dropped, withoutValue) = try CampaignOps.distinct(table, column: table.columns[column].name,
                                                                            exact: exact, cancellation: stop)
                note(Executor.distinctNote(name, dropped: dropped, withoutValue: withoutValue, exact: exact,
                                           isText: isText))
                return Relation(table: kept)
            case .holdout(_, let basisPoints, let label, let seed, let column):
                let split = try CampaignOps.holdout(table, basisPoints: basisPoints, label: label, seed: seed,
                                                    column: column, cancellation: stop)
                if split.withoutID > 0 {
                    note("left out \(rows(split.withoutID)) without an id (a row without an id can be in neither group)")
                }
                return Relation(table: split.table)
            case .sample(let idColumn, let count, let basisPoints, let seed):
                let sampled = try CampaignOps.sample(table, rows: count, basisPoints: basisPoints, seed: seed,
                                                     cancellation: stop)
                let withoutID = idColumn < table.columns.count ? table.columns[idColumn].validity.nullCount : 0
                if withoutID > 0 { note("left out \(rows(withoutID)) without an id (a sample picks rows by id)") }
                return Relation(table: sampled)
            }
        } catch {
            switch error {
            case .cancelled: throw .cancelled
            case .noIDColumn: throw .unsupported("this list has no integer `id` column to split or sample by")
            case .unknownColumn(let name, _): throw .unsupported("unknown column \"\(name)\"")
            case .columnExists(let name): throw .unsupported("the list already has a column \"\(name)\"")
            }
        }
    }

    /// What `distinct` dropped and by which rule, and the rows it kept for want of a value.
    static func distinctNote(_ column: String, dropped: Int, withoutValue: Int, exact: Bool, isText: Bool) -> String {
        var text = "dropped \(rows(dropped)) repeating an earlier \(column)"
        if isText { text += exact ? " (compared byte for byte)" : " (compared ignoring case and surrounding spaces)" }
        if withoutValue > 0 { text += "; kept \(rows(withoutValue)) without \(column) (no value to compare)" }
        return text
    }
}

private func rows(_ count: Int) -> String {
    "\(count) row\(count == 1 ? "" : "s")"
}
