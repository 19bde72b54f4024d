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
    func computeAsOf(_ input: Relation, _ column: AsOfColumn, lowered: [[Predicate]],
                     context: EngagementContext) throws(ExecutionError) -> Relation {
        let table = input.table
        guard let events = tables[column.events.lowercased()] else {
            throw .unsupported("\(column.subject) at a past date needs the \(column.events) table")
        }
        if cancellation() { throw .cancelled }
        let index = try UserIndex(users: table, selectedRows: nil)
        let latest = try LoginEvents.lastLogin(in: events, users: index, before: CivilDate.micros(ofDay: column.day + 1))
        if let past = column.lifecycle {
            return try computePastLifecycle(input, column, past, lowered: lowered, index: index, latest: latest,
                                            context: context)
        }
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

extension Executor {
    /// A lifecycle at the end of `column.day`: its chain runs, with that day as today, over the
    /// relation's first columns with the last login taken from the login events up to the day (null
    /// without one, as for a user who never logged in), and the subject's labels are kept. Rows whose
    /// time column is after the day are `not_registered`; a row no condition takes and no `else`
    /// catches stays null, as it would today.
    func computePastLifecycle(_ input: Relation, _ column: AsOfColumn, _ past: PastLifecycle, lowered: [[Predicate]],
                              index: UserIndex, latest: [Int64?], context: EngagementContext) throws(ExecutionError)
        -> Relation {
        let table = input.table
        guard past.columnCount <= table.columns.count, lowered.count == past.chain.count, !past.chain.isEmpty else {
            throw .unsupported("internal error: lifecycle \(column.subject) as of a date reached the executor unlowered")
        }
        var then = table
        then.columns = Array(table.columns.prefix(past.columnCount))
        if let lastSeen = past.lastSeenColumn, lastSeen < then.columns.count {
            let original = then.columns[lastSeen]
            let valid = ValidityMask(valid: latest.map { $0 != nil })
            let storage: ColumnStorage
            if case .date = original.storage {
                storage = .date(latest.map { $0.map { CivilDate.day(ofMicros: $0) } ?? 0 })
            } else {
                storage = .timestamp(latest.map { $0 ?? 0 })
            }
            then.columns[lastSeen] = Column(name: original.name, storage: storage, validity: valid)
        }
        var pastContext = context
        pastContext.today = column.day
        var relation = Relation(table: then, rows: input.rows)
        for (step, lifecycle) in past.chain.enumerated() {
            if cancellation() { throw .cancelled }
            relation = try computeLifecycle(relation, lifecycle, lowered: lowered[step], context: pastContext)
        }
        guard let computed = relation.table.columns.last, case .string(let strings) = computed.storage else {
            throw .unsupported("internal error: lifecycle \(column.subject) as of a date made no column")
        }
        let notRegistered = UInt32(column.labels.count - 1)
        var codes = [UInt32](repeating: 0, count: table.rowCount)
        var valid = [Bool](repeating: true, count: table.rowCount)
        for row in 0..<table.rowCount {
            let joined = index.joinDay[row]
            if joined != Int32.min && joined > column.day {
                codes[row] = notRegistered
            } else if computed.validity.isValid(row) {
                codes[row] = UInt32(truncatingIfNeeded: strings.code(at: row))
            } else {
                valid[row] = false
            }
        }
        var result = Column(name: column.name,
                            storage: .string(StringColumn(dictionary: StringDictionary(column.labels), codes: codes)),
                            validity: ValidityMask(valid: valid))
        result.codesInOrder = true
        var output = table
        output.columns.append(result)
        return Relation(table: output, rows: input.rows)
    }
}
