import EQBinder
import EQStore
import EQTypes

/// The parts of the cohort report: monthly signup cohorts and their users' status today (from the
/// last-login column, as `users | count by cohort, status` would give).
public enum CohortTables {
    /// Per cohort, users by status code (active, at risk, inactive).
    static func statusCounts(_ users: UserIndex, _ range: PeriodRange, context: EngagementContext)
        throws(ExecutionError) -> [[Int64]] {
        let codes = try EngagementKernels.currentStatus(users, context: context)
        var counts = [[Int64]](repeating: [0, 0, 0], count: range.count)
        for (row, day) in users.joinDay.enumerated() where day != Int32.min {
            let cohort = range.offset(ofDay: day)
            if cohort >= 0 { counts[cohort][Int(codes[row])] += 1 }
        }
        return counts
    }

    public static func registrations(_ users: UserIndex, _ range: PeriodRange) -> Table {
        var table = ReportTable()
        table.strings("cohort", range.labels)
        table.integers("count", EngagementKernels.registrations(users, range))
        return table.table("cohort_registrations")
    }

    public static func status(_ users: UserIndex, _ range: PeriodRange, context: EngagementContext) throws(ExecutionError) -> Table {
        let counts = try statusCounts(users, range, context: context)
        let sizes = counts.map { $0.reduce(0, +) }
        var table = ReportTable()
        table.strings("cohort", range.labels)
        table.integers("size", sizes)
        for (code, name) in EngagementRules.statusValues.enumerated() { table.integers(name, counts.map { $0[code] }) }
        for (code, name) in EngagementRules.statusValues.enumerated() {
            table.shares("\(name)_share", counts.indices.map { share(counts[$0][code], sizes[$0]) })
        }
        return table.table("cohort_status")
    }

    /// The share of each cohort still active today.
    public static func retention(_ users: UserIndex, _ range: PeriodRange, context: EngagementContext) throws(ExecutionError) -> Table {
        let counts = try statusCounts(users, range, context: context)
        let sizes = counts.map { $0.reduce(0, +) }
        var table = ReportTable()
        table.strings("cohort", range.labels)
        table.integers("size", sizes)
        table.integers("active", counts.map { $0[0] })
        table.shares("retention_rate", counts.indices.map { share(counts[$0][0], sizes[$0]) })
        return table.table("cohort_retention")
    }

    public static func distribution(_ users: UserIndex, _ range: PeriodRange, context: EngagementContext) throws(ExecutionError) -> Table {
        let counts = try statusCounts(users, range, context: context)
        let totals = (0..<3).map { code in counts.reduce(0) { $0 + $1[code] } }
        let all = totals.reduce(0, +)
        var table = ReportTable()
        table.strings("status", EngagementRules.statusValues)
        table.integers("count", totals)
        table.shares("share", totals.map { share($0, all) })
        return table.table("status_distribution")
    }

    public static func atRisk(_ users: UserIndex, _ range: PeriodRange, context: EngagementContext) throws(ExecutionError) -> Table {
        let counts = try statusCounts(users, range, context: context)
        var table = ReportTable()
        table.strings("cohort", range.labels)
        table.integers("at_risk", counts.map { $0[1] })
        table.shares("at_risk_share", counts.map { share($0[1], $0.reduce(0, +)) })
        return table.table("cohort_at_risk")
    }
}
