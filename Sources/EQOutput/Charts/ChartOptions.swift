#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a chart may draw: how wide, and whether it may use Unicode block characters.
public struct ChartOptions: Sendable, Equatable {
    /// Columns the chart may use, labels included.
    public var width: Int
    /// Block and shade characters (`█▌░`); plain ASCII (`#=:.`) when false.
    public var unicode: Bool

    public init(width: Int = 80, unicode: Bool = true) {
        self.width = width
        self.unicode = unicode
    }

    /// From the terminal on standard output and the environment, at the moment of drawing (a resized
    /// window gets a chart of its new width).
    public static func detect() -> ChartOptions {
        ChartOptions(width: TerminalInfo.width() ?? 80,
                     unicode: unicodeAllowed(noColor: environment("NO_COLOR"),
                                             locale: environment("LC_ALL") ?? environment("LC_CTYPE") ?? environment("LANG")))
    }

    /// Block characters only where the locale says UTF-8, and never under NO_COLOR, whose users ask for
    /// the plainest output a program can give.
    public static func unicodeAllowed(noColor: String?, locale: String?) -> Bool {
        if let noColor, !noColor.isEmpty { return false }
        guard let locale else { return false }
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
