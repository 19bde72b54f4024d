/// Decides which line breaks end a statement, so the parser sees only real separators.
///
/// The rules, from the language spec: a statement ends at `;` or at the end of a line, except that a
/// line whose first token is `|` continues the statement above, and a line that ends inside parentheses,
/// inside a `define`'s `case ... end`, or with `|`, `,`, `and` or `or` continues onto the next. Strings spanning lines and `\`-joined lines
/// never produce a `.newline` token in the first place.
enum Layout {
    /// The tokens with every continuing line break removed and runs of line breaks collapsed to one.
    static func resolveLineBreaks(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var nesting = Nesting()
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .newline:
                if nesting.isOpen { continue }
                if let previous = result.last {
                    if previous.continuesOntoNextLine { continue }
                    if case .newline = previous.kind { continue }
                } else {
                    continue
                }
                if nextLineStartsWithPipe(tokens, after: position) { continue }
                nesting.endStatement()
            case .end:
                break
            default:
                nesting.take(token)
            }
            result.append(token)
        }
        return result
    }

    /// Blank and comment-only lines in between do not break the pipeline.
    private static func nextLineStartsWithPipe(_ tokens: [Token], after position: Int) -> Bool {
        var cursor = position + 1
        while cursor < tokens.count, case .newline = tokens[cursor].kind { cursor += 1 }
        guard cursor < tokens.count, case .pipe = tokens[cursor].kind else { return false }
        return true
    }

    /// Whether text typed so far is an unfinished statement, so a shell shows a secondary prompt instead
    /// of running it.
    static func needsContinuation(_ text: String) -> Bool {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" || last == "\n" {
            trimmed.removeLast()
        }
        if trimmed.hasSuffix("\\") { return true }
        switch ContinuationTracker.scan(text, nesting: Nesting()) {
        case .openString: return true
        case .failed: return false
        case .scanned(let nesting, let lastContinues): return nesting.isOpen || (lastContinues ?? false)
        }
    }

    /// Whether the text's last token is `;`: the statement is closed, so a reader of piped input runs
    /// it at once instead of waiting for the next line to see whether it starts with `|`.
    static func endsWithSemicolon(_ text: String) -> Bool {
        let (tokens, failure) = Lexer.scan(.init(name: "input", text: text))
        guard failure == nil else { return false }
        let last = tokens.last { token in
            switch token.kind {
            case .newline, .end: false
            default: true
            }
        }
        guard let last, case .semicolon = last.kind else { return false }
        return true
    }
}
