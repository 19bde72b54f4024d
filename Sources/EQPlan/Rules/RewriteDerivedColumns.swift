import EQBinder
import EQSyntax
import EQTypes

extension Optimizer {
    /// Rewrites conditions on status, stage, days_inactive and cohort into ranges of the column they
    /// derive from, so `status = at_risk` scans one timestamp column and no string is ever built.
    /// Exact because each derived value is, by definition, a contiguous range of days.
    static let rewriteDerivedColumns = OptimizerRule(name: "rewrite_derived_columns", isOptional: false) { plan in
        rewriteBoundFilters(plan) { rewriteDerived($0, context: plan.context) }
    }

    static func rewriteDerived(_ expr: BoundExpr, context: EngagementContext) -> BoundExpr {
        switch expr {
        case .and(let items): return .and(items.map { rewriteDerived($0, context: context) })
        case .or(let items): return .or(items.map { rewriteDerived($0, context: context) })
        case .not(let inner): return .not(rewriteDerived(inner, context: context))
        case .compare(let column, let op, let value):
            guard case .derived(let derived, let source) = column.ref else { return expr }
            let base = baseColumn(source, derivedFrom: derived, like: column)
            switch derived {
            case .status, .stage:
                guard case .string(let text) = value, let values = derived.values else { return .constant(false) }
                let chosen = op == .eq ? [text] : values.filter { $0 != text }
                return valueRanges(derived, chosen, base: base, context: context)
            case .daysInactive:
                return daysInactive(op, value, base: base, context: context)
            case .cohort:
                guard case .string(let text) = value, let month = monthIndex(text) else { return .constant(false) }
                return cohortComparison(op, month, base: base)
            }
        case .inList(let column, let items, let negated):
            guard case .derived(let derived, _) = column.ref else { return expr }
            if negated, let values = derived.values {
                // Status and stage are never null: `not in` is the complement of the values, which for
                // inactive includes the users who never logged in.
                let texts = Set(items.compactMap { if case .string(let text) = $0 { text } else { nil } })
                let kept = values.filter { !texts.contains($0) }.map(Value.string)
                return rewriteDerived(.inList(column, kept, negated: false), context: context)
            }
            let alternatives = items.map { rewriteDerived(.compare(column, .eq, $0), context: context) }
            let any = BoundExpr.or(alternatives)
            return negated ? removeNot(any, negate: true) : any
        case .match(let kind, let column, let text, let negated):
            // Cohort matches stay matches (on the month text, by the executor); status and stage have
            // few values, so the match picks them here by the same rule a stored column follows.
            guard case .derived(let derived, _) = column.ref, let values = derived.values else { return expr }
            let matching = values.filter { kind.matches($0, pattern: text) }
            let chosen = negated ? values.filter { !matching.contains($0) } : matching
            return rewriteDerived(.inList(column, chosen.map(Value.string), negated: false), context: context)
        case .isNull(let column, let negated):
            guard case .derived(let derived, let source) = column.ref else { return expr }
            if derived == .status || derived == .stage { return .constant(negated) }
            return .isNull(baseColumn(source, derivedFrom: derived, like: column), negated: negated)
        case .constant, .range, .compareColumns, .event, .member, .scalar:
            return expr
        }
    }

    private static func baseColumn(_ index: Int, derivedFrom derived: DerivedColumn, like column: BoundColumn) -> BoundColumn {
        BoundColumn(ref: .base(index), name: "#\(index)", type: .timestamp)
    }

    /// The union of the day ranges of the chosen status or stage values.
    private static func valueRanges(_ derived: DerivedColumn, _ chosen: [String], base: BoundColumn,
                                    context: EngagementContext) -> BoundExpr {
        var parts: [BoundExpr] = []
        for range in EngagementRules.dayRanges(of: derived, context: context) where chosen.contains(range.value) {
            parts.append(dayRange(lower: range.lower, upper: range.upper, base: base, context: context))
            if range.includesNever { parts.append(.isNull(base, negated: false)) }
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    /// The rows whose d (days since last login) is in `lower ..< upper`: d < u means the login day is
    /// after today - u, i.e. at or after the start of day today - u + 1. Worked out in 64 bits and
    /// bounded to ±dayLimit days (beyond any stored timestamp), so `days_inactive > -9999999999`
    /// neither overflows nor loses rows.
    static func dayRange(lower: Int?, upper: Int?, base: BoundColumn, context: EngagementContext) -> BoundExpr {
        func day(_ d: Int) -> Int64 { Int64(context.today) - Int64(d) + 1 }
        var lowerBound = upper.map(day)
        var upperBound = lower.map(day)
        if let bound = lowerBound, bound > dayLimit { return .constant(false) }
        if let bound = upperBound, bound < -dayLimit { return .constant(false) }
        if let bound = lowerBound, bound < -dayLimit { lowerBound = nil }
        if let bound = upperBound, bound > dayLimit { upperBound = nil }
        return .range(base, lower: lowerBound.map { .date(Int32($0)) }, upper: upperBound.map { .date(Int32($0)) })
    }

    /// ±100 million days (about 270,000 years): inside what a 64-bit microsecond timestamp can hold.
    static let dayLimit: Int64 = 100_000_000

    private static func daysInactive(_ op: CompareOp, _ value: Value, base: BoundColumn,
                                     context: EngagementContext) -> BoundExpr {
        let number: Double
        switch value {
        case .int(let integer): number = Double(integer)
        case .double(let double): number = double
        default: return .constant(false)
        }
        guard number.isFinite else { return op == .ne ? .isNull(base, negated: true) : .constant(false) }
        let isWhole = number.rounded() == number
        // Beyond ±10^15 days every row is on one side; clamping keeps the arithmetic below in range.
        let floorValue = Int(max(min(number.rounded(.down), 1e15), -1e15))
        let ceilValue = isWhole ? floorValue : floorValue + 1
        switch op {
        case .eq:
            return isWhole ? dayRange(lower: floorValue, upper: floorValue + 1, base: base, context: context) : .constant(false)
        case .ne:
            if !isWhole { return .isNull(base, negated: true) }
            return .or([dayRange(lower: nil, upper: floorValue, base: base, context: context),
                        dayRange(lower: floorValue + 1, upper: nil, base: base, context: context)])
        case .lt: return dayRange(lower: nil, upper: ceilValue, base: base, context: context)
        case .le: return dayRange(lower: nil, upper: floorValue + 1, base: base, context: context)
        case .gt: return dayRange(lower: floorValue + 1, upper: nil, base: base, context: context)
        case .ge: return dayRange(lower: ceilValue, upper: nil, base: base, context: context)
        }
    }

    private static func cohortComparison(_ op: CompareOp, _ month: Int32, base: BoundColumn) -> BoundExpr {
        let start = Value.date(CivilDate.firstDay(ofMonthIndex: month))
        let end = Value.date(CivilDate.firstDay(ofMonthIndex: month + 1))
        switch op {
        case .eq: return .range(base, lower: start, upper: end)
        case .ne: return .or([.range(base, lower: nil, upper: start), .range(base, lower: end, upper: nil)])
        case .lt: return .range(base, lower: nil, upper: start)
        case .le: return .range(base, lower: nil, upper: end)
        case .gt: return .range(base, lower: end, upper: nil)
        case .ge: return .range(base, lower: start, upper: nil)
        }
    }

    private static func monthIndex(_ text: String) -> Int32? {
        guard text.utf8.count == 7, let day = TemporalParser.parseDate(text + "-01") else { return nil }
        return CivilDate.monthIndex(ofDay: day)
    }
}
