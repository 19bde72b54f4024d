/// The list in Tests/Reliability/known-defects.txt: defects other branches are fixing, which the
/// reliability harnesses step around (and count) until those branches are merged.
public struct KnownDefect: Sendable {
    public var id: String
    public var issue: String
    public var harnesses: Set<String>
    public var pattern: String
    public var why: String

    /// Whether `input` is one this defect trips over, for `harness`.
    public func matches(_ input: String, harness: String) -> Bool {
        guard harnesses.contains(harness), let regex = try? Regex(pattern) else { return false }
        return input.contains(regex)
    }
}

public enum KnownDefects {
    /// Parses the file's blocks; a block without `matches` is a reading error the tests report.
    public static func parse(_ text: String) -> (defects: [KnownDefect], errors: [String]) {
        var defects: [KnownDefect] = []
        var errors: [String] = []
        var current: [String: String] = [:]
        var id: String?
        func finish() {
            guard let id else { return }
            guard let pattern = current["matches"], let issue = current["issue"], let harness = current["harness"] else {
                errors.append("[\(id)] needs issue, harness and matches")
                return
            }
            if (try? Regex(pattern)) == nil { errors.append("[\(id)] matches is not a regular expression: \(pattern)") }
            let harnesses = Set(harness.split(separator: ",").map { String($0.drop { $0 == " " }).trimmingSuffix(" ") })
            defects.append(KnownDefect(id: id, issue: issue, harnesses: harnesses, pattern: pattern, why: current["why"] ?? ""))
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                finish()
                id = String(line.dropFirst().dropLast())
                current = [:]
            } else if let colon = line.firstIndex(of: ":") {
                let key = String(line[..<colon])
                current[key] = String(line[line.index(after: colon)...].drop { $0 == " " })
            } else {
                errors.append("cannot read line: \(line)")
            }
        }
        finish()
        return (defects, errors)
    }

    /// The first defect of `defects` that `input` matches for `harness`.
    public static func match(_ input: String, harness: String, in defects: [KnownDefect]) -> KnownDefect? {
        defects.first { $0.matches(input, harness: harness) }
    }
}

extension String {
    func trimmingSuffix(_ character: Character) -> String {
        var result = self
        while result.last == character { result.removeLast() }
        return result
    }
}
