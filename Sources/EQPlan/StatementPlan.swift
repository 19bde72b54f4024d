import EQBinder
import EQSyntax
import EQTypes

/// A named segment a statement tests membership of, planned as a query of its own.
///
/// SQL: a common table expression, `WITH "reachable" AS (<plan>)`, whose `id` column the membership
/// test `id in reachable` (`Predicate.member`) semi-joins: `id IN (SELECT id FROM "reachable")`, or
/// `NOT IN` (null-free ids) when negated. A segment is planned and run once per statement however many
/// times it is used, which is what keeps a tower of segments that use each other linear.
public struct SegmentPlan: Sendable {
    /// The lower-cased name `Predicate.member` refers to.
    public var name: String
    public var plan: QueryPlan

    public init(name: String, plan: QueryPlan) {
        self.name = name
        self.plan = plan
    }
}

/// `as of D`: the users as they were at the end of day `day`, and the query run over them with `day` as
/// today (`query.context.today == day`), so every derived column follows the date.
///
/// SQL: the users scan is replaced by a derived table,
/// `SELECT u.* EXCEPT last_seen, (SELECT max(e.at) FROM events e WHERE e.user_id = u.id AND e.type = 'login'
/// AND e.at < D + 1 day) AS last_seen FROM users u WHERE u.joined_at < D + 1 day`; a correlated scalar
/// subquery on the user key, or equivalently a left join to the grouped login events.
public struct AsOfPlan: Sendable {
    /// The users table (lower-cased), whose scan in `query` reads the recomputed rows.
    public var users: String
    /// The table of login events (lower-cased).
    public var events: String
    /// The last day (days since 1970-01-01) whose logins count; rows that joined after it are left out.
    public var day: Int32
    public var query: QueryPlan

    public init(users: String, events: String, day: Int32, query: QueryPlan) {
        self.users = users
        self.events = events
        self.day = day
        self.query = query
    }
}

/// One statement as one plan: the segments it uses (each before the ones that use it), the relation it
/// computes, and where that goes. A back end runs a `StatementPlan` whole, so no statement kind needs a
/// path of its own in the session.
public struct StatementPlan: Sendable {
    /// Dependencies first: each segment's own memberships are planned before it.
    public var segments: [SegmentPlan]
    public var body: Body
    public var sink: Sink

    public enum Body: Sendable {
        /// The rows of a query: `WITH <segments> SELECT ... FROM <plan>`.
        case query(QueryPlan)
        /// The rows of a query over the users as of a past date.
        case asOf(AsOfPlan)
        /// A report's table (the composite `cohorts`: one per part).
        case report(ReportPlan)
    }

    /// Where the rows go: every sink takes the finished rows, so a back end only ever computes rows and
    /// the session's output layer writes them (SQL: the outermost `SELECT`, read by the client).
    public enum Sink: Sendable {
        /// To the caller: the table view, CSV, JSON ...
        case result
        /// `| chart KIND [to "file.svg"]`; `report` names the report whose series are drawn by default.
        case chart(ChartRequest, report: Report.Kind?)
        /// `| export "file.csv" [(columns)]`: the columns are a projection already in the body.
        case export(ExportRequest)
        /// `| preview`: size, shares of status and role, ten example rows.
        case preview
    }

    public init(segments: [SegmentPlan] = [], body: Body, sink: Sink = .result) {
        self.segments = segments
        self.body = body
        self.sink = sink
    }

    /// The query plan whose rows the statement returns; nil for a report.
    public var query: QueryPlan? {
        switch body {
        case .query(let plan): plan
        case .asOf(let asOf): asOf.query
        case .report: nil
        }
    }
}

extension AsOfPlan {
    /// The derived users table's columns: the users' own, with the last-login column recomputed as a
    /// timestamp, or, where the users have none, a recomputed `last_login_at` after them. The binder
    /// binds the `as of` query against it before any data is touched.
    public static func schema(of users: Schema) -> Schema {
        var schema = users
        if let existing = schema.lastSeenColumn, existing < schema.columns.count {
            schema.columns[existing].type = .timestamp
        } else {
            schema.columns.append(Schema.Column(name: "last_login_at", type: .timestamp))
            schema.lastSeenColumn = schema.columns.count - 1
        }
        return schema
    }
}
