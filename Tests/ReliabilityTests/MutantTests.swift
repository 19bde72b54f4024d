import EQDiagnostics
import EQEngine
import EQOutput
import EQSyntax
import EQTestSupport
import Foundation
import Synchronization
import Testing

/// Damaged copies of grammar-generated statements, run end to end (parse, bind, plan, execute, render)
/// on the reference data: none may crash, none may run longer than the hang bar, and every rejection
/// must be a diagnostic positioned inside the text.
struct MutantTests {
    static let count = ReliabilitySettings.integer("EQ_FUZZ_MUTANTS", default: 5_000)
    /// The hang bar, in seconds. The bar is 2 s; sanitizer runs raise it (ASan is ~10x slower).
    static let hangSeconds = ReliabilitySettings.integer("EQ_FUZZ_HANG_SECONDS", default: 2)

    /// `EQ_FUZZ_TRACE=1` prints each mutant before it runs, so a crash names its input.
    static let trace = ReliabilitySettings.integer("EQ_FUZZ_TRACE", default: 0) != 0

    static let columns = ["id", "name", "email", "role", "country", "plan", "score", "joined_at", "last_login_at",
                          "last_email_at", "email_opt_in", "status", "stage", "cohort", "days_inactive", "user_id",
                          "at", "type", "channel"]

    @Test func mutantsRunEndToEnd() throws {
        let defects = try Reliability.knownDefects()
        let sandbox = try Reliability.temporaryDirectory("mutants")
        defer { try? FileManager.default.removeItem(atPath: sandbox) }
        var generator = GrammarGenerator(grammar: try Reliability.grammar(), seed: Reliability.seed &+ 1)
        generator.names = Self.columns + ["control", "target", "reachable"]
        generator.tables = ["users", "events", "reachable"]
        generator.eventTypes = ["login", "purchase", "email_click", "apply", "email_open"]
        generator.loadPaths = [Reliability.dataDirectory + "/users.csv", Reliability.dataDirectory + "/events.csv",
                               sandbox + "/missing.csv"]
        generator.writePaths = [sandbox + "/list.csv", sandbox + "/list.ndjson", sandbox + "/chart.svg"]
        var mutator = Mutator(seed: Reliability.seed &+ 2)
        let watchdog = Watchdog()
        watchdog.start(limitSeconds: max(30, Self.hangSeconds * 10))
        defer { watchdog.stop() }

        var failures: [String] = []
        var skipped: [String: Int] = [:]
        var kinds: [String: Int] = [:]
        var rejected = 0
        var slowest = Duration.zero
        var slowestInput = ""
        let clock = ContinuousClock()
        var run = 0
        for index in 0..<Self.count {
            let base = generator.generate("statement")
            let mutant = mutator.mutate(base)
            if let defect = KnownDefects.match(mutant.text, harness: "mutants", in: defects) {
                skipped[defect.id, default: 0] += 1
                continue
            }
            if Self.writesOutside(sandbox, mutant.text) {
                skipped["writes outside the sandbox", default: 0] += 1
                continue
            }
            run += 1
            kinds[mutant.kind.rawValue, default: 0] += 1
            let session = try GoldenRunner.session(dataDirectory: Reliability.dataDirectory)
            session.segmentsPath = sandbox + "/eq.segments"
            if Self.trace { FileHandle.standardError.write(Data("mutant #\(index): \(String(mutant.text.prefix(400)).debugDescription)\n".utf8)) }
            watchdog.begin("seed \(Reliability.seed) #\(index) (\(mutant.kind.rawValue)): \(mutant.text.debugDescription)")
            let started = clock.now
            let output = CapturedOutput()
            let diagnostics = session.run(mutant.text, sourceName: "mutant", keepGoing: true) { outcome, _ in
                if case .result(let table) = outcome {
                    output.writeResult(table, options: .init(format: .csv, width: 80, maxRows: 20))
                }
            }
            var elapsed = clock.now - started
            let where_ = "seed \(Reliability.seed) #\(index) (\(mutant.kind.rawValue)): \(String(mutant.text.prefix(400)).debugDescription)"
            if elapsed > .seconds(Self.hangSeconds) {
                // A busy machine can stall one run; a real hang stalls the second run too.
                let again = clock.now
                _ = try GoldenRunner.session(dataDirectory: Reliability.dataDirectory).run(mutant.text, keepGoing: true) { _, _ in }
                elapsed = min(elapsed, clock.now - again)
                if elapsed > .seconds(Self.hangSeconds) { failures.append("took \(elapsed) twice \(where_)") }
            }
            watchdog.end()
            if elapsed > slowest {
                slowest = elapsed
                slowestInput = String(mutant.text.prefix(120))
            }
            if !diagnostics.isEmpty { rejected += 1 }
            for diagnostic in diagnostics {
                if let problem = Self.unpositioned(diagnostic, text: mutant.text) {
                    failures.append("\(problem): \(diagnostic.message) \(where_)")
                }
            }
        }
        let summary = kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        Reliability.report("mutants (seed \(Reliability.seed))", total: run, skipped: skipped,
                           extra: ", \(rejected) rejected, slowest \(slowest) (\(slowestInput.debugDescription)); \(summary)")
        #expect(failures.isEmpty, "\(failures.count) of \(run) mutants failed:\n\(failures.prefix(25).joined(separator: "\n"))")
    }

