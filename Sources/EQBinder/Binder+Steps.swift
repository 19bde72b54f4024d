import EQDiagnostics
import EQSyntax
import EQTypes

extension Binder {
    /// A step with expressions becomes a `compute` of them, the step over the computed columns, and
    /// (for a sort) a projection that drops them again.
    func bindSteps(_ step: Step, scope: inout Scope) throws(Diagnostic) -> [BoundStep] {
        switch step.kind {
        case .showExpressions(let items):
            var computed: [ComputedColumn] = []
            var columns: [BoundColumn] = []
            for item in items {
                if case .name(let name) = item.expr.kind {
                    var column = try resolve(Identifier(name, span: item.expr.span), in: scope)
                    if let alias = item.alias { column.name = alias.name }
                    columns.append(column)
                    continue
                }
                let expr = try bindScalar(item.expr, scope: scope)
                let name = item.alias?.name ?? source.text(of: item.expr.span)
                columns.append(BoundColumn(ref: .base(scope.columns.count + computed.count), name: name, type: expr.type))
                computed.append(ComputedColumn(expr: expr, name: name))
            }
            var seen = Set<String>()
            for (item, column) in zip(items, columns) where !seen.insert(column.name.lowercased()).inserted {
                throw error("the result would have two columns named \"\(column.name)\"", at: item.expr.span,
                            hint: "name one with `as`")
            }
            var projected = Scope(columns: Binder.projectedColumns(columns, from: scope))
            projected.timeColumn = columns.firstIndex { $0.ref == .base(scope.timeColumn ?? -1) }
            projected.lastSeenColumn = columns.firstIndex { $0.ref == .base(scope.lastSeenColumn ?? -1) }
            scope = projected
            return (computed.isEmpty ? [] : [.compute(computed)]) + [.project(columns)]
        case .sort(let keys) where keys.contains { $0.expression != nil },
             .top(_, let keys) where keys.contains { $0.expression != nil }:
            var computed: [ComputedColumn] = []
            var bound: [BoundSortKey] = []
            let defaultDescending = if case .top = step.kind { true } else { false }
            for key in keys {
                guard let expression = key.expression else {
                    bound.append(BoundSortKey(column: try resolve(key.column, in: scope),
                                              descending: key.descending ?? defaultDescending))
                    continue
                }
                let expr = try bindScalar(expression, scope: scope)
                let column = BoundColumn(ref: .base(scope.columns.count + computed.count), name: key.column.name, type: expr.type)
                computed.append(ComputedColumn(expr: expr, name: key.column.name))
                bound.append(BoundSortKey(column: column, descending: key.descending ?? defaultDescending))
            }
            let ordering: BoundStep
            if case .top(let count, _) = step.kind {
                guard count >= 0 else { throw error("`top` needs a count of zero or more", at: step.span) }
                ordering = .top(count, bound)
            } else {
                ordering = .sort(bound)
            }
            return [.compute(computed), ordering, .project(scope.allBaseColumns)]
        case .funnel(let request):
            return [try bindFunnel(request, span: step.span, scope: &scope)]
        case .time(let clause) where scope.isFunnelResult:
            throw error("a funnel's time clause comes before its `by`", at: clause.span,
                        hint: "it picks the first steps: `funnel signup -> apply within 14 days since 2024-01 by cohort`")
        case .aggregate(let calls, let keys)
            where calls.contains(where: { $0.argument != nil || $0.condition != nil || !$0.divisor.isEmpty }):
            return try bindComputedAggregates(calls, keys: keys, scope: &scope)
        default:
            return [try bind(step, scope: &scope)]
        }
    }

