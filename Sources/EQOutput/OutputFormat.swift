/// How results are printed: `--format` on the command line, `.mode` in the shell.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned box table sized to the terminal (long results show head and tail, like DuckDB).
    case table
    /// RFC 4180, exact values, a header row.
    case csv
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case ndjson
    /// One `column = value` line per cell, a blank line between rows (sqlite's `.mode line`).
    case line
    /// A GitHub-flavoured Markdown table, for pasting into documents and tickets.
    case markdown
    /// Every row in a box-drawn grid with a header line (sqlite's `.mode box`): no types, nothing cut.
    case box
    /// Tab-separated with a header row; tabs and line breaks in values are escaped (`\t`, `\n`).
    case tabs
}
