import EQPlan

extension Executor {
    /// The rows a filtering plan keeps (nil: all of them), for reports that take a `where` on the users
    /// but count them their own way.
    /// A projection on top (one that drops a lifecycle's column again) changes no row, and is skipped:
    /// executing it would renumber the rows.
    public func selectedRows(_ plan: QueryPlan) throws(ExecutionError) -> [UInt32]? {
        var root = plan.root
        while case .project(let input, _) = root { root = input }
        return try execute(root, context: plan.context).rows
    }
}
