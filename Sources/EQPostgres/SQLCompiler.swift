import EQBinder
import EQPlan
import EQSyntax
import EQTypes

/// A value sent apart from the SQL text. Every literal of a query (and every `--param`) travels as
/// one of these, so no user text is ever spliced into SQL.
public enum SQLBind: Sendable, Hashable, CustomStringConvertible {
    case int(Int64)
    case double(Double)
    case text(String)
    case bool(Bool)
    case textArray([String])
    /// A segment's ids worked out on the client (a segment with a campaign step).
    case intArray([Int64])

    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .double(let value): Value.format(double: value)
        case .text(let value): SQLCompiler.quoteLiteralForDisplay(value)
        case .bool(let value): value ? "true" : "false"
        case .textArray(let values): "{" + values.map(SQLCompiler.quoteLiteralForDisplay).joined(separator: ", ") + "}"
        case .intArray(let values):
            "{" + values.prefix(10).map(String.init).joined(separator: ", ") + (values.count > 10 ? ", ... \(values.count) ids" : "") + "}"
        }
    }
}

extension SQLBind {
    /// The PostgreSQL type the value is sent as.
    public var wireType: String {
        switch self {
        case .int: "int8"
        case .double: "float8"
        case .text: "text"
        case .bool: "bool"
        case .textArray: "text[]"
        case .intArray: "int8[]"
        }
    }
}

/// SQL text, its binds (`$1` is `binds[0]`) and the eq columns its rows decode into.
public struct CompiledQuery: Sendable {
    public var sql: String
    public var binds: [SQLBind]
    public var columns: [Schema.Column]
}

/// Why a plan has no SQL form yet; the session turns it into a diagnostic on the statement.
public struct SQLCompileError: Error, Sendable {
    public var message: String
}

/// Compiles an optimised `QueryPlan` into one SQL statement.
///
/// Each plan node becomes a `SELECT` over its input's, whose columns are named `c0, c1, ...` and
/// whose row order is carried in hidden columns `k0, k1, ...` (the table's `eq_row`, then each sort's
/// keys in front of the order before it). Only the outermost query orders, by those keys, so the
/// rows come back in exactly the order the local engine gives: ties keep their input order. Filters
/// over the scan reference the table's own columns and PostgreSQL pulls the subqueries up, so range
/// predicates on a timestamp stay sargable. Results are converted only in the outermost select
/// (temporal values to UTC microseconds or days), where no index is needed any more.
public struct SQLCompiler {
    public let relations: [String: PostgresRelation]
    public let context: EngagementContext
    private(set) var binds: [SQLBind] = []
    private var nextAlias = 0
    /// While a filter right over a scan compiles: the table's own columns, so the condition reads
    /// `t."last_login_at" >= $1` in the scan's own `WHERE`.
    private var baseColumns: [String]?
    /// Each segment's ids as a subquery (`SELECT s.c0 FROM (...) AS s WHERE s.c0 IS NOT NULL`), by
    /// lower-cased name, for `in SEGMENT`; compiled with this compiler so the binds are numbered once.
    private var segmentSQL: [String: String] = [:]
    /// Set while the body of an `as of` compiles: a scan of its users reads them as they were then.
    private var asOf: AsOfPlan?

    public init(relations: [String: PostgresRelation], context: EngagementContext) {
        self.relations = relations
        self.context = context
    }

    /// `segments` are those the plan tests membership of, dependencies first (as `StatementPlan` holds
    /// them): each becomes a subquery of its ids, semi-joined on the user key where `in` names it.
    /// `segmentIDs` are segments whose ids were worked out on the client (those with campaign steps),
    /// sent as one array bind each.
    public static func compile(_ plan: QueryPlan, segments: [SegmentPlan] = [], segmentIDs: [String: [Int64]] = [:],
                               relations: [String: PostgresRelation]) throws(SQLCompileError) -> CompiledQuery {
        var compiler = SQLCompiler(relations: relations, context: plan.context)
        for (name, ids) in segmentIDs.sorted(by: { $0.key < $1.key }) {
            compiler.segmentSQL[name.lowercased()] = "SELECT unnest(" + compiler.bind(.intArray(ids), "int8[]") + ")"
        }
        for segment in segments { try compiler.addSegment(segment) }
        return try compiler.compileQuery(plan)
    }

    /// `as of D`: the query over the users as they were at the end of D: those who had joined by then,
    /// with the last login recomputed as the latest `login` event up to then (a correlated `max` on
    /// the user key, inside the Citus contract). Segments read today's users, as locally.
    public static func compile(_ asOf: AsOfPlan, segments: [SegmentPlan] = [], segmentIDs: [String: [Int64]] = [:],
                               relations: [String: PostgresRelation]) throws(SQLCompileError) -> CompiledQuery {
        var compiler = SQLCompiler(relations: relations, context: asOf.query.context)
        for (name, ids) in segmentIDs.sorted(by: { $0.key < $1.key }) {
            compiler.segmentSQL[name.lowercased()] = "SELECT unnest(" + compiler.bind(.intArray(ids), "int8[]") + ")"
        }
        for segment in segments { try compiler.addSegment(segment) }
        compiler.asOf = asOf
        return try compiler.compileQuery(asOf.query)
    }

