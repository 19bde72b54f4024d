import EQDiagnostics
import EQOutput
import EQStore
import EQSyntax

extension Session {
    /// Warnings for string values a query compares with that its column never holds.
    ///
    /// `users where role = studnt` is valid and returns 0 rows; a campaign built on it exports an empty
    /// list without a word. So a string compared with `=`, `!=`, `in` or `not in` on a dictionary-encoded
    /// column must be one of the column's values, or the user hears about it with the closest values
    /// and their counts. Checked on the text, so a warning points at the value as written, in the
    /// statement or (when a segment runs) in the segment's definition; `--param` values are checked as
    /// they are substituted.
    func unmatchedValueWarnings(_ statement: Statement, source: SourceFile) -> [Diagnostic] {
        switch statement.kind {
        case .query(let query), .explain(let query), .explainAnalyze(let query):
            return unmatchedValueWarnings(query, source: source, depth: 0)
        case .report(let report), .explainReport(let report):
            // A report's `where` filters the users, or the table `trend` counts.
            var name = "users"
            if case .trend(.table(let counted)) = report.kind { name = counted.name }
            guard let table = table(named: name) else { return [] }
            return filterWarnings(report.steps, table: table, source: source, depth: 0)
        default:
            return []
        }
    }

    private func unmatchedValueWarnings(_ query: Query, source: SourceFile, depth: Int) -> [Diagnostic] {
        guard let table = table(named: query.source.name) else {
            guard depth < 16, let segment = segment(named: query.source.name),
                  let definition = parseDefinition(segment) else { return [] }
            let file = SourceFile(name: "segment \(segment.name)", text: segment.definition)
            return unmatchedValueWarnings(definition, source: file, depth: depth + 1)
                + filterWarnings(query.steps, table: baseTable(of: definition, depth: depth + 1), source: source,
                                 depth: depth)
        }
        return filterWarnings(query.steps, table: table, source: source, depth: depth)
    }

    /// The table whose columns a segment's rows carry; nil when its definition regroups them.
    private func baseTable(of query: Query, depth: Int) -> Table? {
        guard !query.steps.contains(where: { if case .aggregate = $0.kind { true } else { false } }) else { return nil }
        if let table = table(named: query.source.name) { return table }
        guard depth < 16, let segment = segment(named: query.source.name),
              let definition = parseDefinition(segment) else { return nil }
        return baseTable(of: definition, depth: depth + 1)
    }

