import EQStore

/// `--format json` for a run of several statements: one JSON document, an array with one object per
/// result, holding the statement's text (and a part's title), so a program reads the whole run with one
/// parse rather than finding where one array ends and the next begins. A single result stays a plain
/// array of rows, as before.
public struct JSONDocument {
    public struct Entry {
        public var statement: String
        public var table: Table
        public init(statement: String, table: Table) {
            self.statement = statement
            self.table = table
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public var isEmpty: Bool { entries.isEmpty }

    public mutating func append(statement: String, table: Table) {
        entries.append(Entry(statement: statement, table: table))
    }

    /// The whole document, ending with a newline; for one entry, just its rows' array.
    public func render() -> String {
        if entries.count == 1 { return ResultRenderer.render(entries[0].table, options: RenderOptions(format: .json)) }
        let out = ByteBuffer()
        out.append("[")
        for (index, entry) in entries.enumerated() {
            out.append(index == 0 ? "\n" : ",\n")
            out.append("{\"statement\": ")
            appendString(entry.statement, to: out)
            if let title = entry.table.title {
                out.append(", \"title\": ")
                appendString(title, to: out)
            }
            out.append(", \"rows\": ")
            var rows = ResultRenderer.render(entry.table, options: RenderOptions(format: .json))
            while rows.last == "\n" { rows.removeLast() }
            out.append(rows)
            out.append("}")
        }
        out.append(entries.isEmpty ? "]\n" : "\n]\n")
        return out.makeString()
    }

    private func appendString(_ text: String, to out: ByteBuffer) {
        var text = text
        text.withUTF8 { FieldStyle.appendJSON($0, to: out) }
    }
}
