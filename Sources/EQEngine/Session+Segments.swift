import Synchronization
import EQBinder
import EQDiagnostics
import EQExec
import EQLocalBackend
import EQOutput
import EQPlan
import EQStore
import EQSyntax
import EQTypes

#if canImport(Glibc)
import Glibc
#endif

/// The session's segments in definition order with an index by lower-cased name, so looking one up,
/// defining one and reading a file of 100,000 stay linear overall.
struct SegmentStore {
    private(set) var list: [Segment] = []
    private var positions: [String: Int] = [:]
    /// Parts of eq.segments that did not read, kept as written for `save segments`.
    var kept: [KeptSegmentText] = []
    /// Lower-cased names this session defined with `let` since it last read or saved the file: these
    /// win over the file's definitions when a save merges with what another shell saved meanwhile.
    var changed: Set<String> = []

    func segment(named name: String) -> Segment? {
        positions[name.lowercased()].map { list[$0] }
    }

    /// Adds a segment, or replaces the one of that name where it stands.
    mutating func define(_ segment: Segment) {
        let key = segment.name.lowercased()
        if let index = positions[key] {
            list[index] = segment
        } else {
            positions[key] = list.count
            list.append(segment)
        }
    }
}

/// What the running statement has learnt about its segments: parsed definitions, which ones were
/// checked, and the result of each one run. A segment used many times (`in s` in every level of a
/// tower of segments) is bound and run once, not once per use, which made nesting exponential.
struct SegmentRuns {
    var parsed: [String: Query] = [:]
    var verified: Set<String> = []
    var validated: Set<String> = []
    /// Each segment's plan after those of the segments it uses (`Session.segmentClosure`).
    var plans: [String: [SegmentPlan]] = [:]
    var running: Set<String> = []
    /// The statement's back end, which keeps each segment's ids once it ran.
    var backend: LocalBackend?
    /// What the statement's operators left out, told through `ExecutionControl.note`.
    let notes = StatementNotes()
    /// How many segments the statement ran; tests count it to prove each ran once.
    var runCount: Int { backend?.segmentRuns ?? 0 }
}

extension Session {
    /// Named segments (`let NAME = QUERY`) in the order they were defined.
    public var segments: [Segment] { segmentStore.list }

    /// What eq.segments held that did not read as definitions, kept for `save segments` to write back.
    public var keptSegmentText: [KeptSegmentText] { segmentStore.kept }

    /// Segments deeper than this are refused with an error rather than risking the stack.
    static let maxSegmentDepth = 200

    public func segment(named name: String) -> Segment? {
        segmentStore.segment(named: name)
    }

    func defineSegment(_ name: Identifier, _ query: Query, source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        if tables[name.name.lowercased()] != nil {
            throw Diagnostic("a table is already named \"\(name.name)\"", source: source, span: name.span,
                             hint: "choose another name for the segment")
        }
        let definition = source.text(of: query.span)
        if try reaches(segmentReferences(of: query), target: name.name.lowercased()) {
            throw Diagnostic("segment \"\(name.name)\" would refer to itself", source: source, span: query.span,
                             hint: "a segment may use other segments, never itself")
        }
        _ = try plan(query, source: source)
        segmentStore.define(Segment(name: name.name, definition: definition))
        segmentStore.changed.insert(name.name.lowercased())
        return .silent("segment \(name.name) = \(definition)")
    }

    /// The segments a query starts from or tests membership of, each with where it is named. A table
    /// of the same name as a segment wins as a source, so it is no reference.
    func segmentReferences(of query: Query) -> [Identifier] {
        var names: [Identifier] = []
        if tables[query.source.name.lowercased()] == nil { names.append(query.source) }
        for step in query.steps {
            if case .filter(let expr) = step.kind { collectMemberships(expr, into: &names) }
        }
        return names.filter { segment(named: $0.name) != nil }
    }

    private func collectMemberships(_ expr: Expr, into names: inout [Identifier]) {
        switch expr.kind {
        case .member(let name): names.append(name)
        case .and(let terms), .or(let terms):
            for term in terms { collectMemberships(term, into: &names) }
        case .not(let inner): collectMemberships(inner, into: &names)
        default: break
        }
    }