    func bind(_ step: Step, scope: inout Scope) throws(Diagnostic) -> BoundStep {
        switch step.kind {
        case .filter(let expr):
            return .filter(try bindPredicate(expr, scope: scope))
        case .time(let clause):
            guard let index = scope.timeColumn else {
                throw error("this relation has no time column for `\(source.text(of: clause.span).split(separator: " ").first ?? "")`",
                            at: clause.span, hint: "declare one with `load ... time COLUMN`, or compare a column: `where joined_at since 2024-01`")
            }
            let column = BoundColumn(ref: .base(index), name: scope.columns[index].name, type: scope.columns[index].type)
            return .filter(try bindTime(clause, on: column))
        case .aggregate(let calls, let keys):
            return try bindAggregate(calls, keys: keys, scope: &scope)
        case .show(let names):
            let columns: [BoundColumn]
            if let names {
                var resolved: [BoundColumn] = []
                for name in names { resolved.append(try resolve(name, in: scope)) }
                columns = resolved
            } else {
                columns = scope.allBaseColumns.enumerated().filter { !scope.hidden.contains($0.offset) }.map(\.element)
            }
            var projected = Scope(columns: Binder.projectedColumns(columns, from: scope))
            // A shown time or last-login column keeps its role, so later steps can still use
            // `since ...` or `status` (the executor keeps the roles when it projects).
            projected.timeColumn = columns.firstIndex { $0.ref == .base(scope.timeColumn ?? -1) }
            projected.lastSeenColumn = columns.firstIndex { $0.ref == .base(scope.lastSeenColumn ?? -1) }
            scope = projected
            return .project(columns)
        case .sort(let keys):
            return .sort(try bindSortKeys(keys, defaultDescending: false, scope: scope))
        case .top(let count, let keys):
            guard count >= 0 else { throw error("`top` needs a count of zero or more", at: step.span) }
            return .top(count, try bindSortKeys(keys, defaultDescending: true, scope: scope))
        case .limit(let count):
            guard count >= 0 else { throw error("`limit` needs a count of zero or more", at: step.span) }
            return .limit(count)
        case .showExpressions:
            throw error("internal error: an expression `show` bound as one step", at: step.span)
        case .funnel(let request):
            return try bindFunnel(request, span: step.span, scope: &scope)
        case .distinct(let name, let exact):
            let column = try resolve(name, in: scope)
            guard case .base(let index) = column.ref else {
                throw error("`distinct` keeps one row per value of a column of the list, and \(column.name) is worked "
                            + "out per query", at: name.span, hint: "show it first: `show \(column.name), ...`")
            }
            return .campaign(.distinct(column: index, name: column.name, isText: column.type == .string, exact: exact))
        case .holdout(let request):
            let idColumn = try campaignID(step, verb: "holdout", purpose: "splits rows", scope: scope)
            let name = request.column?.name ?? HoldoutRequest.defaultColumn
            if let existing = scope.resolve(name), case .base = existing.ref {
                throw error("the list already has a column \"\(existing.name)\"", at: request.column?.span ?? step.span,
                            hint: "put this split in a column of its own: `holdout ... into \(name)2`")
            }
            scope.columns.append(Schema.Column(name: name, type: .string, holdoutLabel: request.label))
            return .campaign(.holdout(idColumn: idColumn, basisPoints: request.share.basisPoints, label: request.label,
                                      seed: request.seed, column: name))
        case .sample(let request):
            let idColumn = try campaignID(step, verb: "sample", purpose: "picks rows", scope: scope)
            switch request.size {
            case .rows(let count):
                return .campaign(.sample(idColumn: idColumn, rows: count, basisPoints: nil, seed: request.seed))
            case .share(let percent):
                return .campaign(.sample(idColumn: idColumn, rows: nil, basisPoints: percent.basisPoints, seed: request.seed))
            }
        case .export, .preview:
            // Where the rows go, not a step over them: the session makes it the plan's sink.
            let verb = source.text(of: step.span).split(separator: " ").first ?? ""
            throw error("`\(verb)` ends a query", at: step.span, hint: "put the steps that shape the list before it")
        }
    }

    /// The columns a `show` keeps; a shown holdout column stays one, so a funnel `by` it still compares
    /// the two groups.
    static func projectedColumns(_ columns: [BoundColumn], from scope: Scope) -> [Schema.Column] {
        columns.map { column in
            var label: String?
            if case .base(let index) = column.ref, index < scope.columns.count { label = scope.columns[index].holdoutLabel }
            return Schema.Column(name: column.name, type: column.type, holdoutLabel: label)
        }
    }

