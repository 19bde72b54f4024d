import EQBinder
import EQPlan
import EQStore
import EQTypes

/// Runs an optimised plan against tables. Scans, filters and the operator that consumes them
/// (aggregate, top-N, or row collection) run fused, in parallel over vectors; operators above work
/// on row ids until the result is materialised.
public struct Executor {
    public let tables: [String: Table]
    public let cancellation: @Sendable () -> Bool
    /// The ids of each named segment a query tests membership of (`in reachable`), by lower-cased name.
    public var segmentIDs: [String: [Int64]] = [:]
    /// Set by `explain analyze`: every operator runs on its own (a filter is not fused into the
    /// operator above it, so its rows out can be counted) and records its rows, time and skipped events.
    public var profile: ExecutionProfile?
    /// Threads the parallel kernels may use at most (`--threads`, `set threads`); nil for one per core.
    public var threads: Int?
    /// Told what an operator left out of its rows and why (`distinct`'s repeats, rows without an id), so
    /// the caller can print it with the result.
    public var note: @Sendable (String) -> Void = { _ in }

    /// `tables` is keyed by lower-cased name.
    public init(tables: [String: Table], cancellation: @escaping @Sendable () -> Bool = { false }) {
        self.tables = tables
        self.cancellation = cancellation
    }

    public func run(_ plan: QueryPlan) throws(ExecutionError) -> Table {
        var result = Materialize.table(try execute(plan.root, context: plan.context))
        result.name = "result"
        return result
    }

    func execute(_ node: LogicalPlan, context: EngagementContext, depth: Int = 0) throws(ExecutionError) -> Relation {
        guard let profile else { return try executeNode(node, context: context, depth: depth) }
        let start = ExecutionProfile.now()
        let relation = try executeNode(node, context: context, depth: depth)
        profile.record(depth: depth, rowsOut: relation.count, seconds: ExecutionProfile.now() - start)
        return relation
    }

    private func executeNode(_ node: LogicalPlan, context: EngagementContext, depth: Int) throws(ExecutionError) -> Relation {
        switch node {
        case .scan(let name, _):
            guard let table = tables[name.lowercased()] else { throw .unsupported("table \(name) is no longer loaded") }
            return Relation(table: table)
        case .filter(let input, let predicate):
            let (relation, _, _) = try source(input, context: context, depth: depth + 1)
            try WideIntegerGuard.check(relation.table, reading: WideIntegerGuard.columns(of: predicate))
            let catalog = filterCatalog(context, depth: depth)
            let filter = FilterCompiler.compile(predicate, table: relation.table, catalog: catalog)
            let collected = try MorselDriver(relation: relation, filter: filter, cancellation: cancellation, threads: threads)
                .run { RowCollector() }
            try raise(catalog.scalarFailures)
            return Relation(table: relation.table, rows: collected.rows)
        case .boundFilter:
            throw .unsupported("internal error: a filter reached the executor unlowered")
        case .aggregate(let input, let keys, let aggregates):
            let (relation, filter, failures) = try source(input, context: context, depth: depth + 1)
            try WideIntegerGuard.check(relation.table, reading: nil)
            let table = try aggregate(relation, filter: filter, keys: keys, aggregates: aggregates, context: context)
            try raise(failures)
            return Relation(table: table)
        case .topN(let input, let count, let keys):
            let (relation, filter, failures) = try source(input, context: context, depth: depth + 1)
            try WideIntegerGuard.check(relation.table, reading: WideIntegerGuard.columns(of: keys))
            let sortKeys = SortKeys(keys, table: relation.table, context: context)
            let limit = Int(clamping: count)
            let ranks = TopNSink.ranks(of: relation.rows, rowCount: relation.table.rowCount)
            let sink = try MorselDriver(relation: relation, filter: filter, cancellation: cancellation, threads: threads)
                .run { TopNSink(keys: sortKeys, limit: limit, ranks: ranks) }
            try raise(failures)
            return Relation(table: relation.table, rows: sink.rows())
        case .sort(let input, let keys):
            let relation = try execute(input, context: context, depth: depth + 1)
            try WideIntegerGuard.check(relation.table, reading: WideIntegerGuard.columns(of: keys))
            let rows = relation.rows ?? (0..<relation.table.rowCount).map { UInt32(truncatingIfNeeded: $0) }
            if cancellation() { throw .cancelled }
            return Relation(table: relation.table,
                            rows: try RowSorter.sort(rows, by: SortKeys(keys, table: relation.table, context: context),
                                                     cancellation: cancellation))
        case .limit(let input, let count):
            let relation = try execute(input, context: context, depth: depth + 1)
            let kept = min(relation.count, Int(clamping: count))
            let rows = relation.rows.map { Array($0.prefix(kept)) } ?? (0..<kept).map { UInt32(truncatingIfNeeded: $0) }
            return Relation(table: relation.table, rows: rows)
        case .project(let input, let exprs):
            let relation = try execute(input, context: context, depth: depth + 1)
            return Relation(table: Materialize.project(relation, exprs, context: context))
        case .funnel(let input, let funnel):
            let relation = try execute(input, context: context, depth: depth + 1)
            guard let events = tables[funnel.eventsTable] else {
                throw .unsupported("the events table \(funnel.eventsTable) is no longer loaded")
            }
            return Relation(table: try FunnelKernel.run(relation, events: events, funnel: funnel, context: context,
                                                        cancellation: cancellation))
        case .computeCondition(let input, _, let lowered, let name, let falseIsNull):
            let relation = Relation(table: Materialize.table(try execute(input, context: context, depth: depth + 1)))
            try WideIntegerGuard.check(relation.table, reading: lowered.flatMap(WideIntegerGuard.columns(of:)))
            let catalog = filterCatalog(context, depth: depth)
            let filter = FilterCompiler.compile(lowered ?? .constant(false), table: relation.table, catalog: catalog)
            let passing = try MorselDriver(relation: relation, filter: filter, cancellation: cancellation, threads: threads)
                .run { RowCollector() }.rows
            try raise(catalog.scalarFailures)
            var marks = [Value](repeating: falseIsNull ? .null : .int(0), count: relation.table.rowCount)
            for row in passing { marks[Int(row)] = .int(1) }
            var table = relation.table
            table.columns.append(Materialize.column(name: name, type: .int, values: marks))
            return Relation(table: table)
        case .campaign(let input, let step):
            return try runCampaign(try execute(input, context: context, depth: depth + 1), step)
        case .computeAsOf(let input, let column, let lowered):
            return try computeAsOf(try execute(input, context: context, depth: depth + 1), column, lowered: lowered ?? [],
                                   context: context)
        case .computeLifecycle(let input, let lifecycle, let lowered):
            return try computeLifecycle(try execute(input, context: context, depth: depth + 1), lifecycle, lowered: lowered ?? [],
                                        context: context)
        case .compute(let input, let computed):
            var table = Materialize.table(try execute(input, context: context, depth: depth + 1))
            try WideIntegerGuard.check(table, reading: nil)
            for item in computed {
                if cancellation() { throw .cancelled }
                do throws(ScalarFailure) {
                    var column = try ComputeColumns.column(
                        ComputedColumnInput(expr: item.expr, name: item.name, context: context), table: table)
                    if item.proportion { column.proportion = .fraction }
                    table.columns.append(column)
                } catch {
                    throw .unsupported(error.message)
                }
            }
            return Relation(table: table)
        }
    }

