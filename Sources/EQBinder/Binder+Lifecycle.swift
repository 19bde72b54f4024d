import EQDiagnostics
import EQSyntax
import EQTypes

/// A column the user defined with `define NAME = case ... end`, as the binder receives it: the parsed
/// `case` and the text it was written in, so an error inside it points into the definition.
public struct LifecycleDefinition: Sendable {
    public var name: String
    public var body: LifecycleCase
    public var source: SourceFile
    public init(name: String, body: LifecycleCase, source: SourceFile) {
        self.name = name
        self.body = body
        self.source = source
    }
}

/// A lifecycle bound on one relation: for each row, the label of the first condition that holds.
public struct BoundLifecycle: Sendable, Hashable {
    public var name: String
    /// The distinct labels in declared order; a row's value is its label's index here.
    public var labels: [String]
    public var conditions: [BoundExpr]
    /// The index in `labels` of each condition's label.
    public var codes: [Int]
    /// The `else` label's index; nil leaves rows that meet no condition null.
    public var otherwise: Int?
    public init(name: String, labels: [String], conditions: [BoundExpr], codes: [Int], otherwise: Int?) {
        self.name = name
        self.labels = labels
        self.conditions = conditions
        self.codes = codes
        self.otherwise = otherwise
    }
}

extension Binder {
    /// The lifecycle of that name, if the user defined one.
    func lifecycle(named name: String) -> LifecycleDefinition? {
        let key = name.lowercased()
        return lifecycles.first { $0.name.lowercased() == key }
    }

    /// The `computeLifecycle` steps a step needs before it: one for each lifecycle it names that the
    /// relation does not have yet (a stored column of that name wins), and before each, those its own
    /// conditions name. The column is added to the scope as hidden, so the rows listed at the end do
    /// not gain it unless a `show` asks for it.
    func lifecycleSteps(for step: Step, scope: inout Scope) throws(Diagnostic) -> [BoundStep] {
        guard !lifecycles.isEmpty else { return [] }
        var names: [Identifier] = []
        step.collectNames(into: &names)
        var steps: [BoundStep] = []
        for name in names {
            try addLifecycle(name, scope: &scope, steps: &steps, path: [])
        }
        return steps
    }

    private func addLifecycle(_ name: Identifier, scope: inout Scope, steps: inout [BoundStep],
                              path: [String]) throws(Diagnostic) {
        guard let definition = lifecycle(named: name.name), scope.resolve(name.name) == nil else { return }
        if path.contains(definition.name.lowercased()) {
            throw Diagnostic("lifecycle \"\(definition.name)\" refers to itself", source: definition.source,
                             span: name.span, hint: "a lifecycle may use other lifecycles, never itself")
        }
        var inner = Binder(catalog: catalog, context: context, source: definition.source, parameters: parameters)
        inner.eventTypes = eventTypes
        inner.segmentNames = segmentNames
        inner.lifecycles = lifecycles
        inner.eventHorizon = eventHorizon
        var mentioned: [Identifier] = []
        for branch in definition.body.branches { branch.condition.collectNames(into: &mentioned) }
        for reference in mentioned {
            try inner.addLifecycle(reference, scope: &scope, steps: &steps, path: path + [definition.name.lowercased()])
        }
        let bound = try inner.bindLifecycle(definition, scope: scope)
        steps.append(.computeLifecycle(bound))
        scope.hidden.insert(scope.columns.count)
        scope.columns.append(Schema.Column(name: definition.name, type: .string))
    }

    /// The lifecycle `subject` as it was at the end of `day`: it and the lifecycles it uses bound on
    /// `scope`'s columns with `day` as today and every event condition cut at the day's end. The
    /// lifecycle columns the relation already has hold today's values, so they are out of sight here
    /// and worked out again for the day.
    func pastLifecycle(_ subject: Identifier, day: Int32, scope: Scope) throws(Diagnostic) -> PastLifecycle {
        var pastContext = context
        pastContext.today = day
        var inner = Binder(catalog: catalog, context: pastContext, source: source, parameters: parameters)
        inner.eventTypes = eventTypes
        inner.segmentNames = segmentNames
        inner.lifecycles = lifecycles
        inner.eventHorizon = day &+ 1
        var past = scope
        for index in scope.hidden { past.columns[index].name = "\u{1}" + past.columns[index].name }
        past.hidden = []
        var steps: [BoundStep] = []
        try inner.addLifecycle(subject, scope: &past, steps: &steps, path: [])
        let chain = steps.compactMap { step -> BoundLifecycle? in
            if case .computeLifecycle(let lifecycle) = step { lifecycle } else { nil }
        }
        return PastLifecycle(chain: chain, columnCount: scope.columns.count, lastSeenColumn: scope.lastSeenColumn)
    }

