import EQDiagnostics

/// Draws `ChartData` as text for a terminal: every line at most `options.width` columns, labels and
/// values written out, so a chart reads correctly without colour.
public enum TerminalChart {
    /// One horizontal bar per row, scaled to the largest value of the first series.
    public static func bar(_ data: ChartData, options: ChartOptions) -> String {
        guard let series = data.series.first else { return "(nothing to chart: no numeric column)\n" }
        let glyphs = ChartGlyphs(unicode: options.unicode)
        let texts = series.values.map(ChartData.text)
        let valueWidth = texts.map { displayWidth(of: $0) }.max() ?? 0
        let labels = fitLabels(data.labels, maximum: max(4, options.width / 3), glyphs: glyphs)
        let labelWidth = labels.map { displayWidth(of: $0) }.max() ?? 0
        let room = max(1, options.width - labelWidth - valueWidth - 3)
        let top = series.values.compactMap { $0 }.max() ?? 0
        var lines = [fit(data.title(of: [series]), options.width)]
        for (row, label) in labels.enumerated() {
            let value = series.values[row] ?? 0
            let cells = top > 0 ? value / top * Double(room) : 0
            let bar = glyphs.bar(cells)
            lines.append(CellText.pad(label, toWidth: labelWidth, .left) + " " + String(glyphs.axisVertical) + bar + " " + texts[row])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first series plotted left to right, with the y range on the left and the first and last
    /// labels under the axis.
    public static func line(_ data: ChartData, options: ChartOptions, height: Int = 12) -> String {
        guard let series = data.series.first else { return "(nothing to chart: no numeric column)\n" }
        let glyphs = ChartGlyphs(unicode: options.unicode)
        let known = series.values.compactMap { $0 }
        let low = min(known.min() ?? 0, 0)
        var high = max(known.max() ?? 0, low + 1)
        // Counts are whole: the middle tick must be too, so an odd range grows by one (never `38.5`).
        let whole = known.allSatisfy { $0 == $0.rounded() && $0.magnitude < 1e15 }
        if whole { high = high.rounded(.up) }
        if whole && Int64(high - low) % 2 != 0 { high += 1 }
        let axisTexts = [ChartData.text(high), ChartData.text((high + low) / 2), ChartData.text(low)]
        let axisWidth = axisTexts.map { displayWidth(of: $0) }.max() ?? 1
        let plotWidth = max(2, options.width - axisWidth - 2)
        var grid = [[Character]](repeating: [Character](repeating: " ", count: plotWidth), count: height)
        let count = series.values.count
        func column(_ index: Int) -> Double {
            count <= 1 ? 0 : Double(index) * Double(plotWidth - 1) / Double(count - 1)
        }
        func rowOf(_ value: Double) -> Double {
            Double(height - 1) - (value - low) / (high - low) * Double(height - 1)
        }
        for index in 0..<count {
            guard let value = series.values[index] else { continue }
            if index + 1 < count, let next = series.values[index + 1] {
                let from = column(index)
                let to = column(index + 1)
                var x = Int(from.rounded()) + 1
                while Double(x) < to.rounded() {
                    let fraction = (Double(x) - from) / (to - from)
                    let y = Int(rowOf(value + (next - value) * fraction).rounded())
                    if grid[y][x] == " " { grid[y][x] = glyphs.trace }
                    x += 1
                }
            }
            grid[Int(rowOf(value).rounded())][Int(column(index).rounded())] = glyphs.point
        }
        labelPoints(series.values, in: &grid, column: column, row: { Int(rowOf($0).rounded()) })
        var lines = [fit(data.title(of: [series]), options.width)]
        for (row, cells) in grid.enumerated() {
            let axis: String
            let tick: Character
            switch row {
            case 0: (axis, tick) = (axisTexts[0], glyphs.axisTick)
            case height / 2 where height > 2: (axis, tick) = (axisTexts[1], glyphs.axisTick)
            case height - 1: (axis, tick) = (axisTexts[2], glyphs.axisTick)
            default: (axis, tick) = ("", glyphs.axisVertical)
            }
            let plot = String(cells).trimmingTrailingBlanks()
            lines.append(CellText.pad(axis, toWidth: axisWidth, .right) + " " + String(tick) + plot)
        }
        lines.append(String(repeating: " ", count: axisWidth + 1) + String(glyphs.axisCorner)
            + String(repeating: glyphs.axisHorizontal, count: plotWidth))
        lines.append(String(repeating: " ", count: axisWidth + 2) + axisLabels(data.labels, width: plotWidth, glyphs: glyphs))
        return lines.map { $0.trimmingTrailingBlanks() }.joined(separator: "\n") + "\n"
    }

    /// Writes each point's value just above it (below, on the top row), where the text fits without
    /// touching the trace or another label; a point with no room stays unlabelled.
    private static func labelPoints(_ values: [Double?], in grid: inout [[Character]], column: (Int) -> Double,
                                    row: (Double) -> Int) {
        let height = grid.count
        let width = grid.first?.count ?? 0
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let text = Array(ChartData.text(value))
            let y = row(value)
            let labelRow = y == 0 ? 1 : y - 1
            guard labelRow >= 0, labelRow < height else { continue }
            let start = min(max(0, Int(column(index).rounded()) - text.count / 2), width - text.count)
            guard start >= 0 else { continue }
            let guarded = max(0, start - 1)..<min(width, start + text.count + 1)
            guard grid[labelRow][guarded].allSatisfy({ $0 == " " }) else { continue }
            for (offset, character) in text.enumerated() { grid[labelRow][start + offset] = character }
        }
    }

    /// Rows by columns of shaded cells, for a retention matrix: darker is higher; an empty cell is blank.
    /// Each cell is labelled with its value (a share as a percentage) when the columns fit the width.
    public static func heatmap(_ data: ChartData, options: ChartOptions) -> String {
        let cells = data.cellSeries
        guard !cells.isEmpty else { return "(nothing to chart: no numeric column)\n" }
        if let labelled = labelledHeatmap(data, cells: cells, options: options) { return labelled }
        let glyphs = ChartGlyphs(unicode: options.unicode)
        let shades = glyphs.shades
        let labels = fitLabels(data.labels, maximum: max(4, options.width / 3), glyphs: glyphs)
        let labelWidth = labels.map { displayWidth(of: $0) }.max() ?? 0
        let cellWidth = max(1, min(4, (options.width - labelWidth - 2) / cells.count))
        let shown = min(cells.count, max(1, (options.width - labelWidth - 2) / cellWidth))
        let known = cells.prefix(shown).flatMap { $0.values.compactMap { $0 } }
        let low = known.min() ?? 0
        let high = known.max() ?? 0
        func shade(_ value: Double?) -> String {
            guard let value else { return String(repeating: " ", count: cellWidth) }
            let level = high > low ? Int(((value - low) / (high - low) * Double(shades.count - 1)).rounded()) : shades.count - 1
            return String(repeating: shades[level], count: cellWidth)
        }
        var lines = [fit(data.title(of: cells), options.width)]
        var header = String(repeating: " ", count: labelWidth + 2)
        for column in cells.prefix(shown) {
            let name = column.name.hasPrefix("period_") ? String(column.name.dropFirst("period_".count)) : column.name
            header += CellText.pad(CellText.truncate(name, toWidth: cellWidth, ellipsis: ""), toWidth: cellWidth, .left)
        }
        lines.append(header)
        for (row, label) in labels.enumerated() {
            lines.append(CellText.pad(label, toWidth: labelWidth, .left) + " " + String(glyphs.axisVertical)
                + cells.prefix(shown).map { shade($0.values[row]) }.joined())
        }
        var legend = "\(shades.first.map(String.init) ?? "") \(ChartData.text(low))  \(shades.last.map(String.init) ?? "") \(ChartData.text(high))"
        if shown < cells.count { legend += "  (\(cells.count - shown) columns not shown)" }
        lines.append(fit(legend, options.width))
        return lines.map { $0.trimmingTrailingBlanks() }.joined(separator: "\n") + "\n"
    }

    /// The heatmap with a value beside each shade (`▓ 45%`), or nil when its columns do not fit.
    private static func labelledHeatmap(_ data: ChartData, cells: [ChartData.Series], options: ChartOptions) -> String? {
        let glyphs = ChartGlyphs(unicode: options.unicode)
        let shades = glyphs.shades
        let known = cells.flatMap { $0.values.compactMap { $0 } }
        let shares = cells.allSatisfy { $0.name.hasPrefix("period_") } && known.allSatisfy { $0 >= 0 && $0 <= 1 }
        func text(_ value: Double?) -> String {
            guard let value else { return "" }
            return shares ? "\(Int((value * 100).rounded()))%" : ChartData.text(value)
        }
        let textWidth = cells.flatMap { $0.values.map { displayWidth(of: text($0)) } }.max() ?? 0
        let cellWidth = textWidth + 3
        let labels = fitLabels(data.labels, maximum: max(4, options.width / 3), glyphs: glyphs)
        let labelWidth = labels.map { displayWidth(of: $0) }.max() ?? 0
        guard labelWidth + 2 + cells.count * cellWidth <= options.width else { return nil }
        let low = known.min() ?? 0
        let high = known.max() ?? 0
        func shade(_ value: Double) -> Character {
            high > low ? shades[Int(((value - low) / (high - low) * Double(shades.count - 1)).rounded())] : shades[shades.count - 1]
        }
        var lines = [fit(data.title(of: cells), options.width)]
        var header = String(repeating: " ", count: labelWidth + 2)
        for column in cells {
            let name = column.name.hasPrefix("period_") ? String(column.name.dropFirst("period_".count)) : column.name
            header += CellText.pad(CellText.truncate(name, toWidth: cellWidth - 1, ellipsis: ""), toWidth: cellWidth - 1, .right) + " "
        }
        lines.append(header)
        for (row, label) in labels.enumerated() {
            let line = cells.map { series -> String in
                guard let value = series.values[row] else { return String(repeating: " ", count: cellWidth) }
                return String(shade(value)) + " " + CellText.pad(text(value), toWidth: textWidth, .right) + " "
            }.joined()
            lines.append(CellText.pad(label, toWidth: labelWidth, .left) + " " + String(glyphs.axisVertical) + line)
        }
        let legend = "\(shades.first.map(String.init) ?? "") \(text(low))  \(shades.last.map(String.init) ?? "") \(text(high))"
        lines.append(fit(legend, options.width))
        return lines.map { $0.trimmingTrailingBlanks() }.joined(separator: "\n") + "\n"
    }

    /// One bar per row split into its series, scaled to the largest row total, with a legend.
    public static func stacked(_ data: ChartData, options: ChartOptions) -> String {
        guard !data.series.isEmpty else { return "(nothing to chart: no numeric column)\n" }
        let glyphs = ChartGlyphs(unicode: options.unicode)
        let fills = glyphs.fills
        let totals = data.labels.indices.map { row in data.series.reduce(0.0) { $0 + max(0, $1.values[row] ?? 0) } }
        let totalTexts = totals.map(ChartData.text)
        let valueWidth = totalTexts.map { displayWidth(of: $0) }.max() ?? 0
        let labels = fitLabels(data.labels, maximum: max(4, options.width / 3), glyphs: glyphs)
        let labelWidth = labels.map { displayWidth(of: $0) }.max() ?? 0
        let room = max(1, options.width - labelWidth - valueWidth - 3)
        let top = totals.max() ?? 0
        let legend = data.series.enumerated().map { "\(fills[$0.offset % fills.count]) \($0.element.name)" }.joined(separator: "  ")
        var lines = [fit(data.title, options.width), fit(legend, options.width)]
        for (row, label) in labels.enumerated() {
            var bar = ""
            var running = 0.0
            var drawn = 0
            for (index, series) in data.series.enumerated() {
                running += max(0, series.values[row] ?? 0)
                let end = top > 0 ? Int((running / top * Double(room)).rounded()) : 0
                bar += String(repeating: fills[index % fills.count], count: max(0, end - drawn))
                drawn = max(drawn, end)
            }
            lines.append(CellText.pad(label, toWidth: labelWidth, .left) + " " + String(glyphs.axisVertical) + bar + " " + totalTexts[row])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fit(_ text: String, _ width: Int) -> String {
        CellText.truncate(text, toWidth: width, ellipsis: "")
    }

    static func fitLabels(_ labels: [String], maximum: Int, glyphs: ChartGlyphs) -> [String] {
        labels.map { CellText.truncate(CellText.escapingControls($0), toWidth: maximum, ellipsis: glyphs.ellipsis) }
    }

    /// The first label at the left, the last at the right, and the middle one between when they fit.
    static func axisLabels(_ labels: [String], width: Int, glyphs: ChartGlyphs) -> String {
        guard let first = labels.first, let last = labels.last else { return "" }
        if labels.count == 1 { return CellText.truncate(first, toWidth: width, ellipsis: glyphs.ellipsis) }
        let firstWidth = displayWidth(of: first)
        let lastWidth = displayWidth(of: last)
        guard firstWidth + lastWidth + 1 <= width else { return CellText.truncate(first, toWidth: width, ellipsis: glyphs.ellipsis) }
        var line = first + String(repeating: " ", count: width - firstWidth - lastWidth) + last
        if labels.count > 2 {
            let middle = labels[(labels.count - 1) / 2]
            let middleWidth = displayWidth(of: middle)
            let center = Int((Double((labels.count - 1) / 2) * Double(width - 1) / Double(labels.count - 1)).rounded())
            let start = center - middleWidth / 2
            if start > firstWidth + 1 && start + middleWidth < width - lastWidth - 1 {
                line = first + String(repeating: " ", count: start - firstWidth) + middle
                    + String(repeating: " ", count: width - lastWidth - start - middleWidth) + last
            }
        }
        return line
    }
}

extension String {
    func trimmingTrailingBlanks() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
