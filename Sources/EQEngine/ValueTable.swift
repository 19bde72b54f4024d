import EQStore
import EQTypes

/// Small result tables the session builds itself (the segment list, export summaries), from values.
enum ValueTable {
    static func make(name: String, columns: [(name: String, type: DataType, values: [Value])]) -> Table {
        Table(name: name, columns: columns.map { column(name: $0.name, type: $0.type, values: $0.values) })
    }

    static func column(name: String, type: DataType, values: [Value]) -> Column {
        let validity = ValidityMask(valid: values.map { $0 != .null })
        let storage: ColumnStorage
        switch type {
        case .string:
            let strings = values.map { if case .string(let text) = $0 { text } else { "" } }
            storage = .string(StringColumn(dictionary: StringDictionary(strings), codes: nil))
        case .double:
            storage = .double(values.map { if case .double(let number) = $0 { number } else { 0 } })
        case .bool:
            storage = .bool(values.map { if case .bool(let flag) = $0 { flag } else { false } })
        case .date:
            storage = .date(values.map { if case .date(let day) = $0 { day } else { 0 } })
        case .timestamp:
            storage = .timestamp(values.map { if case .timestamp(let micros) = $0 { micros } else { 0 } })
        case .int:
            storage = .int(values.map { if case .int(let number) = $0 { number } else { 0 } })
        }
        return Column(name: name, storage: storage, validity: validity)
    }
}
