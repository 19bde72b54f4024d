import EQTypes
import Testing

@Suite struct CivilDateTests {
    @Test func daysRoundTripAcrossCenturiesAndLeapDays() {
        for day in stride(from: Int32(-800_000), through: 2_900_000, by: 997) {
            let (year, month, dayOfMonth) = CivilDate.civil(days: day)
            #expect(CivilDate.days(year: year, month: month, day: dayOfMonth) == day)
        }
        #expect(CivilDate.days(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDate.format(days: CivilDate.days(year: 2024, month: 2, day: 29)) == "2024-02-29")
        #expect(CivilDate.daysInMonth(year: 1900, month: 2) == 28)
        #expect(CivilDate.daysInMonth(year: 2000, month: 2) == 29)
    }

    @Test func timestampsFloorToTheirDayBefore1970Too() {
        #expect(CivilDate.day(ofMicros: -1) == -1)
        #expect(CivilDate.day(ofMicros: 0) == 0)
        #expect(CivilDate.format(micros: -1) == "1969-12-31 23:59:59.999999")
        #expect(CivilDate.format(micros: 1_719_791_999_000_000) == "2024-06-30 23:59:59")
    }

    @Test func monthIndexes() {
        let june = CivilDate.monthIndex(ofDay: CivilDate.days(year: 2024, month: 6, day: 30))
        #expect(CivilDate.formatMonth(index: june) == "2024-06")
        #expect(CivilDate.firstDay(ofMonthIndex: june + 1) == CivilDate.days(year: 2024, month: 7, day: 1))
        #expect(CivilDate.formatMonth(index: CivilDate.monthIndex(ofDay: -1)) == "1969-12")
    }

    @Test(arguments: [
        (Value.int(42), "42"), (.double(500), "500.0"), (.double(488.5), "488.5"), (.double(0.1 + 0.2), "0.30000000000000004"),
        (.bool(true), "true"), (.null, ""), (.date(0), "1970-01-01"), (.string("José"), "José"),
    ] as [(Value, String)])
    func canonicalText(_ value: Value, _ text: String) {
        #expect(value.description == text)
    }
}
