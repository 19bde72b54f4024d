import EQStore
import EQTypes

/// What `.schema` shows about a table, built as a table itself so every `.mode` can print it.
enum SchemaSummary {
    static func table(describing table: Table) -> Table {
        let columns = table.columns
        return Table(name: table.name + "_schema", columns: [
            stringColumn("column", columns.map(\.name)),
            stringColumn("type", columns.map(\.type.description)),
            intColumn("nulls", columns.map(\.validity.nullCount)),
            intColumn("distinct", columns.map(distinctCount)),
        ])
    }

    /// `.tables` as data: one row per table.
    static func tableList(_ tables: [Table]) -> Table {
        Table(name: "tables", columns: [
            stringColumn("table", tables.map(\.name)),
            intColumn("rows", tables.map(\.rowCount)),
            intColumn("columns", tables.map(\.columns.count)),
        ])
    }

    /// `.schema` as data: one row per column of every table, the derived columns last with the column
    /// they come from (empty for stored columns, whose null and distinct counts are known).
    static func columnList(_ tables: [Table], lifecycles: [String] = []) -> Table {
        var names: [String] = [], columns: [String] = [], types: [String] = [], sources: [String?] = []
        var nulls: [Int?] = [], distincts: [Int?] = []
        for table in tables {
            for column in table.columns {
                names.append(table.name)
                columns.append(column.name)
                types.append(column.type.description)
                nulls.append(column.validity.nullCount)
                distincts.append(distinctCount(column))
                sources.append(nil)
            }
            var derived: [(String, String, Int)] = []
            if let lastSeen = table.lastSeenColumn {
                derived += [("status", "string", lastSeen), ("stage", "string", lastSeen), ("days_inactive", "int", lastSeen)]
            }
            if let time = table.timeColumn { derived.append(("cohort", "string", time)) }
            for (name, type, source) in derived {
                names.append(table.name)
                columns.append(name)
                types.append(type)
                nulls.append(nil)
                distincts.append(nil)
                sources.append(table.columns[source].name)
            }
            // A lifecycle is computed on whatever relation names it; it is listed with the users,
            // whose columns its conditions were checked against.
            if table.name.lowercased() == "users" {
                for name in lifecycles {
                    names.append(table.name)
                    columns.append(name)
                    types.append("string")
                    nulls.append(nil)
                    distincts.append(nil)
                    sources.append("define")
                }
            }
        }
        return Table(name: "schema", columns: [
            stringColumn("table", names), stringColumn("column", columns), stringColumn("type", types),
            optionalIntColumn("nulls", nulls), optionalIntColumn("distinct", distincts),
            optionalStringColumn("derived_from", sources),
        ])
    }

    /// The derived columns the table's time and last-seen columns make available, with their source.
    static func derivedColumns(of table: Table, lifecycles: [String] = []) -> [String] {
        var derived: [String] = []
        if let lastSeen = table.lastSeenColumn {
            let source = table.columns[lastSeen].name
            derived += ["status", "stage", "days_inactive"].map { "\($0) (from \(source))" }
        }
        if let time = table.timeColumn {
            derived.append("cohort (from \(table.columns[time].name))")
        }
        if table.name.lowercased() == "users" { derived += lifecycles.map { "\($0) (define)" } }
        return derived
    }

    /// Distinct non-null values. Dictionary codes are counted without touching the strings; other
    /// columns hash each value's bit pattern.
    static func distinctCount(_ column: Column) -> Int {
        let validity = column.validity
        func countDistinct<Values: RandomAccessCollection>(_ values: Values) -> Int
            where Values.Element: Hashable, Values.Index == Int {
            var seen = Set<Values.Element>()
            for rowIndex in values.indices where validity.isValid(rowIndex) { seen.insert(values[rowIndex]) }
            return seen.count
        }
        switch column.storage {
        case .int(let values): return countDistinct(values)
        case .hugeint(let values): return countDistinct(values)
        case .double(let values): return countDistinct(values.map(\.bitPattern))
        case .bool(let values): return countDistinct(values)
        case .date(let values): return countDistinct(values)
        case .timestamp(let values): return countDistinct(values)
        case .string(let strings):
            guard let codes = strings.codes else {
                var hashes = Set<Int>()
                for rowIndex in 0..<column.count where validity.isValid(rowIndex) {
                    hashes.insert(strings.string(at: rowIndex).hashValue)
                }
                return hashes.count
            }
            var used = [Bool](repeating: false, count: strings.dictionary.count)
            for rowIndex in codes.indices where validity.isValid(rowIndex) { used[Int(codes[rowIndex])] = true }
            return used.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
    }

    private static func stringColumn(_ name: String, _ values: [String]) -> Column {
        Column(name: name, storage: .string(StringColumn(dictionary: StringDictionary(values), codes: nil)),
               validity: ValidityMask(allValid: values.count))
    }

    private static func intColumn(_ name: String, _ values: [Int]) -> Column {
        Column(name: name, storage: .int(values.map { Int64($0) }), validity: ValidityMask(allValid: values.count))
    }

    private static func optionalIntColumn(_ name: String, _ values: [Int?]) -> Column {
        Column(name: name, storage: .int(values.map { Int64($0 ?? 0) }),
               validity: ValidityMask(valid: values.map { $0 != nil }))
    }

    private static func optionalStringColumn(_ name: String, _ values: [String?]) -> Column {
        Column(name: name, storage: .string(StringColumn(dictionary: StringDictionary(values.map { $0 ?? "" }), codes: nil)),
               validity: ValidityMask(valid: values.map { $0 != nil }))
    }
}
