import EQBackend
import EQDiagnostics
import EQExec
import EQLocalBackend
import EQPlan
import EQStore
import EQSyntax

extension Session {
    /// The back end of the running statement: made at its first use in a statement and kept until the
    /// next (`SegmentRuns` is reset per statement), so each segment runs once per statement.
    var backend: LocalBackend {
        if let existing = segmentRuns.backend { return existing }
        let made = LocalBackend(tables: executor().tables)
        made.threads = settings.threads
        segmentRuns.backend = made
        return made
    }

    /// Ctrl-C, as the back end asks it.
    var executionControl: ExecutionControl {
        let flag = cancellation
        let notes = segmentRuns.notes
        return ExecutionControl(isCancelled: { flag.isCancelled }, note: { notes.add($0) })
    }

    /// A query as one statement plan: bound, planned, optimised, with the segments it tests membership
    /// of planned beside it.
    func statementPlan(_ query: Query, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> StatementPlan {
        let plan = try plan(query, source: source)
        return StatementPlan(segments: try segmentPlans(for: plan, source: source, span: span), body: .query(plan))
    }

    /// Runs a statement plan on the back end; a failure without a place of its own is put on `span`.
    func execute(_ plan: StatementPlan, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> Table {
        do throws(Diagnostic) {
            let tables = try runOnBackend(plan)
            guard let first = tables.first else { throw Diagnostic("the statement made no result") }
            return first
        } catch {
            throw Session.placed(error, source: source, span: span)
        }
    }

    /// An executor that knows the ids of `segments`, over the session's tables or `tables`: for the
    /// physical paths that take a plan's selected rows rather than its result (reports, the funnel).
    func executor(for segments: [SegmentPlan], tables: [String: Table]? = nil, source: SourceFile,
                  span: SourceSpan) throws(Diagnostic) -> Executor {
        do {
            return try backend.executor(for: segments, control: executionControl, tables: tables)
        } catch {
            throw Session.placed(error, source: source, span: span)
        }
    }

    /// A back end's diagnostic carries at most a span (a report's keyword); the statement gives the rest.
    static func placed(_ error: Diagnostic, source: SourceFile, span: SourceSpan) -> Diagnostic {
        guard error.source == nil else { return error }
        var placed = error
        placed.source = source
        if placed.span == nil { placed.span = span }
        return placed
    }

    /// The segments `plan` tests membership of, each with the segments it uses in turn before it, and
    /// each once however many times it is used.
    func segmentPlans(for plan: QueryPlan, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> [SegmentPlan] {
        var ordered: [SegmentPlan] = []
        var seen: Set<String> = []
        for name in Session.memberNames(in: plan).sorted() {
            for segment in try segmentClosure(name, source: source, span: span) where seen.insert(segment.name).inserted {
                ordered.append(segment)
            }
        }
        return ordered
    }

    /// A segment's plan, last, after those of the segments it uses (planned once per statement).
    func segmentClosure(_ name: String, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> [SegmentPlan] {
        let key = name.lowercased()
        if let known = segmentRuns.plans[key] { return known }
        try verifySegments(from: name, source: source, span: span)
        // Verification rules cycles out; this guards references it cannot see, so nothing recurses forever.
        guard segmentRuns.running.insert(key).inserted else {
            throw Diagnostic("segment \"\(name)\" refers to itself through other segments", source: source, span: span,
                             hint: "define one of them again with `let`")
        }
        defer { segmentRuns.running.remove(key) }
        let query = Query(source: Identifier(name, span: span), steps: [], span: span)
        let plan = try plan(query, source: source)
        var closure = try segmentPlans(for: plan, source: source, span: span)
        closure.append(SegmentPlan(name: key, plan: plan))
        segmentRuns.plans[key] = closure
        return closure
    }

    private static func memberNames(in plan: QueryPlan) -> Set<String> {
        var names: Set<String> = []
        var node: LogicalPlan? = plan.root
        while let current = node {
            switch current {
            case .filter(_, let predicate), .computeCondition(_, _, let predicate?, _, _):
                collectMembers(predicate, into: &names)
            case .computeLifecycle(_, _, let lowered?):
                for predicate in lowered { collectMembers(predicate, into: &names) }
            case .computeAsOf(_, _, let lowered?):
                for predicate in lowered.joined() { collectMembers(predicate, into: &names) }
            default:
                break
            }
            node = current.input
        }
        return names
    }

    private static func collectMembers(_ predicate: Predicate, into names: inout Set<String>) {
        switch predicate {
        case .member(_, let segment, _): names.insert(segment)
        case .and(let items), .or(let items): for item in items { collectMembers(item, into: &names) }
        default: break
        }
    }
}
