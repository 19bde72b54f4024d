import EQDiagnostics
import EQStore

/// sqlite's `.mode line`: one `name = value` line per cell, names right-aligned, a blank line between
/// rows. Values are exact (the canonical text CSV writes); null reads `NULL` unless `.nullvalue` says
/// otherwise. Also the expanded table view (`.expanded`), which cuts at `maxRows` as the table does.
enum LineRenderer {
    static func render(_ table: Table, options: RenderOptions = RenderOptions(maxRows: 0)) -> String {
        let names = table.columns.map { CellText.escapingControls($0.name) }
        let nameWidth = names.map { displayWidth(of: $0) }.max() ?? 0
        let prefixes = names.map { CellText.pad($0, toWidth: nameWidth, .right) + " = " }
        let null = options.nullValue ?? "NULL"
        let expanded = options.format == .table
        let shown = expanded && options.maxRows > 0 ? min(table.rowCount, options.maxRows) : table.rowCount
        var text = ""
        for rowIndex in 0..<shown {
            if rowIndex > 0 { text += "\n" }
            if expanded { text += "-[ row \(rowIndex + 1) ]-\n" }
            for (columnIndex, column) in table.columns.enumerated() {
                let value = column.value(at: rowIndex)
                text += prefixes[columnIndex] + (value.isNull ? null : value.description) + "\n"
            }
        }
        if shown < table.rowCount {
            let count = options.groupThousands ? groupedThousands(shown) : String(shown)
            text += "\n\(count) of \(countPhrase(table.rowCount, "row", grouped: options.groupThousands)) shown; "
                + options.showAllHint + "\n"
        } else if expanded && table.rowCount == 0 {
            text += "0 rows\n"
        }
        return text
    }
}
