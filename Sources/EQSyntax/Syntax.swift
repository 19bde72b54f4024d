import EQDiagnostics
import EQTypes

/// A name as written, with its span. Names are compared case-insensitively by the binder; the text keeps
/// the user's spelling for messages.
public struct Identifier: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var span: SourceSpan
    public init(_ name: String, span: SourceSpan) {
        self.name = name
        self.span = span
    }
    public var description: String { name }
}

/// A whole script or `-c` text: the statements in order, and the source they were parsed from.
public struct Script: Sendable {
    public var statements: [Statement]
    public var source: SourceFile
    public init(statements: [Statement], source: SourceFile) {
        self.statements = statements
        self.source = source
    }
}

/// One statement. The span sits on the wrapper, never repeated in each case (PRQL's `Expr { kind, span }`).
public struct Statement: Sendable {
    public indirect enum Kind: Sendable {
        case load(LoadStatement)
        /// `set today = 2024-06-30`, `set last_seen = last_active_at`; several at once, in order, with
        /// commas: `set active_days = 14, at_risk_days = 30`.
        case set([Assignment])
        case query(Query)
        case explain(Query)
        /// `explain retention monthly since 2024-01`: a report's plan.
        case explainReport(Report)
        /// `explain analyze QUERY`: runs the query and prints its plan with what each operator did.
        case explainAnalyze(Query)
        /// `explain [analyze] transitions status from D1 to D2`: the matrix's plan, measured with `analyze`.
        case explainTransitions(TransitionsRequest, analyze: Bool)
        /// `let reachable = users where email_opt_in`: a named segment, re-bound at each use.
        case letSegment(name: Identifier, query: Query)
        /// `segments` lists the named segments; `save segments` writes them to the workspace file.
        case segments(save: Bool)
        /// `define lifecycle = case when ... end`: a derived column of the user's, saved with the segments.
        case defineLifecycle(name: Identifier, lifecycle: LifecycleCase)
        /// `transitions status from 2024-05-31 to 2024-06-30`: the from-to matrix of users.
        case transitions(TransitionsRequest)
        /// `retention monthly since 2023-07`, `cohorts from 2024-01 to 2024-06`, ...
        case report(Report)
        /// `save snapshot "crm.eqsnap"`, `load snapshot "crm.eqsnap"`: the whole store to or from a file.
        case snapshot(SnapshotStatement)
        /// `connect "postgres://..."`, `disconnect`, `copy users from postgres`.
        case connection(ConnectionStatement)
        /// `explain sql QUERY`: the SQL the PostgreSQL back end would send and its binds, not run.
        case explainSQL(Query)
    }
    public var kind: Kind
    public var span: SourceSpan
    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// One `name = value` of a `set` statement.
public struct Assignment: Sendable {
    public var name: Identifier
    public var value: Expr
    public init(name: Identifier, value: Expr) {
        self.name = name
        self.value = value
    }
}

/// `save snapshot "crm.eqsnap"` (`save` true) or `load snapshot "crm.eqsnap"`.
public struct SnapshotStatement: Sendable {
    public var save: Bool
    public var path: String
    public var pathSpan: SourceSpan

    public init(save: Bool, path: String, pathSpan: SourceSpan) {
        self.save = save
        self.path = path
        self.pathSpan = pathSpan
    }
}

/// `load users from "u.csv" [as csv|ndjson] [time COL] [key COL] [delimiter ";"] [dateformat "%m/%d/%Y"]
/// [with (score int, ...)]`.
public struct LoadStatement: Sendable {
    public var table: Identifier
    public var path: String
    public var pathSpan: SourceSpan
    public var format: Identifier?
    public var timeColumn: Identifier?
    public var keyColumn: Identifier?
    public var delimiter: String?
    /// `dateformat "%m/%d/%Y"`, checked by the session, which knows the directives.
    public var dateFormat: String?
    public var dateFormatSpan: SourceSpan?
    public var declaredTypes: [(column: Identifier, type: Identifier)]
    /// `columns (id, email)`: only these columns are read, in the file's order; nil reads them all.
    public var columns: [Identifier]?

