import EQDiagnostics

/// The calendar buckets of a report. Weekly periods are ISO weeks (Monday to Sunday), so a week never
/// depends on the locale or on the day the range starts.
public enum ReportPeriod: String, Sendable, Hashable, CaseIterable {
    case daily
    case weekly
    case monthly
    case quarterly
}

/// A report statement: a view a CRM dashboard would chart, computed over whole calendar periods rather
/// than through the row pipeline, because each one joins users to their login events.
public struct Report: Sendable {
    public enum Kind: Sendable {
        /// `registrations monthly`: users by the period of their time column.
        case registrations
        /// `retention monthly`: cohort x period-offset share of users with a login.
        case retention
        /// `active users daily`: distinct users with a login per period.
        case activeUsers
        /// `stickiness last 30 days`: mean daily actives over distinct actives.
        case stickiness
        /// `status history monthly`: status counts as of the end of each period.
        case statusHistory
        /// `clients between 2024-01 and 2024-03`: new, recurrent and permanence over a range.
        case clients
        /// `cohorts from 2024-01 to 2024-06`: the composite report, or one of its parts.
        case cohorts(CohortPart?)
        /// `trend registrations monthly`: a count per period beside the period before it.
        case trend(TrendSubject)
    }

    /// What `trend` counts per period.
    public enum TrendSubject: Sendable {
        case registrations
        case activeUsers
        /// Any table, counted by the period of its time column: `trend users where role = student`.
        case table(Identifier)
    }

    /// The parts of `cohorts`, each reachable alone so it can be exported on its own.
    public enum CohortPart: String, Sendable, CaseIterable {
        case registrations
        case status
        case retention
        case distribution
        case atRisk = "at_risk"
    }

    public var kind: Kind
    /// The report's first word, where errors about the report as a whole point.
    public var keyword: SourceSpan
    public var period: ReportPeriod?
    public var periodSpan: SourceSpan?
    /// `where` filters on the users and time clauses giving the window, in the order written; `from X to Y`
    /// lands here as `between X and Y`.
    public var steps: [Step]
    /// The ordinary steps after a `|` (`| where retention_rate > 0.5 | export "r.csv"`): they run over the
    /// report's result table as they would over any table.
    public var pipeline: [Step]
    public var chart: ChartRequest?
    public var span: SourceSpan

    public init(kind: Kind, keyword: SourceSpan, period: ReportPeriod?, periodSpan: SourceSpan?, steps: [Step],
                pipeline: [Step] = [], chart: ChartRequest?, span: SourceSpan) {
        self.kind = kind
        self.keyword = keyword
        self.period = period
        self.periodSpan = periodSpan
        self.steps = steps
        self.pipeline = pipeline
        self.chart = chart
        self.span = span
    }
}

public enum ChartKind: String, Sendable, Hashable, CaseIterable {
    case bar
    case line
    case heatmap
    case stacked
}

/// `| chart bar`, `| chart line to "signups.svg"`: draws the result instead of printing it as a table.
public struct ChartRequest: Sendable {
    public var kind: ChartKind
    /// `to "file.svg"`: write an SVG file instead of drawing in the terminal.
    public var path: String?
    public var pathSpan: SourceSpan?
    /// `using retention_rate, size`: the numeric columns to draw, in order; empty means the chart's choice.
    public var columns: [Identifier]
    /// `to "chart.svg" overwrite`: replace an existing file, as `export` asks too.
    public var overwrite = false
    public var span: SourceSpan

    public init(kind: ChartKind, columns: [Identifier] = [], path: String?, pathSpan: SourceSpan?, span: SourceSpan) {
        self.kind = kind
        self.columns = columns
        self.path = path
        self.pathSpan = pathSpan
        self.span = span
    }
}
