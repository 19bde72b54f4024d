import EQBackend
import EQDiagnostics
import EQEngine
import EQOutput
import EQPlan
import EQPostgres
import EQStore
import EQSyntax
import EQTestSupport
import Testing

/// The same plan on both back ends over the same data must give byte-identical CSV.
enum Differential {
    static func csv(_ table: Table) -> String {
        ResultRenderer.render(table, options: RenderOptions(format: .csv))
    }

    /// Why a statement does not run on PostgreSQL yet, or nil when it does.
    static func unsupportedKind(_ statement: Statement) -> String? {
        switch statement.kind {
        case .query(let query):
            if query.chart != nil { return "chart" }
            for step in query.steps {
                switch step.kind {
                case .export: return "export"
                case .preview: return "preview"
                default: continue
                }
            }
            return nil
        case .report: return "report"
        case .explain, .explainReport, .explainAnalyze, .explainSQL, .explainTransitions: return "explain"
        case .connection: return "connection"
        case .transitions: return "transitions"
        case .snapshot: return "snapshot"
        case .load: return "load"
        case .segments: return "segments"
        case .set, .letSegment, .defineLifecycle: return nil
        }
    }


    enum Outcome {
        case same
        case unsupported(String)
        case different(String)
    }

    /// Runs one query statement on both back ends (the plan bound by the local session, whose tables
    /// have the server's columns in the same order).
    static func compare(_ statement: Statement, query: Query, source: SourceFile, session: Session,
                        backend: PostgresBackend) -> Outcome {
        let plan: QueryPlan
        let statementPlan: StatementPlan
        do {
            statementPlan = try session.queryStatementPlan(query, source: source)
            guard let body = statementPlan.query else { return .unsupported("statement without a query") }
            plan = body
        } catch {
            return .unsupported("fails to bind locally")
        }
        if let name = SQLCompiler.unsupportedOperator(in: plan.root) { return .unsupported(name) }
        let segments: [SegmentPlan]
        do {
            segments = try session.segmentPlans(for: plan, source: source)
        } catch {
            return .unsupported("segments fail to plan locally")
        }
        if let name = segments.lazy.compactMap({ SQLCompiler.unsupportedOperator(in: $0.plan.root) }).first {
            return .unsupported("a segment with \(name)")
        }
        let local: Result<Table, Diagnostic>
        do {
            switch try session.execute(statement, source: source) {
            case .result(let table): local = .success(table)
            case .annotated(let table, _): local = .success(table)
            default: return .unsupported("statement without a table")
            }
        } catch {
            local = .failure(error)
        }
        let remote: Result<Table, PostgresBackendError>
        do throws(Diagnostic) {
            // Through the back end protocol, as the shell runs it (`as of` included).
            let tables = try backend.execute(statementPlan, control: ExecutionControl())
            guard let first = tables.first else { return .unsupported("no result from PostgreSQL") }
            remote = .success(first)
        } catch {
            remote = .failure(PostgresBackendError(message: error.message))
        }
        let text = String(source.text[source.text.utf8.index(source.text.startIndex, offsetBy: statement.span.start)...]
            .prefix(200))
        switch (local, remote) {
        case (.success(let a), .success(let b)):
            let (left, right) = (csv(a), csv(b))
            if left == right { return .same }
            return .different("\(text)\n--- local\n\(left.prefix(1500))\n--- postgres\n\(right.prefix(1500))")
        case (.failure, .failure):
            return .same
        case (.success(let a), .failure(let error)):
            return .different("\(text)\n--- local\n\(csv(a).prefix(500))\n--- postgres failed: \(error.message)")
        case (.failure(let error), .success(let b)):
            return .different("\(text)\n--- local failed: \(error.message)\n--- postgres\n\(csv(b).prefix(500))")
        }
    }
}

