import EQStore
import EQTypes

/// A result table read as a chart: one label per row (its non-numeric columns) and one series per
/// numeric column. Charts never see storage, so any query or report can be drawn.
public struct ChartData: Sendable {
    public struct Series: Sendable {
        public var name: String
        /// nil where the cell is null (an empty retention cell): drawn as a gap, never as zero.
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// The names of the columns the labels come from.
    public var labelNames: [String]
    public var labels: [String]
    public var series: [Series]

    public init(labelNames: [String], labels: [String], series: [Series]) {
        self.labelNames = labelNames
        self.labels = labels
        self.series = series
    }

    public init(_ table: Table) {
        var labelColumns: [Column] = []
        var series: [Series] = []
        for column in table.columns {
            switch column.storage {
            case .int, .double, .hugeint:
                series.append(Series(name: column.name, values: (0..<table.rowCount).map { row in
                    switch column.value(at: row) {
                    case .int(let value): Double(value)
                    case .hugeint(let value): Double(value)
                    case .double(let value): value
                    default: nil
                    }
                }))
            default:
                labelColumns.append(column)
            }
        }
        labels = (0..<table.rowCount).map { row in
            labelColumns.map { column in
                let value = column.value(at: row)
                return value.isNull ? "∅" : CellText.display(value)
            }.joined(separator: " ")
        }
        if labelColumns.isEmpty { labels = (0..<table.rowCount).map { String($0 + 1) } }
        self.series = series
        labelNames = labelColumns.map(\.name)
    }

    /// `count by status`, `active, at_risk, inactive by period`.
    public func title(of shown: [Series]) -> String {
        let names = shown.count > 3 ? "\(shown[0].name) … \(shown[shown.count - 1].name)" : shown.map(\.name).joined(separator: ", ")
        return names + (labelNames.isEmpty ? "" : " by " + labelNames.joined(separator: ", "))
    }

    public var title: String { title(of: series) }

    /// A long result with two label columns and one number (`count by role, status`) turned wide: one
    /// row per value of the first key, one series per value of the second, so a stacked bar or a heatmap
    /// shows the second key as its layers or columns. Other shapes come back unchanged.
    public func pivoted(_ table: Table) -> ChartData {
        let keys = table.columns.filter { if case .int = $0.storage { false } else if case .double = $0.storage { false } else { true } }
        guard keys.count == 2, series.count == 1 else { return self }
        func text(_ column: Column, _ row: Int) -> String {
            let value = column.value(at: row)
            return value.isNull ? "∅" : CellText.display(value)
        }
        var rowLabels: [String] = []
        var rowIndex: [String: Int] = [:]
        var seriesNames: [String] = []
        var seriesIndex: [String: Int] = [:]
        for row in 0..<table.rowCount {
            let first = text(keys[0], row)
            let second = text(keys[1], row)
            if rowIndex[first] == nil { rowIndex[first] = rowLabels.count; rowLabels.append(first) }
            if seriesIndex[second] == nil { seriesIndex[second] = seriesNames.count; seriesNames.append(second) }
        }
        var values = [[Double?]](repeating: [Double?](repeating: nil, count: rowLabels.count), count: seriesNames.count)
        for row in 0..<table.rowCount {
            values[seriesIndex[text(keys[1], row)]!][rowIndex[text(keys[0], row)]!] = series[0].values[row]
        }
        return ChartData(labelNames: [keys[0].name], labels: rowLabels,
                         series: seriesNames.indices.map { Series(name: seriesNames[$0], values: values[$0]) })
    }

    /// The series a heatmap shows: the `period_N` cells of a retention matrix when there are any (its
    /// `size` column is a count, not a cell), otherwise every numeric column.
    public var cellSeries: [Series] {
        let periods = series.filter { $0.name.hasPrefix("period_") }
        return periods.isEmpty ? series : periods
    }

    /// The value's text as the table view would show it.
    static func text(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded() && value.magnitude < 1e15 {
            return groupedThousands(Int(value))
        }
        return CellText.display(double: value)
    }
}