    /// Why `diagnostic` does not point into `text`, or nil when it does.
    static func unpositioned(_ diagnostic: Diagnostic, text: String) -> String? {
        guard let source = diagnostic.source else { return "no source" }
        guard let span = diagnostic.span else { return "no span" }
        // A loader's diagnostic points into the file it read (file:line:col), not into the statement.
        guard source.text == text || !source.name.isEmpty else { return "source is neither the input nor a named file" }
        guard span.start >= 0, span.start <= span.end, span.end <= source.text.utf8.count else {
            return "span \(span) outside \(source.name)"
        }
        return nil
    }

    /// Whether an export or chart of `text` names a path outside `sandbox` (a cut-short path, say): such
    /// a mutant is not run, so the test never writes outside its own directory.
    static func writesOutside(_ sandbox: String, _ text: String) -> Bool {
        guard let script = try? Parser.parseScript(SourceFile(name: "mutant", text: text)) else { return false }
        for statement in script.statements {
            var paths: [String] = []
            var queries: [Query] = []
            switch statement.kind {
            case .query(let query), .explain(let query), .explainAnalyze(let query), .explainSQL(let query),
                 .letSegment(_, let query):
                queries.append(query)
            case .report(let report): paths += report.chart?.path.map { [$0] } ?? []
            case .snapshot(let snapshot) where snapshot.save: paths.append(snapshot.path)
            case .segments, .load, .set, .snapshot, .explainReport, .defineLifecycle, .transitions, .explainTransitions,
                 .connection: break
            }
            for query in queries {
                paths += query.chart?.path.map { [$0] } ?? []
                for step in query.steps { if case .export(let request) = step.kind { paths.append(request.path) } }
            }
            if paths.contains(where: { !$0.hasPrefix(sandbox + "/") || $0.contains("..") }) { return true }
        }
        return false
    }
}

/// Names the input that hangs: when one runs past the limit, it prints the input and ends the process,
/// which is the only way out of a loop that never checks for cancellation.
final class Watchdog: Sendable {
    private let state = Mutex<(label: String, started: ContinuousClock.Instant?, running: Bool)>(("", nil, false))

    func start(limitSeconds: Int) {
        state.withLock { $0.running = true }
        let thread = Thread { [self] in
            while state.withLock({ $0.running }) {
                Thread.sleep(forTimeInterval: 0.5)
                let overdue: String? = state.withLock { current in
                    guard let started = current.started, ContinuousClock.now - started > .seconds(limitSeconds) else { return nil }
                    return current.label
                }
                if let overdue {
                    FileHandle.standardError.write(Data("watchdog: no result after \(limitSeconds) s for \(overdue)\n".utf8))
                    exit(3)
                }
            }
        }
        thread.start()
    }

    func begin(_ label: String) { state.withLock { $0 = (label, ContinuousClock.now, true) } }
    func end() { state.withLock { $0.started = nil } }
    func stop() { state.withLock { $0.running = false } }
}
