import EQDiagnostics
import EQEngine
import EQPostgres
import EQSyntax
import EQTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `explain sql` golden file: the SQL each query compiles to and its binds, against the relations
/// eq's loader creates for the reference tables (no server needed). `EQ_RECORD=1` rewrites it.
struct ExplainSQLTests {
    static let path: String = {
        var path = #filePath
        while let last = path.last, last != "/" { path.removeLast() }
        return path + "Golden/explain_sql.test"
    }()

    static func explain(_ statements: String) throws -> String {
        let session = try GoldenRunner.session(dataDirectory: TestServer.goldenDirectory + "/data")
        let relations = session.catalog.mapValues { PostgresRelation(uploadOf: $0) }
        let source = SourceFile(name: "query", text: statements)
        var output = ""
        for parsed in Parser.parseStatements(source) {
            guard case .success(let statement) = parsed, case .query(let query) = statement.kind else { continue }
            do {
                let plan = try session.plan(query, source: source)
                output += try SQLCompiler.compile(plan, relations: relations).explained
            } catch let error as SQLCompileError {
                output += "error: \(error.message)\n"
            }
        }
        return output.trimmingTrailingNewlinesForTest()
    }

    @Test func explainSQLGoldenFile() throws {
        let file = GoldenFile(path: Self.path, text: try readText(Self.path))
        #expect(file.cases.count >= 8)
        var recorded: [String: String] = [:]
        let recording = getenv("EQ_RECORD").map { String(cString: $0) } == "1"
        for goldenCase in file.cases {
            let actual = try Self.explain(goldenCase.statements)
            if recording {
                recorded[goldenCase.name] = actual
            } else {
                #expect(actual == goldenCase.expected, "\(goldenCase.name)\n--- actual\n\(actual)\n--- expected\n\(goldenCase.expected)")
            }
        }
        if recording {
            let original = try readText(Self.path)
            let text = file.recorded(recorded, original: original)
            guard let handle = fopen(Self.path, "w") else { throw PostgresBackendError(message: "cannot write \(Self.path)") }
            fputs(text, handle)
            fclose(handle)
            Issue.record("EQ_RECORD=1 rewrote \(Self.path); review the diff and run again without it")
        }
    }

    /// No literal of a query ever appears in the SQL text: each is a bind.
    @Test func literalsAreNeverSpliced() throws {
        let text = try Self.explain("users where name = \"x'); drop table users; --\" and score > 123456 and role in (student, staff) | top 7 by score")
        let sql = text.split(separator: "\n").filter { !$0.hasPrefix("-- $") }.joined(separator: "\n")
        for literal in ["drop table", "123456", "student", "staff", " 7"] {
            #expect(!sql.contains(literal), "\(literal) spliced into\n\(sql)")
        }
        #expect(text.contains(" = 'x''); drop table users; --'\n"))
    }
}

extension String {
    func trimmingTrailingNewlinesForTest() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
