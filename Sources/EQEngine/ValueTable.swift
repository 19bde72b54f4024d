import EQStore
import EQTypes

/// Small result tables the session builds itself (the segment list, export summaries), from values.
enum ValueTable {
    static func make(name: String, columns: [(name: String, type: DataType, values: [Value])]) -> Table {
        Table(name: name, columns: columns.map { column(name: $0.name, type: $0.type, values: $0.values) })
    }

    static func column(name: String, type: DataType, values: [Value]) -> Column {
        Column(name: name, type: type, values: values)
    }
}
