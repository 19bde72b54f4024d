import EQPlan

extension Executor {
    /// The rows a filtering plan keeps (nil: all of them), for reports that take a `where` on the users
    /// but count them their own way.
    public func selectedRows(_ plan: QueryPlan) throws(ExecutionError) -> [UInt32]? {
        try execute(plan.root, context: plan.context).rows
    }
}
