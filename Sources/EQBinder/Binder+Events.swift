import EQDiagnostics
import EQSyntax
import EQTypes

/// Conditions on a user's events (`did login last 30 days`, `first login before 2024-03`) and segment
/// membership (`in reachable`). The events table is the one with a key column (`user_id`, or declared
/// with `load ... key COLUMN`); the users' side joins on its `id` column.
extension Binder {
    /// The event forms of a `where` condition, or nil for every other condition.
    func bindEventExpr(_ expr: Expr, scope: Scope) throws(Diagnostic) -> BoundExpr? {
        switch expr.kind {
        case .did(let match):
            return try bindEventMatch(match, span: expr.span, scope: scope)
        case .member(let segment):
            return try bindMembership(segment, span: expr.span, scope: scope)
        case .eventTime:
            throw error("`\(source.text(of: expr.span))` is a time, not a condition", at: expr.span,
                        hint: "compare it: `\(source.text(of: expr.span)) since 2024-01`, or write `did ...`")
        case .compare(let op, let left, let right):
            if case .eventTime(let time) = left.kind {
                return try bindEventTime(time, span: left.span, scope: scope) { column throws(Diagnostic) in
                    try temporalComparison(column, op, right)
                }
            }
            if case .eventTime(let time) = right.kind {
                return try bindEventTime(time, span: right.span, scope: scope) { column throws(Diagnostic) in
                    try temporalComparison(column, op.flipped, left)
                }
            }
            return nil
        case .time(let subject, let clause):
            guard case .eventTime(let time) = subject.kind else { return nil }
            return try bindEventTime(time, span: subject.span, scope: scope) { column throws(Diagnostic) in
                try bindTime(clause, on: column)
            }
        case .isNull(let subject, let negated):
            guard case .eventTime(let time) = subject.kind else { return nil }
            // A first or last time is null exactly when the user has no event of that type.
            var condition = try eventCondition(type: time.type, span: subject.span, scope: scope)
            condition.accepted = [negated ? EventBounds(lower: 1) : EventBounds(lower: 0, upper: 1)]
            return .event(condition)
        case .inList(let subject, _, _), .match(_, let subject, _, _):
            guard case .eventTime = subject.kind else { return nil }
            throw error("`\(source.text(of: subject.span))` is a time: compare it with `<`, `since`, `between`...",
                        at: subject.span)
        default:
            return nil
        }
    }

    func bindEventMatch(_ match: EventMatch, span: SourceSpan, scope: Scope) throws(Diagnostic) -> BoundExpr {
        var condition = try eventCondition(type: match.type, span: span, scope: scope)
        if let clause = match.time {
            guard let timeIndex = condition.timeColumn, let schema = catalog[condition.table] else {
                throw error("the events table has no time column for this window", at: clause.span,
                            hint: "declare one with `load events from \"...\" time COLUMN`")
            }
            let column = BoundColumn(ref: .base(timeIndex), name: schema.columns[timeIndex].name,
                                     type: schema.columns[timeIndex].type)
            let window = try eventBounds(bindTime(clause, on: column))
            condition.window = (window.first ?? EventBounds(lower: 0, upper: 0)).clamped(to: condition.window)
        }
        switch match.count {
        case nil: condition.accepted = [EventBounds(lower: 1)]
        case .atLeast(let count): condition.accepted = [EventBounds(lower: max(count, 0))]
        case .atMost(let count): condition.accepted = [EventBounds(lower: 0, upper: count == .max ? .max : count + 1)]
        case .exactly(let count): condition.accepted = [EventBounds(lower: count, upper: count == .max ? .max : count + 1)]
        }
        return .event(match.negated ? condition.negated : condition)
    }

    /// `first login` / `last login` under a comparison built by `compare` on a stand-in timestamp column.
    private func bindEventTime(_ time: EventTime, span: SourceSpan, scope: Scope,
                               _ compare: (BoundColumn) throws(Diagnostic) -> BoundExpr) throws(Diagnostic) -> BoundExpr {
        var condition = try eventCondition(type: time.type, span: span, scope: scope)
        guard let timeIndex = condition.timeColumn, let schema = catalog[condition.table] else {
            throw error("the events table has no time column, so events have no first or last time", at: span,
                        hint: "declare one with `load events from \"...\" time COLUMN`")
        }
        condition.measure = time.latest ? .last : .first
        let column = BoundColumn(ref: .base(timeIndex), name: source.text(of: span),
                                 type: schema.columns[timeIndex].type)
        condition.accepted = try eventBounds(compare(column))
        return .event(condition)
    }

