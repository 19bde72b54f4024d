import EQBinder
import EQExec
import EQPlan
import EQStore

/// Campaign steps on PostgreSQL. `holdout` and `sample` must put exactly the ids in each group that
/// the local engine does (the pinned SplitMix64 over the id), and `distinct` must keep the same first
/// row per value (text folded by eq's own rule). Rather than restate those rules in SQL, the server
/// runs everything below the last campaign step, streams its rows (in the exact order the local
/// engine would give them), and eq's own kernels finish the plan over those rows. The split is by
/// construction the same as the local engine's; only the part above the cut runs on the client.
extension PostgresBackend {
    /// The name the server's rows go by while the local engine finishes the plan.
    static let serverRows = "(server rows)"

    /// The plan cut below its deepest campaign step: the part the server runs, and the rest over a
    /// scan of the server's rows. Nil when the plan has no campaign step.
    static func splitAtCampaignStep(_ node: LogicalPlan) -> (server: LogicalPlan, client: LogicalPlan)? {
        guard let input = node.input else { return nil }
        if let (server, client) = splitAtCampaignStep(input) { return (server, node.replacingInput(client)) }
        guard case .campaign = node else { return nil }
        return (input, node.replacingInput(.scan(table: serverRows, columns: input.outputColumns)))
    }

    /// The first operator of the client's part that needs more than the server's rows (an event
    /// condition, a segment, a funnel ...), named; nil when the local engine can finish it alone.
    static func clientNeedsMore(_ client: LogicalPlan) -> String? {
        var current: LogicalPlan? = client
        while let node = current {
            switch node {
            case .filter(_, let predicate) where readsOtherTables(predicate):
                return "an event condition or segment after a campaign step"
            case .computeCondition(_, _, let lowered?, _, _) where readsOtherTables(lowered):
                return "an event condition after a campaign step"
            case .computeLifecycle, .computeAsOf, .funnel, .boundFilter:
                return SQLCompiler.unsupportedOperator(in: node) ?? "this operator after a campaign step"
            default:
                break
            }
            current = node.input
        }
        return nil
    }

    static func readsOtherTables(_ predicate: Predicate) -> Bool {
        switch predicate {
        case .events, .member: true
        case .and(let items), .or(let items): items.contains(where: readsOtherTables)
        default: false
        }
    }

    /// Runs the server's part as SQL and the rest with the local engine over its rows; what the
    /// campaign steps left out is told through `note`.
    func executeSplit(_ plan: QueryPlan, segments: [SegmentPlan], segmentIDs: [String: [Int64]], server: LogicalPlan,
                      client: LogicalPlan,
                      cancelled: @escaping @Sendable () -> Bool, note: @escaping @Sendable (String) -> Void)
        throws(PostgresBackendError) -> Table {
        if let name = Self.clientNeedsMore(client) {
            throw PostgresBackendError(message: "\(name) does not run on PostgreSQL yet")
        }
        let rows = try run(QueryPlan(root: server, context: plan.context, outputColumns: server.outputColumns),
                           segments: segments, segmentIDs: segmentIDs, cancelled: cancelled, note: note)
        var executor = Executor(tables: [Self.serverRows: rows], cancellation: cancelled)
        executor.note = note
        do {
            return try executor.run(QueryPlan(root: client, context: plan.context, outputColumns: plan.outputColumns))
        } catch {
            throw PostgresBackendError(message: error.message)
        }
    }
}
