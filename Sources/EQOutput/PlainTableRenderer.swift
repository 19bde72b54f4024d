import EQDiagnostics
import EQStore

/// The `.mode markdown`, `.mode box` and `.mode tabs` views: every row, nothing cut to the terminal,
/// for pasting into a document or feeding another program. Values are the exact text CSV writes;
/// control characters are escaped so a value stays on its row.
struct PlainTableRenderer {
    let table: Table
    let options: RenderOptions

    func render() -> String {
        guard !table.columns.isEmpty else { return "(no columns)\n" }
        let names = table.columns.map { CellText.escapingControls($0.name) }
        let defaultNull = options.format == .tabs ? "" : "NULL"
        let null = options.nullValue ?? defaultNull
        let columns: [[String]] = table.columns.map { column in
            (0..<table.rowCount).map { rowIndex in
                let value = column.value(at: rowIndex)
                return CellText.escapingControls(value.isNull ? null : value.description)
            }
        }
        switch options.format {
        case .markdown: return markdown(names: names, columns: columns)
        case .tabs: return tabs(names: names, columns: columns)
        default: return box(names: names, columns: columns)
        }
    }

    private var rightAligned: [Bool] { table.columns.map { $0.type.isNumeric } }

    /// A pipe in a value would end its cell, so it is escaped as Markdown does: `\|`.
    private func markdown(names: [String], columns: [[String]]) -> String {
        let escape = { (text: String) in
            text.contains("|") ? text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") : text
        }
        let names = names.map(escape)
        let columns = columns.map { $0.map(escape) }
        let widths = widths(names: names, columns: columns).map { max($0, 3) }
        var lines: [String] = []
        if options.headers {
            lines.append("| " + names.indices.map { pad(names[$0], widths[$0], right: false) }.joined(separator: " | ") + " |")
        }
        lines.append("|" + widths.indices.map { index in
            rightAligned[index] ? String(repeating: "-", count: widths[index] + 1) + ":"
                : String(repeating: "-", count: widths[index] + 2)
        }.joined(separator: "|") + "|")
        for row in 0..<table.rowCount {
            lines.append("| " + columns.indices.map { pad(columns[$0][row], widths[$0], right: rightAligned[$0]) }
                .joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func tabs(names: [String], columns: [[String]]) -> String {
        var lines: [String] = []
        if options.headers { lines.append(names.joined(separator: "\t")) }
        for row in 0..<table.rowCount {
            lines.append(columns.map { $0[row] }.joined(separator: "\t"))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private func box(names: [String], columns: [[String]]) -> String {
        let style = options.unicode ? BoxStyle.unicode : BoxStyle.ascii
        let widths = widths(names: names, columns: columns)
        func border(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: style.horizontal, count: $0 + 2) }.joined(separator: middle) + right
        }
        func line(_ cells: [String], header: Bool) -> String {
            style.vertical + " " + cells.indices.map { index in
                header ? CellText.pad(cells[index], toWidth: widths[index], .center)
                    : pad(cells[index], widths[index], right: rightAligned[index])
            }.joined(separator: " " + style.vertical + " ") + " " + style.vertical
        }
        var lines = [border(style.topLeft, style.topMiddle, style.topRight)]
        if options.headers {
            lines.append(line(names, header: true))
            if table.rowCount > 0 { lines.append(border(style.middleLeft, style.middleCross, style.middleRight)) }
        }
        for row in 0..<table.rowCount { lines.append(line(columns.map { $0[row] }, header: false)) }
        lines.append(border(style.bottomLeft, style.bottomMiddle, style.bottomRight))
        return lines.joined(separator: "\n") + "\n"
    }

    private func widths(names: [String], columns: [[String]]) -> [Int] {
        names.indices.map { index in
            max(options.headers ? displayWidth(of: names[index]) : 0, 1,
                columns[index].map { displayWidth(of: $0) }.max() ?? 0)
        }
    }

    private func pad(_ text: String, _ width: Int, right: Bool) -> String {
        CellText.pad(text, toWidth: width, right ? .right : .left)
    }
}
