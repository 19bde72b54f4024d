import EQBinder
import EQDiagnostics
import EQSyntax
import EQTypes

/// A report as a plan: the users (or, for `trend TABLE`, any table) a filter selects, bucketed into
/// calendar periods of their time column and joined to their login events on the user key.
///
/// SQL meaning, per `kind` (periods come from `generate_series` over `date_trunc(period, ...)`, so
/// periods without rows appear with zero counts; `L` is `SELECT user_id, at::date FROM events WHERE
/// type = 'login'` semi-joined to the selected users on the key):
/// - `registrations`: `SELECT period(joined_at), count(*) ... GROUP BY 1` over the selected users.
/// - `retention`: the cohort is `period(joined_at)`; per cohort and offset `period(L.at) - cohort`,
///   `count(DISTINCT user) / cohort size`: a join to `L` and a grouped distinct count.
/// - `activeUsers`: `count(DISTINCT user_id)` of `L` per `period(at)`.
/// - `stickiness`: mean of the daily distinct actives over the window's distinct actives.
/// - `statusHistory`: at the end of each period, status from `max(L.at)` up to that day (the as-of
///   recomputation of the last login), counted per status.
/// - `clients`: new (joined in the range) and recurrent (joined before, logged in during it) users.
/// - `trend`: the count per period beside the previous period's, `lag(count) OVER (ORDER BY period)`.
/// - `cohorts`: counts by `period(joined_at)` and the users' status, one table per part.
public struct ReportPlan: Sendable {
    public var kind: Report.Kind
    /// The table bucketed (lower-cased): `users`, or the table `trend TABLE` counts.
    public var subject: String
    /// The table of login events (lower-cased); read only by the kinds that need logins.
    public var events: String
    public var selection: Selection
    public var periods: Periods
    public var context: EngagementContext
    /// Where errors about the report as a whole point (its first word), and the whole report.
    public var keyword: SourceSpan
    public var span: SourceSpan

    /// Which rows of the subject the report counts.
    public enum Selection: Sendable {
        case all
        /// `WHERE` on the subject: the rows `plan` keeps (its root filters a scan of the subject).
        case rows(QueryPlan)
        /// `clients ... where ...`: the condition evaluated on the users as of the range's end.
        case asOf(AsOfPlan)
    }

    /// The window of periods: whole periods from the one holding `first` (or, without one, the earliest
    /// time in the data) through today's, or `last N` of the report's own unit ending with today's.
    public struct Periods: Sendable {
        public var period: ReportPeriod
        /// `last N` in the report's own unit: exactly N periods.
        public var lastCount: Int64?
        /// The window's first and last day from the time clause (`Int32.min` first: open start).
        public var window: (first: Int32, last: Int32)?
        /// The reference date: the last period is today's.
        public var today: Int32

        public init(period: ReportPeriod, lastCount: Int64?, window: (first: Int32, last: Int32)?, today: Int32) {
            self.period = period
            self.lastCount = lastCount
            self.window = window
            self.today = today
        }
    }

    public init(kind: Report.Kind, subject: String, events: String, selection: Selection, periods: Periods,
                context: EngagementContext, keyword: SourceSpan, span: SourceSpan) {
        self.kind = kind
        self.subject = subject
        self.events = events
        self.selection = selection
        self.periods = periods
        self.context = context
        self.keyword = keyword
        self.span = span
    }
}
