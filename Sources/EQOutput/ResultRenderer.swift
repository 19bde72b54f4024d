// EQOutput turns result tables into text: the terminal table view (sized to the terminal, after
// DuckDB's box renderer), sqlite's line mode, and exact CSV, JSON and NDJSON, streamed in blocks for
// exports of millions of rows. It reads tables and values (EQStore, EQTypes) and must not import the
// engine, planner or shell: everything above it hands it a finished `Table`.

import EQStore

/// Turns a result table into text in any `OutputFormat`; the one entry point the engine and shell use.
public enum ResultRenderer {
    /// The whole rendering, ending with a newline (or empty for a JSON-lines result with no rows).
    /// The table view reads only the rows it shows; for exporting millions of rows, stream with
    /// `ResultStreamWriter` instead of building one string.
    public static func render(_ table: Table, options: RenderOptions = RenderOptions()) -> String {
        let body = renderBody(table, options: options)
        // A part of a composite report is headed by its title in the views people read.
        guard let title = table.title else { return body }
        switch options.format {
        case .table, .line, .box: return CellText.escapingControls(title) + "\n" + body
        case .markdown: return "#### " + CellText.escapingControls(title) + "\n\n" + body
        case .csv, .json, .ndjson, .tabs: return body
        }
    }

    private static func renderBody(_ table: Table, options: RenderOptions) -> String {
        switch options.format {
        case .table:
            let renderer = TableRenderer(table: table, options: options)
            switch options.expanded {
            case .on: return LineRenderer.render(table, options: options)
            case .auto where !renderer.fitsWidth: return LineRenderer.render(table, options: options)
            default: return renderer.render()
            }
        case .line:
            return LineRenderer.render(table, options: options)
        case .markdown, .box, .tabs:
            return PlainTableRenderer(table: table, options: options).render()
        case .csv, .json, .ndjson:
            let out = ByteBuffer()
            var writer = ResultStreamWriter(format: options.format, delimiter: options.delimiter)
            writer.includesHeader = options.headers || options.format != .csv
            var defused = 0
            writer.encode(table, defusedCells: &defused) { out.append($0) }
            return out.makeString()
        }
    }
}
