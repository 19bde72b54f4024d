import EQBackend
import EQDiagnostics
import EQExec
import EQPlan
import EQStore

/// The in-process vectorised engine as a back end: `EQExec`'s fused scan-filter-sink pipeline runs the
/// relational operators, and the report kernels of `EQExec/Reports` are its physical operators for the
/// engagement ones (login events, users as of a date).
///
/// A value lives for one statement: the ids of each segment are worked out once and kept for the rest
/// of the statement (a campaign's stages and `explain`'s funnel reuse them), never across statements,
/// since data and settings may change in between.
public final class LocalBackend: Backend {
    /// By lower-cased name, with `set last_seen` already applied.
    public let tables: [String: Table]
    private var memberIDs: [String: [Int64]] = [:]
    /// How many segments this back end ran; tests count it to prove each runs once per statement.
    public private(set) var segmentRuns = 0

    public init(tables: [String: Table]) {
        self.tables = tables
    }

    public var name: String { "local" }

    /// One table per result: a query's rows, or a report's table (the composite `cohorts` makes one
    /// per part).
    public func execute(_ plan: StatementPlan, control: ExecutionControl) throws(Diagnostic) -> [Table] {
        switch plan.body {
        case .query(let query):
            return [try run(query, executor: try executor(for: plan.segments, control: control))]
        case .asOf(let asOf):
            return [try runAsOf(asOf, segments: plan.segments, control: control)]
        case .report(let report):
            return try runReport(report, segments: plan.segments, control: control)
        }
    }

    /// An executor that knows the ids of `segments`, running each not yet run, dependencies first. For
    /// the physical paths that take a plan's rows rather than its result (a report's selected users).
    public func executor(for segments: [SegmentPlan], control: ExecutionControl,
                         tables: [String: Table]? = nil) throws(Diagnostic) -> Executor {
        for segment in segments where memberIDs[segment.name] == nil {
            var executor = Executor(tables: self.tables, cancellation: control.isCancelled)
            executor.segmentIDs = memberIDs
            executor.note = { control.note("segment \(segment.name): " + $0) }
            let table = try run(segment.plan, executor: executor)
            segmentRuns += 1
            guard let index = table.columnIndex(named: "id"), case .int(let values) = table.columns[index].storage else {
                throw Diagnostic("segment \"\(segment.name)\" has no integer id column to match rows by")
            }
            let validity = table.columns[index].validity
            memberIDs[segment.name] = values.indices.filter { validity.isValid($0) }.map { values[$0] }
        }
        var executor = Executor(tables: tables ?? self.tables, cancellation: control.isCancelled)
        executor.segmentIDs = memberIDs
        executor.note = control.note
        return executor
    }

    private func run(_ plan: QueryPlan, executor: Executor) throws(Diagnostic) -> Table {
        do {
            return try executor.run(plan)
        } catch {
            throw Diagnostic(error.message)
        }
    }
}