    /// The FROM item of the users as of `asOf.day`, and the name and type of their recomputed last login.
    private mutating func pastUsers(_ relation: PostgresRelation, _ asOf: AsOfPlan) throws(SQLCompileError)
        -> (from: String, lastSeen: String, type: PostgresColumnType) {
        guard let events = relations[asOf.events.lowercased()] else {
            throw SQLCompileError(message: "no relation \(asOf.events) on the server for `as of`")
        }
        let users = relation.schema
        let eventSchema = events.schema
        guard let id = relation.columns.first(where: { $0.name.lowercased() == "id" }),
              let joinedIndex = users.timeColumn,
              let timeIndex = eventSchema.timeColumn,
              let type = events.columns.first(where: { $0.name.lowercased() == "type" }),
              let keyIndex = eventSchema.keyColumn ?? events.columns.firstIndex(where: { $0.name.lowercased() == "user_id" }) else {
            throw SQLCompileError(message: "`as of` needs the users' id and join time and the events' user_id, type and time")
        }
        let joined = relation.columns[joinedIndex]
        let time = events.columns[timeIndex]
        let key = events.columns[keyIndex]
        let past = AsOfPlan.schema(of: users)
        let lastSeen = past.lastSeenColumn.map { past.columns[$0].name } ?? "last_login_at"
        let end = Interval(lower: .min, upper: time.type == .date ? Int64(asOf.day) + 1 : CivilDate.micros(ofDay: asOf.day + 1))
        let joinedEnd = Interval(lower: .min,
                                 upper: joined.type == .date ? Int64(asOf.day) + 1 : CivilDate.micros(ofDay: asOf.day + 1))
        let eventTime = "e." + Self.quoteIdentifier(time.name)
        var conditions = ["e." + Self.quoteIdentifier(key.name) + " = u." + Self.quoteIdentifier(id.name),
                          "(e." + Self.quoteIdentifier(type.name) + ")::text = " + bind(.text("login"), "text")]
        conditions.append(intervalSQL(eventTime, time.type, end) ?? "FALSE")
        let latest = time.type == .date ? "(max(\(eventTime)))::timestamp" : "max(\(eventTime))"
        let eventsFrom = Self.quoteIdentifier(events.schemaName) + "." + Self.quoteIdentifier(events.name) + " AS e"
        let recomputed = "(SELECT \(latest) FROM \(eventsFrom) WHERE " + conditions.joined(separator: " AND ") + ")"
        let usersFrom = Self.quoteIdentifier(relation.schemaName) + "." + Self.quoteIdentifier(relation.name) + " AS u"
        let joinedTest = intervalSQL("u." + Self.quoteIdentifier(joined.name), joined.type, joinedEnd) ?? "FALSE"
        let from = "(SELECT u.*, \(recomputed) AS \"eq_past_last_login\" FROM \(usersFrom) WHERE \(joinedTest)) AS t"
        return (from, lastSeen, time.type == .date ? .timestamp : time.type)
    }

    /// A segment's ids: its plan's `id` column (the one the local engine takes the ids from), nulls
    /// left out so `NOT IN` never meets one.
    mutating func addSegment(_ segment: SegmentPlan) throws(SQLCompileError) {
        if let name = Self.unsupportedOperator(in: segment.plan.root) {
            throw SQLCompileError(message: "segment \"\(segment.name)\" uses \(name), which does not run on PostgreSQL yet")
        }
        let root = try compile(segment.plan.root)
        guard let index = segment.plan.outputColumns.firstIndex(where: { $0.name.lowercased() == "id" }),
              index < root.columns.count, [.int2, .int4, .int8].contains(root.columns[index]) else {
            throw SQLCompileError(message: "segment \"\(segment.name)\" has no integer id column to match rows by")
        }
        segmentSQL[segment.name.lowercased()] = "SELECT s.c\(index) FROM (\(root.sql)) AS s WHERE s.c\(index) IS NOT NULL"
    }

    /// A column of a compiled relation: its name in the select list and its PostgreSQL type.
    struct Column {
        var type: PostgresColumnType
    }

    /// A compiled node: a SELECT whose columns are `c0...` and order keys `k0...`.
    struct Relation {
        var sql: String
        var columns: [PostgresColumnType]
        var orderKeys: [Bool]
        /// For a scan: its FROM item and the SQL of its columns and order keys, so a filter over it
        /// becomes the scan's own `WHERE`.
        var base: (from: String, columns: [String], order: [String])? = nil
        /// The labels of each lifecycle column, by index, in declared order: what such a column groups
        /// and sorts by, as locally (`array_position` over the labels), rather than by its text.
        var labelOrders: [Int: [String]] = [:]
    }

    /// How a node reads column `index` of its input under `alias`.
    private func reference(_ alias: String, _ index: Int) -> String {
        if let baseColumns, baseColumns.indices.contains(index) { return baseColumns[index] }
        return "\(alias).c\(index)"
    }

    mutating func compileQuery(_ plan: QueryPlan) throws(SQLCompileError) -> CompiledQuery {
        let root = try compile(plan.root)
        let alias = "r"
        var select: [String] = []
        for (index, type) in root.columns.enumerated() {
            let name = index < plan.outputColumns.count ? plan.outputColumns[index].name : "c\(index)"
            select.append(Self.output("\(alias).c\(index)", type) + " AS " + Self.quoteIdentifier(name))
        }
        var sql = "SELECT " + (select.isEmpty ? "1" : select.joined(separator: ", ")) + "\nFROM (" + root.sql + ") AS " + alias
        if !root.orderKeys.isEmpty {
            sql += "\nORDER BY " + Self.orderList(alias, root.orderKeys)
        }
        return CompiledQuery(sql: sql, binds: binds, columns: plan.outputColumns)
    }

    // MARK: Nodes