    /// The integer `id` column a holdout or sample hashes, or an error at the step.
    private func campaignID(_ step: Step, verb: String, purpose: String, scope: Scope) throws(Diagnostic) -> Int {
        guard let id = scope.resolve("id"), case .base(let index) = id.ref, id.type == .int else {
            throw error("`\(verb)` \(purpose) by their integer `id` column, and this list has none", at: step.span,
                        hint: "keep `id` in the list: `show id, ...`")
        }
        return index
    }

    func bindSortKeys(_ keys: [SortKey], defaultDescending: Bool, scope: Scope) throws(Diagnostic) -> [BoundSortKey] {
        var bound: [BoundSortKey] = []
        for key in keys {
            bound.append(BoundSortKey(column: try resolve(key.column, in: scope),
                                      descending: key.descending ?? defaultDescending))
        }
        return bound
    }

    func bindAggregate(_ calls: [AggregateCall], keys: [Identifier], scope: inout Scope) throws(Diagnostic) -> BoundStep {
        var boundKeys: [BoundColumn] = []
        for key in keys { boundKeys.append(try resolve(key, in: scope)) }
        var aggregates: [BoundAggregate] = []
        for call in calls {
            var aggregate = try bindAggregateCall(call, scope: scope)
            if let alias = call.alias { aggregate.name = alias.name }
            aggregates.append(aggregate)
        }
        var seen = Set<String>()
        for name in boundKeys.map(\.name) + aggregates.map(\.name) where !seen.insert(name.lowercased()).inserted {
            throw error("the result would have two columns named \"\(name)\"", at: calls.first?.span ?? keys[0].span)
        }
        scope = Scope(columns: boundKeys.map { Schema.Column(name: $0.name, type: $0.type) }
                      + aggregates.map { Schema.Column(name: $0.name, type: $0.type) })
        return .aggregate(keys: boundKeys, aggregates: aggregates)
    }

    func bindAggregateCall(_ call: AggregateCall, scope: Scope) throws(Diagnostic) -> BoundAggregate {
        guard let identifier = call.column else {
            return BoundAggregate(function: .count, column: nil, name: "count", type: .int)
        }
        let column = try resolve(identifier, in: scope)
        let name = "\(call.function.rawValue)_\(column.name)"
        switch call.function {
        case .count:
            return BoundAggregate(function: .count, column: column, name: "count_\(column.name)", type: .int)
        case .countDistinct:
            return BoundAggregate(function: .countDistinct, column: column, name: name, type: .int)
        case .sum, .avg:
            guard column.type.isNumeric else {
                throw error("`\(call.function.rawValue)` needs a numeric column, and \(column.name) is \(column.type)",
                            at: identifier.span)
            }
            let type: DataType = call.function == .avg ? .double : column.type
            return BoundAggregate(function: call.function, column: column, name: name, type: type)
        case .min, .max:
            return BoundAggregate(function: call.function, column: column, name: name, type: column.type)
        case .share:
            throw error("`share` needs `where`", at: call.span, hint: "write `share where score > 500`")
        case .nps:
            guard column.type.isNumeric else {
                throw error("`nps` needs the numeric answers from 0 to 10, and \(column.name) is \(column.type)",
                            at: identifier.span)
            }
            return BoundAggregate(function: .nps, column: column, name: name, type: .double)
        case .median, .percentile:
            guard column.type.isNumeric else {
                throw error("`\(call.function.rawValue)` needs a numeric column, and \(column.name) is \(column.type)",
                            at: identifier.span)
            }
            var aggregate = BoundAggregate(function: call.function, column: column, name: name, type: .double)
            if call.function == .percentile, let fraction = call.fraction {
                aggregate.fraction = fraction
                aggregate.name = "p\(AggregateCall.percentText(fraction))_\(column.name)"
            }
            return aggregate
        }
    }
}
