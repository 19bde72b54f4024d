/// Renders a diagnostic the way compilers do: the message, `--> file:line:col`, the offending line,
/// and carets under the whole span with the hint beside them.
///
/// ```
/// error: unknown column "stauts"
///  --> query:1:13
/// 1 | users where stauts = at_risk
///   |             ^^^^^^ did you mean "status"?
/// ```
public struct DiagnosticRenderer: Sendable {
    public var useColor: Bool

    public init(useColor: Bool = false) {
        self.useColor = useColor
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let (label, code) = diagnostic.isWarning ? ("warning", "1;33") : ("error", "1;31")
        lines.append(paint(label, code: code) + paint(": " + diagnostic.message, code: "1"))
        if let source = diagnostic.source, let span = diagnostic.span {
            let (line, column) = source.location(of: span.start)
            let gutter = String(line)
            let pad = String(repeating: " ", count: gutter.count)
            lines.append("\(pad)--> \(source.name):\(line):\(column)")
            let fullText = source.lineText(containing: span.start)
            let (text, caretColumn) = DiagnosticRenderer.excerpt(of: fullText, around: column)
            lines.append("\(gutter) | \(text)")
            let spanText = source.text(of: span)
            let firstLineOfSpan = spanText.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
            // Terminal columns, not characters: a CJK character or an emoji before the span takes two.
            let before = text.prefix(caretColumn - 1)
            let offset = displayWidth(of: before)
            let remaining = max(0, displayWidth(of: text) - offset)
            let width = max(1, min(displayWidth(of: firstLineOfSpan), remaining == 0 ? 1 : remaining))
            var caretLine = "\(pad) | " + String(repeating: " ", count: offset)
            caretLine += paint(String(repeating: "^", count: width), code: code)
            if let hint = diagnostic.hint { caretLine += " " + hint }
            lines.append(caretLine)
        } else if let source = diagnostic.source {
            lines.append(" --> \(source.name)")
            if let hint = diagnostic.hint { lines.append("  = hint: \(hint)") }
        } else if let hint = diagnostic.hint {
            lines.append("  = hint: \(hint)")
        }
        for note in diagnostic.notes {
            lines.append("  = note: \(note)")
        }
        return lines.joined(separator: "\n")
    }

    /// Lines longer than this are shown as a window around the caret.
    public static let maximumLineWidth = 120

    /// The part of a long line worth showing: `maximumLineWidth` characters around `column`, with `...`
    /// where it was cut, and the caret's column within that. A data file with a one-megabyte line
    /// would otherwise print the whole megabyte for one error.
    static func excerpt(of text: String, around column: Int) -> (text: String, column: Int) {
        guard text.count > maximumLineWidth else { return (text, column) }
        let characters = Array(text)
        let caret = min(max(0, column - 1), characters.count)
        let start = max(0, min(caret - maximumLineWidth / 3, characters.count - maximumLineWidth))
        let end = min(characters.count, start + maximumLineWidth)
        let lead = start > 0 ? "..." : ""
        let tail = end < characters.count ? "..." : ""
        return (lead + String(characters[start..<end]) + tail, lead.count + caret - start + 1)
    }

    private func paint(_ text: String, code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
