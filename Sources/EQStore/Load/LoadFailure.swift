import EQDiagnostics

/// A load error found deep in a parallel chunk, before anyone knows its line number.
///
/// Chunks only know byte offsets; the line (and its text for the caret) is worked out once, for the one
/// failure that is reported, by `diagnostic(in:name:)`. When several chunks fail, the one with the lowest
/// offset wins, so the user sees the first bad record of the file whatever the chunking.
struct LoadFailure: Error, Sendable {
    /// Byte offset in the file of the offending field (or byte).
    var offset: Int
    var length: Int
    var message: String
    var hint: String?

    init(offset: Int, length: Int = 1, message: String, hint: String? = nil) {
        self.offset = offset
        self.length = length
        self.message = message
        self.hint = hint
    }

    /// The failure as a diagnostic on the physical line that holds `offset`, so it renders as
    /// `file:line:col` with the line's text and a caret under the field.
    func diagnostic(in source: UnsafeBufferPointer<UInt8>, name: String, dataStart: Int = 0) -> Diagnostic {
        let offset = max(0, min(self.offset, source.count))
        var lineNumber = 1
        var lineStart = 0
        for index in 0..<offset where source[index] == UInt8(ascii: "\n") {
            lineNumber += 1
            lineStart = index + 1
        }
        // The byte-order mark is not part of the text a user sees on line 1.
        if lineStart == 0 { lineStart = min(dataStart, offset) }
        var lineEnd = offset
        while lineEnd < source.count && source[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > lineStart && source[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: source[lineStart..<max(lineStart, lineEnd)]),
                          as: UTF8.self)
        let start = offset - lineStart
        let end = max(start, min(offset + length, lineEnd) - lineStart)
        return Diagnostic(message, source: SourceFile(name: name, text: text, firstLine: lineNumber),
                          span: SourceSpan(start: start, end: end), hint: hint)
    }
}
