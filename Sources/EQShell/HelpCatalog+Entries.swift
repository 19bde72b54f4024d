/// The text of every language topic. Keep each one to what eq does today (Grammar/eq.ebnf, the golden
/// files); the README's table is regenerated from here with `EQ_RECORD=1 swift test --filter HelpCatalogTests`.
extension HelpCatalog {
    static let statements: [HelpEntry] = [
        HelpEntry(topic: "load", kind: .statement,
                  syntax: "load NAME from \"FILE\" [as|time|key|delimiter|dateformat|with|columns ...]",
                  description: """
                    Reads a .csv, .tsv, .ndjson or .jsonl file into table NAME (the format from the extension
                    unless `as csv` or `as ndjson` names it). `time` names the time column (else joined_at, created_at,
                    registered_at, at or timestamp), `key` the column that joins events to the users' id
                    (user_id by default), `delimiter` the field separator (else detected among , ; tab and |),
                    `dateformat` how dates are written ("%m/%d/%Y"; else ISO 8601 or an unambiguous form),
                    `with` declares column types (int, double, bool, string, date, timestamp). The first load removes the demo's users and events, and today becomes the
                    current UTC date unless `set today` chose one. Options come in any order, each once.
                    `columns (id, email)` reads only those columns. A load that would not fit in the memory
                    available (MemAvailable, a cgroup limit, or $EQ_MEMORY_LIMIT) is refused beforehand,
                    with what it needs and what there is.
                    """,
                  example: "load users from \"data/users.csv\" time joined_at with (score int)",
                  rules: ["load", "load_option", "column_type"], slots: [.statement],
                  options: ["as", "columns", "dateformat", "delimiter", "key", "time", "with"]),
        HelpEntry(topic: "set", kind: .statement, syntax: "set SETTING = VALUE [, SETTING = VALUE ...]",
                  description: """
                    Changes a setting for the rest of the session: `today` (a date, or `now`), the thresholds
                    `active_days` (45) and `at_risk_days` (90), in any order and checked where status is
                    used, `last_seen` (the last-login column), `strict` (on: a value no row holds fails
                    the statement instead of warning) and `threads` (how many the scans, event and text
                    conditions and exports use at most, as `--threads`). `.set` shows the date and
                    thresholds.
                    """,
                  example: "set today = 2024-06-30, active_days = 14, at_risk_days = 30",
                  rules: ["set", "assignment"], slots: [.statement]),
        HelpEntry(topic: "let", kind: .statement, syntax: "let NAME = QUERY",
                  description: """
                    Defines a segment: a named query usable wherever a table is (`NAME | count`, `where in
                    NAME`). It stores the query's text, so every use binds it afresh against the current data
                    and settings. A segment cannot refer to itself.
                    """,
                  example: "let at_risk_students = users where status = at_risk and role = student",
                  rules: ["segment_statement", "let"], slots: [.statement]),
        HelpEntry(topic: "define", kind: .statement,
                  syntax: "define NAME = case when COND then LABEL ... [else LABEL] end",
                  description: """
                    Defines a column of your own, such as a lifecycle: each row takes the label of the first
                    `when` whose condition holds (any condition of `where`: status, stage, `did apply`,
                    `first login is null`), else the `else` label (null without one). Use it as any
                    column: `where NAME = LABEL`, `count by NAME` (in the labels' order), `show`, segments.
                    Saved with `save segments`; defining a name again replaces it. A stored column's
                    name, status, stage, cohort and days_inactive are refused.
                    """,
                  example: "define tier = case when status = active then \"engaged\" else \"lapsed\" end",
                  rules: ["define", "case_expr", "label"], slots: [.statement]),
        HelpEntry(topic: "segments", kind: .statement, syntax: "segments",
                  description: "Lists the segments defined with `let`: name, definition and current size.",
                  example: "segments", rules: ["segments"], slots: [.statement]),
        HelpEntry(topic: "save segments", kind: .statement, syntax: "save segments",
                  description: """
                    Writes every segment to eq.segments (or the file $EQ_SEGMENTS names), which eq reads at
                    start, so segments outlive the session.
                    """,
                  example: "save segments", rules: ["segments"], slots: [.statement]),
        HelpEntry(topic: "save snapshot", kind: .statement, syntax: "save snapshot \"FILE\"",
                  description: """
                    Writes the whole store (every table, the segments and the settings) to one checksummed
                    columnar file, replacing a snapshot of that name atomically. `load snapshot` or
                    `eq --data FILE` reopens it in a fraction of a second, with no text to parse.
                    """,
                  example: "save snapshot \"crm.eqsnap\"", rules: ["snapshot"], slots: [.statement]),
        HelpEntry(topic: "load snapshot", kind: .statement, syntax: "load snapshot \"FILE\"",
                  description: """
                    Replaces the tables and settings with those `save snapshot` wrote, and defines its
                    segments. A damaged, cut-short, foreign or newer file is refused with what is wrong,
                    and changes nothing.
                    """,
                  example: "load snapshot \"crm.eqsnap\"", rules: ["snapshot"], slots: [.statement]),
        HelpEntry(topic: "explain", kind: .statement, syntax: "explain QUERY|REPORT|TRANSITIONS",
                  description: """
                    Prints the plan a query, report or `transitions` runs with instead of its rows: the
                    segments it uses, `as of`, and where the rows go (a chart, an export); for a segment,
                    the funnel: how many rows are left after each condition.
                    """,
                  example: "explain users where status = at_risk and role = student",
                  rules: ["explain"], slots: [.statement]),
        HelpEntry(topic: "explain analyze", kind: .statement, syntax: "explain analyze QUERY|TRANSITIONS",
                  description: """
                    Runs the statement and prints its plan with what each operator did: rows in and
                    out, its own time, and for event conditions the events a time window let it
                    skip (blocks of the events' time column outside the window are never read).
                    """,
                  example: "explain analyze users where did login last 30 days | count",
                  rules: ["explain"], slots: [.statement]),
        HelpEntry(topic: "explain sql", kind: .statement, syntax: "explain sql QUERY",
                  description: """
                    Prints the one SQL statement the PostgreSQL back end sends for the query and its bind
                    parameters ($1, $2, ... with their types), without running it. Connected, it uses the
                    server's catalogue; otherwise the local tables as eq would copy them to a server.
                    """,
                  example: "explain sql users where did login at least 3 times last 30 days | count",
                  rules: ["explain"], slots: [.statement]),
        HelpEntry(topic: "connect", kind: .statement, syntax: "connect \"postgres://USER@HOST:PORT/DB\"",
                  description: """
                    Runs the queries that follow on a PostgreSQL server, bound against its relations; what
                    eq cannot run there yet is refused by name. The password comes from the URL, PGPASSWORD
                    or ~/.pgpass and is never shown or kept in the history. Also `eq --connect URL`.
                    """,
                  example: "connect \"postgres://analyst@localhost:5432/crm\"",
                  rules: ["connection", "connect"], slots: [.statement]),
        HelpEntry(topic: "disconnect", kind: .statement, syntax: "disconnect",
                  description: """
                    Closes the PostgreSQL connection: queries run on the local data again.
                    """,
                  example: "disconnect", rules: ["disconnect"], slots: [.statement]),
        HelpEntry(topic: "copy", kind: .statement, syntax: "copy RELATION from postgres [as NAME]",
                  description: """
                    Copies a relation of the connected server into the local store as a table (its types
                    from the server's catalogue, times in UTC), replacing a table of that name, and says how
                    many rows came. Query it after `disconnect`.
                    """,
                  example: "copy users from postgres as crm_users",
                  rules: ["copy"], slots: [.statement], options: ["as"]),
    ]

