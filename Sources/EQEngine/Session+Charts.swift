import EQDiagnostics
import EQOutput
import EQStore
import EQSyntax

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Session {
    /// `| chart KIND`: the result drawn for the terminal, or with `to "file.svg"` written as SVG.
    ///
    /// The series are the columns `using` names, else those of a report's subject (`charting`) that the
    /// result still has, else every numeric column.
    func drawChart(_ chart: ChartRequest, _ table: Table, charting report: Report.Kind? = nil,
                   source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        var long = ChartData(table)
        guard !long.series.isEmpty else {
            throw Diagnostic("nothing to chart: the result has no numeric column", source: source, span: chart.span,
                             hint: "chart a count, for example `users | count by status | chart bar`")
        }
        try checkChartSize(chart, table, source: source)
        if !chart.columns.isEmpty {
            var chosen: [ChartData.Series] = []
            for column in chart.columns {
                guard let series = long.series.first(where: { $0.name.lowercased() == column.name.lowercased() }) else {
                    throw unchartable(column, table: table, numeric: long.series.map(\.name), source: source)
                }
                chosen.append(series)
            }
            long.series = chosen
        } else if let report {
            let subject = long.series.filter { report.charts($0.name) }
            if !subject.isEmpty { long.series = subject }
        }
        let data = chart.kind == .stacked || chart.kind == .heatmap ? long.pivoted(table) : long
        if let path = chart.path {
            try checkChartFile(chart, path: path, source: source)
            if path.lowercased().hasSuffix(".txt") {
                var options = chartOptions ?? ChartOptions.detect()
                options.unicode = true
                guard Session.writeFile(terminalChart(chart.kind, data, options: options), to: path) else {
                    throw Diagnostic("cannot write \"\(path)\": \(String(cString: strerror(errno)))", source: source,
                                     span: chart.pathSpan ?? chart.span)
                }
                return .text("wrote a \(chart.kind.rawValue) chart of \(countPhrase(table.rowCount, "row", grouped: groupsThousands)) to \(path)")
            }
            let kind: SVGChart.Kind = switch chart.kind {
            case .bar: .bar
            case .line: .line
            case .heatmap: .heatmap
            case .stacked: .stacked
            }
            let svg = SVGChart.render(data, kind: kind)
            guard Session.writeFile(svg, to: path) else {
                throw Diagnostic("cannot write \"\(path)\": \(String(cString: strerror(errno)))", source: source,
                                 span: chart.pathSpan ?? chart.span)
            }
            return .text("wrote a \(chart.kind.rawValue) chart of \(countPhrase(table.rowCount, "row", grouped: groupsThousands)) to \(path)")
        }
        return .text(terminalChart(chart.kind, data, options: chartOptions ?? ChartOptions.detect()))
    }

    private func terminalChart(_ kind: ChartKind, _ data: ChartData, options: ChartOptions) -> String {
        switch kind {
        case .bar: TerminalChart.bar(data, options: options)
        case .line: TerminalChart.line(data, options: options)
        case .heatmap: TerminalChart.heatmap(data, options: options)
        case .stacked: TerminalChart.stacked(data, options: options)
        }
    }

    /// Most rows a bar, stacked or heatmap chart draws: one line each, so tens of thousands would scroll
    /// past unread (a line chart scales any number of points to its width).
    static let chartRowLimit = 1_000

    private func checkChartSize(_ chart: ChartRequest, _ table: Table, source: SourceFile) throws(Diagnostic) {
        guard chart.kind != .line, table.rowCount > Session.chartRowLimit else { return }
        throw Diagnostic("a \(chart.kind.rawValue) chart of \(countPhrase(table.rowCount, "row", grouped: groupsThousands)) "
                         + "draws one line per row; at most \(countPhrase(Session.chartRowLimit, "row", grouped: groupsThousands))",
                         source: source, span: chart.span,
                         hint: "count by a column first, or keep the largest with `| top 20 by count` or `| limit 50`")
    }

    /// The file name says the format; an existing file is kept unless the statement says `overwrite`.
    private func checkChartFile(_ chart: ChartRequest, path: String, source: SourceFile) throws(Diagnostic) {
        let span = chart.pathSpan ?? chart.span
        let lowered = path.lowercased()
        guard lowered.hasSuffix(".svg") || lowered.hasSuffix(".txt") else {
            let ext = path.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
            let what = ext.map { "a .\($0) file" } ?? "a file without an extension"
            throw Diagnostic("eq cannot write a chart as \(what)", source: source, span: span,
                             hint: "charts are written as .svg (a drawing) or .txt (the terminal chart)")
        }
        var status = stat()
        if !chart.overwrite && stat(path, &status) == 0 {
            throw Diagnostic("\"\(path)\" already exists", source: source, span: span,
                             hint: "add `overwrite` after the file name to replace it")
        }
    }

    /// Why `using COLUMN` cannot draw the column: it is text, or there is no such column.
    private func unchartable(_ column: Identifier, table: Table, numeric: [String], source: SourceFile) -> Diagnostic {
        if table.columnIndex(named: column.name) != nil {
            return Diagnostic("column \"\(column.name)\" is not numeric, so it cannot be charted", source: source,
                              span: column.span, hint: "numeric columns: \(numeric.joined(separator: ", "))")
        }
        return Diagnostic("unknown column \"\(column.name)\"", source: source, span: column.span,
                          hint: Suggestion.hint(for: column.name, in: numeric)
                              ?? "numeric columns: \(numeric.joined(separator: ", "))")
    }

    /// The whole text or false (with `errno` set), retrying interrupted writes.
    static func writeFile(_ text: String, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
