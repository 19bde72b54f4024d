import EQBackend
import EQDiagnostics
import EQExec
import EQPlan
import EQStore
import EQTypes

extension LocalBackend {
    /// `as of`: the physical form of `AsOfPlan`'s derived users table is one pass over the login
    /// events (`LoginEvents.lastLogin`) into a copy of the users who had joined by then.
    func runAsOf(_ plan: AsOfPlan, segments: [SegmentPlan], control: ExecutionControl) throws(Diagnostic) -> Table {
        guard let users = tables[plan.users] else { throw Diagnostic("table \(plan.users) is no longer loaded") }
        guard let events = tables[plan.events] else { throw Diagnostic("table \(plan.events) is no longer loaded") }
        let past: Table
        do { past = try LocalBackend.usersAsOf(users, events: events, day: plan.day).table } catch {
            throw Diagnostic(error.message)
        }
        var replaced = tables
        replaced[plan.users] = past
        let executor = try executor(for: segments, control: control, tables: replaced)
        do { return try executor.run(plan.query) } catch { throw Diagnostic(error.message) }
    }

    /// The users as they were at the end of `day`: those who had signed up by then, with their last
    /// login recomputed from the login events up to the end of that day. `rows` maps each of its rows
    /// back to the table's own. `as of` queries it with `day` as today, and `clients` evaluates its
    /// conditions on it, so a status in either means the status at that date. `users` has `set
    /// last_seen` applied.
    public static func usersAsOf(_ users: Table, events: Table, day: Int32) throws(ExecutionError)
        -> (table: Table, rows: [UInt32]) {
        let index = try UserIndex(users: users, selectedRows: nil)
        let latest = try LoginEvents.lastLogin(in: events, users: index, before: CivilDate.micros(ofDay: day + 1))
        let rows = (0..<users.rowCount).filter { index.joinDay[$0] != Int32.min && index.joinDay[$0] <= day }
            .map { UInt32($0) }
        var columns = users.columns.map { $0.gather(rows) }
        let lastLogin = Column(name: "last_login_at", storage: .timestamp(rows.map { latest[Int($0)] ?? 0 }),
                               validity: ValidityMask(valid: rows.map { latest[Int($0)] != nil }))
        let lastSeen: Int
        if let existing = users.lastSeenColumn {
            columns[existing] = Column(name: users.columns[existing].name, storage: lastLogin.storage,
                                       validity: lastLogin.validity)
            lastSeen = existing
        } else {
            columns.append(lastLogin)
            lastSeen = columns.count - 1
        }
        let past = Table(name: users.name, columns: columns, timeColumn: users.timeColumn, lastSeenColumn: lastSeen,
                         keyColumn: users.keyColumn)
        return (past, rows)
    }
}