    static let reports: [HelpEntry] = [
        HelpEntry(topic: "registrations", kind: .report, syntax: "registrations PERIOD [WINDOW] [where COND]",
                  description: """
                    Counts the users who joined in each period (columns period, count), from the one
                    holding the window's start through today's, empty periods included. Weeks are ISO weeks
                    shown as their Monday, quarters as 2024-Q1. The window is `since D`, `between D and D`,
                    `from D to D` or `last N UNIT`.
                    """,
                  example: "registrations monthly since 2024-01",
                  rules: ["report", "period", "report_option"], slots: [.statement], choices: periods,
                  options: reportOptions),
        HelpEntry(topic: "retention", kind: .report, syntax: "retention PERIOD [WINDOW] [where COND]",
                  description: """
                    One row per cohort of users who joined in the same period: cohort, size, and period_k,
                    the share of the cohort with a login in the k-th period after it (blank after today's
                    period). A closed range limits the cohorts, not the offsets, which run through today's
                    period: at most 400 periods from the first cohort.
                    """,
                  example: "retention weekly last 12 weeks where role = student",
                  rules: ["report", "period", "report_option"], slots: [.statement], choices: periods,
                  options: reportOptions),
        HelpEntry(topic: "active users", kind: .report, syntax: "active users PERIOD [WINDOW] [where COND]",
                  description: """
                    The users with a login in each period (columns period, active_users): daily is DAU,
                    weekly WAU, monthly MAU.
                    """,
                  example: "active users daily last 30 days",
                  rules: ["report", "period", "report_option"], slots: [.statement], choices: periods,
                  options: reportOptions),
        HelpEntry(topic: "stickiness", kind: .report, syntax: "stickiness [WINDOW] [where COND]",
                  description: """
                    Over the window: dau, the mean of each day's active users; mau, the users active at all
                    in it; and stickiness, dau / mau.
                    """,
                  example: "stickiness last 30 days", rules: ["report", "report_option"], slots: [.statement],
                  options: reportOptions),
        HelpEntry(topic: "trend", kind: .report, syntax: "trend SUBJECT PERIOD [WINDOW] [where COND]",
                  description: """
                    A count per period beside the previous period's (columns period, count, previous, change,
                    change_pct). The subject is `registrations`, `new users`, `active users` or any table,
                    counted by its time column (`trend users where role = student`). `vs previous period`
                    may be written; it is what trend always shows.
                    """,
                  example: "trend registrations monthly since 2024-01",
                  rules: ["report", "trend_subject", "period", "report_option"], slots: [.statement],
                  choices: ["active users", "new users", "registrations"], options: reportOptions),
        HelpEntry(topic: "status history", kind: .report, syntax: "status history PERIOD [WINDOW] [where COND]",
                  description: """
                    How many users were active, at risk and inactive at the end of each period (today for the
                    current one), among those who had joined by then, from their logins up to that day
                    (columns period, active, at_risk, inactive).
                    """,
                  example: "status history monthly since 2024-01 | chart stacked",
                  rules: ["report", "period", "report_option"], slots: [.statement], choices: periods,
                  options: reportOptions),
        HelpEntry(topic: "clients", kind: .report, syntax: "clients [where COND] RANGE",
                  description: """
                    Over a range: total, new (joined in it), recurrent (joined before and logged in within it)
                    and avg_permanence_days (from joining to the last login up to the range's end). Its where
                    clause is evaluated at the range's end, as `as of` does.
                    """,
                  example: "clients where status in (active, at_risk) between 2024-01 and 2024-03",
                  rules: ["report", "report_option"], slots: [.statement], options: reportOptions),
        HelpEntry(topic: "cohorts", kind: .report, syntax: "cohorts [PART] RANGE [where COND]",
                  description: """
                    Monthly cohorts of a range in five tables, or the one PART names: registrations (cohort,
                    count), status (active, at risk and inactive counts and shares), retention (cohort, size,
                    active, retention_rate), distribution (status, count, share) and at_risk (cohort,
                    at_risk, at_risk_share). The range covers at most 1,200 months.
                    """,
                  example: "cohorts status from 2024-01 to 2024-06 where role in (student, alumni)",
                  rules: ["report", "cohort_part", "report_option"], slots: [.statement],
                  choices: ["at_risk", "distribution", "registrations", "retention", "status"],
                  options: reportOptions),
        HelpEntry(topic: "transitions", kind: .report,
                  syntax: "transitions status|stage|LIFECYCLE from DATE to DATE [where COND]",
                  description: """
                    How many users moved from each value to each value: a row per value as of the end of the
                    first date, a column per value as of the end of the second, and total. Each user's last
                    login at a date comes from the login events up to that day, as `as of` works it out;
                    users who joined after a date are not_registered at it, so every user counts once. A
                    lifecycle's conditions see only the events up to each date, with that date as today.
                    """,
                  example: "transitions status from 2024-05-31 to 2024-06-30 where role = student",
                  rules: ["transitions"], slots: [.statement]),
    ]

