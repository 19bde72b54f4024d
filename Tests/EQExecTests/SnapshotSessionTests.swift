import EQEngine
import EQStore
import EQTestSupport
import Foundation
import Testing

/// `save snapshot` / `load snapshot` through a session: a fresh session (on the demo data, which the
/// open must replace) answers every query as the session that saved it did.
struct SnapshotSessionTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("GoldenTests/Golden/data").path

    static let queries = [
        "users | count by status",
        "users | count by cohort, status",
        "users where status = at_risk and role = student since 2024-01 | count",
        "users where email ends with \"@example.org\" or name contains \"ann\" | count",
        "users where did login at least 3 times last 30 days | count by role",
        "users where not did purchase since 2024-01 | count",
        "users | top 10 by score | show id, email, score, last_login_at",
        "users | sort by email | limit 20 | show id, email, name, role, country",
        "events | count by type",
        "retention monthly since 2024-01",
        "active users daily last 14 days",
        "keen | count",
        "users where in keen | avg score by country",
    ]

    static func answers(_ session: Session) -> [[String]] {
        queries.map { ExecFixture.rows(session, $0) }
    }

    @Test func everyAnswerIsTheSameAfterTheReopen() throws {
        let path = NSTemporaryDirectory() + "eq-snapshot-session-\(UUID().uuidString).eqsnap"
        defer { unlink(path) }
        let original = try GoldenRunner.session(dataDirectory: Self.dataDirectory)
        #expect(ExecFixture.failures(original, "set active_days = 30, at_risk_days = 75; "
                                     + "let keen = users where did login at least 3 times last 30 days").isEmpty)
        let before = Self.answers(original)
        #expect(ExecFixture.failures(original, "save snapshot \"\(path)\"").isEmpty)

        let reopened = Session.demo()
        #expect(ExecFixture.failures(reopened, "load snapshot \"\(path)\"").isEmpty)
        #expect(reopened.settings.activeDays == 30 && reopened.settings.atRiskDays == 75)
        #expect(reopened.settings.today == original.settings.today)
        #expect(reopened.tableNames == ["events", "users"])
        let after = Self.answers(reopened)
        for (index, query) in Self.queries.enumerated() {
            #expect(after[index] == before[index], "\(query)")
        }
        #expect(before[0].count > 1)

        // Without the mapping (`EQ_SNAPSHOT_MMAP=0`'s path) the same tables come back.
        let read = try SnapshotReader.open(path: path, mapping: false)
        #expect(read.tables.map(\.rowCount) == reopened.tableNames.compactMap { reopened.table(named: $0)?.rowCount })
    }

    /// The text `explain analyze` prints for `statement`, with its times masked.
    static func analyzed(_ session: Session, _ statement: String) -> String {
        var texts: [String] = []
        let failures = session.run(statement) { outcome, _ in
            switch outcome {
            case .text(let text): texts.append(text)
            case .result(let table): texts.append(ExecFixture.rows(table).joined(separator: "\n"))
            default: break
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        return texts.joined(separator: "\n").replacing(/time [0-9.,]+ ms/, with: "time * ms")
    }

    /// The demo's events are in time order, so a short window skips most blocks of the time column;
    /// a reopened snapshot must skip the same blocks (its zone maps rebuilt at the open), not scan all.
    @Test func eventWindowsSkipBlocksAfterTheReopen() throws {
        let path = NSTemporaryDirectory() + "eq-snapshot-zones-\(UUID().uuidString).eqsnap"
        defer { unlink(path) }
        let statement = "explain analyze users where did login at least 1 times last 7 days | count"
        // 20,000 logins half an hour apart, ending on `today`: five blocks, the last 7 days in the last.
        let count = 20_000
        let end = ExecFixture.micros("2024-06-30") + 86_400_000_000
        let users = Table.inferringRoles(name: "users", columns: [
            ExecFixture.ints("id", (1...1_000).map { Int64($0) }),
        ])
        let events = Table.inferringRoles(name: "events", columns: [
            ExecFixture.ints("user_id", (0..<count).map { Int64($0 % 1_000 + 1) }),
            ExecFixture.strings("type", (0..<count).map { _ in "login" }),
            ExecFixture.timestamps("at", (0..<count).map { end - Int64(count - $0) * 1_800_000_000 }),
        ]).withZoneMaps()
        let original = ExecFixture.session(users, events)
        #expect(ExecFixture.failures(original, "set today = 2024-06-30").isEmpty)
        let before = Self.analyzed(original, statement)
        let skipped = try #require(before.firstMatch(of: /events skipped ([0-9,]+) \(([0-9,]+) of ([0-9,]+) blocks\)/))
        #expect(Int(skipped.2.filter(\.isNumber)) ?? 0 >= 3, "\(before)")
        #expect(ExecFixture.failures(original, "save snapshot \"\(path)\"").isEmpty)

        let reopened = Session.demo()
        #expect(ExecFixture.failures(reopened, "load snapshot \"\(path)\"").isEmpty)
        #expect(Self.analyzed(reopened, statement) == before, "\(before)")
        let reopenedEvents = try #require(reopened.table(named: "events"))
        let time = try #require(reopenedEvents.timeColumn)
        #expect(reopenedEvents.columns[time].zoneMap == events.columns[time].zoneMap)
        #expect(reopenedEvents.columns[time].zoneMap != nil)
    }

    /// The reopened tables read the mapped file; saving a snapshot over that very file (a new file
    /// renamed over it) must neither disturb them nor write garbage, and the new file reopens alike.
    @Test func savingOverTheOpenSnapshotKeepsItsTables() throws {
        let path = NSTemporaryDirectory() + "eq-snapshot-over-\(UUID().uuidString).eqsnap"
        defer { unlink(path) }
        let original = try GoldenRunner.session(dataDirectory: Self.dataDirectory)
        #expect(ExecFixture.failures(original, "let keen = users where did login at least 3 times last 30 days").isEmpty)
        let before = Self.answers(original)
        #expect(ExecFixture.failures(original, "save snapshot \"\(path)\"").isEmpty)
        let reopened = Session.demo()
        #expect(ExecFixture.failures(reopened, "load snapshot \"\(path)\"").isEmpty)
        #expect(ExecFixture.failures(reopened, "save snapshot \"\(path)\"").isEmpty)
        #expect(Self.answers(reopened) == before)
        #expect(ExecFixture.failures(reopened, "load snapshot \"\(path)\"").isEmpty)
        #expect(Self.answers(reopened) == before)
    }

    @Test func aDamagedSnapshotChangesNothing() throws {
        let path = NSTemporaryDirectory() + "eq-snapshot-damaged-\(UUID().uuidString).eqsnap"
        defer { unlink(path) }
        let original = try GoldenRunner.session(dataDirectory: Self.dataDirectory)
        #expect(ExecFixture.failures(original, "save snapshot \"\(path)\"").isEmpty)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let session = Session.demo()
        let before = ExecFixture.rows(session, "users | count")
        let failures = ExecFixture.failures(session, "set active_days = 20\nload snapshot \"\(path)\"")
        #expect(failures.count == 1)
        #expect(failures.first?.message.contains("is damaged") == true, "\(failures)")
        #expect(failures.first?.message.contains("fails its checksum") == true, "\(failures)")
        #expect(failures.first?.locationText == "query:2:15", "\(failures)")
        #expect(ExecFixture.rows(session, "users | count") == before)
        #expect(session.settings.activeDays == 20)
    }
}
