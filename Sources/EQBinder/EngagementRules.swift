import EQTypes

/// The exact engagement definitions, in one place. With d = whole days from the UTC date of the last
/// login to today: `active` d < activeDays, `at_risk` activeDays <= d < atRiskDays, `inactive` otherwise
/// or never; stages split d at 1, 7, 14, 21 and 30 days. A login after today has d < 0: active.
public enum EngagementRules {
    public static let statusValues = ["active", "at_risk", "inactive"]
    public static let stageValues = ["active", "idle_1d", "inactive_1w", "inactive_2w", "inactive_3w", "inactive_1m"]
    /// Lower bound of d for each stage after the first.
    public static let stageThresholds = [1, 7, 14, 21, 30]

    /// For each value of a derived string column, the range of d it covers (`lower ..< upper`, nil
    /// unbounded) and whether "never logged in" falls in it.
    public static func dayRanges(of column: DerivedColumn, context: EngagementContext)
        -> [(value: String, lower: Int?, upper: Int?, includesNever: Bool)] {
        switch column {
        case .status:
            return [("active", nil, context.activeDays, false),
                    ("at_risk", context.activeDays, context.atRiskDays, false),
                    ("inactive", context.atRiskDays, nil, true)]
        case .stage:
            var ranges: [(String, Int?, Int?, Bool)] = []
            var lower: Int? = nil
            for (index, value) in stageValues.enumerated() {
                let upper = index < stageThresholds.count ? stageThresholds[index] : nil
                ranges.append((value, lower, upper, upper == nil))
                lower = upper
            }
            return ranges
        case .cohort, .daysInactive:
            return []
        }
    }

    /// The first instant of the day that is `d` days before today (so d < N is "at or after this").
    public static func dayStart(daysBeforeToday d: Int, context: EngagementContext) -> Int32 {
        context.today - Int32(d)
    }
}
