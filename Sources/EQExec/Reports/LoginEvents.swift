import EQStore
import EQTypes

/// The login events of the selected users, as parallel arrays of user row and UTC day: the one join
/// every engagement report needs, done in a single pass so each report after it is a tight loop.
public struct LoginEvents: Sendable {
    public var user: [Int32] = []
    public var day: [Int32] = []

    /// Where a login lives in an events table.
    struct Columns {
        var userID: ColumnBuffer<Int64>
        var userValidity: ValidityMask
        var isLogin: [Bool]
        var type: StringColumn
        var typeValidity: ValidityMask
        var time: ColumnStorage
        var timeValidity: ValidityMask
    }

    static func columns(of events: Table) throws(ExecutionError) -> Columns {
        guard let typeIndex = events.columnIndex(named: "type"), case .string(let type) = events.columns[typeIndex].storage else {
            throw .unsupported("\(events.name) needs a string `type` column to tell logins apart")
        }
        guard let timeIndex = events.timeColumn, events.columns[timeIndex].type.isTemporal else {
            throw .unsupported("\(events.name) has no time column (at, timestamp, ...)")
        }
        let keyIndex = events.keyColumn ?? events.columnIndex(named: "user_id")
        guard let keyIndex, case .int(let ids) = events.columns[keyIndex].storage else {
            throw .unsupported("\(events.name) needs an integer `user_id` column to join on the users")
        }
        var isLogin = [Bool](repeating: false, count: type.dictionary.count)
        let login = Array("login".utf8)
        type.dictionary.forEachEntry { code, bytes in isLogin[code] = bytes.elementsEqual(login) }
        return Columns(userID: ids, userValidity: events.columns[keyIndex].validity, isLogin: isLogin, type: type,
                       typeValidity: events.columns[typeIndex].validity, time: events.columns[timeIndex].storage,
                       timeValidity: events.columns[timeIndex].validity)
    }

    /// Calls `body(userRow, micros)` for each login of a selected user. Dates count as their midnight.
    static func forEachLogin(in events: Table, users: UserIndex, cancellation: () -> Bool = { false },
                             _ body: (Int32, Int64) -> Void) throws(ExecutionError) {
        let columns = try columns(of: events)
        let checkValidity = columns.userValidity.hasNulls || columns.typeValidity.hasNulls || columns.timeValidity.hasNulls
        var cancelled = false
        columns.isLogin.withUnsafeBufferPointer { isLogin in
            columns.userID.withUnsafeBufferPointer { ids in
                for row in 0..<ids.count {
                    if row % (16 * standardVectorSize) == 0 && cancellation() {
                        cancelled = true
                        return
                    }
                    guard isLogin[columns.type.code(at: row)] else { continue }
                    if checkValidity && !(columns.userValidity.isValid(row) && columns.typeValidity.isValid(row)
                                          && columns.timeValidity.isValid(row)) { continue }
                    let user = users.row(ofID: ids[row])
                    guard user >= 0 else { continue }
                    switch columns.time {
                    case .timestamp(let values): body(user, values[row])
                    case .date(let values): body(user, CivilDate.micros(ofDay: values[row]))
                    default: break
                    }
                }
            }
        }
        if cancelled { throw .cancelled }
    }

    public init(events: Table, users: UserIndex, cancellation: () -> Bool = { false }) throws(ExecutionError) {
        var user: [Int32] = []
        var day: [Int32] = []
        try LoginEvents.forEachLogin(in: events, users: users, cancellation: cancellation) { row, micros in
            user.append(row)
            day.append(CivilDate.day(ofMicros: micros))
        }
        self.user = user
        self.day = day
    }

    /// Each user's latest login strictly before `limit` (microseconds), or nil.
    public static func lastLogin(in events: Table, users: UserIndex, before limit: Int64) throws(ExecutionError) -> [Int64?] {
        var latest = [Int64](repeating: Int64.min, count: users.rowCount)
        try forEachLogin(in: events, users: users) { row, micros in
            if micros < limit && micros > latest[Int(row)] { latest[Int(row)] = micros }
        }
        return latest.map { $0 == Int64.min ? nil : $0 }
    }
}
