import EQDiagnostics
import EQSyntax
import EQTypes

/// A derived column's value as it was at the end of a past day: status or stage worked out from the
/// last login among the login events up to that day, with that day as today, or a lifecycle's label
/// worked out on the users as they were then. Users who joined after the day are `not_registered`.
public struct AsOfColumn: Sendable, Hashable {
    public var derived: DerivedColumn
    /// Set when the column is a lifecycle's past value; `derived` is then unused.
    public var lifecycle: PastLifecycle?
    public var day: Int32
    /// The column's name in the relation (`status as of 2024-06-01`, which no query can type, or
    /// `from`/`to` in a transitions matrix).
    public var name: String
    /// The values in their order of meaning, `not_registered` last; a row's code indexes this.
    public var labels: [String]
    /// The events table the login events come from.
    public var events: String
    public init(derived: DerivedColumn, day: Int32, name: String, labels: [String], events: String) {
        self.derived = derived
        self.day = day
        self.name = name
        self.labels = labels
        self.events = events
    }

    /// What the column holds, for `explain`.
    public var subject: String { lifecycle?.chain.last?.name ?? derived.rawValue }
}

/// A lifecycle evaluated at the end of a past day. Its conditions are bound with that day as today
/// and every event condition cut at the day's end, so `did apply` means "had applied by then" and
/// `first login is null` "had not logged in by then"; they run on the relation's first `columnCount`
/// columns with the last-login column recomputed from the login events up to the day, followed by
/// the lifecycles in `chain` (those the subject uses, then the subject), each appended in turn.
/// Stored columns and segment membership are read as they are now: eq keeps no history of them.
public struct PastLifecycle: Sendable, Hashable {
    public var chain: [BoundLifecycle]
    public var columnCount: Int
    /// The column whose last login is recomputed, if the relation has one.
    public var lastSeenColumn: Int?
    public init(chain: [BoundLifecycle], columnCount: Int, lastSeenColumn: Int?) {
        self.chain = chain
        self.columnCount = columnCount
        self.lastSeenColumn = lastSeenColumn
    }
}

extension Binder {
    /// The label of users who had not joined yet at the date.
    public static let notRegistered = "not_registered"

    /// The as-of column of `subject` at the end of `day`, checked: status or stage, on a relation that
    /// still has its last-login column, with an events table to take logins from.
    func asOfColumn(_ subject: Identifier, day: Int32, name: String, scope: Scope) throws(Diagnostic) -> AsOfColumn {
        guard catalog["events"] != nil else {
            throw error("\(subject.name) at a past date needs the `events` table's login events", at: subject.span,
                        hint: "load one with `load events from \"events.csv\"`")
        }
        let resolved = scope.resolve(subject.name)
        if lifecycle(named: subject.name) != nil,
           resolved.map({ if case .base(let index) = $0.ref { scope.hidden.contains(index) } else { false } }) ?? true {
            let past = try pastLifecycle(subject, day: day, scope: scope)
            let labels = (past.chain.last?.labels ?? []) + [Binder.notRegistered]
            var column = AsOfColumn(derived: .status, day: day, name: name, labels: labels, events: "events")
            column.lifecycle = past
            return column
        }
        let column = try resolve(subject, in: scope)
        guard case .derived(let derived, _) = column.ref, derived == .status || derived == .stage else {
            throw error("\"\(subject.name)\" has no past values to compare", at: subject.span,
                        hint: "`changed` and `transitions` work on status, stage and lifecycles (`define`)")
        }
        let labels = EngagementRules.dayRanges(of: derived, context: context).map(\.value) + [Binder.notRegistered]
        return AsOfColumn(derived: derived, day: day, name: name, labels: labels, events: "events")
    }

    /// The last day a date expression covers: a date itself, a month's or year's last day.
    func lastDay(of expr: Expr) throws(Diagnostic) -> Int32 {
        CivilDate.day(ofMicros: try period(of: expr).end - 1)
    }

    /// The hidden as-of columns a filter's `changed` conditions read, added before the filter.
    /// The column `changed` follows, which must be a bare name.
    func changeSubject(_ change: ValueChange) throws(Diagnostic) -> Identifier {
        guard case .name(let name) = change.subject.kind else {
            throw error("`changed` follows a column: status, stage or a lifecycle", at: change.subject.span)
        }
        return Identifier(name, span: change.subject.span)
    }

    func changeSteps(for step: Step, scope: inout Scope) throws(Diagnostic) -> [BoundStep] {
        guard case .filter(let expr) = step.kind else { return [] }
        var steps: [BoundStep] = []
        var pending: [Expr] = [expr]
        while let current = pending.popLast() {
            switch current.kind {
            case .and(let terms), .or(let terms): pending += terms
            case .not(let inner): pending.append(inner)
            case .changed(let change):
                let subject = try changeSubject(change)
                let (first, last) = (try lastDay(of: change.start), try lastDay(of: change.end))
                guard first <= last else {
                    throw error("\(CivilDate.format(days: first)) is after \(CivilDate.format(days: last))",
                                at: change.start.span.union(change.end.span), hint: "write the earlier date first")
                }
                for day in [first, last] {
                    let name = Binder.asOfName(subject.name, day)
                    guard scope.resolve(name) == nil else { continue }
                    steps.append(.computeAsOf(try asOfColumn(subject, day: day, name: name, scope: scope)))
                    scope.hidden.insert(scope.columns.count)
                    scope.columns.append(Schema.Column(name: name, type: .string))
                }
            default: break
            }
        }
        return steps
    }

