import EQStore
import EQTypes

/// The data's newest login lies further back than `at_risk_days` from `today`, so every user would count
/// as inactive: almost always an old export read on a later date, not a product with no active user.
public struct StaleDataWarning: Sendable, Equatable {
    public var table: String
    public var column: String
    /// The newest value of the last-login column, as a day.
    public var newestDay: Int32
    public var today: Int32
    public var atRiskDays: Int

    /// One paragraph naming the newest login, the gap to today and the exact fix; `today` itself is never
    /// moved behind the user's back.
    public var message: String {
        let newest = CivilDate.format(days: newestDay)
        let gap = Int(today) - Int(newestDay)
        return "warning: the newest \(column) in \(table) is \(newest), \(gap) days before today "
            + "(\(CivilDate.format(days: today))), so every user counts as inactive (at_risk_days = \(atRiskDays))\n"
            + "  to see the data as of its last login: `set today = \(newest)` or `--today \(newest)`"
    }
}

/// Keeps the stale-data warning to one per session, and its column scan to when the tables changed.
struct StaleDataCheck {
    var warned = false
    /// Table names and row counts at the last check: a `load` changes them, `set` and queries do not.
    var checkedTables: [String: Int]?
}

extension Session {
    /// The stale-data warning the first time it applies after tables were loaded, then nil for the rest
    /// of the session: the startup check of `--data` and each `load` after it share the one warning.
    public func takeStaleDataWarning() -> StaleDataWarning? {
        // The demo is generated on first use and leaves at the first load: checking it here would
        // generate it for a script that never uses it, and warn about data the script replaces.
        guard !staleDataCheck.warned, !demoIsPending else { return nil }
        let current = tables.mapValues(\.rowCount)
        guard staleDataCheck.checkedTables != current else { return nil }
        staleDataCheck.checkedTables = current
        guard let warning = staleDataWarning() else { return nil }
        staleDataCheck.warned = true
        return warning
    }

    /// The warning for the first table (by name) whose newest last login is `at_risk_days` or more before
    /// `today` (the point from which status says `inactive`), or nil when the data is recent enough for
    /// status to mean something.
    public func staleDataWarning() -> StaleDataWarning? {
        for name in tableNames {
            guard let table = table(named: name) else { continue }
            let lastSeen = settings.lastSeenColumn.flatMap { table.columnIndex(named: $0) } ?? table.lastSeenColumn
            guard let lastSeen, let newest = Session.newestDay(of: table.columns[lastSeen]) else { continue }
            guard Int(settings.today) - Int(newest) >= settings.atRiskDays else { continue }
            return StaleDataWarning(table: table.name, column: table.columns[lastSeen].name, newestDay: newest,
                                    today: settings.today, atRiskDays: settings.atRiskDays)
        }
        return nil
    }

    /// The latest non-null day of a date or timestamp column; nil for an empty or all-null one.
    static func newestDay(of column: Column) -> Int32? {
        var newest: Int32?
        switch column.storage {
        case .date(let days):
            for rowIndex in days.indices where column.validity.isValid(rowIndex) {
                newest = max(newest ?? days[rowIndex], days[rowIndex])
            }
        case .timestamp(let micros):
            var latest: Int64?
            for rowIndex in micros.indices where column.validity.isValid(rowIndex) {
                latest = max(latest ?? micros[rowIndex], micros[rowIndex])
            }
            newest = latest.map(CivilDate.day(ofMicros:))
        default:
            return nil
        }
        return newest
    }
}