    mutating func compile(_ node: LogicalPlan) throws(SQLCompileError) -> Relation {
        switch node {
        case .scan(let table, let columns):
            guard let relation = relations[table.lowercased()] else {
                throw SQLCompileError(message: "no relation \(table) on the server")
            }
            var select: [String] = []
            var types: [PostgresColumnType] = []
            var from = Self.quoteIdentifier(relation.schemaName) + "." + Self.quoteIdentifier(relation.name) + " AS t"
            var recomputed: (name: String, type: PostgresColumnType)?
            if let asOf, asOf.users == table.lowercased() {
                let past = try pastUsers(relation, asOf)
                from = past.from
                recomputed = (past.lastSeen, past.type)
            }
            for (index, column) in columns.enumerated() {
                if let recomputed, column.name.lowercased() == recomputed.name.lowercased() {
                    select.append("t.\"eq_past_last_login\" AS c\(index)")
                    types.append(recomputed.type)
                    continue
                }
                guard let stored = relation.columns.first(where: { $0.name.lowercased() == column.name.lowercased() }) else {
                    throw SQLCompileError(message: "the relation \(table) has no column \(column.name)")
                }
                select.append("t." + Self.quoteIdentifier(stored.name) + " AS c\(index)")
                types.append(stored.type)
            }
            for (index, name) in relation.rowOrder.enumerated() {
                select.append("t." + Self.quoteIdentifier(name) + " AS k\(index)")
            }
            let columnSQL = columns.indices.map { index in String(select[index].prefix { $0 != " " }) }
            let orderSQL = relation.rowOrder.map { "t." + Self.quoteIdentifier($0) }
            return Relation(sql: "SELECT " + select.joined(separator: ", ") + " FROM " + from,
                            columns: types, orderKeys: relation.rowOrder.map { _ in false }, base: (from, columnSQL, orderSQL))
        case .filter(let inputNode, let predicate):
            let input = try compile(inputNode)
            let alias = makeAlias()
            if let base = input.base {
                baseColumns = base.columns
                defer { baseColumns = nil }
                let condition = try compilePredicate(predicate, alias: alias, columns: input.columns)
                let select = base.columns.enumerated().map { "\($0.element) AS c\($0.offset)" }
                    + base.order.enumerated().map { "\($0.element) AS k\($0.offset)" }
                return Relation(sql: "SELECT " + select.joined(separator: ", ") + " FROM " + base.from + " WHERE " + condition,
                                columns: input.columns, orderKeys: input.orderKeys, labelOrders: input.labelOrders)
            }
            let condition = try compilePredicate(predicate, alias: alias, columns: input.columns)
            return Relation(sql: passThrough(input, alias) + " WHERE " + condition, columns: input.columns,
                            orderKeys: input.orderKeys, labelOrders: input.labelOrders)
        case .boundFilter:
            throw SQLCompileError(message: "the plan was not optimised (a filter is still unlowered)")
        case .project(let inputNode, let columns):
            let input = try compile(inputNode)
            let alias = makeAlias()
            var select: [String] = []
            var types: [PostgresColumnType] = []
            var labelOrders: [Int: [String]] = [:]
            for (index, column) in columns.enumerated() {
                let (sql, type) = try columnExpr(column.ref, alias: alias, columns: input.columns)
                select.append(sql + " AS c\(index)")
                types.append(type)
                if case .base(let from) = column.ref, let labels = input.labelOrders[from] { labelOrders[index] = labels }
            }
            select += input.orderKeys.indices.map { "\(alias).k\($0) AS k\($0)" }
            return Relation(sql: "SELECT " + select.joined(separator: ", ") + " FROM (" + input.sql + ") AS " + alias,
                            columns: types, orderKeys: input.orderKeys, labelOrders: labelOrders)
        case .compute(let inputNode, let computed):
            let input = try compile(inputNode)
            let alias = makeAlias()
            var select = input.columns.indices.map { "\(alias).c\($0) AS c\($0)" }
            var types = input.columns
            for column in computed {
                let sql = try scalar(column.expr, alias: alias, columns: input.columns)
                select.append(sql + " AS c\(types.count)")
                types.append(PostgresColumnType.canonical(column.type))
            }
            select += input.orderKeys.indices.map { "\(alias).k\($0) AS k\($0)" }
            return Relation(sql: "SELECT " + select.joined(separator: ", ") + " FROM (" + input.sql + ") AS " + alias,
                            columns: types, orderKeys: input.orderKeys, labelOrders: input.labelOrders)
        case .computeCondition(let inputNode, _, let lowered, _, let falseIsNull):
            guard let lowered else { throw SQLCompileError(message: "the plan was not optimised (a condition is unlowered)") }
            let input = try compile(inputNode)
            let alias = makeAlias()
            let condition = try compilePredicate(lowered, alias: alias, columns: input.columns)
            var select = input.columns.indices.map { "\(alias).c\($0) AS c\($0)" }
            select.append("CASE WHEN \(condition) THEN 1::int8 ELSE \(falseIsNull ? "NULL::int8" : "0::int8") END AS c\(input.columns.count)")
            select += input.orderKeys.indices.map { "\(alias).k\($0) AS k\($0)" }
            return Relation(sql: "SELECT " + select.joined(separator: ", ") + " FROM (" + input.sql + ") AS " + alias,
                            columns: input.columns + [.int8], orderKeys: input.orderKeys, labelOrders: input.labelOrders)
        case .computeLifecycle(let inputNode, let lifecycle, let lowered):
            guard let lowered else { throw SQLCompileError(message: "the plan was not optimised (a lifecycle is unlowered)") }
            let input = try compile(inputNode)
            let alias = makeAlias()
            var branches: [String] = []
            for (index, predicate) in lowered.enumerated() where index < lifecycle.codes.count {
                let condition = try compilePredicate(predicate, alias: alias, columns: input.columns)
                branches.append("WHEN \(condition) THEN " + bind(.text(lifecycle.labels[lifecycle.codes[index]]), "text"))
            }
            let otherwise = lifecycle.otherwise.map { bind(.text(lifecycle.labels[$0]), "text") } ?? "NULL::text"
            let value = branches.isEmpty ? otherwise : "CASE " + branches.joined(separator: " ") + " ELSE \(otherwise) END"
            var select = input.columns.indices.map { "\(alias).c\($0) AS c\($0)" }
            select.append(value + " AS c\(input.columns.count)")
            select += input.orderKeys.indices.map { "\(alias).k\($0) AS k\($0)" }
            var labelOrders = input.labelOrders
            labelOrders[input.columns.count] = lifecycle.labels
            return Relation(sql: "SELECT " + select.joined(separator: ", ") + " FROM (" + input.sql + ") AS " + alias,
                            columns: input.columns + [.text], orderKeys: input.orderKeys, labelOrders: labelOrders)
        case .aggregate(let inputNode, let keys, let aggregates):
            return try compileAggregate(inputNode, keys: keys, aggregates: aggregates)
        case .sort(let inputNode, let keys):
            return try compileSort(inputNode, keys: keys, limit: nil)
        case .topN(let inputNode, let count, let keys):
            return try compileSort(inputNode, keys: keys, limit: count)
        case .limit(let inputNode, let count):
            let input = try compile(inputNode)
            let alias = makeAlias()
            var sql = passThrough(input, alias)
            if !input.orderKeys.isEmpty { sql += " ORDER BY " + Self.orderList(alias, input.orderKeys) }
            sql += " LIMIT " + bind(.int(max(0, count)), "int8")
            return Relation(sql: sql, columns: input.columns, orderKeys: input.orderKeys, labelOrders: input.labelOrders)
        case .campaign:
            throw SQLCompileError(message: "campaign steps run on the client over the server's rows, not as SQL")
        case .funnel, .computeAsOf:
            throw SQLCompileError(message: Self.unsupportedOperator(in: node) ?? "this operator is not compiled to SQL yet")
        }
    }