    static func asOfName(_ subject: String, _ day: Int32) -> String {
        "\(subject.lowercased()) as of \(CivilDate.format(days: day))"
    }

    /// `status changed from X to Y between D1 and D2` on the as-of columns `changeSteps` added.
    func bindChange(_ change: ValueChange, scope: Scope) throws(Diagnostic) -> BoundExpr {
        let subject = try changeSubject(change)
        let (first, last) = (try lastDay(of: change.start), try lastDay(of: change.end))
        guard let before = scope.resolve(Binder.asOfName(subject.name, first)),
              let after = scope.resolve(Binder.asOfName(subject.name, last)) else {
            throw error("`changed` can only be used in a `where`", at: subject.span)
        }
        let column = try asOfColumn(subject, day: first, name: "", scope: scope)
        func label(_ expr: Expr?) throws(Diagnostic) -> Value? {
            guard let expr else { return nil }
            let text: String
            switch expr.kind {
            case .name(let word): text = word
            case .literal(.string(let string)): text = string
            case .parameter(let name): text = (parameters[name] ?? parameters[name.lowercased()]) ?? ""
            default: throw error("expected a value of \(subject.name)", at: expr.span)
            }
            guard column.labels.contains(text) else {
                throw error("\(subject.name) has no value \"\(text)\"", at: expr.span,
                            hint: Suggestion.hint(for: text, in: column.labels)
                                ?? "its values are " + column.labels.joined(separator: ", "))
            }
            return .string(text)
        }
        let from = try label(change.from)
        let to = try label(change.to)
        switch (from, to) {
        case (let from?, let to?):
            return .and([.compare(before, .eq, from), .compare(after, .eq, to)])
        case (let from?, nil):
            return .and([.compare(before, .eq, from), .compare(after, .ne, from)])
        case (nil, let to?):
            return .and([.compare(before, .ne, to), .compare(after, .eq, to)])
        case (nil, nil):
            return .or(column.labels.map { value in .and([.compare(before, .eq, .string(value)),
                                                          .compare(after, .ne, .string(value))]) })
        }
    }

    /// `transitions status from D1 to D2 where ...`: the users the clauses pick, their value as of each
    /// date, counted by the first with one column per value of the second and a total.
    public func bindTransitions(_ request: TransitionsRequest) throws(Diagnostic) -> BoundQuery {
        let users = Identifier("users", span: request.keyword)
        let query = Query(source: users, steps: request.steps, span: request.span)
        var bound = try bind(query)
        var scope = Scope(columns: bound.outputColumns)
        scope.timeColumn = bound.schema.timeColumn
        scope.lastSeenColumn = bound.schema.lastSeenColumn
        let (first, last) = (try lastDay(of: request.start), try lastDay(of: request.end))
        guard first <= last else {
            throw error("\(CivilDate.format(days: first)) is after \(CivilDate.format(days: last))",
                        at: request.start.span.union(request.end.span), hint: "write the earlier date first")
        }
        let from = try asOfColumn(request.subject, day: first, name: "from", scope: scope)
        let to = try asOfColumn(request.subject, day: last, name: "to", scope: scope)
        let fromColumn = BoundColumn(ref: .base(scope.columns.count), name: "from", type: .string)
        let toColumn = BoundColumn(ref: .base(scope.columns.count + 1), name: "to", type: .string)
        var aggregates = [BoundAggregate]()
        var marks: [BoundStep] = []
        for (index, label) in to.labels.enumerated() {
            let mark = "[to = \(label)]"
            marks.append(.computeCondition(.compare(toColumn, .eq, .string(label)), name: mark, falseIsNull: false))
            let markColumn = BoundColumn(ref: .base(scope.columns.count + 2 + index), name: mark, type: .int)
            aggregates.append(BoundAggregate(function: .sum, column: markColumn, name: label, type: .int))
        }
        aggregates.append(BoundAggregate(function: .count, column: nil, name: "total", type: .int))
        bound.steps += [.computeAsOf(from), .computeAsOf(to)] + marks
            + [.aggregate(keys: [fromColumn], aggregates: aggregates)]
        var matrix = Scope(columns: [Schema.Column(name: "from", type: .string)]
                           + aggregates.map { Schema.Column(name: $0.name, type: .int) })
        for step in request.after { bound.steps += try bindSteps(step, scope: &matrix) }
        bound.outputColumns = matrix.columns
        return bound
    }
}
