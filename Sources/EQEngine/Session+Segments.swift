import EQBinder
import EQDiagnostics
import EQExec
import EQOutput
import EQPlan
import EQStore
import EQSyntax
import EQTypes

#if canImport(Glibc)
import Glibc
#endif

/// A named segment: the text of its query, kept rather than its plan so each use binds it afresh
/// against the current data and settings (a segment of "at risk" users moves with `today`).
public struct Segment: Sendable, Hashable {
    public var name: String
    public var definition: String
    public init(name: String, definition: String) {
        self.name = name
        self.definition = definition
    }
}

extension Session {
    public func segment(named name: String) -> Segment? {
        segments.first { $0.name.lowercased() == name.lowercased() }
    }

    func defineSegment(_ name: Identifier, _ query: Query, source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        if tables[name.name.lowercased()] != nil {
            throw Diagnostic("a table is already named \"\(name.name)\"", source: source, span: name.span,
                             hint: "choose another name for the segment")
        }
        let definition = source.text(of: query.span)
        if try references(query, source: source, segment: name.name.lowercased(), depth: 0) {
            throw Diagnostic("segment \"\(name.name)\" would refer to itself", source: source, span: query.span,
                             hint: "a segment may use other segments, never itself")
        }
        _ = try plan(query, source: source)
        let segment = Segment(name: name.name, definition: definition)
        if let index = segments.firstIndex(where: { $0.name.lowercased() == name.name.lowercased() }) {
            segments[index] = segment
        } else {
            segments.append(segment)
        }
        return .silent("segment \(name.name) = \(definition)")
    }

    /// Whether `query`, through the segments it starts from or tests membership of, reaches `segment`.
    private func references(_ query: Query, source: SourceFile, segment target: String, depth: Int) throws(Diagnostic) -> Bool {
        guard depth < 64 else { return true }
        var names = [query.source.name.lowercased()]
        for step in query.steps {
            if case .filter(let expr) = step.kind { collectMemberships(expr, into: &names) }
        }
        for name in names {
            if name == target { return true }
            if let inner = segment(named: name), let parsed = parseDefinition(inner),
               try references(parsed, source: source, segment: target, depth: depth + 1) {
                return true
            }
        }
        return false
    }

    private func collectMemberships(_ expr: Expr, into names: inout [String]) {
        switch expr.kind {
        case .member(let name): names.append(name.name.lowercased())
        case .and(let terms), .or(let terms):
            for term in terms { collectMemberships(term, into: &names) }
        case .not(let inner): collectMemberships(inner, into: &names)
        default: break
        }
    }

    func parseDefinition(_ segment: Segment) -> Query? {
        let file = SourceFile(name: "segment \(segment.name)", text: segment.definition)
        guard let script = try? Parser.parseScript(file), script.statements.count == 1,
              case .query(let query) = script.statements[0].kind else { return nil }
        return query
    }

    /// A query on a segment becomes the segment's query with the new steps after its own, repeatedly
    /// while the source is itself a segment. Tables win over segments of the same name.
    func expandSegments(_ query: Query, source: SourceFile, depth: Int = 0) throws(Diagnostic) -> Query {
        guard tables[query.source.name.lowercased()] == nil, let segment = segment(named: query.source.name) else {
            return query
        }
        guard depth < 64 else {
            throw Diagnostic("segment \"\(segment.name)\" refers to itself through other segments", source: source,
                             span: query.source.span, hint: "define one of them again with `let`")
        }
        guard let definition = parseDefinition(segment) else {
            throw Diagnostic("segment \"\(segment.name)\" no longer parses", source: source, span: query.source.span,
                             hint: "define it again with `let \(segment.name) = ...`")
        }
        // Bound on its own first, so an error inside the definition points into the definition's text.
        let file = SourceFile(name: "segment \(segment.name)", text: segment.definition)
        let inner = try expandSegments(definition, source: file, depth: depth + 1)
        var binder = Binder(catalog: catalog, context: engagementContext, source: file, parameters: parameters)
        binder.eventTypes = eventTypes
        binder.segmentNames = segments.map(\.name)
        _ = try binder.bind(inner)
        var expanded = query
        expanded.source = Identifier(inner.source.name, span: query.source.span)
        expanded.steps = inner.steps.map { step in Step(step.kind, span: query.source.span) } + query.steps
        return expanded
    }

