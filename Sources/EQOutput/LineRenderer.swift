import EQStore

/// sqlite's `.mode line`: one `name = value` line per cell, names right-aligned, a blank line between
/// rows. Values are exact (the canonical text CSV writes); null reads `NULL`.
enum LineRenderer {
    static func render(_ table: Table) -> String {
        let names = table.columns.map { CellText.escapingControls($0.name) }
        let nameWidth = names.map { displayWidth(of: $0) }.max() ?? 0
        let prefixes = names.map { CellText.pad($0, toWidth: nameWidth, .right) + " = " }
        var text = ""
        for rowIndex in 0..<table.rowCount {
            if rowIndex > 0 { text += "\n" }
            for (columnIndex, column) in table.columns.enumerated() {
                let value = column.value(at: rowIndex)
                text += prefixes[columnIndex] + (value.isNull ? "NULL" : value.description) + "\n"
            }
        }
        return text
    }
}
