/// `Layout.needsContinuation` for text that arrives a line at a time, without re-reading what came
/// before: the shell asks after every line of a piped script, and re-lexing the whole pending statement
/// each time made a 2,000-line pipeline take minutes (quadratic). The state between lines is small —
/// the open parentheses, whether the last token continues the statement, whether the last non-blank
/// line ended with `\` — so each line is lexed once. Only while a string spans lines (rare) is the
/// whole pending text scanned again, exactly as `needsContinuation` does.
public struct ContinuationTracker {
    private var text = ""
    private var lineCount = 0
    private var nesting = Nesting()
    private var lastContinues = false
    private var endsWithBackslash = false
    /// A lexical error other than an open string: the whole text fails the same way from here on.
    private var failed = false
    /// A string is open across lines: the whole text is scanned until it closes.
    private var insideString = false

    public init() {}

    /// The statement so far, lines joined with `\n`.
    public var pendingText: String { text }

    /// Adds a line; true when the statement so far is unfinished.
    public mutating func add(_ line: String) -> Bool {
        text += lineCount == 0 ? line : "\n" + line
        lineCount += 1
        var trimmed = Substring(line)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed.removeLast() }
        // A blank line keeps what the line before it ended with, as trimming the whole text would.
        if !trimmed.isEmpty { endsWithBackslash = trimmed.hasSuffix("\\") }
        guard !failed else { return continues }
        let scanned = insideString
            ? ContinuationTracker.scan(text, nesting: Nesting())
            // A joining `\` stands for a space; the lexer would see it at the end of its input.
            : ContinuationTracker.scan(endsWithBackslash && !trimmed.isEmpty ? String(trimmed.dropLast()) : line,
                                       nesting: nesting)
        switch scanned {
        case .openString:
            insideString = true
        case .failed:
            insideString = false
            failed = true
        case .scanned(let newNesting, let last):
            if insideString {
                lastContinues = last ?? false
            } else if let last {
                lastContinues = last
            }
            insideString = false
            nesting = newNesting
        }
        return continues
    }

    public mutating func reset() {
        self = ContinuationTracker()
    }

    private var continues: Bool {
        endsWithBackslash || (!failed && (insideString || nesting.isOpen || lastContinues))
    }

    enum Scan {
        case openString
        case failed
        /// What is open after the text, and whether its last token continues the statement (nil when
        /// it has no tokens).
        case scanned(nesting: Nesting, lastContinues: Bool?)
    }

    /// Lexes `text` once, starting with `nesting` open; `Layout.needsContinuation` reads the same
    /// answer for a whole text.
    static func scan(_ text: String, nesting: Nesting) -> Scan {
        let (tokens, failure) = Lexer.scan(.init(name: "input", text: text))
        if let failure { return failure.isUnterminatedString ? .openString : .failed }
        var nesting = nesting
        var last: Token?
        for token in tokens {
            switch token.kind {
            case .newline, .end: continue
            default: nesting.take(token)
            }
            last = token
        }
        return .scanned(nesting: nesting, lastContinues: last.map(\.continuesOntoNextLine))
    }
}