    static let clauses: [HelpEntry] = [
        HelpEntry(topic: "where", kind: .clause, syntax: "where CONDITION",
                  description: """
                    Keeps the rows the condition holds for. Conditions compare columns (`score >= 500`, `role
                    in (student, alumni)`, `name contains "ann"`), test behaviour (`did login last 7 days`)
                    or membership (`in reachable`), and combine with not, and, or and parentheses. After an
                    aggregate it filters the result's columns (`count by country | where count >= 100`).
                    """,
                  example: "users where status = at_risk and role = student",
                  rules: ["filter", "clause", "step"], slots: [.clause, .step]),
        HelpEntry(topic: "since", kind: .clause, syntax: "since DATE",
                  description: """
                    Keeps the rows whose time column (joined_at for users, at for events) is on or after the
                    date or month; after a date column it filters that column (`last_email_at since
                    2024-05`). A year, a month (2024-01), a date or `N days ago` may follow.
                    """,
                  example: "users since 2024-01 | count by cohort",
                  rules: ["time_clause", "time_predicate"], slots: [.clause, .step, .comparison(.time)]),
        HelpEntry(topic: "before", kind: .clause, syntax: "before DATE",
                  description: """
                    Keeps the rows whose time column, or the date column before it, is before the date.
                    """,
                  example: "users where last_login_at before 30 days ago",
                  rules: ["time_clause", "time_predicate"], slots: [.clause, .step, .comparison(.time)]),
        HelpEntry(topic: "after", kind: .clause, syntax: "after DATE",
                  description: """
                    Keeps the rows whose time column, or the date column before it, is after the date.
                    """,
                  example: "events after 2024-06-01 | count by type",
                  rules: ["time_clause", "time_predicate"], slots: [.clause, .step, .comparison(.time)]),
        HelpEntry(topic: "between", kind: .clause, syntax: "between DATE and DATE",
                  description: """
                    Keeps the rows whose time column, or the date column before it, falls in the range, both
                    ends included (a month reaches to its last day).
                    """,
                  example: "users between 2024-01 and 2024-03 | count",
                  rules: ["time_clause", "time_predicate"], slots: [.clause, .step, .comparison(.time)]),
        HelpEntry(topic: "last", kind: .clause, syntax: "last N UNIT",
                  description: """
                    The last N hours, days, weeks, months, quarters or years up to today, on the time column
                    or the date column before it; in a report, the N periods ending with today's. In a
                    condition, `last TYPE` is the time of a user's last event of that type (.help first).
                    """,
                  example: "events where type = login last 7 days | count by channel",
                  rules: ["time_clause", "unit"], slots: [.clause, .step, .comparison(.time)]),
        HelpEntry(topic: "as of", kind: .clause, syntax: "QUERY as of DATE",
                  description: """
                    Recomputes status and stage from the login events up to the end of the date, with the
                    date as today, and keeps the users who had joined by then.
                    """,
                  example: "users | count by status as of 2024-03-31", rules: ["as_of"], slots: [.clause]),
    ]

