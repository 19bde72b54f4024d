import EQTypes

/// The columns visible at one point of a pipeline: the relation's own columns plus, while the relation
/// still has a last-login or time column, the derived ones.
struct Scope {
    var columns: [Schema.Column]
    var timeColumn: Int?
    var lastSeenColumn: Int?
    /// The relation is a funnel's result, so a time clause after the funnel was meant for it.
    var isFunnelResult = false
    /// Lifecycle columns the binder added for a step that names them, dropped again at the end.
    var hidden: Set<Int> = []

    init(schema: Schema) {
        columns = schema.columns
        timeColumn = schema.timeColumn
        lastSeenColumn = schema.lastSeenColumn
    }

    init(columns: [Schema.Column]) {
        self.columns = columns
    }

    func resolve(_ name: String) -> BoundColumn? {
        let lower = name.lowercased()
        if let index = columns.firstIndex(where: { $0.name.lowercased() == lower }) {
            return BoundColumn(ref: .base(index), name: columns[index].name, type: columns[index].type)
        }
        guard let derived = DerivedColumn(rawValue: lower), let source = sourceIndex(of: derived) else { return nil }
        return BoundColumn(ref: .derived(derived, from: source), name: derived.rawValue, type: derived.type)
    }

    func sourceIndex(of derived: DerivedColumn) -> Int? {
        derived == .cohort ? timeColumn : lastSeenColumn
    }

    /// Every name that resolves here, for "did you mean" and completion.
    var names: [String] {
        columns.map(\.name) + DerivedColumn.allCases.filter { sourceIndex(of: $0) != nil }.map(\.rawValue)
    }

    var allBaseColumns: [BoundColumn] {
        columns.enumerated().map { BoundColumn(ref: .base($0.offset), name: $0.element.name, type: $0.element.type) }
    }
}
