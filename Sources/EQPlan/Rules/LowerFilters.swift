import EQBinder
import EQSyntax
import EQTypes

extension Optimizer {
    /// Lowers bound conditions into executor predicates: comparisons on integer-like columns (ints,
    /// dates, timestamps) become intervals, strings become dictionary lookups. Disjunctions of ranges
    /// on one column merge into one interval set, conjunctions intersect, so `status in (at_risk,
    /// inactive)` is a single kernel over `last_login_at`.
    static let lowerFilters = OptimizerRule(name: "lower_filters", isOptional: false) { plan in
        var plan = plan
        plan.root = rewrite(plan.root) { node in
            // A `count where` condition goes through the same rules a filter's does, here in one go.
            if case .computeCondition(let input, let expr, nil, let name, let falseIsNull) = node {
                let rewritten = rewriteDerived(removeNot(expr, negate: false), context: plan.context)
                return .computeCondition(input, expr, lowered: fold(lower(rewritten, columns: input.outputColumns)), name: name,
                                         falseIsNull: falseIsNull)
            }
            // A lifecycle's conditions likewise, each on its own: the first that holds picks the label.
            if case .computeLifecycle(let input, let lifecycle, nil) = node {
                let lowered = lifecycle.conditions.map { condition in
                    fold(lower(rewriteDerived(removeNot(condition, negate: false), context: plan.context),
                               columns: input.outputColumns))
                }
                return .computeLifecycle(input, lifecycle, lowered: lowered)
            }
            // A lifecycle as of a past day: each of its chain's conditions with that day as today, on
            // the columns it runs over then (the relation's first ones and the chain's lifecycles).
            if case .computeAsOf(let input, let column, nil) = node, let past = column.lifecycle {
                var context = plan.context
                context.today = column.day
                var columns = Array(input.outputColumns.prefix(past.columnCount))
                var lowered: [[Predicate]] = []
                for lifecycle in past.chain {
                    let current = columns
                    lowered.append(lifecycle.conditions.map { condition in
                        fold(lower(rewriteDerived(removeNot(condition, negate: false), context: context), columns: current))
                    })
                    columns.append(Schema.Column(name: lifecycle.name, type: .string))
                }
                return .computeAsOf(input, column, lowered: lowered)
            }
            guard case .boundFilter(let input, let expr) = node else { return node }
            return .filter(input, lower(expr, columns: input.outputColumns))
        }
        return plan
    }

    static func lower(_ expr: BoundExpr, columns: [Schema.Column]) -> Predicate {
        switch expr {
        case .constant(let value): return .constant(value)
        case .and(let items): return mergeIntervals(items.map { lower($0, columns: columns) }, and: true)
        case .or(let items): return mergeIntervals(items.map { lower($0, columns: columns) }, and: false)
        case .not(let inner): return lower(removeNot(inner, negate: true), columns: columns)
        case .compare(let column, let op, let value):
            return lowerCompare(column.ref.baseIndex, columns[column.ref.baseIndex].type, op, value)
        case .compareColumns(let left, let op, let right):
            return .compareColumns(left.ref.baseIndex, op, right.ref.baseIndex)
        case .range(let column, let lower, let upper):
            let index = column.ref.baseIndex
            let type = columns[index].type
            let interval = Interval(lower: lower.map { storageValue($0, type) } ?? .min,
                                    upper: upper.map { storageValue($0, type) })
            return .intervals(column: index, [interval], includeNull: false)
        case .inList(let column, let values, let negated):
            let index = column.ref.baseIndex
            let type = columns[index].type
            if type == .string {
                return .stringIn(column: index, values.compactMap { if case .string(let text) = $0 { text } else { nil } },
                                 negated: negated)
            }
            let alternatives = values.map { lowerCompare(index, type, .eq, $0) }
            let any = mergeIntervals(alternatives, and: false)
            guard negated else { return any }
            return mergeIntervals(values.map { lowerCompare(index, type, .ne, $0) }, and: true)
        case .match(let kind, let column, let text, let negated):
            if case .derived(.cohort, let source) = column.ref {
                return .cohortMatch(column: source, kind, text, negated: negated)
            }
            return .stringMatch(column: column.ref.baseIndex, kind, text, negated: negated)
        case .isNull(let column, let negated):
            return .isNull(column: column.ref.baseIndex, negated: negated)
        case .event(let condition):
            return .events(condition)
        case .member(let column, let segment, let negated):
            return .member(column: column.ref.baseIndex, segment: segment, negated: negated)
        case .scalar(let expr):
            return .scalar(expr)
        }
    }

