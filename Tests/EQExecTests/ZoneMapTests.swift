import EQBinder
@testable import EQExec
import EQStore
import Testing

/// Zone maps let an event scan skip blocks of the time column outside a window. The answers must be
/// those of a full scan whatever the order of the events: shuffled data (every block spans nearly
/// everything), sorted data with windows whose edges fall exactly on block edges, nulls.
struct ZoneMapTests {
    static let block = ZoneMap.blockRows

    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// `times[i]` in days (a date column) or microseconds; types alternate among three; keys 1...300.
    static func events(times: [Int64?], dates: Bool, seed: UInt64) -> Table {
        var random = Generator(state: seed)
        let keys = times.map { _ in Int64.random(in: 1...300, using: &random) }
        let types = times.indices.map { ["login", "purchase", "apply"][$0 % 3] }
        let time = dates ? ExecFixture.dates("at", times.map { $0.map { Int32($0) } })
            : ExecFixture.timestamps("at", times)
        var table = Table(name: "events", columns: [ExecFixture.ints("user_id", keys), ExecFixture.strings("type", types), time])
        table.keyColumn = 0
        table.timeColumn = 2
        return table.withZoneMaps()
    }

    static let users = ExecFixture.ints("id", (1...320).map { Int64($0) })

    static func condition(window: EventBounds?, measure: EventCondition.Measure = .count,
                          accepted: [EventBounds] = [EventBounds(lower: 2)]) -> EventCondition {
        EventCondition(table: "events", userColumn: 0, keyColumn: 0, typeColumn: 1, timeColumn: 2, type: "login",
                       window: window, measure: measure, accepted: accepted,
                       names: .init(user: "id", key: "user_id", type: "type", time: "at", timeIsDate: true))
    }

    /// The answers per user id with the zone map and with the map dropped (a full scan).
    static func compare(_ events: Table, _ condition: EventCondition, threads: Int? = nil) -> (EventScanStats, Bool) {
        var unmapped = events
        unmapped.columns[2].zoneMap = nil
        let stats = EventScanStats()
        let mapped = EventSemiJoin.answers(condition, users: users, events: events, threads: threads, stats: stats)
        let full = EventSemiJoin.answers(condition, users: users, events: unmapped, threads: 1)
        let same = (1...320).allSatisfy { mapped.answer(Int64($0)) == full.answer(Int64($0)) }
        return (stats, same)
    }

    @Test(arguments: [false, true])
    func shuffledDataGivesTheFullScansAnswers(dates: Bool) {
        var random = Generator(state: 7)
        let rows = 5 * Self.block + 123
        let times: [Int64?] = (0..<rows).map { _ in
            Int.random(in: 0..<50, using: &random) == 0 ? nil : Int64.random(in: 0..<20_000, using: &random)
        }
        let events = Self.events(times: times, dates: dates, seed: 1)
        #expect(events.columns[2].zoneMap?.blockCount == 6)
        for window in [EventBounds(lower: 100, upper: 200), EventBounds(lower: 19_990), EventBounds(lower: -5, upper: 3),
                       EventBounds(lower: 30_000)] {
            for measure in [EventCondition.Measure.count, .first, .last] {
                let accepted = measure == .count ? [EventBounds(lower: 1)] : [EventBounds(lower: 150)]
                let (_, same) = Self.compare(events, Self.condition(window: window, measure: measure, accepted: accepted),
                                             threads: 2)
                #expect(same, "window \(window) \(measure)")
            }
        }
        // Nothing lies beyond the last time, so every block is skipped, and nobody qualifies.
        let (stats, same) = Self.compare(events, Self.condition(window: EventBounds(lower: 30_000), accepted: [EventBounds(lower: 1)]))
        #expect(same)
        #expect(stats.skippedBlocks == 6)
        #expect(stats.skippedRows == rows)
    }

    /// Sorted times, row `i` at time `i`: block `b` holds exactly [b * 4096, (b + 1) * 4096).
    @Test func windowsOnBlockEdgesSkipExactlyTheOutsideBlocks() {
        let rows = 4 * Self.block
        let events = Self.events(times: (0..<rows).map { Int64($0) }, dates: false, seed: 3)
        let b = Int64(Self.block)
        let cases: [(EventBounds, skipped: Int)] = [
            (EventBounds(lower: b, upper: 2 * b), 3),          // exactly block 1
            (EventBounds(lower: b - 1, upper: 2 * b), 2),      // the last row of block 0 too
            (EventBounds(lower: b, upper: 2 * b + 1), 2),      // the first row of block 2 too
            (EventBounds(lower: 2 * b - 1, upper: 2 * b), 3),  // one row, the last of block 1
            (EventBounds(lower: 4 * b - 1), 3),                // the very last row, unbounded above
            (EventBounds(lower: 0, upper: 1), 3),              // the very first row
            (EventBounds(lower: 4 * b), 4),                    // past the end
        ]
        for (window, skipped) in cases {
            for measure in [EventCondition.Measure.count, .first, .last] {
                let accepted = measure == .count ? [EventBounds(lower: 1)] : [EventBounds(lower: b)]
                let (stats, same) = Self.compare(events, Self.condition(window: window, measure: measure, accepted: accepted))
                #expect(same, "window \(window) \(measure)")
                #expect(stats.skippedBlocks == skipped, "window \(window)")
                #expect(stats.blocks == 4)
            }
        }
    }

    @Test func replacingTheValuesDropsTheMap() {
        var events = Self.events(times: (0..<Self.block).map { Int64($0) }, dates: false, seed: 4)
        #expect(events.columns[2].zoneMap != nil)
        events.columns[2].storage = .timestamp([Int64](repeating: 5, count: Self.block))
        #expect(events.columns[2].zoneMap == nil)
        // A map built over another length is not used: the scan reads everything.
        var other = Self.events(times: (0..<Self.block).map { Int64($0) }, dates: false, seed: 4)
        other.columns[2].zoneMap = ZoneMap(minimums: [0], maximums: [0], rowCount: 10)
        let (stats, _) = Self.compare(other, Self.condition(window: EventBounds(lower: 100)))
        #expect(stats.skippedBlocks == 0)
    }

    @Test func splitKeepsEveryRowOnceInOrder() {
        let ranges = [0..<10, 20..<25, 30..<100]
        for parts in 1...7 {
            let pieces = EventScan.split(ranges, into: parts)
            #expect(pieces.count <= parts)
            #expect(pieces.flatMap { $0.flatMap { Array($0) } } == ranges.flatMap { Array($0) })
        }
    }
}
