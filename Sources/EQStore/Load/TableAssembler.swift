import EQDiagnostics
import EQTypes

/// Names the table's engagement roles: inferred from conventional names, then overridden by
/// `load ... time COLUMN` and friends, which must name real columns of a fitting type.
enum TableAssembler {
    static func table(name: String, columns: [Column], options: LoadOptions, sourceName: String)
        throws(Diagnostic) -> Table {
        let dated = try DateColumns.convert(columns, format: options.dateFormat, declared: options.dateFormattedColumns,
                                            sourceName: sourceName)
        let columns = dated.columns
        var table = Table.inferringRoles(name: name, columns: columns)
        table.loadNotes = dated.notes
        let names = columns.map(\.name)
        func resolve(_ declared: String?, role: String, temporal: Bool) throws(Diagnostic) -> Int? {
            guard let declared else { return nil }
            guard let index = table.columnIndex(named: declared) else {
                throw Diagnostic("no column \"\(declared)\" in \(sourceName) for the \(role) column",
                                 hint: Suggestion.hint(for: declared, in: names)
                                     ?? "the columns are \(names.joined(separator: ", "))")
            }
            let type = columns[index].type
            if temporal && !type.isTemporal {
                throw Diagnostic("the \(role) column \"\(columns[index].name)\" is \(type), not a date or timestamp",
                                 hint: "declare it: with (\(columns[index].name) timestamp)")
            }
            return index
        }
        if let index = try resolve(options.timeColumn, role: "time", temporal: true) { table.timeColumn = index }
        if let index = try resolve(options.lastSeenColumn, role: "last-seen", temporal: true) {
            table.lastSeenColumn = index
        }
        if let index = try resolve(options.keyColumn, role: "key", temporal: false) { table.keyColumn = index }
        return table
    }

    /// Checks `with (...)` against the columns found, so a typo there is caught, not silently ignored.
    static func declaredTypes(_ options: LoadOptions, names: [String], sourceName: String)
        throws(Diagnostic) -> [InferredType?] {
        let lowerNames = names.map { $0.lowercased() }
        for declared in options.declaredTypes.keys.sorted() where !lowerNames.contains(declared.lowercased()) {
            throw Diagnostic("no column \"\(declared)\" in \(sourceName) to declare",
                             hint: Suggestion.hint(for: declared, in: names)
                                 ?? "the columns are \(names.joined(separator: ", "))")
        }
        let byLowerName = Dictionary(options.declaredTypes.map { ($0.key.lowercased(), $0.value) },
                                     uniquingKeysWith: { first, _ in first })
        // Under a `dateformat`, declared dates are read as text first and converted by `DateColumns`.
        let formatted = options.dateFormattedColumns
        return lowerNames.map { name in
            formatted.contains(name) ? .string : byLowerName[name].map(InferredType.init)
        }
    }
}