    /// The conditions bound on `scope`, and the labels numbered in declared order.
    func bindLifecycle(_ definition: LifecycleDefinition, scope: Scope) throws(Diagnostic) -> BoundLifecycle {
        let labels = definition.body.labels
        var conditions: [BoundExpr] = []
        var codes: [Int] = []
        for branch in definition.body.branches {
            conditions.append(try bindPredicate(branch.condition, scope: scope))
            codes.append(labels.firstIndex(of: branch.label.name) ?? 0)
        }
        let otherwise = definition.body.otherwise.flatMap { labels.firstIndex(of: $0.name) }
        return BoundLifecycle(name: definition.name, labels: labels, conditions: conditions, codes: codes,
                              otherwise: otherwise)
    }

    /// Binds a definition on a table, so `define` reports a misspelt column or value at once rather than
    /// at the first query that uses it.
    public func checkLifecycle(_ definition: LifecycleDefinition, on table: String) throws(Diagnostic) {
        guard let schema = catalog[table.lowercased()] else { return }
        var scope = Scope(schema: schema)
        var steps: [BoundStep] = []
        var mentioned: [Identifier] = []
        for branch in definition.body.branches { branch.condition.collectNames(into: &mentioned) }
        var inner = Binder(catalog: catalog, context: context, source: definition.source, parameters: parameters)
        inner.eventTypes = eventTypes
        inner.segmentNames = segmentNames
        inner.lifecycles = lifecycles.filter { $0.name.lowercased() != definition.name.lowercased() } + [definition]
        for reference in mentioned {
            try inner.addLifecycle(reference, scope: &scope, steps: &steps, path: [definition.name.lowercased()])
        }
        _ = try inner.bindLifecycle(definition, scope: scope)
    }
}

extension Step {
    /// Every bare name the step mentions, so the binder knows which lifecycles to compute before it.
    func collectNames(into names: inout [Identifier]) {
        switch kind {
        case .filter(let expr):
            expr.collectNames(into: &names)
        case .aggregate(let calls, let keys):
            names += keys
            for call in calls { call.collectNames(into: &names) }
        case .show(let shown):
            names += shown ?? []
        case .showExpressions(let items):
            for item in items { item.expr.collectNames(into: &names) }
        case .sort(let keys), .top(_, let keys):
            for key in keys {
                if let expression = key.expression { expression.collectNames(into: &names) } else { names.append(key.column) }
            }
        case .distinct(let column, _):
            names.append(column)
        case .export(let request):
            names += request.columns ?? []
        case .funnel(let request):
            names += request.by.map { [$0] } ?? []
        case .time, .limit, .holdout, .sample, .preview:
            break
        }
    }
}

extension AggregateCall {
    func collectNames(into names: inout [Identifier]) {
        if let column { names.append(column) }
        argument?.collectNames(into: &names)
        condition?.collectNames(into: &names)
        for divisor in divisor { divisor.collectNames(into: &names) }
    }
}

extension Expr {
    /// The bare names in the expression, walked with an explicit stack since `and` chains may be long.
    func collectNames(into names: inout [Identifier]) {
        var pending: [Expr] = [self]
        while let expr = pending.popLast() {
            switch expr.kind {
            case .name(let name): names.append(Identifier(name, span: expr.span))
            case .literal, .ago, .parameter, .did, .eventTime, .member, .changed: break
            case .compare(_, let left, let right), .arithmetic(_, let left, let right),
                 .match(_, let left, let right, _), .pattern(_, let left, let right, _):
                pending += [left, right]
            case .and(let terms), .or(let terms): pending += terms
            case .not(let inner), .negate(let inner), .isNull(let inner, _), .time(let inner, _): pending.append(inner)
            case .inList(let subject, let items, _): pending += [subject] + items
            case .call(_, let arguments): pending += arguments
            }
        }
    }
}
