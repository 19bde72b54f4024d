import EQDiagnostics
import EQEngine
import EQPostgres
import EQSyntax
import EQTestSupport
import Testing

/// ARCHITECTURE.md's Citus contract, checked on the SQL of every golden query the back end runs:
/// semi-joins correlate on the user key and group by it; no joins, windows, CTEs, set operations,
/// volatile functions, or limits inside a semi-join.
struct CitusContractTests {
    static func violations(_ sql: String) -> [String] {
        var found: [String] = []
        let upper = sql.uppercased()
        for banned in [" JOIN ", " OVER (", "WITH ", " UNION ", " INTERSECT ", " EXCEPT ", "RANDOM()", "NOW()", "CLOCK_TIMESTAMP"]
            where upper.contains(banned) {
            found.append("uses \(banned.trimmingCharacters())")
        }
        // Each semi-join: from `EXISTS (` to its closing parenthesis.
        var rest = Substring(sql)
        while let start = rest.firstRange(of: "EXISTS (") {
            var depth = 0
            var end = start.upperBound
            var index = sql.index(before: start.upperBound)
            while index < rest.endIndex {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" {
                    depth -= 1
                    if depth == 0 {
                        end = index
                        break
                    }
                }
                index = rest.index(after: index)
            }
            let body = String(rest[start.upperBound..<end])
            // SELECT 1 FROM "schema"."events" AS eN WHERE eN."key" = sM.cK AND ... GROUP BY eN."key" HAVING ...
            let words = body.split(separator: " ")
            if let whereIndex = words.firstIndex(of: "WHERE"), whereIndex + 3 < words.count {
                let key = words[whereIndex + 1]
                let correlated = words[whereIndex + 2] == "=" && (words[whereIndex + 3].hasPrefix("s") || words[whereIndex + 3].hasPrefix("t."))
                if !correlated { found.append("a semi-join not correlated on the user key: \(body.prefix(120))") }
                if !body.contains("GROUP BY \(key) HAVING") { found.append("a semi-join not grouped by the user key: \(body.prefix(120))") }
            } else {
                found.append("a semi-join without a correlation: \(body.prefix(120))")
            }
            if body.contains(" LIMIT ") { found.append("a LIMIT inside a semi-join") }
            rest = rest[end...]
        }
        return found
    }

    @Test func everyGoldenQueryKeepsToTheContract() throws {
        let directory = TestServer.goldenDirectory
        var checked = 0
        var semiJoins = 0
        var problems: [String] = []
        for name in try listTestFiles(directory) {
            let file = GoldenFile(path: directory + "/" + name, text: try readText(directory + "/" + name))
            for goldenCase in file.cases {
                let session = try GoldenRunner.session(dataDirectory: directory + "/data")
                let relations = session.catalog.mapValues { PostgresRelation(uploadOf: $0) }
                let source = SourceFile(name: "query", text: goldenCase.statements)
                for parsed in Parser.parseStatements(source) {
                    guard case .success(let statement) = parsed, Differential.unsupportedKind(statement) == nil else { break }
                    guard case .query(let query) = statement.kind else {
                        _ = try? session.execute(statement, source: source)
                        continue
                    }
                    guard let plan = try? session.plan(query, source: source),
                          let compiled = try? SQLCompiler.compile(plan, relations: relations) else { continue }
                    checked += 1
                    if compiled.sql.contains("EXISTS (") { semiJoins += 1 }
                    for problem in Self.violations(compiled.sql) { problems.append("\(name) \(goldenCase.name): \(problem)") }
                }
            }
        }
        print("Citus contract: \(checked) golden queries checked, \(semiJoins) with semi-joins")
        #expect(checked >= 150)
        #expect(semiJoins >= 10)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    /// The checker itself finds a join that breaks the contract.
    @Test func theCheckerRejectsAnUncorrelatedSemiJoin() {
        #expect(!Self.violations("SELECT 1 FROM a JOIN b ON true").isEmpty)
        #expect(!Self.violations("SELECT 1 WHERE EXISTS (SELECT 1 FROM e WHERE e.type = $1 GROUP BY e.x HAVING true)").isEmpty)
        #expect(Self.violations("SELECT 1 WHERE EXISTS (SELECT 1 FROM e AS e1 WHERE e1.k = s1.c0 AND e1.t = $1 GROUP BY e1.k HAVING count(*) >= $2)").isEmpty)
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
