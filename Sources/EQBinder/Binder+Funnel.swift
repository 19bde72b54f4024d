import EQDiagnostics
import EQSyntax
import EQTypes

/// `funnel A -> B within N unit [time clause] [by COL]`. Each step's type resolves as `did TYPE` does
/// (the events table, its key and type columns, the type checked against the types the data holds), so
/// a misspelled step is an error with a suggestion rather than a funnel that stops at zero.
extension Binder {
    /// The longest window, so the window's end can never overflow a time.
    static let maximumWindowDays: Int64 = 36_525

    func bindFunnel(_ request: FunnelRequest, span: SourceSpan, scope: inout Scope) throws(Diagnostic) -> BoundStep {
        guard let id = scope.resolve("id"), case .base = id.ref, id.type == .int else {
            throw error("a funnel follows users by their integer `id` column, and this relation has none", at: span,
                        hint: "funnel a list of users: `users where role = student | funnel ...`")
        }
        // The kernel keeps a step's type in a byte; no funnel a person reads has more steps than this.
        guard request.steps.count <= BoundFunnel.maximumSteps else {
            throw error("a funnel takes at most \(BoundFunnel.maximumSteps) steps", at: request.steps[BoundFunnel.maximumSteps].span)
        }
        var conditions: [EventCondition] = []
        for step in request.steps {
            conditions.append(try eventCondition(type: step, span: step.span, scope: scope))
        }
        let first = conditions[0]
        guard let timeIndex = first.timeColumn, let schema = catalog[first.table],
              schema.columns[timeIndex].type.isTemporal else {
            throw error("the events table has no date or timestamp column, so a funnel cannot order its steps",
                        at: span, hint: "declare one with `load events from \"...\" time COLUMN`")
        }
        guard request.windowCount > 0 else {
            throw error("a funnel's window must be at least 1 \(request.windowUnit.rawValue)", at: request.windowSpan,
                        hint: "write `within 14 days`")
        }
        let daysPerUnit: Int64 = switch request.windowUnit {
        case .hour: 1
        case .day: 1
        case .week: 7
        case .month: 31
        case .quarter: 92
        case .year: 366
        }
        let limit = request.windowUnit == .hour ? Binder.maximumWindowDays * 24 : Binder.maximumWindowDays / daysPerUnit
        guard request.windowCount <= limit else {
            throw error("a funnel's window is at most 100 years", at: request.windowSpan)
        }
        let timeColumn = BoundColumn(ref: .base(timeIndex), name: schema.columns[timeIndex].name,
                                     type: schema.columns[timeIndex].type)
        var firstStepTimes: [EventBounds]?
        if let clause = request.firstStepTime {
            firstStepTimes = try eventBounds(bindTime(clause, on: timeColumn))
        }
        var group: BoundColumn?
        var controlLabel: String?
        if let key = request.by {
            let column = try resolve(key, in: scope)
            group = column
            if case .base(let index) = column.ref { controlLabel = scope.columns[index].holdoutLabel }
        }
        let funnel = BoundFunnel(eventsTable: first.table, userColumn: first.userColumn, keyColumn: first.keyColumn,
                                 typeColumn: first.typeColumn, timeColumn: timeIndex,
                                 steps: request.steps.map(\.name), windowCount: request.windowCount,
                                 windowUnit: request.windowUnit, firstStepTimes: firstStepTimes, group: group,
                                 controlLabel: controlLabel, names: first.names)
        scope = Scope(columns: funnel.outputColumns)
        scope.isFunnelResult = true
        return .funnel(funnel)
    }
}
