import EQBinder
import EQSyntax
import EQTypes

extension Explain {
    /// A whole statement plan: the body's tree, an `as of` as the derived users table it scans, then each
    /// segment the body uses (dependencies first), then the settings. A plain query without segments
    /// prints exactly as `render(QueryPlan)`.
    public static func render(_ statement: StatementPlan) -> String {
        var lines: [String] = []
        let context: EngagementContext
        let depth: Int
        switch statement.sink {
        case .result:
            depth = 0
        case .chart(let chart, _):
            depth = 1
            var text = "Chart \(chart.kind.rawValue)"
            if !chart.columns.isEmpty { text += " using " + chart.columns.map(\.name).joined(separator: ", ") }
            if let path = chart.path { text += " to \"\(path)\"" }
            lines.append(text)
        case .export(let request):
            depth = 1
            lines.append("Export to \"\(request.path)\"" + (request.overwrite ? " overwrite" : ""))
        case .preview:
            depth = 1
            lines.append("Preview")
        }
        switch statement.body {
        case .query(let plan):
            render(plan.root, depth: depth, into: &lines)
            context = plan.context
        case .asOf(let asOf):
            render(asOf.query.root, depth: depth, into: &lines)
            lines.append("")
            lines.append(describe(asOf))
            context = asOf.query.context
        case .report(let report):
            render(report, depth: depth, into: &lines)
            context = report.context
        }
        for segment in statement.segments {
            lines.append("")
            lines.append("segment \(segment.name) (semi-join on id):")
            render(segment.plan.root, depth: 0, into: &lines)
        }
        lines.append("")
        lines.append("today = \(CivilDate.format(days: context.today)), active_days = \(context.activeDays), "
                     + "at_risk_days = \(context.atRiskDays)")
        return lines.joined(separator: "\n")
    }

    static func describe(_ asOf: AsOfPlan) -> String {
        "as of \(CivilDate.format(days: asOf.day)): \(asOf.users) joined by then, last login recomputed from "
            + "\(asOf.events) where type = \"login\" and at < \(CivilDate.format(days: asOf.day + 1))"
    }

    /// A report as its operator over the selected rows, e.g. `Report retention monthly: cohorts by
    /// period(joined_at), distinct logins per period offset`.
    private static func render(_ report: ReportPlan, depth: Int, into lines: inout [String]) {
        func indent(_ level: Int) -> String {
            level == 0 ? "" : String(repeating: "   ", count: level - 1) + "└─ "
        }
        let periods = report.periods
        let period = periods.period.rawValue
        let measure: String
        switch report.kind {
        case .registrations: measure = "registrations \(period): count by period(time column)"
        case .retention: measure = "retention \(period): cohort period(time column) ⋈ logins on id, distinct users per period offset"
        case .activeUsers: measure = "active users \(period): distinct users of logins per period"
        case .stickiness: measure = "stickiness: mean daily distinct users of logins / distinct users of logins"
        case .statusHistory: measure = "status history \(period): status as of each period's end from the last login before it"
        case .clients: measure = "clients: new and recurrent users ⋈ logins on id over the range"
        case .trend(let subject):
            let what = switch subject {
            case .registrations: "registrations"
            case .activeUsers: "active users"
            case .table(let table): "rows of \(table.name)"
            }
            measure = "trend \(what) \(period): count per period beside the previous period's (lag 1)"
        case .cohorts(let part):
            measure = "cohorts \(part?.rawValue ?? "(all parts)") \(period): counts by period(time column) and status"
        }
        lines.append(indent(depth) + "Report " + measure)
        var window: String
        if let count = periods.lastCount {
            window = "the last \(count) periods through today's"
        } else if let range = periods.window {
            let first = range.first == Int32.min ? "the earliest in the data" : CivilDate.format(days: range.first)
            window = "from \(first) through \(CivilDate.format(days: min(range.last, periods.today)))"
        } else {
            window = "from the earliest in the data through today's"
        }
        if case .stickiness = report.kind, periods.window == nil { window = "the 30 days through today" }
        lines.append(indent(depth + 1) + "Periods " + window)
        switch report.selection {
        case .all:
            lines.append(indent(depth + 2) + "Scan \(report.subject)")
        case .rows(let plan):
            render(plan.root, depth: depth + 2, into: &lines)
        case .asOf(let asOf):
            render(asOf.query.root, depth: depth + 2, into: &lines)
            lines.append("")
            lines.append(describe(asOf))
        }
    }
}