    static let steps: [HelpEntry] = [
        HelpEntry(topic: "count", kind: .step, syntax: "count [distinct COL] [, AGGREGATE ...] [by COL, ...]",
                  description: """
                    Counts the rows (column count), or the distinct values of a column (count_distinct_COL),
                    in one row or one per group of the `by` columns. Several aggregates may be listed
                    (`count, avg score, max last_login_at by role`); the result's columns are the groups
                    then the aggregates, and later steps use them (`| where count >= 100`).
                    """,
                  example: "users | count by cohort, status",
                  rules: ["aggregate", "aggregate_call"], slots: [.step, .aggregate], options: ["by", "distinct"]),
        HelpEntry(topic: "sum", kind: .step, syntax: "sum COL [by COL, ...]",
                  description: """
                    The total of a numeric column (column sum_COL), added in 128 bits: exact, every digit, even
                    past the 64-bit range (a later step cannot yet compute with such a total: it says so).
                    """,
                  example: "users | sum score by role", rules: ["aggregate_call"], slots: [.step, .aggregate],
                  options: ["by"]),
        HelpEntry(topic: "avg", kind: .step, syntax: "avg COL [by COL, ...]",
                  description: "The mean of a numeric column (column avg_COL), summed in 128 bits so it never overflows.",
                  example: "users | avg score by role", rules: ["aggregate_call"], slots: [.step, .aggregate],
                  options: ["by"]),
        HelpEntry(topic: "min", kind: .step, syntax: "min COL [by COL, ...]",
                  description: "The smallest value of a column (column min_COL); text compares byte for byte.",
                  example: "users | min joined_at by role", rules: ["aggregate_call"], slots: [.step, .aggregate],
                  options: ["by"]),
        HelpEntry(topic: "max", kind: .step, syntax: "max COL [by COL, ...]",
                  description: "The largest value of a column (column max_COL); text compares byte for byte.",
                  example: "users | count, max last_login_at by role", rules: ["aggregate_call"],
                  slots: [.step, .aggregate], options: ["by"]),
        HelpEntry(topic: "median", kind: .step, syntax: "median COL | percentile P of COL [by COL]",
                  description: """
                    The middle value of a numeric column (median_COL), or its P-th percentile (pP_COL),
                    interpolated between the two nearest values as PostgreSQL's percentile_cont does.
                    """,
                  example: "users | median score, percentile 90 of score by role", rules: ["aggregate_term"],
                  slots: [.step, .aggregate], words: ["median", "percentile"], options: ["by", "of"]),
        HelpEntry(topic: "nps", kind: .step, syntax: "nps COL [by COL, ...]",
                  description: """
                    The Net Promoter Score of answers from 0 to 10 (nps_COL): the share of 9s and 10s minus
                    the share of 0s to 6s, in points from -100 to 100, over the non-null answers. An answer
                    outside 0 to 10 fails the statement with how many there are; filter them first.
                    """,
                  example: "responses | nps score by segment", rules: ["aggregate_term"],
                  slots: [.step, .aggregate], options: ["by"]),
        HelpEntry(topic: "share", kind: .step, syntax: "share where COND | count where COND [/ AGG] [as NAME]",
                  description: """
                    `count where COND` counts the rows where COND holds; `share where COND` is their share
                    of the group (the table view shows %, CSV and JSON a fraction). `A / B` divides two
                    aggregates as decimals; `as NAME` names any aggregate's column. A `/` outside
                    parentheses ends the condition.
                    """,
                  example: "users | count where did apply / count as apply_rate by cohort",
                  rules: ["aggregate_term", "alias"], slots: [.step, .aggregate], options: ["as", "where"]),
        HelpEntry(topic: "show", kind: .step, syntax: "show COL, ... | show *",
                  description: """
                    Keeps these columns, in this order (derived ones such as status or days_inactive
                    included); `*` shows the table's own columns.
                    """,
                  example: "users where status = active | show id, email, score", rules: ["show"], slots: [.step]),
        HelpEntry(topic: "sort", kind: .step, syntax: "sort by COL [asc|desc], ...",
                  description: """
                    Orders the rows by the keys, ascending unless `desc`; stable, so rows that tie keep the
                    order they arrive in.
                    """,
                  example: "users | sort by joined_at desc | limit 20", rules: ["sort", "sort_key"], slots: [.step],
                  choices: ["by"]),
        HelpEntry(topic: "top", kind: .step, syntax: "top N by COL [asc|desc], ...",
                  description: """
                    The first N rows by the keys, descending unless `asc`; stable over its input, so ties
                    keep their order.
                    """,
                  example: "users where status = active | top 100 by score", rules: ["top", "sort_key"],
                  slots: [.step]),
        HelpEntry(topic: "limit", kind: .step, syntax: "limit N",
                  description: "Keeps the first N rows in their current order.",
                  example: "users | sort by joined_at desc | limit 20", rules: ["limit"], slots: [.step]),
        HelpEntry(topic: "export", kind: .step, syntax: "export \"FILE\" [(COL, ...)] [overwrite] [raw]",
                  description: """
                    Writes the rows, or the listed columns, to FILE atomically (a temporary file, fsync,
                    rename) and prints how many went out: CSV for .csv (.tsv: tab-separated), NDJSON for
                    .ndjson or .jsonl, JSON for .json. It refuses to replace a file unless `overwrite` is
                    given. CSV text cells starting with = + - @ tab or CR get a ' in front, counted in the
                    summary; `raw` writes them as they are.
                    """,
                  example: "reachable | distinct email | export \"campaign.csv\" (email, name, role)",
                  rules: ["export"], slots: [.step], options: ["overwrite", "raw"]),
        HelpEntry(topic: "distinct", kind: .step, syntax: "distinct COL [exact]",
                  description: """
                    Keeps the first row (in list order) of each value of COL and says how many rows it
                    dropped. Text is compared after trimming surrounding white space and lower-casing each
                    code point, so " Ann@X.org" repeats "ann@x.org"; with `exact` it is compared byte for
                    byte. Rows without a value repeat nothing: they are all kept, and counted in the message.
                    """,
                  example: "reachable | distinct email | export \"campaign.csv\"", rules: ["distinct"],
                  slots: [.step], options: ["exact"]),
        HelpEntry(topic: "holdout", kind: .step, syntax: "holdout P% [as LABEL] [seed S] [into COL]",
                  description: """
                    Adds COL (default `group`): LABEL (default `control`) for the rows whose id hashes under
                    P%, `target` for the others; the same id and seed give the same group everywhere. LABEL
                    cannot be `target`; a second split needs its own column (`into group2`), as an existing
                    column is never replaced. Rows without an id are left out, and counted in the message.
                    """,
                  example: "reachable | holdout 10% as control seed 7 | where group = target",
                  rules: ["holdout", "percent"], slots: [.step], options: ["as", "into", "seed"]),
        HelpEntry(topic: "sample", kind: .step, syntax: "sample N [seed S] | sample P% [seed S]",
                  description: """
                    Keeps the N rows whose ids have the smallest hash, or those under the share: the same pick
                    on every machine for the same seed (0 by default). Rows without an id are never picked,
                    and counted in the message.
                    """,
                  example: "reachable | sample 1000 seed 3", rules: ["sample", "percent"], slots: [.step],
                  options: ["seed"]),
        HelpEntry(topic: "preview", kind: .step, syntax: "preview",
                  description: """
                    Ends a query with a summary of the list instead of its rows: its size, the share of each
                    status and role, and ten example rows.
                    """,
                  example: "reachable | preview", rules: ["campaign_step"], slots: [.step]),
        HelpEntry(topic: "funnel", kind: .step,
                  syntax: "funnel TYPE -> TYPE [-> ...] within N UNIT [since ...] [by COL]",
                  description: """
                    Per step, the users who did the event types in order: the window opens at a user's
                    earliest first-step event (one the time clause admits, when given) and each later step
                    is their earliest unused event of its type at or after the previous step, at most N
                    units after the first (the edge included). Columns: step, event, users, from_previous
                    and from_first (shares), median_days_from_previous; `by COL` gives one funnel per value.
                    By a holdout's column it compares the groups: each group's users and rate (of its
                    users), the difference and its 95% Wald interval (ci_low, ci_high). Alone as a
                    statement it runs over `users`.
                    """,
                  example: "users where role = student | funnel email_open -> apply within 14 days",
                  rules: ["funnel", "funnel_query"], slots: [.statement, .step], options: ["by", "within"]),
        HelpEntry(topic: "chart", kind: .step, syntax: "chart bar|line|heatmap|stacked [using COL,...] [to \"F.svg\"]",
                  description: """
                    Ends a query or a report by drawing its result in the terminal, fitted to its width with
                    the values labelled (ASCII with NO_COLOR or outside a UTF-8 locale); `to` writes the same
                    chart as SVG. On a report it draws the series the report is about (retention rates, status
                    counts); `using` names the numeric columns to draw.
                    """,
                  example: "retention monthly since 2024-01 | chart heatmap to \"retention.svg\"",
                  rules: ["chart"], slots: [.step], choices: ["bar", "heatmap", "line", "stacked"],
                  options: ["to", "using"]),
    ]

