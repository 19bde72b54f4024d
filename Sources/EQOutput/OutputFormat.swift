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
}
