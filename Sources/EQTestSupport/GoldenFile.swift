/// One golden file: cases of statements and the exact output they must print, readable as the manual
/// of a feature area.
///
/// ```
/// # Why this case exists.
/// ### case-name
/// users | count by status
/// --- expected
/// status,count
/// active,965
/// ```
///
/// Section kinds: `--- expected` (CSV), `--- table` (the table view at width 80), `--- error` (the
/// rendered diagnostic, byte for byte), `--- plan` (`explain` output). Lines starting with `#` before
/// a case are its comment.
public struct GoldenFile: Sendable, CustomStringConvertible {
    public struct Case: Sendable {
        public var name: String
        public var comment: [String]
        public var statements: String
        public var kind: String
        public var expected: String
        /// 1-based line of the `###` header, for failure messages.
        public var line: Int
    }

    public var path: String
    public var cases: [Case]

    public var description: String { String(path.split(separator: "/").last ?? "") }

    public static let sectionKinds = ["expected", "table", "error", "plan"]

    /// `# why this case exists`: a comment line (expected output never starts with `# `).
    static func isComment(_ line: Substring) -> Bool {
        line == "#" || line.hasPrefix("# ")
    }

    public init(path: String, text: String) {
        self.path = path
        var cases: [Case] = []
        var comment: [String] = []
        var current: Case?
        var inExpected = false
        var body: [String] = []
        func finish() {
            guard var done = current else { return }
            let joined = body.joined(separator: "\n")
            if inExpected {
                done.expected = joined.trimmingTrailingNewlines()
            } else {
                done.statements = joined
            }
            cases.append(done)
            current = nil
            body = []
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("### ") {
                finish()
                current = Case(name: String(line.dropFirst(4)).trimmingSpaces(), comment: comment, statements: "",
                               kind: "expected", expected: "", line: index + 1)
                comment = []
                inExpected = false
            } else if line.hasPrefix("--- "), current != nil, !inExpected,
                      GoldenFile.sectionKinds.contains(String(line.dropFirst(4)).trimmingSpaces()) {
                current!.statements = body.joined(separator: "\n").trimmingTrailingNewlines()
                current!.kind = String(line.dropFirst(4)).trimmingSpaces()
                body = []
                inExpected = true
            } else if current == nil {
                if line.hasPrefix("#") { comment.append(String(line)) }
            } else if inExpected && GoldenFile.isComment(line) {
                // A comment after an expectation belongs to the next case.
                finish()
                comment = [String(line)]
            } else {
                body.append(String(line))
            }
        }
        finish()
        self.cases = cases
    }

    /// The file with each case's expected text replaced (for EQ_RECORD=1).
    public func recorded(_ outputs: [String: String], original: String) -> String {
        var lines: [String] = []
        var skipping = false
        var currentName: String?
        for line in original.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### ") {
                skipping = false
                currentName = String(line.dropFirst(4)).trimmingSpaces()
                lines.append(String(line))
            } else if line.hasPrefix("--- "), let name = currentName, let output = outputs[name], !skipping {
                lines.append(String(line))
                lines.append(output)
                lines.append("")
                skipping = true
            } else if skipping && GoldenFile.isComment(line) {
                skipping = false
                lines.append(String(line))
            } else if !skipping {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n").trimmingTrailingNewlines() + "\n"
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var text = String(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
        return text
    }

    func trimmingTrailingNewlines() -> String {
        var text = String(self)
        while text.last == "\n" || text.last == " " { text.removeLast() }
        return text
    }
}
