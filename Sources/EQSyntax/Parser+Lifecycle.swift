import EQDiagnostics
import EQTypes

/// `define NAME = case when ... then ... end`: a derived column of the user's own. `define` is a
/// keyword only before a name and `=`, so a table named `define` can still be queried.
extension Parser {
    var atDefine: Bool {
        guard atKeyword("define"), case .identifier = peek(1).kind else { return false }
        return !(peek(1).word.map(Parser.clauseKeywords.contains) ?? false)
    }

    /// Grammar: define ::= 'define' name '=' case_expr
    mutating func parseDefine() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let name = try parseName("a column name", "after `define`")
        _ = try expect(.equal, "`=`", "after `define \(name.name)`",
                       hint: "write `define \(name.name) = case when status = active then \"active\" else \"other\" end`")
        let body = try parseCaseExpr()
        return Statement(.defineLifecycle(name: name, lifecycle: body), span: keyword.span.union(body.span))
    }

    /// Grammar: case_expr ::= 'case' ( 'when' expr 'then' label )+ ( 'else' label )? 'end'
    mutating func parseCaseExpr() throws(Diagnostic) -> LifecycleCase {
        let start = try expectKeyword("case", "after `=`", hint: "write `case when CONDITION then \"label\" ... end`")
        var branches: [LifecycleCase.Branch] = []
        while atKeyword("when") {
            advance()
            let condition = try parseExpr(after: "`when`")
            _ = try expectKeyword("then", "after the condition", hint: "write `when CONDITION then \"label\"`")
            branches.append(LifecycleCase.Branch(condition: condition, label: try parseLabel(after: "`then`")))
        }
        guard !branches.isEmpty else {
            throw syntaxError("expected `when` after `case`", hint: "write `case when CONDITION then \"label\" ... end`")
        }
        var otherwise: Identifier?
        if acceptKeyword("else") { otherwise = try parseLabel(after: "`else`") }
        let end = try expectKeyword("end", "to close `case`",
                                    hint: "each branch is `when CONDITION then \"label\"`; `else \"label\"` may come last")
        return LifecycleCase(branches: branches, otherwise: otherwise, span: start.span.union(end.span))
    }

    /// Grammar: label ::= STRING | name
    mutating func parseLabel(after context: String) throws(Diagnostic) -> Identifier {
        switch current.kind {
        case .string(let text):
            return Identifier(text, span: advance().span)
        case .identifier(let word) where !["when", "else", "end"].contains(word.lowercased()):
            return Identifier(word, span: advance().span)
        default:
            throw syntaxError("expected a label after \(context)",
                              hint: "write a word or a quoted text: `\"invited\"` (quote `when`, `else` or `end`)")
        }
    }
}
