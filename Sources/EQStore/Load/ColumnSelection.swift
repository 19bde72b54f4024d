import EQDiagnostics

/// `load ... columns (id, email)`: the columns to keep, with where each was written, so a name the file
/// lacks is reported at that name in the statement (with a "did you mean") rather than at the path.
public struct ColumnSelection: Sendable {
    public var names: [String]
    public var spans: [SourceSpan?]
    /// The statement's text, for the caret under a name.
    public var source: SourceFile?

    public init(names: [String], spans: [SourceSpan?] = [], source: SourceFile? = nil) {
        self.names = names
        self.spans = spans
        self.source = source
    }

    /// Which of the file's columns to keep (`header` in the file's order); names match ignoring case.
    func keep(header: [String], sourceName: String) throws(Diagnostic) -> [Bool] {
        let lowerHeader = header.map { $0.lowercased() }
        var keep = [Bool](repeating: false, count: header.count)
        for (position, name) in names.enumerated() {
            let span = position < spans.count ? spans[position] : nil
            guard let index = lowerHeader.firstIndex(of: name.lowercased()) else {
                throw Diagnostic("no column \"\(name)\" in \(sourceName)", source: span == nil ? nil : source,
                                 span: span,
                                 hint: Suggestion.hint(for: name, in: header)
                                     ?? "the columns are \(header.joined(separator: ", "))")
            }
            guard !keep[index] else {
                throw Diagnostic("column \"\(name)\" is named twice in `columns`", source: span == nil ? nil : source,
                                 span: span)
            }
            keep[index] = true
        }
        return keep
    }
}
