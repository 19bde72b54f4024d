/// The one error type of every stage, from the lexer to the CSV reader.
///
/// Errors are values, not crashes: each carries the span it is about, so the user sees where, and an
/// optional hint ("did you mean `status`?") that is rendered under the caret.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var source: SourceFile?
    public var span: SourceSpan?
    public var hint: String?
    public var notes: [String]
    /// A warning is shown like an error (`warning:` instead of `error:`) but does not stop the
    /// statement: the query ran and its result may still be what was meant.
    public var isWarning = false

    public init(_ message: String, source: SourceFile? = nil, span: SourceSpan? = nil, hint: String? = nil,
                notes: [String] = []) {
        self.message = message
        self.source = source
        self.span = span
        self.hint = hint
        self.notes = notes
    }

    /// `name:line:col`, or just the name, or nothing, depending on what the diagnostic knows.
    public var locationText: String? {
        guard let source else { return nil }
        guard let span else { return source.name }
        let (line, column) = source.location(of: span.start)
        return "\(source.name):\(line):\(column)"
    }

    /// The one-line form, for logs and test failure messages.
    public var description: String {
        var text = ""
        if let locationText { text += "\(locationText): " }
        text += message
        if let hint { text += " (\(hint))" }
        return text
    }
}