    /// Whether any of `names`, through the segments they use, reaches `target`; each segment is
    /// visited once however many paths lead to it.
    private func reaches(_ names: [Identifier], target: String) throws(Diagnostic) -> Bool {
        var visited: Set<String> = []
        var pending = names.map { $0.name.lowercased() }
        while let name = pending.popLast() {
            if name == target { return true }
            guard visited.insert(name).inserted, let segment = segment(named: name),
                  let parsed = parseDefinition(segment) else { continue }
            pending.append(contentsOf: segmentReferences(of: parsed).map { $0.name.lowercased() })
        }
        return false
    }

    func parseDefinition(_ segment: Segment) -> Query? {
        let key = segment.name.lowercased()
        if let parsed = segmentRuns.parsed[key] { return parsed }
        let file = SourceFile(name: "segment \(segment.name)", text: segment.definition)
        guard let script = try? Parser.parseScript(file), script.statements.count == 1,
              case .query(let query) = script.statements[0].kind else { return nil }
        segmentRuns.parsed[key] = query
        return query
    }

    /// Refuses a segment that reaches itself (possible only in a hand-edited eq.segments, since `let`
    /// refuses it) before anything runs, pointing at the reference that closes the cycle inside the
    /// definition, and one nested deeper than `maxSegmentDepth`. Checked once per segment per statement.
    func verifySegments(from name: String, source: SourceFile, span: SourceSpan) throws(Diagnostic) {
        var path: [String] = []
        var onPath: Set<String> = []
        func visit(_ name: String, file: SourceFile, at place: SourceSpan) throws(Diagnostic) {
            let key = name.lowercased()
            if segmentRuns.verified.contains(key) { return }
            guard let segment = segment(named: name) else { return }
            if onPath.contains(key) {
                let cycle = (path.drop { $0.lowercased() != key } + [segment.name]).joined(separator: " → ")
                let message = path.last?.lowercased() == key
                    ? "segment \"\(segment.name)\" refers to itself"
                    : "segment \"\(segment.name)\" refers to itself through other segments"
                throw Diagnostic(message, source: file, span: place,
                                 hint: "\(cycle): define one of them again with `let`")
            }
            guard path.count < Session.maxSegmentDepth else {
                throw Diagnostic("segments are nested more than \(Session.maxSegmentDepth) deep", source: file,
                                 span: place, hint: "build the deepest ones on a table instead of a segment")
            }
            guard let definition = parseDefinition(segment) else {
                throw Diagnostic("segment \"\(segment.name)\" no longer parses", source: file, span: place,
                                 hint: "define it again with `let \(segment.name) = ...`")
            }
            let inner = SourceFile(name: "segment \(segment.name)", text: segment.definition)
            path.append(segment.name)
            onPath.insert(key)
            for reference in segmentReferences(of: definition) {
                try visit(reference.name, file: inner, at: reference.span)
            }
            path.removeLast()
            onPath.remove(key)
            segmentRuns.verified.insert(key)
        }
        try visit(name, file: source, at: span)
    }

    /// A query on a segment becomes the segment's query with the new steps after its own, repeatedly
    /// while the source is itself a segment. Tables win over segments of the same name.
    func expandSegments(_ query: Query, source: SourceFile) throws(Diagnostic) -> Query {
        guard tables[query.source.name.lowercased()] == nil, let segment = segment(named: query.source.name) else {
            return query
        }
        try verifySegments(from: segment.name, source: source, span: query.source.span)
        guard let definition = parseDefinition(segment) else {
            throw Diagnostic("segment \"\(segment.name)\" no longer parses", source: source, span: query.source.span,
                             hint: "define it again with `let \(segment.name) = ...`")
        }
        let file = SourceFile(name: "segment \(segment.name)", text: segment.definition)
        let inner = try expandSegments(definition, source: file)
        // Bound on its own first (once a statement), so an error inside the definition points into the
        // definition's text.
        let key = segment.name.lowercased()
        if !segmentRuns.validated.contains(key) {
            var binder = Binder(catalog: catalog, context: engagementContext, source: file, parameters: parameters)
            binder.eventTypes = eventTypes
            binder.segmentNames = segments.map(\.name)
            binder.lifecycles = lifecycleDefinitions
            _ = try binder.bind(inner)
            segmentRuns.validated.insert(key)
        }
        var expanded = query
        expanded.source = Identifier(inner.source.name, span: query.source.span)
        expanded.steps = inner.steps.map { step in Step(step.kind, span: query.source.span) } + query.steps
        return expanded
    }

    /// A segment's rows: its plan run with the plans of the segments it uses.
    func runSegment(_ name: String, source: SourceFile, span: SourceSpan) throws(Diagnostic) -> Table {
        var closure = try segmentClosure(name, source: source, span: span)
        guard let own = closure.popLast() else {
            throw Diagnostic("unknown segment \"\(name)\"", source: source, span: span)
        }
        return try execute(StatementPlan(segments: closure, body: .query(own.plan)), source: source, span: span)
    }

