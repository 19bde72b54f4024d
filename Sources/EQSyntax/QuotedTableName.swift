import EQDiagnostics

extension Identifier {
    /// The table name a file stem becomes, when a folder is loaded: characters a name cannot hold become
    /// `_` (runs of them one `_`), and a name cannot start with a digit, so `my table` is `my_table` and
    /// `2024 export` is `t_2024_export`.
    ///
    /// A quoted table name in a query (`"my table" | count`) goes through the same rule, so the file's
    /// own name finds the table it was loaded as.
    public static func tableName(forFileStem stem: String) -> String {
        var name = ""
        for character in stem {
            let isNameCharacter = character.isASCII
                ? (character.isLetter || character.isNumber || character == "_")
                : character.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
            if isNameCharacter {
                name.append(character)
            } else if !name.isEmpty && name.last != "_" {
                name.append("_")
            }
        }
        while name.count > 1 && name.last == "_" { name.removeLast() }
        if name.isEmpty || name.first?.isNumber == true { name = "t_" + name }
        return name
    }
}

extension Parser {
    /// Grammar: table_name ::= name | STRING
    ///
    /// A string names a table by the file it came from: `"my table"` is the table `my table.csv` was
    /// loaded as (`my_table`).
    mutating func parseTableName() throws(Diagnostic) -> Identifier {
        guard case .string(let text) = current.kind else { return try parseName("a table name", "") }
        guard !text.allSatisfy({ $0 == " " || $0 == "\t" }) else {
            throw diagnostic("a quoted table name cannot be empty", at: current.span,
                             hint: "write the file's name without its extension: \"my table\"")
        }
        return Identifier(Identifier.tableName(forFileStem: text), span: advance().span)
    }
}
