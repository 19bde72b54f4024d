/// The text a span points into, with its name (`query`, `weekly.eq`, a CSV path) for `name:line:col`.
///
/// A reader that reports on one record of a large file builds a `SourceFile` holding just that record's
/// line and gives it `firstLine`, so diagnostics from every stage render the same way without keeping
/// whole data files in memory.
public struct SourceFile: Sendable {
    public let name: String
    public let text: String
    public let firstLine: Int
    /// UTF-8 offsets at which each line starts.
    private let lineStarts: [Int]

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        self.lineStarts = starts
    }

    /// A 1-based line and column (counted in characters, as a terminal shows them) for a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, text.utf8.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let prefix = substring(from: lineStart, to: clamped)
        return (firstLine + low, prefix.count + 1)
    }

    /// The text of the line holding `offset`, without its line break.
    public func lineText(containing offset: Int) -> String {
        let clamped = max(0, min(offset, text.utf8.count))
        var index = 0
        while index + 1 < lineStarts.count && lineStarts[index + 1] <= clamped { index += 1 }
        let start = lineStarts[index]
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : text.utf8.count
        var line = substring(from: start, to: max(start, end))
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    /// The source text a span covers.
    public func text(of span: SourceSpan) -> String {
        substring(from: span.start, to: span.end)
    }

    private func substring(from start: Int, to end: Int) -> String {
        let utf8 = text.utf8
        let count = utf8.count
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(start, count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(end, count)))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }
}
