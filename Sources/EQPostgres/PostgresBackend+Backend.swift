import EQBackend
import EQDiagnostics
import EQPlan
import EQStore

/// PostgreSQL behind the one protocol every back end implements. What the SQL compiler covers today
/// is a query body, with the segments it tests membership of as id subqueries and its campaign steps
/// finished on the client; anything else is refused by name before any SQL is sent, so a caller never
/// gets rows computed from part of a statement.
extension PostgresBackend: Backend {
    public var name: String { "postgres" }

    public func execute(_ plan: StatementPlan, control: ExecutionControl) throws(Diagnostic) -> [Table] {
        switch plan.body {
        case .query(let query):
            if let name = SQLCompiler.unsupportedOperator(in: query.root) {
                throw Diagnostic("\(name) does not run on PostgreSQL yet")
            }
            do {
                return [try execute(query, segments: plan.segments, cancelled: control.isCancelled, note: control.note)]
            } catch {
                throw Diagnostic(error.message)
            }
        case .asOf:
            throw Diagnostic("`as of` does not run on PostgreSQL yet")
        case .report:
            throw Diagnostic("reports do not run on PostgreSQL yet")
        }
    }
}
