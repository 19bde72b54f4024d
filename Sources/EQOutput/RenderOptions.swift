/// How `ResultRenderer` prints a result; the shell fills it from the terminal and `.mode`.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    /// Terminal columns the table view may use.
    public var width: Int
    /// Rows the table view shows before eliding the middle (half from the head, half from the tail);
    /// 0 shows every row.
    public var maxRows: Int
    /// How the footer of a cut table tells the user to see every row, in the front end's words.
    public var showAllHint = ".maxrows 0 shows all"
    /// ANSI styling in the table view: bold header, dimmed NULL.
    public var color: Bool
    /// Box-drawing borders; ASCII `+-|` when false, for terminals and logs that cannot show them.
    public var unicode: Bool
    /// The CSV field delimiter.
    public var delimiter: UInt8
    /// Thousands separators in the table view's footer and in messages: for a reader at a terminal, not
    /// for a pipe or a file, where plain digits are easier to parse.
    public var groupThousands = true
    /// `.headers off`: the table, box, Markdown, tabs and CSV views leave out their header lines, for
    /// output fed to another program.
    public var headers = true
    /// `.nullvalue TEXT`: how the human views (table, line, box, Markdown, tabs) spell a missing value;
    /// nil keeps each view's own (`NULL`, or empty in tabs). CSV and JSON stay exact.
    public var nullValue: String?
    /// `.expanded`: whether the table view prints each row as `column = value` lines (psql's `\x`).
    public var expanded: ExpandedDisplay = .off

    public init(format: OutputFormat = .table, width: Int = 80, maxRows: Int = 40, color: Bool = false,
                unicode: Bool = true, delimiter: UInt8 = UInt8(ascii: ",")) {
        self.format = format
        self.width = width
        self.maxRows = maxRows
        self.color = color
        self.unicode = unicode
        self.delimiter = delimiter
    }
}

/// psql's `\x`: `auto` switches the table view to one `column = value` line per cell when a row does
/// not fit the width, so no column is hidden; `on` always does.
public enum ExpandedDisplay: String, Sendable, CaseIterable {
    case off, on, auto
}
