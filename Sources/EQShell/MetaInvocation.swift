/// One meta-command line split into its name and arguments: `.output "my results.csv"` is `output`
/// with one argument.
struct MetaInvocation: Equatable {
    /// Lower-cased, without the dot.
    var name: String
    /// Split at blanks; a quoted argument may hold blanks and loses its quotes.
    var arguments: [String]
    /// The text after the name as typed, for commands that take a statement (`.load`).
    var rest: String

    /// Nil when the line does not start with a dot; an unterminated quote runs to the end of the line.
    static func parse(_ line: String) -> MetaInvocation? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "." else { return nil }
        let body = trimmed.dropFirst()
        let nameEnd = body.firstIndex { $0 == " " || $0 == "\t" } ?? body.endIndex
        let rest = body[nameEnd...].trimmingBlanks
        return MetaInvocation(name: body[..<nameEnd].lowercased(), arguments: splitArguments(rest), rest: String(rest))
    }

    private static func splitArguments(_ text: Substring) -> [String] {
        var arguments: [String] = []
        var current = ""
        var quote: Character?
        var hasArgument = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                hasArgument = true
            } else if character == " " || character == "\t" {
                if hasArgument { arguments.append(current) }
                current = ""
                hasArgument = false
            } else {
                current.append(character)
                hasArgument = true
            }
        }
        if hasArgument { arguments.append(current) }
        return arguments
    }
}
