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
        switch options.format {
        case .table:
            return TableRenderer(table: table, options: options).render()
        case .line:
            return LineRenderer.render(table)
        case .csv, .json, .ndjson:
            let out = ByteBuffer()
            ResultStreamWriter(format: options.format, delimiter: options.delimiter).encode(table) { out.append($0) }
            return out.makeString()
        }
    }
}
