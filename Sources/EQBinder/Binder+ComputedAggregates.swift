import EQDiagnostics
import EQSyntax
import EQTypes

extension Binder {
    /// Aggregates over expressions, conditions and ratios, as plain aggregates over added columns:
    /// `avg days(a - b)` averages a computed column; `count where C` counts a mark of C that is null
    /// where C does not hold, and `share where C` averages a 0/1 mark; `A / B` aggregates both, then divides them as decimals and keeps
    /// only the keys and the requested columns.
    func bindComputedAggregates(_ calls: [AggregateCall], keys: [Identifier], scope: inout Scope) throws(Diagnostic) -> [BoundStep] {
        var steps: [BoundStep] = []
        var computed: [ComputedColumn] = []
        var hidden = scope
        var terms: [AggregateCall] = []
        var proportions: [Bool] = []
        /// Per requested call: the term index it reads, or the two a ratio divides.
        var outputs: [(name: String?, numerator: Int, denominator: Int?)] = []

        func prepare(_ term: AggregateCall) throws(Diagnostic) -> Int {
            var plain = term
            plain.divisor = []
            plain.alias = nil
            var proportion = false
            if let condition = term.condition {
                let mark = "#mark\(hidden.columns.count)"
                steps.append(.computeCondition(try bindPredicate(condition, scope: scope), name: mark,
                                               falseIsNull: term.function != .share))
                hidden.columns.append(Schema.Column(name: mark, type: .int))
                plain.condition = nil
                plain.function = term.function == .share ? .avg : .count
                plain.column = Identifier(mark, span: condition.span)
                proportion = term.function == .share
            } else if let argument = term.argument {
                // Named by its text, so the result is `avg_days(resolved_at - opened_at)`.
                let name = source.text(of: argument.span)
                computed.append(ComputedColumn(expr: try bindScalar(argument, scope: scope), name: name))
                hidden.columns.append(Schema.Column(name: name, type: computed[computed.count - 1].type))
                plain.argument = nil
                plain.column = Identifier(name, span: argument.span)
            }
            terms.append(plain)
            proportions.append(proportion)
            return terms.count - 1
        }

        for call in calls {
            let numerator = try prepare(call)
            let denominator = try call.divisor.first.map { divisor throws(Diagnostic) in try prepare(divisor) }
            let written = call.condition != nil || denominator != nil ? source.text(of: call.span) : nil
            outputs.append((call.alias?.name ?? written, numerator, denominator))
        }
        var bindingScope = hidden
        guard case .aggregate(let boundKeys, var aggregates) = try bindAggregate(terms, keys: keys, scope: &bindingScope) else {
            throw error("internal error: an aggregate bound to another step", at: calls[0].span)
        }
        for index in aggregates.indices { aggregates[index].proportion = proportions[index] }
        let hasRatio = outputs.contains { $0.denominator != nil }
        for output in outputs {
            guard let denominator = output.denominator else {
                if let name = output.name { aggregates[output.numerator].name = name }
                continue
            }
            // The parts of a ratio get hidden names, so they never clash with a shown column.
            aggregates[output.numerator].name = "#term\(output.numerator)"
            aggregates[denominator].name = "#term\(denominator)"
        }
        var seen = Set<String>()
        for name in boundKeys.map(\.name) + outputs.map({ $0.name ?? aggregates[$0.numerator].name })
            where !seen.insert(name.lowercased()).inserted {
            throw error("the result would have two columns named \"\(name)\"", at: calls[0].span, hint: "name one with `as`")
        }
        steps = orderedPreSteps(marks: steps, computed: computed, hidden: hidden, scope: scope)
        steps.append(.aggregate(keys: boundKeys, aggregates: aggregates))
        let aggregated = boundKeys.map { Schema.Column(name: $0.name, type: $0.type) }
            + aggregates.map { Schema.Column(name: $0.name, type: $0.type) }
        guard hasRatio else {
            scope = Scope(columns: aggregated)
            return steps
        }
        var ratios: [ComputedColumn] = []
        var shown: [BoundColumn] = boundKeys.indices.map {
            BoundColumn(ref: .base($0), name: boundKeys[$0].name, type: boundKeys[$0].type)
        }
        for output in outputs {
            let numeratorIndex = boundKeys.count + output.numerator
            guard let denominator = output.denominator else {
                let aggregate = aggregates[output.numerator]
                shown.append(BoundColumn(ref: .base(numeratorIndex), name: aggregate.name, type: aggregate.type))
                continue
            }
            let numerator = aggregates[output.numerator]
            let divisor = aggregates[denominator]
            let expr = ScalarExpr.arithmetic(
                .divide,
                .column(BoundColumn(ref: .base(numeratorIndex), name: numerator.name, type: numerator.type)),
                .column(BoundColumn(ref: .base(boundKeys.count + denominator), name: divisor.name, type: divisor.type)),
                .double)
            var ratio = ComputedColumn(expr: expr, name: output.name ?? "ratio")
            ratio.proportion = true
            shown.append(BoundColumn(ref: .base(aggregated.count + ratios.count), name: ratio.name, type: .double))
            ratios.append(ratio)
        }
        steps.append(.compute(ratios))
        steps.append(.project(shown))
        scope = Scope(columns: shown.map { Schema.Column(name: $0.name, type: $0.type) })
        return steps
    }

    /// The marks and computed arguments in the order their columns were added to `hidden`, so each
    /// added column lands at the index the aggregate refers to.
    private func orderedPreSteps(marks: [BoundStep], computed: [ComputedColumn], hidden: Scope, scope: Scope) -> [BoundStep] {
        var steps: [BoundStep] = []
        var markIterator = marks.makeIterator()
        var computedIterator = computed.makeIterator()
        for column in hidden.columns.dropFirst(scope.columns.count) {
            if column.name.hasPrefix("#mark") {
                if let mark = markIterator.next() { steps.append(mark) }
            } else if let item = computedIterator.next() {
                steps.append(.compute([item]))
            }
        }
        return steps
    }
}
