import EQDiagnostics
import Testing
@testable import EQSyntax

/// Helpers shared by the syntax tests; swift-syntax style location markers keep positions readable.
enum SyntaxTestSupport {
    static let marker = "1️⃣"

    static func source(_ text: String) -> SourceFile {
        SourceFile(name: "query", text: text)
    }

    /// The S-expression of every statement of `text`, one per line.
    static func tree(_ text: String) throws -> String {
        SyntaxPrinter.render(try Parser.parseScript(source(text)))
    }

    /// The text without its marker, and the UTF-8 offset where the marker stood.
    static func unmark(_ marked: String) -> (text: String, offset: Int) {
        guard let range = marked.firstRange(of: marker) else { return (marked, -1) }
        let offset = marked.utf8.distance(from: marked.startIndex, to: range.lowerBound)
        var text = marked
        text.replaceSubrange(range, with: "")
        return (text, offset)
    }

    /// The diagnostic parsing `text` produces, or nil when it parses.
    static func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try Parser.parseScript(source(text))
            return nil
        } catch {
            return error
        }
    }
}