    /// The operators the local engine has and this compiler does not yet (funnels, values as of a date,
    /// `nps`): named, so a caller can say which rather than send partial SQL.
    /// Campaign steps are not SQL either, but the back end finishes them on the client.
    public static func unsupportedOperator(in node: LogicalPlan) -> String? {
        var current: LogicalPlan? = node
        while let plan = current {
            switch plan {
            case .funnel: return "funnel"
            case .computeAsOf: return "a value as of a date (`changed`, `transitions`)"
            case .aggregate(_, _, let aggregates) where aggregates.contains(where: { $0.function == .nps }): return "nps"
            default: break
            }
            current = plan.input
        }
        return nil
    }

    private mutating func makeAlias() -> String {
        nextAlias += 1
        return "s\(nextAlias)"
    }

    /// `SELECT` of every column and order key of `input`, unchanged, under `alias`.
    private func passThrough(_ input: Relation, _ alias: String) -> String {
        let select = input.columns.indices.map { "\(alias).c\($0) AS c\($0)" } + input.orderKeys.indices.map { "\(alias).k\($0) AS k\($0)" }
        return "SELECT " + (select.isEmpty ? "1 AS c0" : select.joined(separator: ", ")) + " FROM (" + input.sql + ") AS " + alias
    }

    static func orderList(_ alias: String, _ keys: [Bool]) -> String {
        keys.enumerated().map { "\(alias).k\($0.offset) \($0.element ? "DESC" : "ASC") NULLS LAST" }.joined(separator: ", ")
    }

    /// A sort (or top-N) puts its keys in front of the input's order, which breaks its ties: a stable sort.
    private mutating func compileSort(_ inputNode: LogicalPlan, keys: [PlanSortKey], limit: Int64?) throws(SQLCompileError) -> Relation {
        let input = try compile(inputNode)
        let alias = makeAlias()
        var select = input.columns.indices.map { "\(alias).c\($0) AS c\($0)" }
        var order: [Bool] = []
        for key in keys {
            let form: String
            if case .base(let index) = key.column.ref, let labels = input.labelOrders[index] {
                form = labelPosition(reference(alias, index), labels)
            } else {
                form = try sortForm(key.column.ref, alias: alias, columns: input.columns, meaningOrder: true)
            }
            select.append(form + " AS k\(order.count)")
            order.append(key.descending)
        }
        for (index, descending) in input.orderKeys.enumerated() {
            select.append("\(alias).k\(index) AS k\(order.count)")
            order.append(descending)
        }
        var sql = "SELECT " + select.joined(separator: ", ") + " FROM (" + input.sql + ") AS " + alias
        if let limit {
            let inner = makeAlias()
            sql = "SELECT \(inner).* FROM (" + sql + ") AS \(inner) ORDER BY " + Self.orderList(inner, order)
                + " LIMIT " + bind(.int(max(0, limit)), "int8")
        }
        return Relation(sql: sql, columns: input.columns, orderKeys: order, labelOrders: input.labelOrders)
    }

    /// A lifecycle value's rank among its labels (null stays null, so it sorts last).
    private mutating func labelPosition(_ sql: String, _ labels: [String]) -> String {
        "array_position(" + bind(.textArray(labels), "text[]") + ", (\(sql))::text)"
    }