    /// A fresh catalog per filter, so each scan's overflow box is its own.
    func filterCatalog(_ context: EngagementContext, depth: Int = 0) -> FilterCatalog {
        var catalog = FilterCatalog(tables: tables, segmentIDs: segmentIDs, context: context,
                                    scalarFailures: ScalarFailures())
        catalog.eventStats = profile?.stats(forDepth: depth)
        catalog.threads = threads
        return catalog
    }

    /// Overflows in computed conditions, which filter kernels cannot throw, raised once the scan is over.
    func raise(_ failures: ScalarFailures?) throws(ExecutionError) {
        if let failure = failures?.failure { throw .unsupported(failure.message) }
    }

    /// The relation under a consuming operator and the filter to fuse into its scan, if the input is
    /// a filter (so filter + aggregate, or filter + top-N, make one pass with no row list between).
    private func source(_ node: LogicalPlan, context: EngagementContext, depth: Int) throws(ExecutionError)
        -> (Relation, (any FilterKernel)?, ScalarFailures?) {
        if profile == nil, case .filter(let input, let predicate) = node {
            let relation = try execute(input, context: context, depth: depth + 1)
            try WideIntegerGuard.check(relation.table, reading: WideIntegerGuard.columns(of: predicate))
            let catalog = filterCatalog(context, depth: depth)
            return (relation, FilterCompiler.compile(predicate, table: relation.table, catalog: catalog), catalog.scalarFailures)
        }
        return (try execute(node, context: context, depth: depth), nil, nil)
    }

    private func aggregate(_ relation: Relation, filter: (any FilterKernel)?, keys: [ColumnExpr],
                           aggregates: [PlanAggregate], context: EngagementContext) throws(ExecutionError) -> Table {
        let driver = MorselDriver(relation: relation, filter: filter, cancellation: cancellation, threads: threads)
        let columns: [Column]
        if keys.isEmpty && aggregates.allSatisfy({ $0.function == .count && $0.input == nil }) {
            let count = try driver.run { RowCounter() }.count
            columns = aggregates.map { Materialize.column(name: $0.name, type: .int, values: [.int(Int64(count))]) }
        } else {
            let groupKeys = GroupKeys(keys, relation: relation, context: context)
            guard groupKeys.product != nil else {
                throw .unsupported("too many distinct combinations of \(keys.map(\.name).joined(separator: ", ")) to group by")
            }
            let states = aggregates.map { AggregateState($0, table: relation.table, context: context) }
            let dense = groupKeys.isDense
            let sink = try (dense ? driver : MorselDriver(relation: relation, filter: filter, cancellation: cancellation, threads: threads))
                .run { AggregateSink(keys: groupKeys, states: states) }
            let rows = try sink.results()
            var built: [Column] = []
            for (keyIndex, key) in keys.enumerated() {
                built.append(Materialize.column(name: key.name, type: key.type, values: rows.map { $0[keyIndex] }))
            }
            for (aggregateIndex, aggregate) in aggregates.enumerated() {
                var column = Materialize.column(name: aggregate.name, type: aggregate.type,
                                                values: rows.map { $0[keys.count + aggregateIndex] })
                if aggregate.proportion { column.proportion = .fraction }
                built.append(column)
            }
            columns = built
        }
        return Table(name: "result", columns: columns)
    }
}
