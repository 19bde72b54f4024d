import EQBackend
import EQDiagnostics
@testable import EQEngine
import EQExec
import EQLocalBackend
import EQPlan
import EQStore
import EQSyntax
import Testing

/// Every statement is one `StatementPlan` that a `Backend` runs whole: the local engine through the
/// protocol alone, segments as subplans run once each, cancellation asked through `ExecutionControl`.
struct BackendTests {
    static func users() -> Table {
        Table(name: "users", columns: [
            ExecFixture.ints("id", [1, 2, 3, 4, 5]),
            ExecFixture.strings("role", ["student", "staff", "student", "staff", "student"]),
            ExecFixture.ints("score", [10, 60, 70, 80, 90]),
        ])
    }

    static func plan(_ session: Session, _ text: String) throws -> StatementPlan {
        let source = SourceFile(name: "test", text: text)
        let script = try Parser.parseScript(source)
        guard case .query(let query) = script.statements[0].kind else { throw Diagnostic("not a query") }
        return try session.statementPlan(query, source: source, span: script.statements[0].span)
    }

    /// A third back end sees only this protocol: the session's plan runs on any `Backend<[Table]>`.
    @Test func aStatementPlanRunsThroughTheProtocolAlone() throws {
        let session = ExecFixture.session(BackendTests.users())
        #expect(session.run("let s = users where role = student\nlet t = s where in s and score > 50") { _, _ in }.isEmpty)
        let plan = try BackendTests.plan(session, "users where in t | show id")
        // Dependencies first: `t` tests membership of `s`, so `s` is planned before it.
        #expect(plan.segments.map(\.name) == ["s", "t"])
        let backend: any Backend<[Table]> = LocalBackend(tables: session.tables)
        #expect(backend.name == "local")
        let tables = try backend.execute(plan, control: ExecutionControl())
        #expect(tables.count == 1)
        #expect(tables.first.map(ExecFixture.rows) == ["3", "5"])
    }

    @Test func eachSegmentRunsOncePerBackendHoweverOftenItIsUsed() throws {
        let session = ExecFixture.session(BackendTests.users())
        #expect(session.run("let s = users where role = student") { _, _ in }.isEmpty)
        let plan = try BackendTests.plan(session, "users where in s or (in s and score > 50) | count")
        #expect(plan.segments.count == 1)
        let backend = LocalBackend(tables: session.tables)
        _ = try backend.execute(plan, control: ExecutionControl())
        _ = try backend.execute(plan, control: ExecutionControl())
        #expect(backend.segmentRuns == 1)
    }

    @Test func cancellationIsAskedThroughTheControl() throws {
        let session = ExecFixture.session(BackendTests.users())
        let plan = try BackendTests.plan(session, "users | count by role")
        let backend = LocalBackend(tables: session.tables)
        #expect(throws: Diagnostic.self) { try backend.execute(plan, control: ExecutionControl(isCancelled: { true })) }
        do {
            _ = try backend.execute(plan, control: ExecutionControl(isCancelled: { true }))
        } catch {
            #expect(error.message == ExecutionError.cancelled.message)
            #expect(error.source == nil)
        }
    }

    /// The session hands plain queries, `as of`, reports and sinks to its back end: the statement's
    /// back end is the one that ran the segment.
    @Test func theSessionRunsStatementsOnItsBackend() throws {
        let session = ExecFixture.session(BackendTests.users())
        #expect(session.run("let s = users where role = staff") { _, _ in }.isEmpty)
        #expect(ExecFixture.rows(session, "users where in s | show id") == ["2", "4"])
        #expect(session.segmentRuns.backend?.segmentRuns == 1)
    }
}