    /// The filters up to the first step that changes the columns (`count by`, `show`), where a name
    /// still means the table's column. After a segment, the columns are the segment's table's.
    private func filterWarnings(_ steps: [Step], table: Table?, source: SourceFile, depth: Int) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for step in steps {
            switch step.kind {
            case .filter(let expr):
                if let table { collect(expr, table: table, source: source, depth: depth, into: &warnings) }
            case .aggregate, .show, .distinct, .funnel:
                return warnings
            default:
                continue
            }
        }
        return warnings
    }

    private func collect(_ expr: Expr, table: Table, source: SourceFile, depth: Int, into warnings: inout [Diagnostic]) {
        switch expr.kind {
        case .and(let terms), .or(let terms):
            for term in terms { collect(term, table: table, source: source, depth: depth, into: &warnings) }
        case .not(let inner):
            collect(inner, table: table, source: source, depth: depth, into: &warnings)
        case .compare(let op, let left, let right) where op == .eq || op == .ne:
            if let warning = check(left, right, table: table, source: source) {
                warnings.append(warning)
            } else if let warning = check(right, left, table: table, source: source) {
                warnings.append(warning)
            }
        // `in reachable` runs the segment: its definition is checked as if it were the query.
        case .member(let name):
            guard depth < 16, let segment = segment(named: name.name), let definition = parseDefinition(segment) else { return }
            let file = SourceFile(name: "segment \(segment.name)", text: segment.definition)
            warnings += unmatchedValueWarnings(definition, source: file, depth: depth + 1)
        case .inList(let subject, let items, _):
            for item in items {
                if let warning = check(subject, item, table: table, source: source) { warnings.append(warning) }
            }
        default:
            break
        }
    }

    private func check(_ subject: Expr, _ value: Expr, table: Table, source: SourceFile) -> Diagnostic? {
        if case .name(let columnName) = subject.kind, table.columnIndex(named: columnName) == nil,
           let labels = lifecycleLabels(named: columnName) {
            return checkLabel(value, lifecycle: columnName, labels: labels, table: table, source: source)
        }
        guard case .name(let columnName) = subject.kind, let index = table.columnIndex(named: columnName),
              case .string(let strings) = table.columns[index].storage, let codes = strings.codes else { return nil }
        guard let text = comparedText(value, table: table) else { return nil }
        guard strings.dictionary.code(of: text) == nil else { return nil }
        var counts = [Int](repeating: 0, count: strings.dictionary.count)
        let validity = table.columns[index].validity
        for rowIndex in codes.indices where validity.isValid(rowIndex) { counts[Int(codes[rowIndex])] += 1 }
        let column = table.columns[index].name
        let values = (0..<strings.dictionary.count).filter { counts[$0] > 0 }
            .map { (strings.dictionary.string(at: $0), counts[$0]) }
        let noun = Session.rowNoun(of: table)
        var warning = Diagnostic("no \(noun) has \(column) \"\(text)\"", source: source, span: value.span,
                                 hint: Session.closestValuesHint(text, among: values))
        warning.isWarning = true
        return warning
    }

    /// The text a condition compares a column with: a string, a bare word that names no column
    /// (`role = student`), or a `--param` value; nil for anything else (a column, a number).
    private func comparedText(_ value: Expr, table: Table) -> String? {
        switch value.kind {
        case .literal(.string(let string)): string
        case .name(let word) where table.columnIndex(named: word) == nil: word
        case .parameter(let name): parameters[name] ?? parameters[name.lowercased()]
        default: nil
        }
    }

    /// "user" for a table named users, else "row of TABLE": how a warning names one row.
    private static func rowNoun(of table: Table) -> String {
        table.name.lowercased().hasSuffix("s") ? String(table.name.dropLast()) : "row of \(table.name)"
    }

    /// A lifecycle's value is one of its labels, known without running it: a value that is none of
    /// them gets the warning a stored column's would, listing the labels.
    private func checkLabel(_ value: Expr, lifecycle: String, labels: [String], table: Table,
                            source: SourceFile) -> Diagnostic? {
        guard let text = comparedText(value, table: table) else { return nil }
        guard !labels.contains(text) else { return nil }
        let noun = Session.rowNoun(of: table)
        let suggestion = labels.first { $0.lowercased() == text.lowercased() } ?? Suggestion.closest(to: text, in: labels)
        let listed = labels.map { "\"\($0)\"" }.joined(separator: ", ")
        var warning = Diagnostic("no \(noun) has \(lifecycle) \"\(text)\"", source: source, span: value.span,
                                 hint: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "its labels are \(listed)")
        warning.isWarning = true
        return warning
    }

    /// `did you mean "student" (12,408)?`: case variants first, then the nearest spellings, each with
    /// how many rows hold it, so the user sees at once which value was meant.
    static func closestValuesHint(_ text: String, among values: [(String, Int)]) -> String? {
        let lowered = text.lowercased()
        var picks = values.filter { $0.0.lowercased() == lowered }
        if picks.isEmpty {
            var remaining = values
            while picks.count < 3, let closest = Suggestion.closest(to: text, in: remaining.map(\.0)),
                  let position = remaining.firstIndex(where: { $0.0 == closest }) {
                picks.append(remaining.remove(at: position))
            }
        }
        guard !picks.isEmpty else {
            guard values.count <= 8 else { return nil }
            let listed = values.sorted { $0.1 > $1.1 }.map { "\"\($0.0)\" (\(groupedThousands($0.1)))" }
            return "its values are " + listed.joined(separator: ", ")
        }
        let listed = picks.map { "\"\($0.0)\" (\(groupedThousands($0.1)))" }
        return "did you mean " + listed.joined(separator: " or ") + "?"
    }
}
