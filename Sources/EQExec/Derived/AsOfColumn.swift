import EQBinder
import EQPlan
import EQStore
import EQTypes

extension Executor {
    /// Status or stage at the end of `column.day`, per row: one pass over the login events keeps each
    /// user's latest login up to that day in a dense per-row array, then each row's band follows from
    /// the whole days between it and the day, by the same thresholds as today's status. Rows whose
    /// time column is after the day are `not_registered`; a user without a login by then is in the last
    /// band (inactive), as a user who never logged in is today. The input's rows stay as they are, so
    /// row ids keep meaning the table's rows.
    func computeAsOf(_ input: Relation, _ column: AsOfColumn, context: EngagementContext) throws(ExecutionError) -> Relation {
        let table = input.table
        guard let events = tables[column.events.lowercased()] else {
            throw .unsupported("\(column.derived.rawValue) at a past date needs the \(column.events) table")
        }
        if cancellation() { throw .cancelled }
        let index = try UserIndex(users: table, selectedRows: nil)
        let latest = try LoginEvents.lastLogin(in: events, users: index, before: CivilDate.micros(ofDay: column.day + 1))
        var past = context
        past.today = column.day
        let ranges = EngagementRules.dayRanges(of: column.derived, context: past)
        let notRegistered = UInt32(column.labels.count - 1)
        var codes = [UInt32](repeating: 0, count: table.rowCount)
        for row in 0..<table.rowCount {
            let joined = index.joinDay[row]
            if joined != Int32.min && joined > column.day {
                codes[row] = notRegistered
                continue
            }
            guard let micros = latest[row] else {
                codes[row] = UInt32(ranges.count - 1)
                continue
            }
            let days = Int(column.day) - Int(CivilDate.day(ofMicros: micros))
            let band = ranges.firstIndex { range in range.upper.map { days < $0 } ?? true } ?? ranges.count - 1
            codes[row] = UInt32(band)
        }
        var result = Column(name: column.name,
                            storage: .string(StringColumn(dictionary: StringDictionary(column.labels), codes: codes)),
                            validity: ValidityMask(allValid: table.rowCount))
        result.codesInOrder = true
        var output = table
        output.columns.append(result)
        return Relation(table: output, rows: input.rows)
    }
}
