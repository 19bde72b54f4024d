import EQSyntax
import EQTypes
import Testing
@testable import EQBinder
@testable import EQPlan

@Suite("Optimizer rules (today = 2024-06-30, active_days 45, at_risk_days 90)")
struct OptimizerRuleTests {
    typealias F = Fixture

    static let lastLogin = 4
    /// The first microsecond of `today - days`.
    static func dayStart(_ days: Int32, context: EngagementContext = F.context) -> Int64 {
        CivilDate.micros(ofDay: context.today - days)
    }

    @Test("the rules run in a fixed order, and only the lowering rules are required")
    func ruleList() {
        #expect(Optimizer.rules.map(\.name)
                == ["merge_filters", "push_down_not", "rewrite_derived_columns", "lower_filters", "fold_constants", "order_predicates"])
        #expect(Optimizer.rules.filter(\.isOptional).map(\.name) == ["merge_filters", "fold_constants", "order_predicates"])
    }

    @Test("the planner makes one node per step, in order")
    func plannerShape() throws {
        let plan = Planner.plan(try F.bind("users where score > 1 | count by role | sort by count desc | limit 3"))
        guard case .limit(.sort(.aggregate(.boundFilter(.scan(let table, let columns), _), let keys, let aggregates), let sortKeys), 3)
            = plan.root else { Issue.record("unexpected plan \(plan.root)"); return }
        #expect(table == "users" && columns.count == F.users.columns.count)
        #expect(keys.map(\.name) == ["role"] && aggregates.map(\.name) == ["count"])
        #expect(sortKeys.map(\.descending) == [true])
        #expect(plan.outputColumns.map(\.name) == ["role", "count"])
    }

    // MARK: rewrite_derived_columns + lower_filters

    @Test("status = at_risk is one interval of last_login_at")
    func statusAtRisk() throws {
        let predicate = try F.predicate("users where status = at_risk")
        #expect(predicate == .intervals(column: Self.lastLogin,
                                        [Interval(lower: Self.dayStart(89), upper: Self.dayStart(44))], includeNull: false))
        #expect(Self.dayStart(89) == F.micros("2024-04-02") && Self.dayStart(44) == F.micros("2024-05-17"))
    }

    @Test("status and stage values become ranges of days since the last login", arguments: [
        ("status = active", [Interval.micros("2024-05-17", nil)], false),
        ("status = inactive", [Interval.micros(nil, "2024-04-02")], true),
        ("status in (at_risk, inactive)", [Interval.micros(nil, "2024-05-17")], true),
        ("not status = active", [Interval.micros(nil, "2024-05-17")], true),
        ("status != active", [Interval.micros(nil, "2024-05-17")], true),
        ("not status in (active)", [Interval.micros(nil, "2024-05-17")], true),
        ("status != at_risk", [Interval.micros(nil, "2024-04-02"), Interval.micros("2024-05-17", nil)], true),
        ("not status != at_risk", [Interval.micros("2024-04-02", "2024-05-17")], false),
        ("status in (active, at_risk)", [Interval.micros("2024-04-02", nil)], false),
        ("status contains \"ACT\"", [Interval.micros(nil, "2024-04-02"), Interval.micros("2024-05-17", nil)], true),
        ("status starts with \"at\"", [Interval.micros("2024-04-02", "2024-05-17")], false),
        ("status not ends with \"ive\"", [Interval.micros("2024-04-02", "2024-05-17")], false),
        ("stage = active", [Interval.micros("2024-06-30", nil)], false),
        ("stage = idle_1d", [Interval.micros("2024-06-24", "2024-06-30")], false),
        ("stage = inactive_2w", [Interval.micros("2024-06-10", "2024-06-17")], false),
        ("stage = inactive_1m", [Interval.micros(nil, "2024-06-01")], true),
        ("stage in (inactive_3w, inactive_2w)", [Interval.micros("2024-06-01", "2024-06-17")], false),
        ("days_inactive >= 45", [Interval.micros(nil, "2024-05-17")], false),
        ("days_inactive > 44.5", [Interval.micros(nil, "2024-05-17")], false),
        ("days_inactive < 7", [Interval.micros("2024-06-24", nil)], false),
        ("days_inactive <= 7", [Interval.micros("2024-06-23", nil)], false),
        ("days_inactive = 0", [Interval.micros("2024-06-30", "2024-07-01")], false),
        ("days_inactive != 0", [Interval.micros(nil, "2024-06-30"), Interval.micros("2024-07-01", nil)], false),
        ("days_inactive in (1, 2)", [Interval.micros("2024-06-28", "2024-06-30")], false),
        ("not days_inactive = 3", [Interval.micros(nil, "2024-06-27"), Interval.micros("2024-06-28", nil)], false),
    ])
    func derivedRanges(condition: String, intervals: [Interval], includeNull: Bool) throws {
        #expect(try F.predicate("users where " + condition)
                == .intervals(column: Self.lastLogin, intervals, includeNull: includeNull))
    }

    /// `status not in (active)` means the same as `not status in (active)`: a user who never logged in is
    /// inactive, so they are not active and must be kept.
    @Test("status not in (...) keeps never-logged-in users like `not status in (...)` does")
    func notInOnStatus() throws {
        let expected = Predicate.intervals(column: Self.lastLogin, [Interval.micros(nil, "2024-05-17")], includeNull: true)
        #expect(try F.predicate("users where not status in (active)") == expected)
        #expect(try F.predicate("users where status not in (active)") == expected)
        #expect(try F.predicate("users where stage not in (active, idle_1d)")
                == .intervals(column: Self.lastLogin, [Interval.micros(nil, "2024-06-24")], includeNull: true))
    }

    @Test("status is never null; days_inactive and cohort are null with their source")
    func derivedNulls() throws {
        #expect(try F.predicate("users where status is null") == .constant(false))
        #expect(try F.predicate("users where stage is not null") == .constant(true))
        #expect(try F.predicate("users where days_inactive is null") == .isNull(column: 4, negated: false))
        #expect(try F.predicate("users where cohort is not null") == .isNull(column: 3, negated: true))
    }

    @Test("cohort comparisons are ranges of the time column in its own units", arguments: [
        ("cohort = 2024-03", [Interval.days("2024-03-01", "2024-04-01")]),
        ("cohort = \"2024-03\"", [Interval.days("2024-03-01", "2024-04-01")]),
        ("cohort >= 2024-03", [Interval.days("2024-03-01", nil)]),
        ("cohort < 2024-03", [Interval.days(nil, "2024-03-01")]),
        ("cohort != 2024-03", [Interval.days(nil, "2024-03-01"), Interval.days("2024-04-01", nil)]),
        ("cohort in (2024-01, 2024-02, 2024-05)", [Interval.days("2024-01-01", "2024-03-01"), Interval.days("2024-05-01", "2024-06-01")]),
    ])
    func cohort(condition: String, intervals: [Interval]) throws {
        #expect(try F.predicate("users where " + condition) == .intervals(column: 3, intervals, includeNull: false))
    }

    @Test("cohort on a timestamp time column is in microseconds")
    func cohortOnTimestamp() throws {
        #expect(try F.predicate("events where cohort = 2024-03")
                == .intervals(column: 1, [Interval.micros("2024-03-01", "2024-04-01")], includeNull: false))
    }

    @Test("the engagement thresholds move the bounds")
    func thresholds() throws {
        let context = EngagementContext(today: F.today, activeDays: 30, atRiskDays: 60)
        #expect(try F.predicate("users where status = at_risk", context: context)
                == .intervals(column: Self.lastLogin, [Interval(lower: Self.dayStart(59), upper: Self.dayStart(29))], includeNull: false))
        #expect(try F.predicate("users where status = active", context: context)
                == .intervals(column: Self.lastLogin, [Interval(lower: Self.dayStart(29))], includeNull: false))
        let later = EngagementContext(today: F.day("2024-07-10"))
        #expect(try F.predicate("users where status = at_risk", context: later)
                == .intervals(column: Self.lastLogin, [Interval.micros("2024-04-12", "2024-05-27")], includeNull: false))
        #expect(try F.explain("users where status = at_risk", context: context)
                .hasPrefix("Filter last_login_at in [2024-05-02 00:00:00, 2024-06-01 00:00:00)"))
    }

    @Test("a status on a date-typed last-login column is a range of days")
    func statusOnDateColumn() throws {
        let schema = Schema(name: "members", columns: [.init(name: "id", type: .int), .init(name: "last_seen_at", type: .date)],
                            lastSeenColumn: 1)
        let (query, source) = try F.query("members where status = at_risk")
        let bound = try Binder(catalog: ["members": schema], context: F.context, source: source).bind(query)
        let plan = Optimizer.optimize(Planner.plan(bound))
        guard case .filter(_, let predicate) = plan.root else { Issue.record("no filter"); return }
        #expect(predicate == .intervals(column: 1, [Interval.days("2024-04-02", "2024-05-17")], includeNull: false))
    }

    // MARK: push_down_not and lowering of plain columns

    @Test("plain comparisons lower to kernels", arguments: [
        ("not country = \"US\"", Predicate.stringIn(column: 6, ["US"], negated: true)),
        ("country != \"US\"", .stringIn(column: 6, ["US"], negated: true)),
        ("country in (US, FR)", .stringIn(column: 6, ["US", "FR"], negated: false)),
        ("not country in (US, FR)", .stringIn(column: 6, ["US", "FR"], negated: true)),
        ("country not in (US, FR)", .stringIn(column: 6, ["US", "FR"], negated: true)),
        ("country < \"M\"", .stringCompare(column: 6, .lt, "M")),
        ("not country < \"M\"", .stringCompare(column: 6, .ge, "M")),
        ("country contains \"x\"", .stringMatch(column: 6, .contains, "x", negated: false)),
        ("not country ends with \"x\"", .stringMatch(column: 6, .endsWith, "x", negated: true)),
        ("email_opt_in", .boolEquals(column: 5, true)),
        ("not email_opt_in", .boolEquals(column: 5, false)),
        ("email_opt_in != true", .boolEquals(column: 5, false)),
        ("last_email_at is null", .isNull(column: 8, negated: false)),
        ("not last_email_at is null", .isNull(column: 8, negated: true)),
        ("balance > 3", .doubleCompare(column: 7, .gt, 3)),
        ("not balance > 3", .doubleCompare(column: 7, .le, 3)),
        ("score < balance", .compareColumns(2, .lt, 7)),
        ("not score < balance", .compareColumns(2, .ge, 7)),
        ("score >= 500", .intervals(column: 2, [Interval(lower: 500)], includeNull: false)),
        ("score >= 499.5", .intervals(column: 2, [Interval(lower: 500)], includeNull: false)),
        ("score < 499.5", .intervals(column: 2, [Interval(upper: 500)], includeNull: false)),
        ("score = 499.5", .constant(false)),
        ("score != 499.5", .isNull(column: 2, negated: true)),
        ("score = 7", .intervals(column: 2, [Interval(lower: 7, upper: 8)], includeNull: false)),
        ("score != 7", .intervals(column: 2, [Interval(upper: 7), Interval(lower: 8)], includeNull: false)),
        ("not score <= 7", .intervals(column: 2, [Interval(lower: 8)], includeNull: false)),
        ("score in (3, 1, 2, 9)", .intervals(column: 2, [Interval(lower: 1, upper: 4), Interval(lower: 9, upper: 10)], includeNull: false)),
        ("score not in (1, 2)", .intervals(column: 2, [Interval(upper: 1), Interval(lower: 3)], includeNull: false)),
        ("score > 1 and score <= 10", .intervals(column: 2, [Interval(lower: 2, upper: 11)], includeNull: false)),
        ("score < 0 or score > 10 or score is null", .intervals(column: 2, [Interval(upper: 0), Interval(lower: 11)], includeNull: true)),
        ("joined_at since 2024-01", .intervals(column: 3, [Interval.days("2024-01-01", nil)], includeNull: false)),
        // Int64.max is a value like any other: "no upper bound" is nil, not Int64.max (int64-max-interval).
        ("score != 9223372036854775807", .intervals(column: 2, [Interval(upper: .max)], includeNull: false)),
        ("score < 9223372036854775807", .intervals(column: 2, [Interval(upper: .max)], includeNull: false)),
        ("score = 9223372036854775806", .intervals(column: 2, [Interval(lower: .max - 1, upper: .max)], includeNull: false)),
        ("score = 9223372036854775807", .intervals(column: 2, [Interval(lower: .max)], includeNull: false)),
        ("score <= 9223372036854775807", .isNull(column: 2, negated: true)),
        ("score > 9223372036854775807", .constant(false)),
        ("score >= -9223372036854775808", .isNull(column: 2, negated: true)),
        ("last_login_at since 2024-01", .intervals(column: 4, [Interval.micros("2024-01-01", nil)], includeNull: false)),
    ])
    func lowering(condition: String, expected: Predicate) throws {
        #expect(try F.predicate("users where " + condition) == expected)
    }

    @Test("not is pushed through and/or (De Morgan)")
    func deMorgan() throws {
        #expect(try F.predicate("users where not (status = active or country = \"US\")")
                == .and([.intervals(column: 4, [Interval.micros(nil, "2024-05-17")], includeNull: true),
                         .stringIn(column: 6, ["US"], negated: true)]))
        #expect(try F.predicate("users where not (role = a and country = b)")
                == .or([.stringIn(column: 1, ["a"], negated: true), .stringIn(column: 6, ["b"], negated: true)]))
        #expect(try F.predicate("users where not not role = a") == .stringIn(column: 1, ["a"], negated: false))
        // push_down_not is required: naming it changes nothing.
        #expect(try F.predicate("users where not role = a", disabling: ["push_down_not", "lower_filters"])
                == .stringIn(column: 1, ["a"], negated: true))
    }

    // MARK: merge_filters

    @Test("merge_filters joins a where and a time clause into one filter")
    func mergeFilters() throws {
        let text = "users where role = student since 2024-01"
        guard case .filter(.scan, let merged) = try F.plan(text).root else { Issue.record("not one filter"); return }
        #expect(merged == .and([.intervals(column: 3, [Interval.days("2024-01-01", nil)], includeNull: false),
                                .stringIn(column: 1, ["student"], negated: false)]))

        let separate = try F.plan(text, disabling: ["merge_filters"]).root
        guard case .filter(.filter(.scan, let inner), let outer) = separate else { Issue.record("not two filters: \(separate)"); return }
        #expect(inner == .stringIn(column: 1, ["student"], negated: false))
        #expect(outer == .intervals(column: 3, [Interval.days("2024-01-01", nil)], includeNull: false))
    }

    @Test("merge_filters lets ranges of one column from two clauses intersect")
    func mergeThenIntersect() throws {
        #expect(try F.predicate("users since 2024-01 | where joined_at before 2024-03")
                == .intervals(column: 3, [Interval.days("2024-01-01", "2024-03-01")], includeNull: false))
        #expect(try F.explain("users since 2024-01 | where joined_at before 2024-03", disabling: ["merge_filters"]) == """
            Filter joined_at in (-∞, 2024-03-01)
            └─ Filter joined_at in [2024-01-01, +∞)
               └─ Scan users (9 columns)
            """)
    }

    @Test("filters separated by another step are not merged")
    func noMergeAcrossAggregate() throws {
        let root = try F.plan("users where score > 1 | count by role | where count > 2").root
        guard case .filter(.aggregate(.filter(.scan, let below), _, _), let above) = root else { Issue.record("\(root)"); return }
        #expect(below == .intervals(column: 2, [Interval(lower: 2)], includeNull: false))
        #expect(above == .intervals(column: 1, [Interval(lower: 3)], includeNull: false))
    }

    // MARK: fold_constants

    @Test("contradictions and tautologies fold to constants", arguments: [
        ("score > 10 and score < 5", Predicate.constant(false)),
        ("status = active and status = inactive", .constant(false)),
        ("cohort = 2024-01 and cohort = 2024-02", .constant(false)),
        ("role = a and false", .constant(false)),
        ("role = a or true", .constant(true)),
        ("status = at_risk or status != at_risk", .constant(true)),
        ("role = a and true", .stringIn(column: 1, ["a"], negated: false)),
        ("score < 5 or score >= 5", .isNull(column: 2, negated: true)),
        ("score in (1) and role in (x) and score in (2)", .constant(false)),
    ])
    func folding(condition: String, expected: Predicate) throws {
        #expect(try F.predicate("users where " + condition) == expected)
    }

    @Test("without fold_constants the empty or full interval sets stay")
    func noFolding() throws {
        let off: Set<String> = ["fold_constants"]
        #expect(try F.predicate("users where score > 10 and score < 5", disabling: off)
                == .intervals(column: 2, [], includeNull: false))
        #expect(try F.predicate("users where status = at_risk or status != at_risk", disabling: off)
                == .intervals(column: 4, [Interval.all], includeNull: true))
        #expect(try F.predicate("users where score < 5 or score >= 5", disabling: off)
                == .intervals(column: 2, [Interval.all], includeNull: false))
        #expect(try F.predicate("users where role = a and true", disabling: off)
                == .and([.constant(true), .stringIn(column: 1, ["a"], negated: false)]))
        #expect(try F.explain("users where score > 10 and score < 5") == "Filter false\n└─ Scan users (9 columns)")
    }

    @Test("fold and the interval set helpers directly")
    func foldDirect() {
        #expect(Optimizer.fold(.intervals(column: 0, [Interval(lower: 5, upper: 5)], includeNull: true)) == .isNull(column: 0, negated: false))
        #expect(Optimizer.fold(.stringIn(column: 0, [], negated: false)) == .constant(false))
        #expect(Optimizer.fold(.stringIn(column: 0, [], negated: true)) == .isNull(column: 0, negated: true))
        #expect(Optimizer.fold(.or([.constant(false), .or([.isNull(column: 1, negated: false), .constant(false)])]))
                == .isNull(column: 1, negated: false))
        #expect(IntervalSet.union([Interval(lower: 5, upper: 9), Interval(lower: 1, upper: 3), Interval(lower: 3, upper: 4)])
                == [Interval(lower: 1, upper: 4), Interval(lower: 5, upper: 9)])
        #expect(IntervalSet.union([Interval(lower: 1), Interval(lower: 5, upper: 9)]) == [Interval(lower: 1)])
        #expect(IntervalSet.intersect([Interval(lower: 0, upper: 10), Interval(lower: 20)], [Interval(lower: 5, upper: 25)])
                == [Interval(lower: 5, upper: 10), Interval(lower: 20, upper: 25)])
        #expect(Interval(lower: .max - 1).contains(.max))
        #expect(!Interval(lower: 3, upper: 5).contains(5))
        // An upper bound of Int64.max is a bound like any other; no bound at all is nil.
        #expect(!Interval(lower: .max - 1, upper: .max).contains(.max) && Interval(lower: .max).contains(.max))
        #expect(Interval(lower: 5, upper: 5).isEmpty && Interval(lower: .max, upper: .max).isEmpty && !Interval(lower: .max).isEmpty)
        #expect(IntervalSet.union([Interval(lower: .max), Interval(lower: 0, upper: .max)]) == [Interval(lower: 0)])
        #expect(IntervalSet.intersect([Interval(lower: .max - 1)], [Interval(upper: .max)]) == [Interval(lower: .max - 1, upper: .max)])
    }

    // MARK: order_predicates

    @Test("order_predicates runs the cheapest conditions first, stably")
    func ordering() throws {
        let text = "users where role = country and country = \"US\" and balance > 1 and score >= 5 and email_opt_in and last_email_at is null"
        let ordered = try F.predicate(text)
        #expect(ordered == .and([.isNull(column: 8, negated: false),
                                 .boolEquals(column: 5, true),
                                 .intervals(column: 2, [Interval(lower: 5)], includeNull: false),
                                 .stringIn(column: 6, ["US"], negated: false),
                                 .doubleCompare(column: 7, .gt, 1),
                                 .compareColumns(1, .eq, 6)]))
        let written = try F.predicate(text, disabling: ["order_predicates"])
        #expect(written == .and([.compareColumns(1, .eq, 6),
                                 .stringIn(column: 6, ["US"], negated: false),
                                 .doubleCompare(column: 7, .gt, 1),
                                 .intervals(column: 2, [Interval(lower: 5)], includeNull: false),
                                 .boolEquals(column: 5, true),
                                 .isNull(column: 8, negated: false)]))
    }

    @Test("intervals go before string predicates, and disjunctions last")
    func intervalsBeforeStrings() throws {
        let text = "users where role = student and status = at_risk"
        let atRisk = Predicate.intervals(column: 4, [Interval(lower: Self.dayStart(89), upper: Self.dayStart(44))], includeNull: false)
        let student = Predicate.stringIn(column: 1, ["student"], negated: false)
        #expect(try F.predicate(text) == .and([atRisk, student]))
        #expect(try F.predicate(text, disabling: ["order_predicates"]) == .and([student, atRisk]))

        let withOr = try F.predicate("users where (role = a or score > 3) and country = b and joined_at since 2024-01")
        guard case .and(let items) = withOr else { Issue.record("\(withOr)"); return }
        #expect(items.count == 3)
        #expect(items[0] == .intervals(column: 3, [Interval.days("2024-01-01", nil)], includeNull: false))
        #expect(items[1] == .stringIn(column: 6, ["b"], negated: false))
        guard case .or = items[2] else { Issue.record("the disjunction is not last: \(withOr)"); return }
    }

    @Test("explain renders the optimised plan in the user's terms")
    func explain() throws {
        #expect(try F.explain("users where status = at_risk and role = student") == """
            Filter last_login_at in [2024-04-02 00:00:00, 2024-05-17 00:00:00) and role = "student"
            └─ Scan users (9 columns)
            """)
        #expect(try F.explain("users where status in (at_risk, inactive) and not country = \"US\"") == """
            Filter last_login_at in (-∞, 2024-05-17 00:00:00) ∪ null and country != "US"
            └─ Scan users (9 columns)
            """)
        #expect(try F.explain("users where cohort = 2024-03 | count by status | where count > 10 | sort by count desc | limit 5") == """
            Limit 5
            └─ Sort count desc
               └─ Filter count in [11, +∞)
                  └─ Aggregate count by status(last_login_at)
                     └─ Filter joined_at in [2024-03-01, 2024-04-01)
                        └─ Scan users (9 columns)
            """)
        let full = Explain.render(try F.plan("users | top 3 by score | show id, stage"))
        #expect(full == """
            Project id, stage(last_login_at)
            └─ TopN 3 by score desc
               └─ Scan users (9 columns)

            today = 2024-06-30, active_days = 45, at_risk_days = 90
            """)
    }
}