    static let conditions: [HelpEntry] = [
        HelpEntry(topic: "did", kind: .condition, syntax: "did [not] TYPE [at least|at most|exactly N times] [WINDOW]",
                  description: """
                    Users with an event of that type in the events table (joined on its key column, user_id,
                    to the users' id). A time clause right after the type is the event's window; `at most N
                    times` includes users without such an event, and `did not` keeps those with none.
                    """,
                  example: "users where did login at least 3 times last 30 days",
                  rules: ["event_condition", "event_type", "event_count"], slots: [.condition]),
        HelpEntry(topic: "first", kind: .condition, syntax: "first TYPE | last TYPE",
                  description: """
                    The time of a user's first or last event of that type, compared like a date column;
                    a user without such an event matches no comparison.
                    """,
                  example: "users where first login before 2024-03 and last purchase since 2024-05",
                  rules: ["event_time"], slots: [.condition], words: ["first", "last"]),
        HelpEntry(topic: "in", kind: .condition, syntax: "in SEGMENT | COL [not] in (VALUE, ...)",
                  description: """
                    `in SEGMENT` keeps the rows whose id is in the segment; after a column, `in (...)` keeps
                    the rows whose value is one of the list's (text compared byte for byte).
                    """,
                  example: "users where in reachable and not in already_contacted",
                  rules: ["membership", "value_list"],
                  slots: [.condition, .comparison(.text), .comparison(.number), .comparison(.other)]),
        HelpEntry(topic: "not", kind: .condition, syntax: "not CONDITION | COL not in (...) | COL not contains TEXT",
                  description: """
                    Negates the condition after it; after a column it negates `in` or a text match. A row
                    without a value satisfies neither a comparison nor its negation.
                    """,
                  example: "users where not did purchase since 2024-01",
                  rules: ["not_expr"], slots: [.condition, .comparison(.text), .comparison(.number)]),
    ]