    /// The ids of every segment the plan tests membership of, each worked out by running the segment.
    func segmentIDs(in plan: QueryPlan, source: SourceFile, span: SourceSpan, depth: Int = 0)
        throws(Diagnostic) -> [String: [Int64]] {
        var names: Set<String> = []
        var node: LogicalPlan? = plan.root
        while let current = node {
            if case .filter(_, let predicate) = current { collectMembers(predicate, into: &names) }
            node = current.input
        }
        var ids: [String: [Int64]] = [:]
        for name in names.sorted() {
            guard depth < 64 else { break }
            let table = try runSegment(name, source: source, span: span, depth: depth)
            guard let index = table.columnIndex(named: "id"), case .int(let values) = table.columns[index].storage else {
                throw Diagnostic("segment \"\(name)\" has no integer id column to match rows by", source: source,
                                 span: span)
            }
            let validity = table.columns[index].validity
            ids[name] = values.indices.filter { validity.isValid($0) }.map { values[$0] }
        }
        return ids
    }

    private func collectMembers(_ predicate: Predicate, into names: inout Set<String>) {
        switch predicate {
        case .member(_, let segment, _): names.insert(segment)
        case .and(let items), .or(let items): for item in items { collectMembers(item, into: &names) }
        default: break
        }
    }

    func runSegment(_ name: String, source: SourceFile, span: SourceSpan, depth: Int = 0) throws(Diagnostic) -> Table {
        let query = Query(source: Identifier(name, span: span), steps: [], span: span)
        let plan = try plan(query, source: source)
        let members = try segmentIDs(in: plan, source: source, span: span, depth: depth + 1)
        do {
            return try executor(segmentIDs: members).run(plan)
        } catch {
            throw Diagnostic(error.message, source: source, span: span)
        }
    }

    func executor(segmentIDs: [String: [Int64]]) -> Executor {
        var executor = executor()
        executor.segmentIDs = segmentIDs
        return executor
    }

    /// `segments`: each segment's name, definition and current size.
    func segmentList(source: SourceFile, span: SourceSpan) throws(Diagnostic) -> Table {
        var sizes: [Value] = []
        for segment in segments {
            let size = (try? runSegment(segment.name, source: source, span: span)).map { Value.int(Int64($0.rowCount)) }
            sizes.append(size ?? .null)
        }
        return ValueTable.make(name: "segments", columns: [
            ("name", .string, segments.map { .string($0.name) }),
            ("definition", .string, segments.map { .string($0.definition) }),
            ("size", .int, sizes),
        ])
    }

    /// The file form: one `let` statement per segment, in definition order, readable and editable.
    public var segmentsFileText: String {
        segments.map { "let \($0.name) = \($0.definition)\n" }.joined()
    }

    func saveSegments() throws(Diagnostic) -> StatementOutcome {
        do {
            try AtomicFile.write(Array(segmentsFileText.utf8), to: segmentsPath, replacing: true)
        } catch {
            throw Diagnostic("cannot save segments: \(error.message)")
        }
        return .silent("saved \(segments.count) segment\(segments.count == 1 ? "" : "s") to \(segmentsPath)")
    }

    /// Reads segments saved by `save segments` (a missing file is no error: there are none yet). They
    /// are taken as written, not bound, since the data they refer to may load later.
    public func loadSegments(from path: String? = nil) throws(Diagnostic) {
        let path = path ?? segmentsPath
        guard let bytes = AtomicFile.read(path) else { return }
        let file = SourceFile(name: path, text: String(decoding: bytes, as: UTF8.self))
        let script: Script
        do {
            script = try Parser.parseScript(file)
        } catch {
            throw error
        }
        for statement in script.statements {
            guard case .letSegment(let name, let query) = statement.kind else {
                throw Diagnostic("a segments file holds only `let` statements", source: file, span: statement.span)
            }
            let segment = Segment(name: name.name, definition: file.text(of: query.span))
            if let index = segments.firstIndex(where: { $0.name.lowercased() == name.name.lowercased() }) {
                segments[index] = segment
            } else {
                segments.append(segment)
            }
        }
    }
}