    /// `segments`: each segment's name, definition and current size.
    func segmentList(source: SourceFile, span: SourceSpan) throws(Diagnostic) -> Table {
        var sizes: [Value] = []
        for segment in segments {
            let size = (try? runSegment(segment.name, source: source, span: span)).map { Value.int(Int64($0.rowCount)) }
            if cancellation.isCancelled { throw Diagnostic(ExecutionError.cancelled.message, source: source, span: span) }
            sizes.append(size ?? .null)
        }
        return ValueTable.make(name: "segments", columns: [
            ("name", .string, segments.map { .string($0.name) }),
            ("definition", .string, segments.map { .string($0.definition) }),
            ("size", .int, sizes),
        ])
    }

    /// The file form: one `let` statement per segment, in definition order, readable and editable,
    /// then what the file held that did not read, as it was written.
    public var segmentsFileText: String {
        (segments + lifecycleStore.list).map(\.fileLine).joined() + keptSegmentText.map(\.text).joined()
    }

    /// Writes the segments under an exclusive lock, merged with what the file holds now: another shell
    /// may have saved since this one read it, and neither's segments may be lost. The file is replaced
    /// atomically (temporary file, fsync, rename), so a failed save leaves the old one whole.
    func saveSegments(source: SourceFile, span: SourceSpan) throws(Diagnostic) -> StatementOutcome {
        let path = segmentsPath
        func located(_ error: Diagnostic) -> Diagnostic {
            var moved = error
            if moved.source == nil {
                moved.source = source
                moved.span = span
            }
            return moved
        }
        if SegmentFile.existsAsNonRegular(path) { throw located(SegmentFile.notRegular(path, reading: false)) }
        let mine = segments + lifecycleStore.list
        let changed = segmentStore.changed.union(lifecycleStore.changed.map { "define " + $0 })
        let merged: (text: String, segments: Int, kept: Int)
        do throws(Diagnostic) {
            merged = try SegmentFile.withLock(on: path) { () throws(Diagnostic) -> (text: String, segments: Int, kept: Int) in
                let disk = try SegmentFile.read(path).map {
                    SegmentFile.parse(String(decoding: $0, as: UTF8.self), name: path).entries
                } ?? []
                let merged = SegmentFile.merge(disk: disk, session: mine, changed: changed)
                do throws(AtomicFile.Failure) {
                    try AtomicFile.write(Array(merged.text.utf8), to: path, replacing: true)
                } catch {
                    throw Diagnostic("cannot save segments: \(error.message)")
                }
                return merged
            }
        } catch {
            throw located(error)
        }
        segmentStore.changed = []
        lifecycleStore.changed = []
        var message = "saved \(merged.segments) segment\(merged.segments == 1 ? "" : "s") to \(path)"
        if merged.kept > 0 {
            message += "; \(merged.kept) definition\(merged.kept == 1 ? "" : "s") that did not read kept as written"
        }
        return .silent(message)
    }

    /// Reads segments saved by `save segments` (a missing file is no error: there are none yet). They
    /// are taken as written, not bound, since the data they refer to may load later. A definition that
    /// does not parse costs only itself: the others load, and it is returned as a positioned diagnostic
    /// and kept as written for the next save. Throws only when the file itself cannot be read.
    @discardableResult
    public func loadSegments(from path: String? = nil) throws(Diagnostic) -> [Diagnostic] {
        let path = path ?? segmentsPath
        guard let bytes = try SegmentFile.read(path) else { return [] }
        let (entries, problems) = SegmentFile.parse(String(decoding: bytes, as: UTF8.self), name: path)
        for entry in entries {
            switch entry {
            case .segment(let segment) where segment.isLifecycle: lifecycleStore.define(segment)
            case .segment(let segment): segmentStore.define(segment)
            case .kept(let kept): segmentStore.kept.append(kept)
            }
        }
        return problems
    }
}

/// The notes of one running statement (`dropped 3 rows repeating an earlier email`), which the back
/// end may send from any thread; the session prints them with the result.
final class StatementNotes: Sendable {
    private let lines = Mutex<[String]>([])

    func add(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    /// The notes so far, which are then gone (each is printed once).
    func drain() -> [String] {
        lines.withLock { lines in
            defer { lines = [] }
            return lines
        }
    }
}
