import EQDiagnostics
import EQTypes

extension Parser {
    /// `load`, `set` and `explain` are keywords only where a table name could not follow them, so a
    /// table named `set` can still be queried (`set where x = 1`, `set | count`).
    ///
    /// Grammar: statement ::= snapshot | load | set | explain | connection | report | segment_statement | transitions | funnel_query | query
    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let next = peek(1)
        let nextIsClause = next.word.map { Parser.clauseKeywords.contains($0) } ?? false
        let nextEndsQuery = switch next.kind {
        case .pipe, .newline, .semicolon, .end: true
        default: false
        }
        let startsStatement = !nextEndsQuery && !nextIsClause
        if atSnapshotStatement { return try parseSnapshot() }
        if startsStatement && atKeyword("load") { return try parseLoad() }
        if startsStatement && atKeyword("set") { return try parseSet() }
        if startsStatement && atKeyword("explain") { return try parseExplain() }
        if atConnectionStatement { return try parseConnection() }
        if atSegmentStatement { return try parseSegmentStatement() }
        if atTransitions { return try parseTransitions() }
        if atReport { return try parseReport() }
        if atFunnelStatement {
            let query = try parseFunnelQuery()
            return Statement(.query(query), span: query.span)
        }
        let quotedTable = if case .string = current.kind { true } else { false }
        guard case .identifier = current.kind, !quotedTable else {
            if quotedTable { return try parseQueryStatement() }
            if case .pipe = current.kind {
                throw diagnostic("unexpected `|`", at: current.span,
                                 hint: "a `|` continues a query, and there is no query before it")
            }
            throw syntaxError("expected a table name, `load`, `set` or `explain`")
        }
        return try parseQueryStatement()
    }

    private mutating func parseQueryStatement() throws(Diagnostic) -> Statement {
        let query = try parseQuery()
        return Statement(.query(query), span: query.span)
    }

    /// Grammar: load ::= 'load' name 'from' STRING load_option*
    mutating func parseLoad() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let table = try parseName("a table name", "after `load`", hint: "write `load users from \"users.csv\"`")
        _ = try expectKeyword("from", "after `load \(table.name)`", hint: "write `load \(table.name) from \"\(table.name).csv\"`")
        guard case .string(let path) = current.kind else {
            throw syntaxError("expected a quoted file path after `from`", hint: "paths are strings: \"data/users.csv\"")
        }
        let pathSpan = advance().span
        var load = LoadStatement(table: table, path: path, pathSpan: pathSpan)
        var seen: Set<String> = []
        while !atBoundary {
            try parseLoadOption(into: &load, seen: &seen)
        }
        return Statement(.load(load), span: keyword.span.union(previous.span))
    }

    /// `save snapshot` always (no query starts so); `load snapshot` before a string, since
    /// `load snapshot from "s.csv"` loads a table named snapshot.
    var atSnapshotStatement: Bool {
        guard peek(1).isKeyword("snapshot") else { return false }
        if atKeyword("save") { return true }
        guard atKeyword("load") else { return false }
        if case .string = peek(2).kind { return true }
        return false
    }

    /// Grammar: snapshot ::= ( 'save' | 'load' ) 'snapshot' STRING
    mutating func parseSnapshot() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let save = keyword.isKeyword("save")
        advance()
        guard case .string(let path) = current.kind else {
            throw syntaxError("expected a quoted file path after `\(save ? "save" : "load") snapshot`",
                              hint: "write `\(save ? "save" : "load") snapshot \"crm.eqsnap\"`")
        }
        let pathSpan = advance().span
        return Statement(.snapshot(SnapshotStatement(save: save, path: path, pathSpan: pathSpan)),
                         span: keyword.span.union(pathSpan))
    }

    static let loadOptions = ["as", "time", "key", "delimiter", "dateformat", "with", "columns"]
    static let loadFormats = ["csv", "ndjson"]
    static let typeNames = ["int", "integer", "bigint", "double", "float", "number", "decimal", "bool", "boolean",
                            "string", "text", "varchar", "date", "timestamp", "datetime"]

    /// Grammar: load_option ::= 'as' name | 'time' name | 'key' name | 'delimiter' STRING | 'dateformat' STRING | 'with' '(' column_type ( ',' column_type )* ')' | 'columns' '(' name ( ',' name )* ')'
    mutating func parseLoadOption(into load: inout LoadStatement, seen: inout Set<String>) throws(Diagnostic) {
        guard let option = current.word, Parser.loadOptions.contains(option) else {
            let hint = current.word.flatMap { Suggestion.hint(for: $0, in: Parser.loadOptions) }
                ?? "the options are `as`, `time`, `key`, `delimiter`, `dateformat`, `with` and `columns`"
            throw syntaxError("expected a load option", hint: hint)
        }
        let keyword = advance()
        guard seen.insert(option).inserted else {
            throw diagnostic("`\(option)` is given twice", at: keyword.span)
        }
        switch option {
        case "as":
            let format = try parseName("a file format", "after `as`", hint: "the formats are csv and ndjson")
            guard Parser.loadFormats.contains(format.name.lowercased()) else {
                throw diagnostic("unknown file format `\(format.name)`", at: format.span,
                                 hint: Suggestion.hint(for: format.name, in: Parser.loadFormats)
                                     ?? "the formats are csv and ndjson")
            }
            load.format = format
        case "time":
            load.timeColumn = try parseName("a column name", "after `time`")
        case "key":
            load.keyColumn = try parseName("a column name", "after `key`")
        case "delimiter":
            guard case .string(let delimiter) = current.kind else {
                throw syntaxError("expected a quoted character after `delimiter`", hint: "write `delimiter \";\"`")
            }
            guard delimiter.utf8.count == 1 else {
                throw syntaxError("a delimiter must be a single character")
            }
            advance()
            load.delimiter = delimiter
        case "dateformat":
            guard case .string(let pattern) = current.kind else {
                throw syntaxError("expected a quoted pattern after `dateformat`", hint: "write `dateformat \"%m/%d/%Y\"`")
            }
            load.dateFormat = pattern
            load.dateFormatSpan = advance().span
        case "columns":
            _ = try expect(.leftParen, "`(`", "after `columns`", hint: "write `columns (id, email, last_login_at)`")
            var columns: [Identifier] = []
            repeat {
                columns.append(try parseName("a column name", "in the column list", hint: "write `columns (id, email)`"))
            } while accept(.comma)
            _ = try expect(.rightParen, "`,` or `)`", "in the column list")
            load.columns = columns
        default:
            _ = try expect(.leftParen, "`(`", "after `with`", hint: "write `with (score int, joined_at date)`")
            repeat {
                load.declaredTypes.append(try parseColumnType())
            } while accept(.comma)
            _ = try expect(.rightParen, "`,` or `)`", "in the column types")
        }
    }

    /// Grammar: column_type ::= name name
    mutating func parseColumnType() throws(Diagnostic) -> (column: Identifier, type: Identifier) {
        let column = try parseName("a column name", "in the column types", hint: "write `with (score int)`")
        let type = try parseName("a type", "after `\(column.name)`", hint: "for example `int`, `double`, `string`, `date`")
        guard DataType(declared: type.name) != nil else {
            throw diagnostic("unknown type `\(type.name)`", at: type.span,
                             hint: Suggestion.hint(for: type.name, in: Parser.typeNames)
                                 ?? "the types are int, double, bool, string, date and timestamp")
        }
        return (column, type)
    }

    /// Grammar: set ::= 'set' assignment ( ',' assignment )*
    mutating func parseSet() throws(Diagnostic) -> Statement {
        let keyword = advance()
        var assignments = [try parseAssignment(after: "`set`")]
        while accept(.comma) {
            assignments.append(try parseAssignment(after: "`,`"))
        }
        return Statement(.set(assignments), span: keyword.span.union(assignments[assignments.count - 1].value.span))
    }

    /// Grammar: assignment ::= name '=' value
    mutating func parseAssignment(after place: String) throws(Diagnostic) -> Assignment {
        let name = try parseName("a setting name", "after \(place)", hint: "write `set today = 2024-06-30`")
        _ = try expect(.equal, "`=`", "after `set \(name.name)`", hint: "write `set \(name.name) = VALUE`")
        return Assignment(name: name, value: try parseValue(after: "`=`"))
    }

    /// `analyze` is a keyword only where a table name could not follow it, as `explain` is, so a table
    /// named `analyze` can still be explained (`explain analyze where x = 1`).
    ///
    /// `sql` likewise: `explain sql users where ...` shows the SQL, `explain sql | count` explains a
    /// table named sql.
    ///
    /// Grammar: explain ::= 'explain' ( funnel_query | report | 'sql' query | 'analyze'? ( transitions | query ) )
    mutating func parseExplain() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let next = peek(1)
        let nextIsClause = next.word.map { Parser.clauseKeywords.contains($0) } ?? false
        let nextEndsQuery = switch next.kind {
        case .pipe, .newline, .semicolon, .end: true
        default: false
        }
        let sql = atKeyword("sql") && !nextEndsQuery && !nextIsClause
        if sql {
            _ = advance()
            guard atTableName else {
                throw syntaxError("expected a query after `explain sql`", hint: "write `explain sql users where status = active`")
            }
            let query = try parseQuery()
            return Statement(.explainSQL(query), span: keyword.span.union(query.span))
        }
        let analyze = atKeyword("analyze") && !nextEndsQuery && !nextIsClause
        if analyze { _ = advance() }
        if !analyze && atFunnelStatement {
            let query = try parseFunnelQuery()
            return Statement(.explain(query), span: keyword.span.union(query.span))
        }
        if atTransitions {
            let statement = try parseTransitions()
            guard case .transitions(let request) = statement.kind else { return statement }
            return Statement(.explainTransitions(request, analyze: analyze), span: keyword.span.union(statement.span))
        }
        if !analyze && atReport {
            let statement = try parseReport()
            guard case .report(let report) = statement.kind else { return statement }
            return Statement(.explainReport(report), span: keyword.span.union(statement.span))
        }
        guard atTableName else {
            throw syntaxError("expected a query after `explain\(analyze ? " analyze" : "")`",
                              hint: "write `explain\(analyze ? " analyze" : "") users where status = active`")
        }
        let query = try parseQuery()
        return Statement(analyze ? .explainAnalyze(query) : .explain(query), span: keyword.span.union(query.span))
    }

    /// After a whole statement only `;`, a line break or the end may come.
    func unexpectedAfterStatement() -> Diagnostic {
        switch current.kind {
        case .rightParen:
            return diagnostic("unexpected `)`", at: current.span, hint: "no `(` is open here")
        default:
            return diagnostic("unexpected \(current.quoted)", at: current.span,
                              hint: "separate statements with `;` or a line break")
        }
    }
}
