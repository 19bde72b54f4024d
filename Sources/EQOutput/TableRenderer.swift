import EQDiagnostics
import EQStore
import EQTypes

/// The table view: a box with a two-line header (names, then types), sized to the terminal, showing the
/// head and tail of long results, after DuckDB's box renderer.
struct TableRenderer {
    let table: Table
    let options: RenderOptions
    let box: BoxStyle

    init(table: Table, options: RenderOptions) {
        self.table = table
        self.options = options
        self.box = options.unicode ? .unicode : .ascii
    }

    /// The rows shown: all of them (also when `maxRows` is 0), or the first and last halves of
    /// `maxRows` with a gap between.
    private var shownRows: (head: Range<Int>, tail: Range<Int>) {
        let limit = max(options.maxRows, 2)
        guard options.maxRows > 0, table.rowCount > limit else { return (0..<table.rowCount, table.rowCount..<table.rowCount) }
        let headCount = (limit + 1) / 2
        return (0..<headCount, (table.rowCount - (limit - headCount))..<table.rowCount)
    }

    func render() -> String {
        guard !table.columns.isEmpty else { return "(no columns)\n" }
        let (head, tail) = shownRows
        let rows = Array(head) + Array(tail)
        let elided = !tail.isEmpty

        let cells: [[Value]] = table.columns.map { column in rows.map { column.value(at: $0) } }
        let texts = cellTexts(cells)
        let typeNames = table.columns.map { $0.type.description }
        let names = table.columns.map { CellText.escapingControls($0.name) }
        let natural = naturalWidths(texts: texts, names: names, typeNames: typeNames)
        var layout = TableLayout(naturalWidths: natural, available: max(options.width, 8))

        var footer: [String] = []
        if elided {
            let shown = options.groupThousands ? groupedThousands(rows.count) : String(rows.count)
            footer.append("\(shown) of \(countPhrase(table.rowCount, "row", grouped: options.groupThousands)) shown; "
                          + options.showAllHint)
        } else if layout.ellipsisPosition != nil || table.rowCount == 0 {
            footer.append(countPhrase(table.rowCount, "row", grouped: options.groupThousands))
        }
        if layout.ellipsisPosition != nil {
            let hidden = table.columns.indices.filter { !layout.shown.contains($0) }
            let noun = hidden.count == 1 ? "column" : "columns"
            footer.append("\(hidden.count) \(noun) hidden (\(hidden.map { names[$0] }.joined(separator: ", ")))")
        }
        widenForFooter(&layout, footer: footer)

        var lines: [String] = []
        lines.append(border(layout, box.topLeft, box.topMiddle, box.topRight))
        if options.headers {
            lines.append(row(layout, ellipsis: box.ellipsis) { position, columnIndex in
                let text = CellText.truncate(names[columnIndex], toWidth: layout.widths[position], ellipsis: box.ellipsis)
                return (text, options.color ? bold(text) : nil, .center)
            })
            lines.append(row(layout, ellipsis: " ") { position, columnIndex in
                let text = CellText.truncate(typeNames[columnIndex], toWidth: layout.widths[position],
                                             ellipsis: box.ellipsis)
                return (text, nil, .center)
            })
        }
        if !rows.isEmpty && options.headers {
            lines.append(border(layout, box.middleLeft, box.middleCross, box.middleRight))
        }
        for rowOffset in rows.indices {
            if elided && rowOffset == head.count {
                lines.append(row(layout, ellipsis: box.elisionDot) { _, _ in (box.elisionDot, nil, .center) })
            }
            lines.append(row(layout, ellipsis: box.ellipsis) { position, columnIndex in
                let text = CellText.truncate(texts[columnIndex][rowOffset], toWidth: layout.widths[position],
                                             ellipsis: box.ellipsis)
                let isNull = cells[columnIndex][rowOffset].isNull
                let alignment: CellText.Alignment = table.columns[columnIndex].type.isNumeric ? .right : .left
                return (text, options.color && isNull ? dim(text) : nil, alignment)
            })
        }
        if footer.isEmpty {
            lines.append(border(layout, box.bottomLeft, box.bottomMiddle, box.bottomRight))
        } else {
            lines.append(border(layout, box.footerLeft, box.footerJoin, box.footerRight))
            let inner = layout.totalWidth - 4
            for line in footer.flatMap({ wrap($0, width: inner) }) {
                lines.append(box.vertical + " " + CellText.pad(line, toWidth: inner, .left) + " " + box.vertical)
            }
            lines.append(box.bottomLeft + String(repeating: box.horizontal, count: inner + 2) + box.bottomRight)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether every shown row fits the width with no column cut or hidden: what `.expanded auto`
    /// asks before choosing one `column = value` line per cell instead.
    var fitsWidth: Bool {
        let (head, tail) = shownRows
        let rows = Array(head) + Array(tail)
        let cells: [[Value]] = table.columns.map { column in rows.map { column.value(at: $0) } }
        let natural = naturalWidths(texts: cellTexts(cells), names: table.columns.map { CellText.escapingControls($0.name) },
                                    typeNames: table.columns.map { $0.type.description })
        return natural.reduce(1) { $0 + $1 + TableLayout.cellOverhead } <= max(options.width, 8)
    }

    private func cellTexts(_ cells: [[Value]]) -> [[String]] {
        zip(table.columns, cells).map { column, values in
            values.map { value in
                if value.isNull, let null = options.nullValue { return CellText.escapingControls(null) }
                return column.proportion.map { CellText.percentage(value, $0) } ?? CellText.display(value)
            }
        }
    }

    private func naturalWidths(texts: [[String]], names: [String], typeNames: [String]) -> [Int] {
        table.columns.indices.map { columnIndex in
            let header = options.headers
                ? max(displayWidth(of: names[columnIndex]), displayWidth(of: typeNames[columnIndex])) : 0
            return max(1, header, texts[columnIndex].map { displayWidth(of: $0) }.max() ?? 0)
        }
    }

    /// Widens the last column so the first footer line fits, as far as the terminal allows.
    private func widenForFooter(_ layout: inout TableLayout, footer: [String]) {
        guard let first = footer.first, let last = layout.widths.indices.last else { return }
        let inner = layout.totalWidth - 4
        let wanted = min(displayWidth(of: first) - inner, max(options.width, 8) - layout.totalWidth)
        if wanted > 0 { layout.widths[last] += wanted }
    }

    /// Wraps at spaces; a word wider than the line is cut.
    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if displayWidth(of: candidate) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines.map { CellText.truncate($0, toWidth: width, ellipsis: box.ellipsis) }
    }

    private func border(_ layout: TableLayout, _ left: String, _ middle: String, _ right: String) -> String {
        var segments = layout.widths.map { String(repeating: box.horizontal, count: $0 + 2) }
        if let position = layout.ellipsisPosition {
            segments.insert(String(repeating: box.horizontal, count: 3), at: position)
        }
        return left + segments.joined(separator: middle) + right
    }

    /// One line of cells; `cell` gives the plain text (for width), the styled text to print, and the
    /// alignment of each shown column; `ellipsis` fills the column standing for hidden ones.
    private func row(_ layout: TableLayout, ellipsis: String,
                     _ cell: (Int, Int) -> (String, String?, CellText.Alignment)) -> String {
        var segments: [String] = []
        for (position, columnIndex) in layout.shown.enumerated() {
            if position == layout.ellipsisPosition {
                segments.append(" " + ellipsis + " ")
            }
            let (text, styled, alignment) = cell(position, columnIndex)
            segments.append(" " + CellText.pad(text, styled: styled, toWidth: layout.widths[position], alignment) + " ")
        }
        if layout.ellipsisPosition == layout.shown.count {
            segments.append(" " + ellipsis + " ")
        }
        return box.vertical + segments.joined(separator: box.vertical) + box.vertical
    }

    private func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }
    private func dim(_ text: String) -> String { "\u{1B}[2m" + text + "\u{1B}[0m" }
}