    static let comparisons: [HelpEntry] = [
        HelpEntry(topic: "changed", kind: .comparison,
                  syntax: "status|stage|LIFECYCLE changed [from X] [to Y] between DATE and DATE",
                  description: """
                    Users whose status (or stage, or lifecycle) as of the end of the first date was X and as
                    of the end of the second is Y, each worked out from the events up to that day, as `as of`
                    does.
                    Without `from` (or `to`), any other value; users who joined after a date are
                    not_registered at it. A month stands for its last day.
                    """,
                  example: "users where status changed to at_risk between 2024-06-01 and 2024-06-30",
                  rules: ["change"], slots: [.comparison(.text)]),
        HelpEntry(topic: "contains", kind: .comparison, syntax: "COL contains TEXT",
                  description: """
                    Text holding TEXT, ignoring case: each code point is mapped to its simple lower-case form,
                    then matched code point by code point with no normalisation (PostgreSQL's ILIKE).
                    """,
                  example: "users where name contains \"ann\"", rules: ["string_match"],
                  slots: [.comparison(.text)]),
        HelpEntry(topic: "like", kind: .comparison, syntax: "COL [not] like PATTERN | COL [not] matches REGEX",
                  description: """
                    `like` is case-sensitive as in PostgreSQL: % matches any run, _ one character, \\ makes
                    the next one literal. `matches` finds a regular expression anywhere in the text; one
                    that does not compile is an error at the pattern.
                    """,
                  example: "users where email like \"%@example.org\" or name matches \"^A[a-z]+\"",
                  rules: ["pattern_match"], slots: [.comparison(.text)], words: ["like", "matches"]),
        HelpEntry(topic: "starts with", kind: .comparison, syntax: "COL starts with TEXT",
                  description: "Text beginning with TEXT, ignoring case as `contains` does.",
                  example: "users where email starts with \"ann\"", rules: ["string_match"],
                  slots: [.comparison(.text)]),
        HelpEntry(topic: "ends with", kind: .comparison, syntax: "COL ends with TEXT",
                  description: "Text ending with TEXT, ignoring case as `contains` does.",
                  example: "users where email ends with \"@example.org\"", rules: ["string_match"],
                  slots: [.comparison(.text)]),
        HelpEntry(topic: "is null", kind: .comparison, syntax: "COL is [not] null",
                  description: "Rows without a value in the column (`is not null`: with one).",
                  example: "users where last_email_at is null",
                  slots: [.comparison(.text), .comparison(.number), .comparison(.time), .comparison(.boolean),
                          .comparison(.other)],
                  words: ["is not null", "is null"]),
    ]

