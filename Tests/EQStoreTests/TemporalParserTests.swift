import EQTypes
import Testing

/// The one temporal grammar, as the loader uses it: through raw pointers. Each text is either accepted
/// with an exact value or rejected, never guessed.
@Suite struct TemporalParserTests {
    static let dates: [(String, Int32?)] = [
        ("2024-06-30", CivilDate.days(year: 2024, month: 6, day: 30)),
        ("2024-02-29", CivilDate.days(year: 2024, month: 2, day: 29)),
        ("2023-02-29", nil), ("2024-13-01", nil), ("2024-00-10", nil), ("2024-01-32", nil),
        ("0000-01-01", CivilDate.days(year: 0, month: 1, day: 1)),
        ("9999-12-31", CivilDate.days(year: 9999, month: 12, day: 31)),
        ("1969-12-31", -1), ("2024-6-30", nil), ("2024/06/30", nil), ("2024-06-30 ", nil), ("20240630", nil), ("", nil),
    ]

    @Test(arguments: dates)
    func date(_ text: String, _ expected: Int32?) {
        #expect(TemporalParser.parseDate(text) == expected)
        #expect(TemporalParser.parseDate(Array(text.utf8)) == expected)
    }

    static let day = Int64(CivilDate.days(year: 2024, month: 6, day: 30)) * CivilDate.microsPerDay
    static let hour: Int64 = 3_600_000_000
    static let timestamps: [(String, Int64?)] = [
        ("2024-06-30 23:59:59", day + 23 * hour + 3_599_000_000),
        ("2024-06-30T23:59", day + 23 * hour + 3_540_000_000),
        ("2024-06-30 24:00:00", nil), ("2024-06-30 23:60:00", nil), ("2024-06-30 23:59:60", nil),
        ("2024-06-30 12:00:00.5", day + 12 * hour + 500_000),
        // Digits beyond microseconds are kept only when they are zeros: anything else would be lost.
        ("2024-06-30 12:00:00.123456789", nil), ("2024-06-30 12:00:00.123456000", day + 12 * hour + 123_456),
        ("2024-06-30 12:00:00.000000001", nil),
        // Offsets beyond ±18:00 or with minutes past 59 are no offsets.
        ("2024-06-30 12:00:00+99:00", nil), ("2024-06-30 12:00:00+18:01", nil), ("2024-06-30 12:00:00+02:60", nil),
        ("2024-06-30 12:00:00-18:00", day + 30 * hour), ("2024-06-30 12:00:00+14:00", day - 2 * hour),
        ("2024-06-30 12:00:00.1234567890", nil), ("2024-06-30 12:00:00.", nil),
        ("2024-06-30 12:00:00Z", day + 12 * hour), ("2024-06-30 12:00Z", day + 12 * hour),
        ("2024-06-30 12:00:00+02:00", day + 10 * hour), ("2024-06-30 12:00:00-0530", day + 17 * hour + 1_800_000_000),
        ("2024-06-30 12:00:00+02", day + 10 * hour), ("2024-06-30 12:00:00+2", nil),
        ("2024-06-30 12:00:00Z ", nil), ("2024-06-30x12:00:00", nil), ("2024-06-30 12-00-00", nil),
        ("2024-06-30 12:00:00 UTC", nil), ("2024-06-30", nil),
    ]

    @Test(arguments: timestamps)
    func timestamp(_ text: String, _ expected: Int64?) {
        #expect(TemporalParser.parseTimestamp(text) == expected)
        #expect(TemporalParser.parseTimestamp(Array(text.utf8)) == expected)
    }
}
