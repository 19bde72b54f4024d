import Foundation
import Testing

@testable import EQDiagnostics

/// A diagnostic on a megabyte-long line printed the whole line; it now shows a window around the
/// caret, with `...` where it was cut, and the caret still under the offending text.
struct LongLineDiagnosticTests {
    func rendered(_ text: String, at start: Int, length: Int) -> [String] {
        let diagnostic = Diagnostic("bad", source: SourceFile(name: "f.csv", text: text),
                                    span: SourceSpan(start: start, end: start + length))
        return DiagnosticRenderer().render(diagnostic).components(separatedBy: "\n")
    }

    /// The caret's column in the rendered line is the offset of `marker` in the shown text.
    func caretUnder(_ lines: [String], marker: String) -> Bool {
        guard lines.count >= 4, let range = lines[2].range(of: marker), let caret = lines[3].firstIndex(of: "^") else {
            return false
        }
        return lines[2].distance(from: lines[2].startIndex, to: range.lowerBound)
            == lines[3].distance(from: lines[3].startIndex, to: caret)
    }

    @Test(arguments: [0, 10, 500_000, 999_990])
    func aLongLineIsCutAroundTheCaret(_ offset: Int) {
        var text = String(repeating: "a", count: 1_000_000)
        let index = text.index(text.startIndex, offsetBy: offset)
        text.replaceSubrange(index..<text.index(index, offsetBy: 5), with: "XYZW!")
        let lines = rendered(text, at: offset, length: 5)
        #expect(lines[1] == " --> f.csv:1:\(offset + 1)")
        #expect(lines[2].count <= DiagnosticRenderer.maximumLineWidth + 10, "\(lines[2].count)")
        #expect(caretUnder(lines, marker: "XYZW!"), "\(lines[2])\n\(lines[3])")
        #expect(lines[3].hasSuffix("^^^^^"))
        #expect(lines[2].hasPrefix("1 | " + (offset == 0 ? "XYZW!" : offset <= 40 ? "a" : "...")))
        #expect(lines[2].hasSuffix(offset < 999_000 ? "..." : "W!aaaaa"))
    }

    @Test func aShortLineIsShownWhole() {
        let lines = rendered("users where stauts = 1", at: 12, length: 6)
        #expect(lines[2] == "1 | users where stauts = 1")
        #expect(lines[3] == "  |             ^^^^^^")
    }
}
