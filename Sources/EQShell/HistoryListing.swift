extension HistoryStore {
    /// What `.history` prints: the statements, numbered by their place in the whole history so a number
    /// means the same entry in `.history` and `.history all`. Meta-commands (`.clear`, `.mode csv`,
    /// `.history` itself) are left out unless asked for, since they crowd out the queries worth recalling.
    static func listing(_ entries: [String], includingMetaCommands: Bool) -> String {
        let numbered = entries.enumerated().filter { _, entry in
            includingMetaCommands || !entry.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(".")
        }
        guard !numbered.isEmpty else {
            return includingMetaCommands ? "the history is empty" : "no statements in the history (.history all lists meta-commands too)"
        }
        let width = String(numbered[numbered.count - 1].offset + 1).count
        return numbered.map { index, entry in
            let number = String(index + 1)
            return String(repeating: " ", count: width - number.count) + number + "  " + entry
        }.joined(separator: "\n")
    }
}
