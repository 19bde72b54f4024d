/// The same charts as `TerminalChart`, as a standalone SVG document for a slide or an email: plain
/// shapes and text with every label escaped, so any XML reader accepts it.
public enum SVGChart {
    public enum Kind: Sendable {
        case bar, line, heatmap, stacked
    }

    static let width = 800.0
    static let height = 440.0
    static let margin = (left: 120.0, right: 30.0, top: 50.0, bottom: 70.0)
    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948"]

    public static func render(_ data: ChartData, kind: Kind) -> String {
        var body: [String] = []
        let plotWidth = width - margin.left - margin.right
        let plotHeight = height - margin.top - margin.bottom
        let count = max(data.labels.count, 1)
        var title = data.title
        switch kind {
        case .bar, .line:
            guard let series = data.series.first else { break }
            title = data.title(of: [series])
            let top = max(series.values.compactMap { $0 }.max() ?? 0, 0)
            let scale = top > 0 ? plotHeight / top : 0
            let step = plotWidth / Double(count)
            if kind == .bar {
                for (row, value) in series.values.enumerated() {
                    let barHeight = max(0, (value ?? 0) * scale)
                    body.append(rect(x: margin.left + Double(row) * step + step * 0.1, y: margin.top + plotHeight - barHeight,
                                     width: step * 0.8, height: barHeight, fill: palette[0],
                                     tip: "\(data.labels[row]): \(ChartData.text(value))"))
                }
            } else {
                var points: [String] = []
                for (row, value) in series.values.enumerated() {
                    guard let value else { continue }
                    let x = margin.left + (Double(row) + 0.5) * step
                    let y = margin.top + plotHeight - value * scale
                    points.append("\(number(x)),\(number(y))")
                    body.append("<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"3\" fill=\"\(palette[0])\"><title>\(escape("\(data.labels[row]): \(ChartData.text(value))"))</title></circle>")
                }
                body.append("<polyline fill=\"none\" stroke=\"\(palette[0])\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>")
            }
            body.append(text(x: margin.left - 8, y: margin.top + 4, ChartData.text(top), anchor: "end"))
            body.append(text(x: margin.left - 8, y: margin.top + plotHeight, "0", anchor: "end"))
            body += xLabels(data.labels, step: step, plotHeight: plotHeight)
        case .stacked:
            let totals = data.labels.indices.map { row in data.series.reduce(0.0) { $0 + max(0, $1.values[row] ?? 0) } }
            let top = totals.max() ?? 0
            let scale = top > 0 ? plotHeight / top : 0
            let step = plotWidth / Double(count)
            for row in data.labels.indices {
                var base = margin.top + plotHeight
                for (index, series) in data.series.enumerated() {
                    let segment = max(0, series.values[row] ?? 0) * scale
                    base -= segment
                    body.append(rect(x: margin.left + Double(row) * step + step * 0.1, y: base, width: step * 0.8,
                                     height: segment, fill: palette[index % palette.count],
                                     tip: "\(data.labels[row]) \(series.name): \(ChartData.text(series.values[row]))"))
                }
            }
            body.append(text(x: margin.left - 8, y: margin.top + 4, ChartData.text(top), anchor: "end"))
            body += xLabels(data.labels, step: step, plotHeight: plotHeight)
            for (index, series) in data.series.enumerated() {
                let x = margin.left + Double(index) * 130
                body.append(rect(x: x, y: height - 22, width: 12, height: 12, fill: palette[index % palette.count], tip: series.name))
                body.append(text(x: x + 18, y: height - 12, series.name, anchor: "start"))
            }
        case .heatmap:
            let cells = data.cellSeries
            title = data.title(of: cells)
            let known = cells.flatMap { $0.values.compactMap { $0 } }
            let low = known.min() ?? 0
            let high = known.max() ?? 0
            let cellWidth = plotWidth / Double(max(cells.count, 1))
            let cellHeight = plotHeight / Double(count)
            for (column, series) in cells.enumerated() {
                body.append(text(x: margin.left + (Double(column) + 0.5) * cellWidth, y: margin.top - 6, series.name.hasPrefix("period_")
                    ? String(series.name.dropFirst("period_".count)) : series.name, anchor: "middle"))
                for (row, value) in series.values.enumerated() {
                    guard let value else { continue }
                    let strength = high > low ? (value - low) / (high - low) : 1
                    body.append("<rect x=\"\(number(margin.left + Double(column) * cellWidth))\" y=\"\(number(margin.top + Double(row) * cellHeight))\" width=\"\(number(cellWidth))\" height=\"\(number(cellHeight))\" fill=\"\(palette[0])\" fill-opacity=\"\(number(0.08 + 0.92 * strength))\"><title>\(escape("\(data.labels[row]) \(series.name): \(ChartData.text(value))"))</title></rect>")
                }
            }
            for (row, label) in data.labels.enumerated() {
                body.append(text(x: margin.left - 8, y: margin.top + (Double(row) + 0.5) * cellHeight + 4, label, anchor: "end"))
            }
        }
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
            + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
            + text(x: width / 2, y: 24, title, anchor: "middle", size: 16) + "\n"
            + "<line x1=\"\(number(margin.left))\" y1=\"\(number(margin.top + plotHeight))\" x2=\"\(number(width - margin.right))\" y2=\"\(number(margin.top + plotHeight))\" stroke=\"#333\"/>\n"
        return head + body.joined(separator: "\n") + "\n</svg>\n"
    }

    /// At most about 12 labels under the axis, evenly picked, so long series stay legible.
    static func xLabels(_ labels: [String], step: Double, plotHeight: Double) -> [String] {
        let every = max(1, (labels.count + 11) / 12)
        return labels.enumerated().filter { $0.offset % every == 0 }.map { row, label in
            text(x: margin.left + (Double(row) + 0.5) * step, y: margin.top + plotHeight + 18, label, anchor: "middle")
        }
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String, tip: String) -> String {
        "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(fill)\"><title>\(escape(tip))</title></rect>"
    }

    static func text(x: Double, y: Double, _ content: String, anchor: String, size: Int = 12) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\">\(escape(content))</text>"
    }

    /// Two decimals at most: enough for a drawing, and stable text for tests.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// XML text and attribute escaping; control characters other than tab and newline are not allowed
    /// in XML 1.0 at all, so they become U+FFFD.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
