import EQTypes
import Testing

@testable import EQStore

/// The loader's pointer-based date and timestamp parsing must accept exactly what `TemporalParser`
/// accepts, with the same results.
@Suite struct TemporalBytesTests {
    static let texts = [
        "2024-06-30", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "0000-01-01",
        "9999-12-31", "1969-12-31", "2024-6-30", "2024/06/30", "2024-06-30 ", "20240630",
        "2024-06-30 23:59:59", "2024-06-30T23:59", "2024-06-30 24:00:00", "2024-06-30 23:60:00",
        "2024-06-30 23:59:60", "2024-06-30 12:00:00.5", "2024-06-30 12:00:00.123456789",
        "2024-06-30 12:00:00.1234567890", "2024-06-30 12:00:00.", "2024-06-30 12:00:00Z", "2024-06-30 12:00Z",
        "2024-06-30 12:00:00+02:00", "2024-06-30 12:00:00-0530", "2024-06-30 12:00:00+02", "2024-06-30 12:00:00+2",
        "2024-06-30 12:00:00Z ", "2024-06-30x12:00:00", "2024-06-30 12-00-00", "2024-06-30 12:00:00 UTC",
    ]

    @Test(arguments: texts)
    func agreesWithTemporalParser(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            let pointer = UnsafePointer(buffer.baseAddress!)
            #expect(TemporalBytes.parseDate(pointer, buffer.count) == TemporalParser.parseDate(text))
            #expect(TemporalBytes.parseTimestamp(pointer, buffer.count) == TemporalParser.parseTimestamp(text))
        }
    }

    @Test func calendarArithmeticMatchesCivilDate() {
        for year in [0, 1, 1600, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999] {
            for month in 1...12 {
                #expect(TemporalBytes.daysInMonth(year: year, month: month)
                    == CivilDate.daysInMonth(year: year, month: month))
                for day in [1, 15, CivilDate.daysInMonth(year: year, month: month)] {
                    #expect(TemporalBytes.days(year: year, month: month, day: day)
                        == CivilDate.days(year: year, month: month, day: day))
                }
            }
        }
    }
}