    /// Groups come out in key order, nulls last, strings by their bytes, as the local engine's groups do.
    private mutating func compileAggregate(_ inputNode: LogicalPlan, keys: [ColumnExpr], aggregates: [PlanAggregate])
        throws(SQLCompileError) -> Relation {
        let input = try compile(inputNode)
        let alias = makeAlias()
        var select: [String] = []
        var groups: [String] = []
        var types: [PostgresColumnType] = []
        var labelOrders: [Int: [String]] = [:]
        for key in keys {
            let (sql, type) = try columnExpr(key.ref, alias: alias, columns: input.columns)
            if case .base(let from) = key.ref, let labels = input.labelOrders[from] { labelOrders[types.count] = labels }
            select.append(sql + " AS c\(types.count)")
            groups.append(String(types.count + 1))
            types.append(type)
        }
        for aggregate in aggregates {
            let (sql, type) = try aggregateSQL(aggregate, alias: alias, columns: input.columns)
            select.append(sql + " AS c\(types.count)")
            types.append(type)
        }
        var sql = "SELECT " + select.joined(separator: ", ") + " FROM (" + input.sql + ") AS " + alias
        if !groups.isEmpty { sql += " GROUP BY " + groups.joined(separator: ", ") }
        guard !keys.isEmpty else { return Relation(sql: sql, columns: types, orderKeys: []) }
        let outer = makeAlias()
        var outerSelect = types.indices.map { "\(outer).c\($0) AS c\($0)" }
        for index in keys.indices {
            let form = labelOrders[index].map { labelPosition("\(outer).c\(index)", $0) }
                ?? Self.orderable("\(outer).c\(index)", types[index])
            outerSelect.append(form + " AS k\(index)")
        }
        return Relation(sql: "SELECT " + outerSelect.joined(separator: ", ") + " FROM (" + sql + ") AS " + outer,
                        columns: types, orderKeys: keys.map { _ in false }, labelOrders: labelOrders)
    }

    private mutating func aggregateSQL(_ aggregate: PlanAggregate, alias: String, columns: [PostgresColumnType])
        throws(SQLCompileError) -> (String, PostgresColumnType) {
        guard let input = aggregate.input else {
            guard aggregate.function == .count else { throw SQLCompileError(message: "\(aggregate.function.rawValue) needs a column") }
            return ("count(*)::int8", .int8)
        }
        let (x, type) = try columnExpr(input.ref, alias: alias, columns: columns)
        switch aggregate.function {
        case .count: return ("count(\(x))::int8", .int8)
        case .countDistinct: return ("count(DISTINCT \(x))::int8", .int8)
        case .sum:
            return type.eqType == .double ? ("sum((\(x))::float8)", .float8) : ("sum((\(x))::int8)::int8", .int8)
        case .avg, .share:
            if type.eqType == .double {
                return ("(sum((\(x))::float8) / NULLIF(count(\(x)), 0))", .float8)
            }
            // As the local engine does it: the quotient and the remainder separately, each rounded once.
            let sum = "sum((\(x))::numeric)"
            let count = "count(\(x))"
            return ("CASE WHEN \(count) > 0 THEN div(\(sum), \(count))::float8 + mod(\(sum), \(count))::float8 / \(count)::float8 END",
                    .float8)
        case .min, .max:
            let name = aggregate.function.rawValue
            switch type.eqType {
            case .bool: return ((aggregate.function == .min ? "bool_and" : "bool_or") + "(\(x))", .bool)
            case .string: return ("\(name)((\(x))::text COLLATE \"C\")", .text)
            default: return ("\(name)(\(x))", type)
            }
        case .median, .percentile:
            let fraction = aggregate.function == .median ? 0.5 : aggregate.fraction ?? 0.5
            return ("percentile_cont(" + bind(.double(fraction), "float8") + ") WITHIN GROUP (ORDER BY (\(x))::float8)", .float8)
        case .nps:
            throw SQLCompileError(message: "nps is not compiled to SQL yet")
        }
    }

    // MARK: Columns

    /// A stored or derived column of the input as SQL, with its type.
    private mutating func columnExpr(_ ref: ColumnRef, alias: String, columns: [PostgresColumnType])
        throws(SQLCompileError) -> (String, PostgresColumnType) {
        switch ref {
        case .base(let index):
            guard columns.indices.contains(index) else { throw SQLCompileError(message: "column #\(index) is out of range") }
            return (reference(alias, index), columns[index])
        case .derived(let kind, let from):
            guard columns.indices.contains(from) else { throw SQLCompileError(message: "column #\(from) is out of range") }
            let source = reference(alias, from)
            let type = columns[from]
            switch kind {
            case .status, .stage:
                return (bandCase(kind, source, type, meaningRanks: false), .text)
            case .daysInactive:
                return (bind(.int(Int64(context.today)), "int8") + " - (" + Self.days(source, type) + ")", .int8)
            case .cohort:
                return ("to_char(\(source), 'YYYY-MM')", .text)
            }
        }
    }

    /// Status or stage as its name, or as the rank of its meaning (for `sort by stage`): the first band
    /// whose start the source reaches, the last band for never.
    private mutating func bandCase(_ kind: DerivedColumn, _ source: String, _ type: PostgresColumnType, meaningRanks: Bool) -> String {
        let ranges = EngagementRules.dayRanges(of: kind, context: context)
        var sql = "CASE"
        for (index, range) in ranges.enumerated() {
            let value = meaningRanks ? "\(index)" : bind(.text(range.value), "text")
            guard let upper = range.upper else {
                sql += " ELSE \(value)"
                break
            }
            let day = Int64(context.today) - Int64(upper) + 1
            sql += " WHEN \(source) >= " + temporalBind(day: day, type) + " THEN \(value)"
        }
        return sql + " END"
    }

    /// A sort key's SQL: strings by their bytes, status and stage by meaning.
    private mutating func sortForm(_ ref: ColumnRef, alias: String, columns: [PostgresColumnType], meaningOrder: Bool)
        throws(SQLCompileError) -> String {
        if meaningOrder, case .derived(let kind, let from) = ref, kind == .status || kind == .stage, columns.indices.contains(from) {
            return bandCase(kind, reference(alias, from), columns[from], meaningRanks: true)
        }
        let (sql, type) = try columnExpr(ref, alias: alias, columns: columns)
        return Self.orderable(sql, type)
    }

    static func orderable(_ sql: String, _ type: PostgresColumnType) -> String {
        type.eqType == .string ? "(\(sql))::text COLLATE \"C\"" : sql
    }

