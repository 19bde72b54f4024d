import EQBinder
import EQDiagnostics
@testable import EQExec
import EQOutput
import EQPlan
import EQStore
import Foundation
import Synchronization
import Testing
@testable import EQEngine

/// Ctrl-C reaches every long operation through the one cancellation closure the aggregates use: each
/// checks it between vectors of rows (or blocks, chunks, runs), not only before it starts.
struct CancellationTests {
    /// A cancellation closure that says "go on" `allowed` times and "stop" after: an operation that
    /// looks only once, before it starts, runs to the end and fails these tests.
    static func late(_ allowed: Int) -> (@Sendable () -> Bool, Checks) {
        let checks = Checks()
        return ({ checks.count.add(1, ordering: .relaxed).newValue > allowed }, checks)
    }

    final class Checks: Sendable {
        let count = Atomic<Int>(0)
    }

    static func plan(_ text: String, session: Session) throws -> QueryPlan {
        try ParallelExecutionTests.plan(text, session: session)
    }

    @Test(arguments: ["big | sort by score", "big | sort by role, score desc"])
    func sortChecksWhileSorting(text: String) throws {
        let plan = try Self.plan(text, session: ParallelExecutionTests.session())
        let (closure, _) = Self.late(1)
        #expect(throws: ExecutionError.cancelled) {
            try Executor(tables: ["big": ParallelExecutionTests.table], cancellation: closure).run(plan)
        }
    }

    /// The runs-then-merge sort gives exactly what one sort gives, ties in input order.
    @Test func cancellableSortMatchesTheStandardSort() throws {
        var random = ExecFixture.Random(state: 7)
        var values: [(key: Int, position: Int)] = []
        for position in 0..<(CancellableSort.runLength * 3 + 123) { values.append((random.below(1000), position)) }
        let less: ((key: Int, position: Int), (key: Int, position: Int)) -> Bool = { left, right in
            left.key != right.key ? left.key < right.key : left.position < right.position
        }
        var sorted = values
        try CancellableSort.sort(&sorted, cancellation: { false }, by: less)
        let expected = values.sorted(by: less)
        #expect(sorted.map { $0.position } == expected.map { $0.position })
        var stopped = values
        let (closure, checks) = Self.late(2)
        #expect(throws: ExecutionError.cancelled) {
            try CancellableSort.sort(&stopped, cancellation: closure, by: less)
        }
        #expect(checks.count.load(ordering: .relaxed) == 3)
    }

    @Test func campaignStepsStop() throws {
        let table = ParallelExecutionTests.table
        #expect(throws: CampaignOps.Failure.cancelled) {
            try CampaignOps.distinct(table, column: "role", cancellation: { true })
        }
        #expect(throws: CampaignOps.Failure.cancelled) {
            try CampaignOps.holdout(table, basisPoints: 1000, label: "control", seed: 1, cancellation: { true })
        }
        #expect(throws: CampaignOps.Failure.cancelled) {
            try CampaignOps.sample(table, rows: 10, basisPoints: nil, seed: 1, cancellation: { true })
        }
        #expect(throws: CampaignOps.Failure.cancelled) {
            try CampaignOps.sample(table, rows: nil, basisPoints: 500, seed: 1, cancellation: { true })
        }
    }

    @Test func reportsStopWhileJoiningLogins() throws {
        let rows = 3 * 16 * 2048
        let users = Table.inferringRoles(name: "users", columns: [
            ExecFixture.ints("id", [1, 2]), ExecFixture.dates("joined_at", [ExecFixture.day("2024-01-01"), nil]),
        ])
        let events = Table.inferringRoles(name: "events", columns: [
            ExecFixture.ints("user_id", (0..<rows).map { Int64($0 % 2 + 1) }),
            ExecFixture.strings("type", Array(repeating: "login", count: rows)),
            ExecFixture.timestamps("at", (0..<rows).map { _ in ExecFixture.micros("2024-02-01") }),
        ])
        let index = try UserIndex(users: users, selectedRows: nil)
        let (closure, _) = Self.late(1)
        #expect(throws: ExecutionError.cancelled) { try LoginEvents(events: events, users: index, cancellation: closure) }
        #expect(try LoginEvents(events: events, users: index).user.count == rows)
    }

    @Test func aCancelledExportLeavesNoFile() throws {
        let folder = try ExportTests.folder()
        var writer = ExportWriter()
        writer.cancellation = { true }
        #expect(throws: ExportWriter.Failure.write(.cancelled)) {
            try writer.write(ParallelExecutionTests.table, to: folder + "/list.csv")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aCancelledLoadBuildsNoTable() throws {
        let folder = try ExportTests.folder()
        let path = folder + "/t.csv"
        try ("id\n" + (1...5000).map(String.init).joined(separator: "\n") + "\n")
            .write(toFile: path, atomically: false, encoding: .utf8)
        var options = LoadOptions()
        options.cancellation = { true }
        #expect(throws: Diagnostic.self) { try TableLoader.load(path: path, tableName: "t", options: options) }
        // Through a session the old table of that name stays, and the run says why it stopped.
        let session = ExecFixture.session(Table(name: "t", columns: [ExecFixture.ints("id", [7])]))
        session.cancellation.cancel()
        let failures = session.run("load t from \"\(path)\"") { _, _ in }
        #expect(failures.map(\.message) == ["cancelled"])
        #expect(session.table(named: "t")?.rowCount == 1)
    }

    @Test func theGeneratorStopsBetweenChunks() {
        #expect(DemoData.generate(users: 200_000, cancellation: { true }) == nil)
        let (closure, _) = Self.late(1)
        #expect(DemoData.generate(users: 4 * 65_536, cancellation: closure) == nil)
    }

    /// A batch run that saw Ctrl-C prints nothing more (not even a result finished meanwhile) and exits
    /// 130; the flag stays set between statements, so a press between two is not lost.
    @Test func aBatchRunStopsWith130AndPrintsNothing() {
        let session = ExecFixture.session(ParallelExecutionTests.table)
        session.cancellation.cancel()
        let output = CapturedOutput()
        let status = ScriptRunner.run("big | count\nbig | sort by score", sourceName: "query", session: session,
                                      options: BatchOptions(), output: output)
        #expect(status == 130)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.contains("cancelled"))
    }
}
