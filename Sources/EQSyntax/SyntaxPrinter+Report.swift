extension SyntaxPrinter {
    /// `Report(Retention, monthly, Time(Since(Month(2023-07))))`.
    public static func render(_ report: Report) -> String {
        var parts = [render(report.kind)]
        if let period = report.period { parts.append(period.rawValue) }
        parts += report.steps.map(render)
        if !report.pipeline.isEmpty { parts.append("Pipe(\(report.pipeline.map(render).joined(separator: ", ")))") }
        if let chart = report.chart { parts.append(render(chart)) }
        return "Report(\(parts.joined(separator: ", ")))"
    }

    static func render(_ kind: Report.Kind) -> String {
        switch kind {
        case .registrations: "Registrations"
        case .retention: "Retention"
        case .activeUsers: "ActiveUsers"
        case .stickiness: "Stickiness"
        case .statusHistory: "StatusHistory"
        case .clients: "Clients"
        case .cohorts(let part): part.map { "Cohorts(\($0.rawValue))" } ?? "Cohorts"
        case .trend(.registrations): "Trend(Registrations)"
        case .trend(.activeUsers): "Trend(ActiveUsers)"
        case .trend(.table(let table)): "Trend(\(table.name))"
        }
    }

    static func render(_ chart: ChartRequest) -> String {
        let using = chart.columns.isEmpty ? "" : ", Using(\(chart.columns.map(\.name).joined(separator: ", ")))"
        return "Chart(\(chart.kind.rawValue)\(using)\(chart.path.map { ", " + quote($0) } ?? ""))"
    }
}
