import EQBinder
import EQStore
import EQTypes

/// Shapes the kernels' counts into the result tables of the reports (their CSV and JSON columns).
public enum ReportTables {
    public static func registrations(_ users: UserIndex, _ range: PeriodRange) -> Table {
        var table = ReportTable()
        table.strings("period", range.labels)
        table.integers("count", EngagementKernels.registrations(users, range))
        return table.table("registrations")
    }

    /// `cohort,size,period_0,...` for the first `cohorts` periods of `range` (all by default), with
    /// offsets through the range's end; cells whose period is after it are null.
    public static func retention(_ users: UserIndex, _ activity: ActivityBitmap, _ range: PeriodRange, cohorts: Int? = nil,
                                 threads: Int? = nil) -> Table {
        let (sizes, hits) = EngagementKernels.retention(users, activity, range, cohorts: cohorts, threads: threads)
        let periods = range.count
        let rows = min(cohorts ?? periods, periods)
        var table = ReportTable()
        table.strings("cohort", Array(range.labels.prefix(rows)))
        table.integers("size", Array(sizes.prefix(rows)))
        for offset in 0..<max(periods, 1) {
            table.shares("period_\(offset)", (0..<rows).map { cohort in
                cohort + offset < periods ? share(hits[cohort * periods + offset], sizes[cohort]) : nil
            })
        }
        return table.table("retention")
    }

    /// Distinct users with a login per period of `range`, from `activity` built over it.
    public static func activeUsers(_ activity: ActivityBitmap, _ range: PeriodRange, threads: Int? = nil) -> Table {
        var table = ReportTable()
        table.strings("period", range.labels)
        table.integers("active_users", activity.activeCounts(threads: threads))
        return table.table("active_users")
    }

    /// DAU is the mean of the daily distinct actives over the days `first ... last`, MAU the distinct
    /// actives over all of them: both from `activity`, built over the days `first ... last`.
    public static func stickiness(_ activity: ActivityBitmap, threads: Int? = nil) -> Table {
        let daily = activity.activeCounts(threads: threads)
        let dau = daily.isEmpty ? 0 : Double(daily.reduce(0, +)) / Double(daily.count)
        let mau = activity.usersWithAnyLogin(threads: threads)
        var table = ReportTable()
        table.doubles("dau", [dau])
        table.integers("mau", [mau])
        table.shares("stickiness", [mau == 0 ? nil : dau / Double(mau)])
        return table.table("stickiness")
    }

    public static func statusHistory(_ users: UserIndex, _ logins: LoginEvents, _ range: PeriodRange,
                                     context: EngagementContext) -> Table {
        let counts = EngagementKernels.statusHistory(users, logins, range, context: context)
        var table = ReportTable()
        table.strings("period", range.labels)
        for (code, name) in EngagementRules.statusValues.enumerated() {
            table.integers(name, counts.map { $0[code] })
        }
        return table.table("status_history")
    }

    public static func clients(_ users: UserIndex, _ logins: LoginEvents, from first: Int32, through last: Int32) -> Table {
        let clients = EngagementKernels.clients(users, logins, from: first, through: last)
        var table = ReportTable()
        table.integers("total", [clients.total])
        table.integers("new", [clients.new])
        table.integers("recurrent", [clients.recurrent])
        table.doubles("avg_permanence_days", [clients.averagePermanenceDays])
        return table.table("clients")
    }

    /// `counts` holds one period more than `range`, the one before it, so the first row has a previous.
    public static func trend(_ range: PeriodRange, counts: [Int64]) -> Table {
        let rows = 0..<range.count
        var table = ReportTable()
        table.strings("period", range.labels)
        table.integers("count", rows.map { counts[$0 + 1] })
        table.integers("previous", rows.map { counts[$0] })
        table.integers("change", rows.map { counts[$0 + 1] - counts[$0] })
        table.shares("change_pct", rows.map { row in
            counts[row] == 0 ? nil : 100 * Double(counts[row + 1] - counts[row]) / Double(counts[row])
        }, as: .percent)
        return table.table("trend")
    }

    /// Rows of any table by the period of its time column (`trend events where type = apply monthly`).
    public static func periodCounts(_ table: Table, rows: [UInt32]?, _ range: PeriodRange) throws(ExecutionError) -> [Int64] {
        guard let index = table.timeColumn else {
            throw .unsupported("\(table.name) has no time column to put its rows in periods")
        }
        let column = table.columns[index]
        var counts = [Int64](repeating: 0, count: range.count)
        func add(_ row: Int) {
            guard column.validity.isValid(row) else { return }
            let day: Int32
            switch column.storage {
            case .date(let values): day = values[row]
            case .timestamp(let values): day = CivilDate.day(ofMicros: values[row])
            default: return
            }
            let offset = range.offset(ofDay: day)
            if offset >= 0 { counts[offset] += 1 }
        }
        if let rows { for row in rows { add(Int(row)) } } else { for row in 0..<table.rowCount { add(row) } }
        return counts
    }
}
