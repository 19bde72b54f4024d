import EQDiagnostics
import EQExec
import EQOutput
import EQPlan
import EQStore
import EQSyntax

extension Session {
    /// `explain analyze QUERY`: runs the query with a profile (each operator on its own, so a filter's
    /// rows out can be counted) and prints the plan with each operator's rows, time and the events
    /// its zone maps skipped. The result itself is not printed, only its size.
    func explainAnalyzeText(_ query: Query, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> String {
        if let step = query.steps.first(where: { if case .export = $0.kind { true } else { false } }) {
            throw Diagnostic("`explain analyze` measures a query and writes or changes nothing, so it does not run "
                             + "`\(source.text(of: step.span))`",
                             source: source, span: step.span, hint: "measure the query without its campaign steps")
        }
        let plan = try plan(query, source: source)
        return try explainAnalyzeText(plan, segments: try segmentPlans(for: plan, source: source, span: span),
                                      source: source, span: span)
    }

    /// Runs an optimised plan with a profile; the segments run on the back end first, unmeasured, so
    /// the profile covers the plan's own operators.
    func explainAnalyzeText(_ plan: QueryPlan, segments: [SegmentPlan], source: SourceFile,
                            span: SourceSpan) throws(Diagnostic) -> String {
        var executor = try executor(for: segments, source: source, span: span)
        let profile = ExecutionProfile()
        executor.profile = profile
        let start = ExecutionProfile.now()
        let result: Table
        do {
            result = try executor.run(plan)
        } catch {
            throw Diagnostic(error.message, source: source, span: span)
        }
        let total = ExecutionProfile.now() - start
        let entries = profile.entries
        let depthCount = (entries.keys.max() ?? -1) + 1
        let annotations = (0..<depthCount).map { depth in
            entries[depth].map { Self.analyzeNote($0, input: entries[depth + 1]) } ?? ""
        }
        return Explain.render(plan, annotations: annotations) + "\n\nresult: \(countPhrase(result.rowCount, "row", grouped: false)), "
            + "time \(Self.milliseconds(total))"
    }

    /// `[rows in 1000, out 12; events skipped 9000 (3 of 4 blocks); time 1.234 ms]`; the time is the
    /// operator's own, without its input's.
    static func analyzeNote(_ entry: ExecutionProfile.Entry, input: ExecutionProfile.Entry?) -> String {
        var parts: [String] = []
        if let input {
            parts.append("rows in \(input.rowsOut), out \(entry.rowsOut)")
        } else {
            parts.append("rows out \(entry.rowsOut)")
        }
        if entry.eventScans > 0 {
            if entry.blocks > 0 {
                parts.append("events skipped \(entry.eventsSkipped) (\(entry.blocksSkipped) of \(entry.blocks) blocks)")
            } else {
                parts.append("events skipped 0 (no window or no zone map)")
            }
        }
        parts.append("time \(milliseconds(max(entry.seconds - (input?.seconds ?? 0), 0)))")
        return "[" + parts.joined(separator: "; ") + "]"
    }

    /// `12.345 ms`.
    static func milliseconds(_ seconds: Double) -> String {
        let micros = Int((seconds * 1e6).rounded())
        let fraction = String(micros % 1000)
        return "\(micros / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) ms"
    }
}