    /// Days since 1970-01-01 of a temporal value (its UTC date; the session runs in UTC).
    static func days(_ sql: String, _ type: PostgresColumnType) -> String {
        type == .date ? "(\(sql) - DATE '1970-01-01')" : "((\(sql))::date - DATE '1970-01-01')"
    }

    /// Microseconds since the epoch, UTC.
    static func micros(_ sql: String, _ type: PostgresColumnType) -> String {
        type == .date ? "((\(sql) - DATE '1970-01-01')::int8 * 86400000000)"
            : "(extract(epoch FROM \(sql)) * 1000000)::int8"
    }

    /// The value as it travels back: integers, doubles, booleans, text, and temporal values as integers.
    static func output(_ sql: String, _ type: PostgresColumnType) -> String {
        switch type.eqType {
        case .int: "(\(sql))::int8"
        case .double: "(\(sql))::float8"
        case .bool: "(\(sql))::bool"
        case .string: "(\(sql))::text"
        case .date: "(\(sql) - DATE '1970-01-01')::int8"
        case .timestamp: micros(sql, type)
        }
    }

    // MARK: Binds

    mutating func bind(_ value: SQLBind, _ type: String) -> String {
        binds.append(value)
        return "$\(binds.count)::\(type)"
    }

    /// A bound in a temporal column's storage units (days for a date, microseconds otherwise) as a
    /// literal of that column's own type, so the comparison needs no cast of the column.
    private mutating func temporalBind(storage value: Int64, _ type: PostgresColumnType) -> String {
        if type == .date {
            let day = Int32(clamping: value)
            return bind(.text(CivilDate.format(days: day)), "date")
        }
        let text = CivilDate.format(micros: value)
        return bind(.text(type == .timestamptz ? text + "+00" : text), type.rawValue)
    }

    private mutating func temporalBind(day: Int64, _ type: PostgresColumnType) -> String {
        let clamped = max(min(day, Int64(CivilDate.supportedDays.upperBound)), Int64(CivilDate.supportedDays.lowerBound))
        return temporalBind(storage: type == .date ? clamped : CivilDate.micros(ofDay: Int32(clamped)), type)
    }

    /// Whether a storage value lies inside the years eq prints (0001 to 9999); outside them a bound
    /// is kept only as "everything" or "nothing".
    private static func inPrintableRange(_ value: Int64, _ type: PostgresColumnType) -> Int {
        let range = CivilDate.supportedDays
        let (low, high): (Int64, Int64) = type == .date
            ? (Int64(range.lowerBound), Int64(range.upperBound))
            : (CivilDate.micros(ofDay: range.lowerBound), CivilDate.micros(ofDay: range.upperBound) + CivilDate.microsPerDay - 1)
        return value < low ? -1 : value > high ? 1 : 0
    }

    // MARK: Predicates

    mutating func compilePredicate(_ predicate: Predicate, alias: String, columns: [PostgresColumnType]) throws(SQLCompileError) -> String {
        func column(_ index: Int) throws(SQLCompileError) -> (String, PostgresColumnType) {
            guard columns.indices.contains(index) else { throw SQLCompileError(message: "column #\(index) is out of range") }
            return (reference(alias, index), columns[index])
        }
        switch predicate {
        case .constant(let value):
            return value ? "TRUE" : "FALSE"
        case .intervals(let index, let intervals, let includeNull):
            let (sql, type) = try column(index)
            var parts = intervals.compactMap { intervalSQL(sql, type, $0) }
            if includeNull { parts.append("\(sql) IS NULL") }
            if parts.isEmpty { return "FALSE" }
            return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
        case .doubleCompare(let index, let op, let number):
            let (sql, _) = try column(index)
            return "(\(sql))::float8 \(Self.sqlOperator(op)) " + bind(.double(number), "float8")
        case .stringIn(let index, let values, let negated):
            let (sql, type) = try column(index)
            let subject = type == .text || type == .varchar ? sql : "(\(sql))::text"
            let test: String
            if values.count == 1 {
                test = "\(subject) = " + bind(.text(values[0]), "text")
            } else {
                test = "\(subject) = ANY(" + bind(.textArray(values), "text[]") + ")"
            }
            return negated ? "NOT (\(test))" : test
        case .stringCompare(let index, let op, let text):
            let (sql, _) = try column(index)
            return "(\(sql))::text COLLATE \"C\" \(Self.sqlOperator(op)) " + bind(.text(text), "text")
        case .stringMatch(let index, let kind, let text, let negated):
            let (sql, _) = try column(index)
            let test = matchSQL("(\(sql))::text", kind, text)
            return negated ? "NOT (\(test))" : test
        case .cohortMatch(let index, let kind, let text, let negated):
            let (sql, _) = try column(index)
            let test = matchSQL("to_char(\(sql), 'YYYY-MM')", kind, text)
            return negated ? "NOT (\(test))" : test
        case .boolEquals(let index, let value):
            let (sql, _) = try column(index)
            return "\(sql) = " + (value ? "TRUE" : "FALSE")
        case .isNull(let index, let negated):
            let (sql, _) = try column(index)
            return "\(sql) IS \(negated ? "NOT " : "")NULL"
        case .compareColumns(let left, let op, let right):
            let (a, leftType) = try column(left)
            let (b, rightType) = try column(right)
            let (x, y) = Self.comparable(a, leftType, b, rightType)
            return "\(x) \(Self.sqlOperator(op)) \(y)"
        case .events(let condition):
            return try eventSQL(condition, alias: alias, columns: columns)
        case .member(let index, let segment, let negated):
            guard let ids = segmentSQL[segment.lowercased()] else {
                throw SQLCompileError(message: "segment \(segment) was not planned with the statement")
            }
            let (sql, _) = try column(index)
            // A null id is in no segment, and out of none: both forms are null, so the row fails.
            return "(\(sql))::int8 \(negated ? "NOT IN" : "IN") (\(ids))"
        case .scalar(let expr):
            return "(" + (try scalar(expr, alias: alias, columns: columns)) + ")"
        case .and(let items):
            if items.isEmpty { return "TRUE" }
            var parts: [String] = []
            for item in items { parts.append(try compilePredicate(item, alias: alias, columns: columns)) }
            return "(" + parts.joined(separator: " AND ") + ")"
        case .or(let items):
            if items.isEmpty { return "FALSE" }
            var parts: [String] = []
            for item in items { parts.append(try compilePredicate(item, alias: alias, columns: columns)) }
            return "(" + parts.joined(separator: " OR ") + ")"
        }
    }