    static let basics: [HelpEntry] = [
        HelpEntry(topic: "query", kind: .language, syntax: "TABLE [CLAUSE ...] [| STEP ...] ... [as of DATE] [| chart KIND]",
                  description: """
                    A query names a table or segment, then clauses (where and time clauses) and steps after
                    `|`, each working on the rows of the one before. A `|` at the start of a line continues
                    the statement above.
                    """,
                  example: "users where status = active | top 100 by score | show id, email, score",
                  rules: ["query", "clause", "step", "report_steps"]),
        HelpEntry(topic: "conditions", kind: .language,
                  syntax: "COL = != < <= > >= VALUE | COL [not] in (...) | COL [not] contains TEXT",
                  description: """
                    `or` binds loosest, then `and`, then `not`, then one comparison; parentheses group. `=`,
                    `!=`, `in` and `<` compare text byte for byte; a derived column (status, stage, cohort,
                    days_inactive) cannot be compared with another column: show both first.
                    """,
                  example: "users where (role = student or role = alumni) and score >= 500",
                  rules: ["expr", "and_expr", "not_expr", "comparison", "compare_op", "operand", "value_list"]),
        HelpEntry(topic: "arithmetic", kind: .language, syntax: "a + b - c * d / e, -x, f(x)",
                  description: """
                    Numbers follow SQL: int op int is an int and `/` truncates toward zero (-7 / 2 is -3),
                    a decimal makes a decimal, division by zero is null, an int overflow is an error, and a
                    null operand gives null. Functions: coalesce(a, b, ...), lower, upper, trim, and
                    days(a - b), the whole days between two times. `show X as NAME` names a result column.
                    """,
                  example: "users | show score * 1.1 as boosted, days(last_login_at - joined_at) as t",
                  rules: ["term", "factor", "primary", "call", "shown"]),
        HelpEntry(topic: "values", kind: .language, syntax: "42 -1.5 \"text\" 2024-06-30 2024-06 30 days ago true null $param",
                  description: """
                    Numbers are 64-bit integers or decimals; text is quoted with " or ' (escapes \\" \\' \\\\
                    \\n \\t); dates and months are checked (2024-02-30 is an error); a bare name on the right of
                    = or in is a value (role = student); `N UNIT ago` is a date relative to today; $name is a
                    parameter given with --param. A number directly followed by a letter (30days) is an error.
                    """,
                  example: "users where joined_at since 2024-01 and last_login_at before 30 days ago",
                  rules: ["value", "literal", "duration", "unit", "INTEGER", "DECIMAL", "DATE", "MONTH", "STRING",
                          "ESCAPE", "PARAMETER"]),
        HelpEntry(topic: "names", kind: .language, syntax: "NAME (a letter or _, then letters, digits and _)",
                  description: """
                    Tables, columns and segments are named by identifiers of ASCII or non-ASCII letters
                    (prénom), digits and _. Keywords are contextual, so a column may be called type, last or
                    count; names compare without case.
                    """,
                  example: "users | count by Role",
                  rules: ["name", "table_name", "IDENTIFIER", "LETTER"]),
        HelpEntry(topic: "script", kind: .language, syntax: "STATEMENT ; STATEMENT  (or one per line)",
                  description: """
                    Statements end at `;` or a line break, except that a line ending in |, a comma, and, or,
                    an open parenthesis or string continues, as does a line starting with | or ending in \\.
                    Comments start with -- or #. Meta-commands (.mode csv) take a line of their own.
                    """,
                  example: "users | count; events | count",
                  rules: ["script", "separator", "statement", "COMMENT", "LINE_JOIN", "NEWLINE"]),
    ]
}