    /// Dates are days and timestamps microseconds; a day bound on a timestamp column is that day's start.
    static func storageValue(_ value: Value, _ type: DataType) -> Int64 {
        switch (value, type) {
        case (.date(let day), .timestamp): CivilDate.micros(ofDay: day)
        case (.date(let day), _): Int64(day)
        case (.timestamp(let micros), .date): Int64(CivilDate.day(ofMicros: micros - 1)) + 1
        case (.timestamp(let micros), _): micros
        case (.int(let number), _): number
        default: 0
        }
    }

    static func lowerCompare(_ index: Int, _ type: DataType, _ op: CompareOp, _ value: Value) -> Predicate {
        switch (type, value) {
        case (.double, .double(let number)): return .doubleCompare(column: index, op, number)
        case (.double, .int(let number)): return .doubleCompare(column: index, op, Double(number))
        case (.string, .string(let text)):
            switch op {
            case .eq: return .stringIn(column: index, [text], negated: false)
            case .ne: return .stringIn(column: index, [text], negated: true)
            default: return .stringCompare(column: index, op, text)
            }
        case (.bool, .bool(let flag)):
            return .boolEquals(column: index, op == .eq ? flag : !flag)
        case (.int, .double(let number)):
            return integerCompare(index, op, number)
        case (_, .int), (_, .date), (_, .timestamp):
            let point = storageValue(value, type)
            return .intervals(column: index, pointIntervals(op, point), includeNull: false)
        default:
            return .constant(false)
        }
    }

    /// Comparing an integer column with a fraction: `score >= 499.5` is `score >= 500`.
    private static func integerCompare(_ index: Int, _ op: CompareOp, _ number: Double) -> Predicate {
        guard number.isFinite else {
            let holds = (number > 0) == (op == .lt || op == .le || op == .ne)
            return holds ? .isNull(column: index, negated: true) : .constant(false)
        }
        let clamped = max(min(number, 9.0e18), -9.0e18)
        let down = Int64(clamped.rounded(.down))
        let up = Int64(clamped.rounded(.up))
        let whole = down == up
        switch op {
        case .eq: return whole ? .intervals(column: index, pointIntervals(.eq, down), includeNull: false) : .constant(false)
        case .ne: return whole ? .intervals(column: index, pointIntervals(.ne, down), includeNull: false)
            : .isNull(column: index, negated: true)
        case .lt: return .intervals(column: index, pointIntervals(.lt, up), includeNull: false)
        case .le: return .intervals(column: index, pointIntervals(.le, down), includeNull: false)
        case .gt: return .intervals(column: index, pointIntervals(.gt, down), includeNull: false)
        case .ge: return .intervals(column: index, pointIntervals(.ge, up), includeNull: false)
        }
    }

    static func pointIntervals(_ op: CompareOp, _ point: Int64) -> [Interval] {
        // Above `Int64.max` there is nothing, so its "next" is no upper bound at all.
        let next: Int64? = point == .max ? nil : point + 1
        switch op {
        case .eq: return [Interval(lower: point, upper: next)]
        case .ne: return [Interval(lower: .min, upper: point)] + (next.map { [Interval(lower: $0)] } ?? [])
        case .lt: return [Interval(lower: .min, upper: point)]
        case .le: return [Interval(lower: .min, upper: next)]
        case .gt: return next.map { [Interval(lower: $0)] } ?? []
        case .ge: return [Interval(lower: point)]
        }
    }

