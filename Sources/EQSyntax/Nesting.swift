/// What is open at a point of a statement, for deciding whether a line break ends it: parentheses, and
/// the `case ... end` of a `define`, whose `when` branches read best one per line. Shared by the parser's
/// layout pass and the shell's line-by-line continuation check, so both split statements alike.
///
/// `case` opens a block only right after the `=` of a statement that starts with `define`, and `end`
/// closes one only while a block is open, so a column or table named `case` or `end` elsewhere keeps
/// its meaning.
struct Nesting: Equatable {
    var parentheses = 0
    var caseBlocks = 0
    /// The statement's first token was `define`.
    var inDefine = false
    /// No token of the current statement has been seen yet.
    var atStatementStart = true
    /// The previous token was `=`.
    var afterEqual = false

    var isOpen: Bool { parentheses > 0 || caseBlocks > 0 }

    /// Takes one token (line breaks excluded: they do not change what is open).
    mutating func take(_ token: Token) {
        if atStatementStart {
            inDefine = token.isKeyword("define")
            atStatementStart = false
        }
        switch token.kind {
        case .leftParen:
            parentheses += 1
        case .rightParen:
            parentheses = max(0, parentheses - 1)
        case .semicolon:
            self = Nesting()
            return
        case .identifier:
            if inDefine && afterEqual && token.isKeyword("case") {
                caseBlocks += 1
            } else if caseBlocks > 0 && token.isKeyword("end") {
                caseBlocks -= 1
            }
        default:
            break
        }
        if case .equal = token.kind { afterEqual = true } else { afterEqual = false }
    }

    /// A line break that ends the statement starts the next one.
    mutating func endStatement() {
        self = Nesting()
    }
}
