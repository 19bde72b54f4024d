import EQStore

/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some a tab or carriage return
/// before them) as a formula, so a name like `=HYPERLINK(...)` in a campaign list becomes code on the
/// marketer's machine (OWASP "CSV injection"). Prefixing `'` makes the cell plain text again.
public enum FormulaGuard {
    static let triggers: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                       0x09, 0x0D]

    public static func isRisky(_ text: String) -> Bool {
        text.utf8.first.map(triggers.contains) ?? false
    }

    /// The table with every risky text cell and column name prefixed, and how many cells that was.
    /// The check runs once per dictionary entry; only the rows pointing at a changed entry are counted.
    public static func defuse(_ table: Table) -> (table: Table, cells: Int) {
        var cells = 0
        var columns = table.columns
        for (index, column) in table.columns.enumerated() {
            guard case .string(let strings) = column.storage else { continue }
            var risky = [Bool](repeating: false, count: strings.dictionary.count)
            var anyRisky = false
            var entries: [String] = []
            entries.reserveCapacity(strings.dictionary.count)
            for code in 0..<strings.dictionary.count {
                let text = strings.dictionary.string(at: code)
                if isRisky(text) {
                    risky[code] = true
                    anyRisky = true
                    entries.append("'" + text)
                } else {
                    entries.append(text)
                }
            }
            guard anyRisky else { continue }
            for row in 0..<column.count where column.validity.isValid(row) && risky[strings.code(at: row)] {
                cells += 1
            }
            let defused = StringColumn(dictionary: StringDictionary(entries), codes: strings.codes)
            columns[index] = Column(name: column.name, storage: .string(defused), validity: column.validity)
        }
        // The header row is cells too: a column named `=cmd` (from a loaded file's header) runs just
        // the same when the list is opened.
        for index in columns.indices where isRisky(columns[index].name) {
            columns[index] = Column(name: "'" + columns[index].name, storage: columns[index].storage,
                                    validity: columns[index].validity)
            cells += 1
        }
        let result = Table(name: table.name, columns: columns, timeColumn: table.timeColumn,
                           lastSeenColumn: table.lastSeenColumn, keyColumn: table.keyColumn)
        return (result, cells)
    }
}
