import EQBinder
import EQDiagnostics
import EQSyntax
import EQTypes

extension Session {
    /// Lifecycles (`define NAME = case ... end`) in the order they were defined.
    public var lifecycles: [Segment] { lifecycleStore.list }

    /// Each lifecycle parsed from its stored text, for the binder. The text is the one `define` or
    /// eq.segments gave, which parsed then; the source is named after the lifecycle, so an error in it
    /// (a column dropped by a later load) says where it is.
    var lifecycleDefinitions: [LifecycleDefinition] {
        lifecycleStore.list.compactMap { stored in
            let file = SourceFile(name: "lifecycle \(stored.name)", text: "define \(stored.name) = \(stored.definition)")
            guard let script = try? Parser.parseScript(file), script.statements.count == 1,
                  case .defineLifecycle(_, let body) = script.statements[0].kind else { return nil }
            return LifecycleDefinition(name: stored.name, body: body, source: file)
        }
    }

    /// `define NAME = case ... end`: checked against the users (a misspelt column or value is an error
    /// now, not at the first use), then stored; a second definition of a name replaces the first.
    func defineLifecycle(_ name: Identifier, _ body: LifecycleCase, source: SourceFile) throws(Diagnostic)
        -> StatementOutcome {
        if let derived = DerivedColumn(rawValue: name.name.lowercased()) {
            throw Diagnostic("\"\(derived.rawValue)\" is a built-in column", source: source, span: name.span,
                             hint: "its thresholds are `set active_days` and `set at_risk_days`; choose another name")
        }
        for table in tables.values.sorted(by: { $0.name < $1.name }) {
            if let index = table.columnIndex(named: name.name) {
                throw Diagnostic("\(table.name) already has a column named \"\(table.columns[index].name)\"",
                                 source: source, span: name.span,
                                 hint: "choose another name, such as \(name.name)_stage")
            }
        }
        if let empty = (body.branches.map(\.label) + (body.otherwise.map { [$0] } ?? [])).first(where: \.name.isEmpty) {
            throw Diagnostic("a label cannot be empty", source: source, span: empty.span,
                             hint: "write a word or a text, such as \"none\"")
        }
        let definition = source.text(of: body.span)
        var binder = Binder(catalog: catalog, context: engagementContext, source: source, parameters: parameters)
        binder.eventTypes = eventTypes
        binder.segmentNames = segments.map(\.name)
        binder.lifecycles = lifecycleDefinitions
        try binder.checkLifecycle(LifecycleDefinition(name: name.name, body: body, source: source), on: "users")
        let previous = lifecycleStore.segment(named: name.name)
        lifecycleStore.define(Segment(name: name.name, definition: definition, isLifecycle: true))
        lifecycleStore.changed.insert(name.name.lowercased())
        let message = "lifecycle \(name.name): " + body.labels.joined(separator: ", ")
        guard let previous else { return .silent(message) }
        return .noted(message, note: "lifecycle \(previous.name) redefined; it was: \(previous.definition)")
    }

    /// The labels of the lifecycle of that name, for value checks and completion.
    public func lifecycleLabels(named name: String) -> [String]? {
        let key = name.lowercased()
        return lifecycleDefinitions.first { $0.name.lowercased() == key }?.body.labels
    }
}
