#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the output layer needs to know about the terminal it writes to.
public enum TerminalInfo {
    /// Columns of the terminal on `fd`, else the `COLUMNS` environment variable, else nil.
    public static func width(fd: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return environmentValue("COLUMNS").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    /// Rows of the terminal on `fd`, for deciding whether a result needs a pager; LINES when the
    /// terminal does not say.
    public static func height(fd: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 {
            return Int(size.ws_row)
        }
        return environmentValue("LINES").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    }

    public static func isTTY(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// Whether to colour what goes to standard output.
    public static var colorAllowed: Bool {
        colorAllowed(isTTY: isTTY(STDOUT_FILENO), noColor: environmentValue("NO_COLOR"),
                     term: environmentValue("TERM"))
    }

    /// The rule behind `colorAllowed`, apart from the process environment so tests can pin it:
    /// colour only on a terminal, never when `NO_COLOR` is set to anything non-empty (no-color.org), and
    /// never on a `dumb` terminal.
    public static func colorAllowed(isTTY: Bool, noColor: String?, term: String?) -> Bool {
        if let noColor, !noColor.isEmpty { return false }
        if term == "dumb" { return false }
        return isTTY
    }

    private static func environmentValue(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