    /// `lower <= x < upper` as two comparisons of the column itself with constants, which an index
    /// on the column answers (sargable); open ends are left out.
    private mutating func intervalSQL(_ sql: String, _ type: PostgresColumnType, _ interval: Interval) -> String? {
        if interval.isEmpty { return nil }
        var parts: [String] = []
        if interval.lower != .min {
            if type.eqType.isTemporal {
                switch Self.inPrintableRange(interval.lower, type) {
                case 1: return nil
                case 0: parts.append("\(sql) >= " + temporalBind(storage: interval.lower, type))
                default: break
                }
            } else {
                parts.append("\(sql) >= " + bind(.int(interval.lower), "int8"))
            }
        }
        if let upper = interval.upper {
            if type.eqType.isTemporal {
                switch Self.inPrintableRange(upper, type) {
                case -1: return nil
                case 0: parts.append("\(sql) < " + temporalBind(storage: upper, type))
                default: break
                }
            } else {
                parts.append("\(sql) < " + bind(.int(upper), "int8"))
            }
        }
        if parts.isEmpty { return "\(sql) IS NOT NULL" }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " AND ") + ")"
    }

    /// `contains`, `starts with` and `ends with` compare simple lower-case forms code point by code
    /// point (the database runs with a UTF-8 ctype, so `lower` folds beyond ASCII).
    private mutating func matchSQL(_ subject: String, _ kind: StringMatch, _ text: String) -> String {
        let pattern = bind(.text(text), "text")
        switch kind {
        case .contains: return "strpos(lower(\(subject)), lower(\(pattern))) > 0"
        case .startsWith: return "starts_with(lower(\(subject)), lower(\(pattern)))"
        case .endsWith: return "right(lower(\(subject)), char_length(\(pattern))) = lower(\(pattern))"
        }
    }

    /// An event condition as a correlated semi-join on the user key, grouped by that key so a
    /// distributed planner sees the join column: the user passes when the aggregate of their events
    /// (count, earliest or latest time) is accepted. A user without events is accepted by
    /// `NOT EXISTS` over the rejected counts when a count of zero passes.
    private mutating func eventSQL(_ condition: EventCondition, alias: String, columns: [PostgresColumnType]) throws(SQLCompileError) -> String {
        guard let events = relations[condition.table.lowercased()] else {
            throw SQLCompileError(message: "no relation \(condition.table) on the server")
        }
        guard columns.indices.contains(condition.userColumn), events.columns.indices.contains(condition.keyColumn),
              events.columns.indices.contains(condition.typeColumn) else {
            throw SQLCompileError(message: "an event condition refers to a column that is not there")
        }
        let e = "e\(nextAlias + 1)"
        nextAlias += 1
        let key = "\(e)." + Self.quoteIdentifier(events.columns[condition.keyColumn].name)
        let type = "\(e)." + Self.quoteIdentifier(events.columns[condition.typeColumn].name)
        var whereParts = ["\(key) = " + reference(alias, condition.userColumn), "(\(type))::text = " + bind(.text(condition.type), "text")]
        var timeSQL: String?
        var timeType = PostgresColumnType.timestamptz
        if let timeIndex = condition.timeColumn, events.columns.indices.contains(timeIndex) {
            timeSQL = "\(e)." + Self.quoteIdentifier(events.columns[timeIndex].name)
            timeType = events.columns[timeIndex].type
        }
        if let window = condition.window {
            guard let time = timeSQL else { throw SQLCompileError(message: "the events have no time column for the window") }
            whereParts.append(intervalSQL(time, timeType, Interval(window)) ?? "FALSE")
        }
        let measure: String
        let measureType: PostgresColumnType
        switch condition.measure {
        case .count:
            measure = "count(*)"
            measureType = .int8
        case .first, .last:
            guard let time = timeSQL else { throw SQLCompileError(message: "the events have no time column") }
            measure = (condition.measure == .first ? "min(" : "max(") + time + ")"
            measureType = timeType
        }
        let zeroPasses = condition.measure == .count && condition.accepted.contains { $0.contains(0) }
        var tests: [String] = []
        for bound in condition.accepted {
            let interval = Interval(bound)
            if let test = intervalSQL(measure, measureType, interval) { tests.append(test) }
        }
        let accepted = tests.isEmpty ? "FALSE" : tests.count == 1 ? tests[0] : "(" + tests.joined(separator: " OR ") + ")"
        let from = Self.quoteIdentifier(events.schemaName) + "." + Self.quoteIdentifier(events.name) + " AS \(e)"
        let body = "SELECT 1 FROM \(from) WHERE " + whereParts.joined(separator: " AND ") + " GROUP BY \(key) HAVING "
        return zeroPasses ? "NOT EXISTS (\(body)NOT (\(accepted)))" : "EXISTS (\(body)\(accepted))"
    }

    // MARK: Scalar expressions

    mutating func scalar(_ expr: ScalarExpr, alias: String, columns: [PostgresColumnType]) throws(SQLCompileError) -> String {
        switch expr {
        case .column(let column):
            let (sql, type) = try columnExpr(column.ref, alias: alias, columns: columns)
            return Self.canonicalValue(sql, type)
        case .constant(let value, let type):
            return constant(value, type)
        case .arithmetic(let op, let left, let right, let type):
            let target = type == .int ? "int8" : "float8"
            let a = "(" + (try scalar(left, alias: alias, columns: columns)) + ")::\(target)"
            let b = "(" + (try scalar(right, alias: alias, columns: columns)) + ")::\(target)"
            // Division by zero gives null, as locally; integer division truncates toward zero in both.
            return op == .divide ? "(\(a) / NULLIF(\(b), 0))" : "(\(a) \(op.rawValue) \(b))"
        case .negate(let operand):
            return "(- " + (try scalar(operand, alias: alias, columns: columns)) + ")"
        case .coalesce(let items, let type):
            var parts: [String] = []
            for item in items { parts.append("(" + (try scalar(item, alias: alias, columns: columns)) + ")::" + Self.castName(type)) }
            return "COALESCE(" + parts.joined(separator: ", ") + ")"
        case .text(let function, let operand):
            let inner = try scalar(operand, alias: alias, columns: columns)
            switch function {
            case .lower: return "lower(\(inner))"
            case .upper: return "upper(\(inner))"
            case .trim: return "btrim(\(inner), ' ')"
            }
        case .days(let later, let earlier):
            let a = try scalar(later, alias: alias, columns: columns)
            let b = try scalar(earlier, alias: alias, columns: columns)
            return "((" + Self.micros(a, later.type == .date ? .date : .timestamptz) + " - "
                + Self.micros(b, earlier.type == .date ? .date : .timestamptz) + ") / 86400000000)"
        case .compare(let op, let left, let right):
            let a = try scalar(left, alias: alias, columns: columns)
            let b = try scalar(right, alias: alias, columns: columns)
            let (x, y) = Self.comparable(a, .canonical(left.type), b, .canonical(right.type))
            return "(\(x) \(Self.sqlOperator(op)) \(y))"
        case .pattern(let kind, let subject, let pattern, let negated):
            let inner = try scalar(subject, alias: alias, columns: columns)
            let test = kind == .like
                ? "(\(inner) LIKE " + bind(.text(pattern), "text") + " ESCAPE '')"
                : "(\(inner) ~ " + bind(.text(pattern), "text") + ")"
            return negated ? "(NOT \(test))" : test
        case .not(let operand):
            return "(NOT " + (try scalar(operand, alias: alias, columns: columns)) + ")"
        case .isNull(let operand, let negated):
            return "((" + (try scalar(operand, alias: alias, columns: columns)) + ") IS \(negated ? "NOT " : "")NULL)"
        }
    }

    /// A value in the canonical type for its eq type, so expressions mix columns of any width.
    static func canonicalValue(_ sql: String, _ type: PostgresColumnType) -> String {
        switch type {
        case .int2, .int4, .numeric, .float4, .varchar, .bpchar, .citext, .name, .timestamp:
            "(\(sql))::" + castName(type.eqType)
        default: sql
        }
    }

    static func castName(_ type: DataType) -> String {
        switch type {
        case .int: "int8"
        case .double: "float8"
        case .bool: "bool"
        case .string: "text"
        case .date: "date"
        case .timestamp: "timestamptz"
        }
    }

    private mutating func constant(_ value: Value, _ type: DataType) -> String {
        switch value {
        case .null: return "NULL::" + Self.castName(type)
        case .int(let number): return type == .double ? bind(.double(Double(number)), "float8") : bind(.int(number), "int8")
        case .hugeint(let number): return bind(.text(String(number)), "numeric")
        case .double(let number): return bind(.double(number), "float8")
        case .bool(let flag): return bind(.bool(flag), "bool")
        case .string(let text): return bind(.text(text), "text")
        case .date(let day): return bind(.text(CivilDate.format(days: day)), "date")
        case .timestamp(let micros): return bind(.text(CivilDate.format(micros: micros) + "+00"), "timestamptz")
        }
    }

    /// Two operands made comparable: strings by their bytes, numbers of mixed kinds as doubles,
    /// dates against timestamps as microseconds.
    static func comparable(_ a: String, _ left: PostgresColumnType, _ b: String, _ right: PostgresColumnType) -> (String, String) {
        switch (left.eqType, right.eqType) {
        case (.string, _), (_, .string):
            return ("(\(a))::text COLLATE \"C\"", "(\(b))::text")
        case (.int, .int):
            return ("(\(a))::int8", "(\(b))::int8")
        case (.int, .double), (.double, .int), (.double, .double):
            return ("(\(a))::float8", "(\(b))::float8")
        case (.date, .date):
            return (a, b)
        case (.date, .timestamp), (.timestamp, .date), (.timestamp, .timestamp):
            return (micros(a, left), micros(b, right))
        default:
            return (a, b)
        }
    }

    static func sqlOperator(_ op: CompareOp) -> String {
        switch op {
        case .eq: "="
        case .ne: "<>"
        case .lt: "<"
        case .le: "<="
        case .gt: ">"
        case .ge: ">="
        }
    }

    // MARK: Quoting

    /// `text` with every `quote` written twice, SQL's escape inside quotes.
    /// Scalar by scalar, not by grapheme: a quote followed by a combining mark is still a quote to
    /// the server.
    static func doubling(_ quote: Unicode.Scalar, in text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(scalar)
            if scalar == quote { result.append(quote) }
        }
        return String(result)
    }

    /// A quoted identifier: every name eq puts into SQL goes through here.
    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + doubling("\"", in: name) + "\""
    }

    /// Only for showing binds in `explain sql`; values never reach the server this way.
    static func quoteLiteralForDisplay(_ text: String) -> String {
        "'" + doubling("'", in: text) + "'"
    }
}