@Suite(.serialized) struct DifferentialTests {
    /// Every golden case whose statements all run on PostgreSQL: same CSV on both back ends. Cases
    /// with a statement kind the back end does not run yet are counted by kind and printed.
    @Test func goldenQueriesGiveTheSameRowsOnPostgreSQL() async throws {
        guard let backend = try await ReferenceData.shared.loaded() else { return }
        let directory = TestServer.goldenDirectory
        let names = try listTestFiles(directory)
        var compared = 0
        var unsupported: [String: Int] = [:]
        var differences: [String] = []
        for name in names {
            let file = GoldenFile(path: directory + "/" + name, text: try readText(directory + "/" + name))
            for goldenCase in file.cases {
                let session = try GoldenRunner.session(dataDirectory: directory + "/data")
                let source = SourceFile(name: "query", text: goldenCase.statements)
                statements: for parsed in Parser.parseStatements(source) {
                    guard case .success(let statement) = parsed else {
                        unsupported["syntax error", default: 0] += 1
                        break statements
                    }
                    if let kind = Differential.unsupportedKind(statement) {
                        unsupported[kind, default: 0] += 1
                        break statements
                    }
                    guard case .query(let query) = statement.kind else {
                        _ = try? session.execute(statement, source: source)
                        continue
                    }
                    switch Differential.compare(statement, query: query, source: source, session: session, backend: backend) {
                    case .same: compared += 1
                    case .unsupported(let why):
                        unsupported[why, default: 0] += 1
                        break statements
                    case .different(let report): differences.append("\(name) \(goldenCase.name): \(report)")
                    }
                }
            }
        }
        print("PostgreSQL differential: \(compared) golden queries identical; not run on PostgreSQL: "
              + unsupported.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        #expect(differences.isEmpty, "\(differences.count) golden queries differ:\n\(differences.prefix(15).joined(separator: "\n\n"))")
        #expect(compared >= 150, "only \(compared) golden queries ran on PostgreSQL")
    }

    /// Seeded random queries over the reference tables (at least 1,000 per run), beyond the golden files.
    @Test func randomQueriesGiveTheSameRowsOnPostgreSQL() async throws {
        guard let backend = try await ReferenceData.shared.loaded() else { return }
        let session = try GoldenRunner.session(dataDirectory: TestServer.goldenDirectory + "/data")
        var generator = RandomQueries(seed: 20_241_202)
        var compared = 0
        var unsupported = 0
        var differences: [String] = []
        for _ in 0..<1_200 {
            let text = generator.query()
            let source = SourceFile(name: "query", text: text)
            guard case .success(let statement)? = Parser.parseStatements(source).first, case .query(let query) = statement.kind else {
                differences.append("does not parse: \(text)")
                continue
            }
            switch Differential.compare(statement, query: query, source: source, session: session, backend: backend) {
            case .same: compared += 1
            case .unsupported: unsupported += 1
            case .different(let report): differences.append(report)
            }
        }
        print("PostgreSQL random differential: \(compared) identical, \(unsupported) not bindable, \(differences.count) different")
        #expect(differences.isEmpty, "\(differences.count) random queries differ:\n\(differences.prefix(10).joined(separator: "\n\n"))")
        #expect(compared >= 1_000)
    }
}

/// Queries over the reference tables' columns, seeded: filters of every lowered kind (ranges,
/// strings, matches, derived columns, events), then aggregates, sorts, tops and limits.
struct RandomQueries {
    var random: SeededRandom
    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func pick(_ options: [String]) -> String { random.pick(options, or: options[0]) }

    mutating func condition(depth: Int = 0) -> String {
        if depth < 2 && random.chance(25) {
            let joiner = random.chance(50) ? " and " : " or "
            return "(" + condition(depth: depth + 1) + joiner + condition(depth: depth + 1) + ")"
        }
        if depth < 2 && random.chance(8) { return "not " + condition(depth: depth + 1) }
        switch random.below(14) {
        case 0: return "score \(pick(["<", "<=", ">", ">=", "=", "!="])) \(random.below(1000))"
        case 1: return "role \(pick(["=", "!="])) \(pick(["student", "alumni", "staff", "admin", "employer", "nobody"]))"
        case 2: return "role in (\(pick(["student", "alumni"])), \(pick(["staff", "admin", "employer"])))"
        case 3: return "status = \(pick(["active", "at_risk", "inactive"]))"
        case 4: return "stage \(pick(["=", "!="])) \(pick(["active", "idle_1d", "inactive_1w", "inactive_2w", "inactive_3w", "inactive_1m"]))"
        case 5: return "days_inactive \(pick(["<", ">=", "="])) \(random.below(400))"
        case 6: return "name \(pick(["contains", "starts with", "ends with", "not contains"])) \"\(pick(["a", "Smith", "o'", "é", "LI", "Z"]))\""
        case 7: return "email_opt_in" + (random.chance(50) ? " = true" : " = false")
        case 8: return "\(pick(["last_login_at", "score", "last_email_at"])) is \(random.chance(50) ? "" : "not ")null"
        case 9: return "joined_at \(pick(["since", "before"])) 20\(pick(["22", "23", "24"]))-0\(random.below(9) + 1)"
        case 10: return "did \(pick(["login", "purchase", "email_open"])) \(pick(["", "at least 2 times ", "at most 1 times "]))last \(random.below(90) + 1) days"
        case 11: return "did not \(pick(["login", "apply"])) last \(random.below(60) + 1) days"
        case 12: return "country \(pick(["=", "<", ">"])) \(pick(["US", "FR", "DE", "GB"]))"
        default: return "cohort = \"20\(pick(["23", "24"]))-0\(random.below(6) + 1)\""
        }
    }

    mutating func query() -> String {
        var text = "users"
        if random.chance(85) { text += " where " + condition() }
        switch random.below(6) {
        case 0:
            text += " | count by \(pick(["role", "status", "stage", "country", "plan", "cohort", "email_opt_in"]))"
        case 1:
            text += " | \(pick(["count", "avg score", "sum score", "min score", "max last_login_at", "count distinct country", "median score"]))"
                + (random.chance(60) ? " by \(pick(["role", "status", "plan", "days_inactive"]))" : "")
        case 2:
            text += " | top \(random.below(30) + 1) by \(pick(["score", "last_login_at", "name", "joined_at", "stage"]))"
                + (random.chance(30) ? " asc" : "") + " | show id, name, score"
        case 3:
            text += " | sort by \(pick(["role", "score desc", "country, score", "status", "days_inactive"])) | limit \(random.below(50) + 1) | show id, role, status"
        case 4:
            text += " | show id, email, days_inactive, cohort | limit \(random.below(40) + 1)"
        default:
            text += " | limit \(random.below(20) + 1)"
        }
        return text
    }
}

func listTestFiles(_ directory: String) throws -> [String] {
    guard let handle = opendir(directory) else { throw PostgresBackendError(message: "cannot list \(directory)") }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name.hasSuffix(".test") { names.append(name) }
    }
    return names.sorted()
}

func readText(_ path: String) throws -> String {
    guard let file = fopen(path, "r") else { throw PostgresBackendError(message: "cannot read \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}

#if canImport(Glibc)
import Glibc
#endif