    /// The time ranges a bound temporal comparison accepts, in the column's storage units.
    func eventBounds(_ expr: BoundExpr) throws(Diagnostic) -> [EventBounds] {
        func storage(_ value: Value?) -> Int64? {
            switch value {
            case .date(let day)?: Int64(day)
            case .timestamp(let micros)?: micros
            default: nil
            }
        }
        switch expr {
        case .range(_, let lower, let upper):
            return [EventBounds(lower: storage(lower) ?? .min, upper: storage(upper) ?? .max)]
        case .or(let items):
            var bounds: [EventBounds] = []
            for item in items { bounds += try eventBounds(item) }
            return bounds.sorted { $0.lower < $1.lower }
        case .constant(false):
            return []
        default:
            return [EventBounds()]
        }
    }

    /// Resolves the events table, its key, type and time columns, the users' id column and the type
    /// (checked against the types the data holds, for "did you mean").
    func eventCondition(type: Identifier, span: SourceSpan, scope: Scope) throws(Diagnostic) -> EventCondition {
        let candidates = catalog.filter { $0.value.keyColumn != nil }.sorted { $0.key < $1.key }
        guard let (tableKey, schema) = candidates.first(where: { $0.key == "events" }) ?? candidates.first,
              let keyIndex = schema.keyColumn else {
            throw error("no events table is loaded for `\(source.text(of: span))`", at: span,
                        hint: "load one with a user key: `load events from \"events.csv\" key user_id`")
        }
        guard schema.columns[keyIndex].type == .int else {
            throw error("the events' key \(schema.columns[keyIndex].name) is \(schema.columns[keyIndex].type); "
                        + "event conditions join on integer ids", at: span)
        }
        guard let typeIndex = ["type", "event_type", "event", "name"].lazy.compactMap({ schema.index(of: $0) }).first,
              schema.columns[typeIndex].type == .string else {
            throw error("the events table \(schema.name) has no string column `type`", at: span)
        }
        guard let user = scope.resolve("id"), case .base(let userIndex) = user.ref, user.type == .int else {
            throw error("`\(source.text(of: span))` joins on an integer `id` column, and this relation has none",
                        at: span, hint: "event conditions apply to users: `users where did login`")
        }
        if let known = eventTypes[tableKey], !known.contains(type.name) {
            throw error("no event has type \"\(type.name)\"", at: type.span,
                        hint: Suggestion.hint(for: type.name, in: known)
                            ?? "the types are \(known.sorted().joined(separator: ", "))")
        }
        let timeIndex = schema.timeColumn
        let names = EventCondition.Names(user: user.name, key: schema.columns[keyIndex].name,
                                         type: schema.columns[typeIndex].name,
                                         time: timeIndex.map { schema.columns[$0].name },
                                         timeIsDate: timeIndex.map { schema.columns[$0].type == .date } ?? false)
        var window: EventBounds?
        if let horizon = eventHorizon {
            guard let timeIndex else {
                throw error("`\(source.text(of: span))` at a past date needs the events' time column", at: span,
                            hint: "declare one with `load events from \"...\" time COLUMN`")
            }
            let end = schema.columns[timeIndex].type == .date ? Int64(horizon) : CivilDate.micros(ofDay: horizon)
            window = EventBounds(upper: end)
        }
        return EventCondition(table: tableKey, userColumn: userIndex, keyColumn: keyIndex, typeColumn: typeIndex,
                              timeColumn: timeIndex, type: type.name, window: window, measure: .count,
                              accepted: [EventBounds(lower: 1)], names: names)
    }

    func bindMembership(_ segment: Identifier, span: SourceSpan, scope: Scope) throws(Diagnostic) -> BoundExpr {
        guard segmentNames.contains(where: { $0.lowercased() == segment.name.lowercased() }) else {
            throw error("unknown segment \"\(segment.name)\"", at: segment.span,
                        hint: Suggestion.hint(for: segment.name, in: segmentNames)
                            ?? (segmentNames.isEmpty ? "define one with `let NAME = QUERY`"
                                : "segments: \(segmentNames.sorted().joined(separator: ", "))"))
        }
        guard let id = scope.resolve("id"), case .base = id.ref else {
            throw error("`in \(segment.name)` matches rows by their `id` column, and this relation has none",
                        at: span)
        }
        return .member(id, segment: segment.name.lowercased(), negated: false)
    }
}