    public init(table: Identifier, path: String, pathSpan: SourceSpan, format: Identifier? = nil,
                timeColumn: Identifier? = nil, keyColumn: Identifier? = nil, delimiter: String? = nil,
                declaredTypes: [(column: Identifier, type: Identifier)] = []) {
        self.table = table
        self.path = path
        self.pathSpan = pathSpan
        self.format = format
        self.timeColumn = timeColumn
        self.keyColumn = keyColumn
        self.delimiter = delimiter
        self.declaredTypes = declaredTypes
    }
}

/// A source (a table or named segment) and the steps applied to it, in order. Steps written without a
/// pipe (`users where ... since 2024-01`) and after one (`| count by status`) land in the same list:
/// the pipe is layout, the order is the meaning.
public struct Query: Sendable {
    public var source: Identifier
    public var steps: [Step]
    public var span: SourceSpan
    /// `as of 2024-03-31`: statuses from the login events up to that date, which then acts as today.
    public var asOf: Expr?
    /// `| chart bar`: the result drawn rather than printed.
    public var chart: ChartRequest?
    public init(source: Identifier, steps: [Step], span: SourceSpan) {
        self.source = source
        self.steps = steps
        self.span = span
    }
}

public struct Step: Sendable {
    public enum Kind: Sendable {
        /// `where EXPR`
        case filter(Expr)
        /// `since X`, `before X`, `between X and Y`, `last N units` on the table's time column.
        case time(TimeClause)
        /// `count, avg score by role`; empty keys without `by`.
        case aggregate([AggregateCall], by: [Identifier])
        /// `show id, email`; nil means `show *`.
        case show([Identifier]?)
        /// `show id, score * 1.1 as boosted`: a `show` with an expression or a renamed column.
        case showExpressions([ShownColumn])
        /// `sort by a desc, b`
        case sort([SortKey])
        /// `top 100 by score` (descending unless `asc` is written).
        case top(count: Int64, by: [SortKey])
        case limit(Int64)
        /// `export "list.csv" (email, name)`: writes the rows to a file, atomically.
        case export(ExportRequest)
        /// `distinct email`: keeps the first row of each value of the column, comparing text without
        /// case and surrounding spaces; `distinct email exact` compares bytes.
        case distinct(Identifier, exact: Bool)
        /// `holdout 10% as control seed 7`: adds a `group` column splitting the rows by a stable hash.
        case holdout(HoldoutRequest)
        /// `sample 1000 seed 3`, `sample 5%`: a deterministic sample.
        case sample(SampleRequest)
        /// `preview`: the size, the status and role shares and ten example rows.
        case preview
        /// `funnel signup -> apply within 14 days`: the users reaching each step in order.
        case funnel(FunnelRequest)
    }
    public var kind: Kind
    public var span: SourceSpan
    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public struct TimeClause: Sendable {
    public enum Kind: Sendable {
        case since(Expr)
        case before(Expr)
        case after(Expr)
        case between(Expr, Expr)
        /// `last 7 days`
        case last(count: Int64, unit: TimeUnit)
    }
    public var kind: Kind
    public var span: SourceSpan
    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

public struct AggregateCall: Sendable {
    public enum Function: String, Sendable, CaseIterable {
        case count
        case countDistinct = "count_distinct"
        case sum
        case avg
        case min
        case max
        /// `median score`: the 50th percentile, interpolated.
        case median
        /// `percentile 90 of score`, interpolated between the two nearest values (PostgreSQL's
        /// `percentile_cont`).
        case percentile
        /// `share where COND`: the percentage of the group's rows for which COND holds.
        case share
        /// `nps score`: promoters (9 and 10) minus detractors (0 to 6), in percent of the answers.
        case nps
    }
    public var function: Function
    /// nil only for plain `count`, and when the argument is an expression rather than a name.
    public var column: Identifier?
    public var span: SourceSpan
    /// `avg days(resolved_at - opened_at)`: an argument that is not a bare column name.
    public var argument: Expr?
    /// `count as n`: the result column's name.
    public var alias: Identifier?
    /// `percentile 90 of score`: 0.9.
    public var fraction: Double?
    /// `count where did apply`, `share where score > 500`: only the rows where it holds count.
    public var condition: Expr?
    /// `count where did apply / count`: the aggregate this one is divided by (at most one).
    public var divisor: [AggregateCall] = []
    public init(function: Function, column: Identifier?, span: SourceSpan) {
        self.function = function
        self.column = column
        self.span = span
    }
}

public struct SortKey: Sendable {
    /// The key as written; for an expression, its source text.
    public var column: Identifier
    /// `sort by score * 2`: set when the key is not a bare column name.
    public var expression: Expr?
    /// nil when neither `asc` nor `desc` was written: `sort` then means ascending, `top` descending.
    public var descending: Bool?
    public init(column: Identifier, descending: Bool?, expression: Expr? = nil) {
        self.column = column
        self.descending = descending
        self.expression = expression
    }
}

public enum CompareOp: String, Sendable, CaseIterable {
    case eq = "="
    case ne = "!="
    case lt = "<"
    case le = "<="
    case gt = ">"
    case ge = ">="

    /// The operator that holds when this one does not (for pushing `not` down to the leaves).
    public var negated: CompareOp {
        switch self {
        case .eq: .ne
        case .ne: .eq
        case .lt: .ge
        case .le: .gt
        case .gt: .le
        case .ge: .lt
        }
    }

    /// The operator with its operands swapped (`5 < x` is `x > 5`).
    public var flipped: CompareOp {
        switch self {
        case .eq, .ne: self
        case .lt: .gt
        case .le: .ge
        case .gt: .lt
        case .ge: .le
        }
    }
}

public enum StringMatch: String, Sendable, CaseIterable {
    case contains
    case startsWith = "starts with"
    case endsWith = "ends with"
}

public enum Literal: Sendable, Hashable {
    /// An integer as written; the binder decides whether it is a number or a year.
    case integer(Int64)
    case double(Double)
    case string(String)
    /// `2024-06-30`, as days since the epoch.
    case date(Int32)
    /// `2024-06`, as a month index (months since 1970-01).
    case month(Int32)
    /// `2024-06-30 12:00:00` when quoted timestamps are typed as literals.
    case timestamp(Int64)
    case bool(Bool)
    case null
    /// `30 days`, `2 weeks`.
    case duration(count: Int64, unit: TimeUnit)
}

public struct Expr: Sendable {
    public indirect enum Kind: Sendable {
        /// A bare name: a column, or (on the right of `=`/`in`) a string value such as `student`.
        case name(String)
        case literal(Literal)
        case compare(CompareOp, Expr, Expr)
        /// `a and b and c`: one node for the whole chain (two or more terms), so a chain of 100,000
        /// conditions is a flat list that no pass walks by recursion.
        case and([Expr])
        /// `a or b or c`, flat like `and`.
        case or([Expr])
        case not(Expr)
        /// `x in (a, b)` / `x not in (a, b)`
        case inList(Expr, [Expr], negated: Bool)
        /// `x contains "a"`, `x starts with "a"`, `x ends with "a"`; negated for `not contains`.
        case match(StringMatch, Expr, Expr, negated: Bool)
        /// `x is null` / `x is not null`
        case isNull(Expr, negated: Bool)
        /// `30 days ago`: the start of the date N units before today.
        case ago(count: Int64, unit: TimeUnit)
        /// `last_login_at before 30 days ago`, `joined_at since 2024-01`, `x between a and b`.
        case time(Expr, TimeClause)
        /// `$month`: a script parameter.
        case parameter(String)
        /// `did login at least 3 times last 30 days`: a condition on the user's events.
        case did(EventMatch)
        /// `first login`, `last purchase`: the time of the user's earliest or latest event of a type.
        case eventTime(EventTime)
        /// `in reachable`: the row's id belongs to a named segment.
        case member(Identifier)
        /// `score * 1.1`, `a - b`.
        case arithmetic(ArithmeticOp, Expr, Expr)
        /// `-score`.
        case negate(Expr)
        /// `coalesce(a, b)`, `lower(email)`, `days(a - b)`.
        case call(Identifier, [Expr])
        /// `name like "A%"`, `email matches "^u[0-9]+"`; negated for `not like`.
        case pattern(PatternMatch, Expr, Expr, negated: Bool)
        /// `status changed from active to at_risk between 2024-06-01 and 2024-06-30`.
        case changed(ValueChange)
    }
    public var kind: Kind
    public var span: SourceSpan
    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}
