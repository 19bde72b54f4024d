import EQDiagnostics
import EQTypes

/// The steps that prepare a campaign list: export, distinct, holdout, sample, preview. They follow a
/// `|` like any step; `export` and `preview` end the pipeline.
extension Parser {
    static let campaignKeywords: Set<String> = ["export", "distinct", "holdout", "sample", "preview"]

    /// Grammar: campaign_step ::= export | distinct | holdout | sample | 'preview'
    mutating func parseCampaignStep() throws(Diagnostic) -> Step {
        switch current.word {
        case "export": return try parseExport()
        case "distinct": return try parseDistinct()
        case "holdout": return try parseHoldout()
        case "sample": return try parseSample()
        default:
            return Step(.preview, span: advance().span)
        }
    }

    /// Grammar: export ::= 'export' STRING ( '(' name ( ',' name )* ')' )? ( 'overwrite' | 'raw' )*
    mutating func parseExport() throws(Diagnostic) -> Step {
        let keyword = advance()
        guard case .string(let path) = current.kind else {
            throw syntaxError("expected a quoted file name after `export`", hint: "write `export \"list.csv\"`")
        }
        let pathSpan = advance().span
        var columns: [Identifier]?
        if accept(.leftParen) {
            var names: [Identifier] = []
            repeat {
                names.append(try parseName("a column name", names.isEmpty ? "after `(`" : "after `,`"))
            } while accept(.comma)
            _ = try expect(.rightParen, "`,` or `)`", "in the list of columns")
            columns = names
        }
        var overwrite = false
        var raw = false
        while let word = current.word, word == "overwrite" || word == "raw" {
            let option = advance()
            if word == "overwrite" ? overwrite : raw {
                throw diagnostic("`\(word)` is given twice", at: option.span)
            }
            if word == "overwrite" { overwrite = true } else { raw = true }
        }
        let request = ExportRequest(path: path, pathSpan: pathSpan, columns: columns, overwrite: overwrite, raw: raw)
        return Step(.export(request), span: keyword.span.union(previous.span))
    }

    /// Grammar: distinct ::= 'distinct' name 'exact'?
    mutating func parseDistinct() throws(Diagnostic) -> Step {
        let keyword = advance()
        let column = try parseName("a column name", "after `distinct`", hint: "write `distinct email`")
        let exact = acceptKeyword("exact")
        return Step(.distinct(column, exact: exact), span: keyword.span.union(previous.span))
    }

    /// Grammar: holdout ::= 'holdout' percent ( 'as' name )? ( 'seed' INTEGER )? ( 'into' name )?
    mutating func parseHoldout() throws(Diagnostic) -> Step {
        let keyword = advance()
        let share = try parsePercent(after: "`holdout`", example: "holdout 10% as control seed 7")
        var label = "control"
        var labelSpan: SourceSpan?
        // `as of` here is the query's own `as of DATE`, never a group named `of`.
        if atKeyword("as") && !peek(1).isKeyword("of") {
            advance()
            let name = try parseName("a group name", "after `as`", hint: "write `as control`")
            guard name.name.lowercased() != HoldoutRequest.targetLabel else {
                throw diagnostic("the held-out group cannot be called `\(name.name)`: the other rows are `target`",
                                 at: name.span, hint: "name the control group something else: `as control`")
            }
            (label, labelSpan) = (name.name, name.span)
        }
        let seed = try seedOption()
        var column: Identifier?
        if acceptKeyword("into") {
            column = try parseName("a column name", "after `into`", hint: "write `into group2`")
        }
        return Step(.holdout(HoldoutRequest(share: share, label: label, seed: seed, labelSpan: labelSpan, column: column)),
                    span: keyword.span.union(previous.span))
    }

    /// Grammar: sample ::= 'sample' ( percent | INTEGER ) ( 'seed' INTEGER )?
    mutating func parseSample() throws(Diagnostic) -> Step {
        let keyword = advance()
        let size: SampleRequest.Size
        if case .percent = peek(1).kind {
            size = .share(try parsePercent(after: "`sample`", example: "sample 5%"))
        } else {
            size = .rows(try expectInteger("a row count or a share such as 5%", "after `sample`"))
        }
        let seed = try seedOption()
        return Step(.sample(SampleRequest(size: size, seed: seed)), span: keyword.span.union(previous.span))
    }

    /// `seed N` (0 when left out), part of the `holdout` and `sample` rules.
    mutating func seedOption() throws(Diagnostic) -> Int64 {
        guard acceptKeyword("seed") else { return 0 }
        if case .minus = current.kind, case .integer(let value) = peek(1).kind {
            advance()
            advance()
            return -value
        }
        if case .integer(let value) = current.kind, value < 0 {
            advance()
            return value
        }
        return try expectInteger("a number", "after `seed`")
    }

    /// Grammar: percent ::= ( INTEGER | DECIMAL ) '%'
    mutating func parsePercent(after context: String, example: String) throws(Diagnostic) -> Percent {
        let number = current
        let value: Double
        switch number.kind {
        case .integer(let integer): value = Double(integer)
        case .decimal(let decimal): value = decimal
        default: throw syntaxError("expected a share such as 10% after \(context)", hint: "write `\(example)`")
        }
        advance()
        guard accept(.percent) else {
            throw syntaxError("expected `%` after `\(number.text)`", hint: "write `\(example)`")
        }
        let basisPoints = (value * 100).rounded()
        guard basisPoints >= 0 && basisPoints <= 10_000 else {
            throw diagnostic("a share is between 0% and 100%", at: number.span.union(previous.span))
        }
        return Percent(basisPoints: Int64(basisPoints))
    }
}