    /// Folds interval predicates (and `is null`) on the same column into one: a union under `or`,
    /// an intersection under `and`.
    static func mergeIntervals(_ items: [Predicate], and: Bool) -> Predicate {
        var flat: [Predicate] = []
        for item in items {
            switch item {
            case .and(let inner) where and: flat.append(contentsOf: inner)
            case .or(let inner) where !and: flat.append(contentsOf: inner)
            default: flat.append(item)
            }
        }
        // Each column's interval lists are gathered first and combined once at the end: combining
        // them pairwise as they come was quadratic, and `x in (...)` with 100,000 values took minutes.
        var merged: [Predicate] = []
        var slots: [Int: Int] = [:]
        var lists: [[[Interval]]] = []
        var nulls: [Bool] = []
        for item in flat {
            let column: Int
            let intervals: [Interval]
            let includeNull: Bool
            switch item {
            case .intervals(let index, let list, let includesNull): (column, intervals, includeNull) = (index, list, includesNull)
            case .isNull(let index, false) where !and: (column, intervals, includeNull) = (index, [], true)
            default:
                merged.append(item)
                continue
            }
            if let slot = slots[column] {
                lists[slot].append(intervals)
                nulls[slot] = and ? nulls[slot] && includeNull : nulls[slot] || includeNull
            } else {
                slots[column] = lists.count
                lists.append([intervals])
                nulls.append(includeNull)
                merged.append(.intervals(column: column, [], includeNull: includeNull))
            }
        }
        for index in merged.indices {
            guard case .intervals(let column, _, _) = merged[index], let slot = slots[column] else { continue }
            let combined = and ? IntervalSet.intersect(lists[slot]) : IntervalSet.union(lists[slot].flatMap { $0 })
            merged[index] = .intervals(column: column, combined, includeNull: nulls[slot])
        }
        if merged.count == 1 { return merged[0] }
        return and ? .and(merged) : .or(merged)
    }
}

/// Sorted, disjoint interval lists.
enum IntervalSet {
    static func union(_ intervals: [Interval]) -> [Interval] {
        let sorted = intervals.filter { !$0.isEmpty }.sorted { $0.lower < $1.lower }
        var result: [Interval] = []
        for interval in sorted {
            if var last = result.last, last.upper.map({ interval.lower <= $0 }) ?? true {
                if let lastUpper = last.upper, let upper = interval.upper {
                    last.upper = max(lastUpper, upper)
                } else {
                    last.upper = nil
                }
                result[result.count - 1] = last
            } else {
                result.append(interval)
            }
        }
        return result
    }

    static func intersect(_ left: [Interval], _ right: [Interval]) -> [Interval] {
        intersect([left, right])
    }

    /// The values every list covers, by one sweep over all the bounds (sorted once): linear in the
    /// total number of intervals after the sort, however many lists there are.
    static func intersect(_ lists: [[Interval]]) -> [Interval] {
        guard lists.count > 1 else { return union(lists.first ?? []) }
        // (position, +1 for a start or -1 for an end); an interval without an upper bound never ends.
        var bounds: [(position: Int64, step: Int)] = []
        for list in lists {
            for interval in union(list) {
                bounds.append((interval.lower, 1))
                if let upper = interval.upper { bounds.append((upper, -1)) }
            }
        }
        // Half-open intervals: one that ends at p does not cover p, so ends sort before starts.
        bounds.sort { $0.position != $1.position ? $0.position < $1.position : $0.step < $1.step }
        var result: [Interval] = []
        var covering = 0
        var openedAt: Int64?
        for bound in bounds {
            covering += bound.step
            if covering == lists.count && openedAt == nil {
                openedAt = bound.position
            } else if covering < lists.count, let start = openedAt {
                if start < bound.position { result.append(Interval(lower: start, upper: bound.position)) }
                openedAt = nil
            }
        }
        if let start = openedAt { result.append(Interval(lower: start)) }
        return union(result)
    }
}
