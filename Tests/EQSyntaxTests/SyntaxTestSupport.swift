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

    /// Parsing the marked text fails with this message and hint, at the marker, in the unmarked text:
    /// the one assertion every positioned-error table uses.
    static func expectError(_ marked: String, message: String, hint: String?,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (text, offset) = unmark(marked)
        let found = try #require(Self.diagnostic(text), sourceLocation: sourceLocation)
        #expect(found.message == message, sourceLocation: sourceLocation)
        #expect(found.hint == hint, sourceLocation: sourceLocation)
        #expect(found.span?.start == offset, sourceLocation: sourceLocation)
        #expect(found.source?.text == text, sourceLocation: sourceLocation)
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
