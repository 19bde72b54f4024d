/// The characters a chart draws with, Unicode blocks or their ASCII stand-ins.
struct ChartGlyphs {
    let unicode: Bool

    /// A bar `cells` columns long (fractional, drawn to an eighth of a column in Unicode).
    func bar(_ cells: Double) -> String {
        let clamped = max(0, cells)
        guard unicode else { return String(repeating: "#", count: Int(clamped.rounded())) }
        let eighths = Int((clamped * 8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }

    /// Fills for the series of a stacked bar, told apart without colour.
    var fills: [Character] { unicode ? ["█", "▓", "▒", "░", "▚", "▞"] : ["#", "=", "+", "-", ":", "."] }

    /// Shades from low to high for heatmap cells (a blank is reserved for empty cells).
    var shades: [Character] { unicode ? ["·", "░", "▒", "▓", "█"] : [".", ":", "-", "=", "+", "*", "#", "%", "@"] }

    var axisVertical: Character { unicode ? "│" : "|" }
    var axisTick: Character { unicode ? "┤" : "+" }
    var axisCorner: Character { unicode ? "└" : "+" }
    var axisHorizontal: Character { unicode ? "─" : "-" }
    var point: Character { unicode ? "●" : "o" }
    var trace: Character { unicode ? "•" : "." }
    var ellipsis: String { unicode ? "…" : "~" }
}
