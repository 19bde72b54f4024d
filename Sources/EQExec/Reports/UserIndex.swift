import EQStore
import EQTypes

/// The users a report looks at: their signup day and how an event's `user_id` finds them.
///
/// Ids map to rows through a flat array when they are dense enough (the usual 1...N), else a hash
/// table; users outside the report's `where` map to -1, so every later pass filters them for free.
public struct UserIndex: Sendable {
    public let users: Table
    public let rowCount: Int
    /// The signup day of each row; `Int32.min` when it is null or the row is not selected.
    public let joinDay: [Int32]
    public let selected: [Bool]
    let denseBase: Int64
    let dense: [Int32]?
    let sparse: [Int64: Int32]?

    /// `selectedRows` nil means every user.
    public init(users: Table, selectedRows: [UInt32]?) throws(ExecutionError) {
        self.users = users
        rowCount = users.rowCount
        var selected = [Bool](repeating: selectedRows == nil, count: users.rowCount)
        if let selectedRows { for row in selectedRows { selected[Int(row)] = true } }
        self.selected = selected

        guard let timeIndex = users.timeColumn else {
            throw .unsupported("\(users.name) has no time column (joined_at, created_at, ...) to put users in periods")
        }
        var days = [Int32](repeating: Int32.min, count: users.rowCount)
        let timeColumn = users.columns[timeIndex]
        switch timeColumn.storage {
        case .date(let values):
            for row in 0..<users.rowCount where selected[row] && timeColumn.validity.isValid(row) { days[row] = values[row] }
        case .timestamp(let values):
            for row in 0..<users.rowCount where selected[row] && timeColumn.validity.isValid(row) {
                days[row] = CivilDate.day(ofMicros: values[row])
            }
        default:
            throw .unsupported("the time column \(timeColumn.name) of \(users.name) is not a date or timestamp")
        }
        joinDay = days

        let idIndex = users.keyColumn ?? users.columnIndex(named: "id") ?? users.columnIndex(named: "user_id")
        guard let idIndex, case .int(let ids) = users.columns[idIndex].storage else {
            throw .unsupported("\(users.name) needs an integer `id` column for its events to join on")
        }
        let validity = users.columns[idIndex].validity
        var low = Int64.max
        var high = Int64.min
        for row in 0..<ids.count where validity.isValid(row) {
            low = min(low, ids[row])
            high = max(high, ids[row])
        }
        denseBase = low
        if low <= high, high.subtractingReportingOverflow(low).overflow == false,
           high - low < Int64(ids.count) * 4 + 1024 {
            var table = [Int32](repeating: -1, count: Int(high - low) + 1)
            for row in 0..<ids.count where validity.isValid(row) && selected[row] {
                table[Int(ids[row] - low)] = Int32(row)
            }
            dense = table
            sparse = nil
        } else {
            var table: [Int64: Int32] = [:]
            for row in 0..<ids.count where validity.isValid(row) && selected[row] { table[ids[row]] = Int32(row) }
            dense = nil
            sparse = table
        }
    }

    /// The selected user row of an id, or -1.
    @inline(__always)
    public func row(ofID id: Int64) -> Int32 {
        if let dense {
            let position = id &- denseBase
            guard position >= 0 && position < Int64(dense.count) else { return -1 }
            return dense[Int(position)]
        }
        return sparse?[id] ?? -1
    }
}
