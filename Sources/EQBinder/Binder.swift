import EQDiagnostics
import EQSyntax
import EQTypes

/// Resolves names to columns, checks types and converts literals to storage units, turning a syntax
/// `Query` into a `BoundQuery`. Every error points at the token that caused it.
public struct Binder {
    let catalog: [String: Schema]
    let context: EngagementContext
    let source: SourceFile
    let parameters: [String: String]
    /// The event types each events table holds (by lower-cased table name), so a misspelled type in
    /// `did logn` is an error with a suggestion rather than a silently empty condition.
    public var eventTypes: [String: [String]] = [:]
    /// Named segments `in NAME` may refer to.
    public var segmentNames: [String] = []
    /// Columns the user defined with `define NAME = case ... end`, computed where a query names them.
    public var lifecycles: [LifecycleDefinition] = []
    /// Set while a lifecycle is bound as of a past day: the day after it, before which every event
    /// condition's events must fall (a user's history as it stood at the end of that day).
    var eventHorizon: Int32?

    /// `catalog` is keyed by lower-cased table name.
    public init(catalog: [String: Schema], context: EngagementContext, source: SourceFile,
                parameters: [String: String] = [:]) {
        self.catalog = catalog
        self.context = context
        self.source = source
        self.parameters = parameters
    }

    public func bind(_ query: Query) throws(Diagnostic) -> BoundQuery {
        guard let schema = catalog[query.source.name.lowercased()] else {
            let names = catalog.values.map(\.name)
            throw error("unknown table \"\(query.source.name)\"", at: query.source.span,
                        hint: Suggestion.hint(for: query.source.name, in: names)
                            ?? (names.isEmpty ? "no tables are loaded" : "tables: \(names.sorted().joined(separator: ", "))"))
        }
        // Segments add their steps to the query's: the total is bounded like a query's own.
        guard query.steps.count <= Parser.maximumSteps else {
            throw error("with its segments' steps this query has \(query.steps.count) steps; at most \(Parser.maximumSteps)",
                        at: query.steps[Parser.maximumSteps].span)
        }
        var scope = Scope(schema: schema)
        var steps: [BoundStep] = []
        for step in query.steps {
            steps.append(contentsOf: try lifecycleSteps(for: step, scope: &scope))
            steps.append(contentsOf: try changeSteps(for: step, scope: &scope))
            steps.append(contentsOf: try bindSteps(step, scope: &scope))
        }
        // A lifecycle computed for a filter is not part of the rows listed, as status is not.
        if !scope.hidden.isEmpty {
            let visible = scope.allBaseColumns.enumerated().filter { !scope.hidden.contains($0.offset) }.map(\.element)
            steps.append(.project(visible))
            scope.columns = visible.map { Schema.Column(name: $0.name, type: $0.type) }
        }
        return BoundQuery(table: schema.name, schema: schema, steps: steps, context: context,
                          outputColumns: scope.columns)
    }

    func error(_ message: String, at span: SourceSpan, hint: String? = nil) -> Diagnostic {
        Diagnostic(message, source: source, span: span, hint: hint)
    }

    func resolve(_ identifier: Identifier, in scope: Scope) throws(Diagnostic) -> BoundColumn {
        if let column = scope.resolve(identifier.name) {
            if case .derived(.status, _) = column.ref { try context.checkThresholds(source: source, span: identifier.span) }
            return column
        }
        if let derived = DerivedColumn(rawValue: identifier.name.lowercased()) {
            let needs = derived == .cohort ? "a time column (joined_at, created_at, at, ...)"
                : "a last-login column (last_login_at, last_seen_at, ...)"
            throw error("\"\(derived.rawValue)\" needs \(needs), and this relation has none", at: identifier.span,
                        hint: derived == .cohort ? "declare one with `load ... time COLUMN`"
                            : "declare one with `set last_seen = COLUMN`")
        }
        throw error("unknown column \"\(identifier.name)\"", at: identifier.span,
                    hint: Suggestion.hint(for: identifier.name, in: scope.names))
    }
}
