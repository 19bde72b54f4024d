import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

/// Files other tools write: `;`, tab and `|` delimiters found without being named, dates in the
/// month/day and day.month forms of spreadsheets, read by `dateformat` or where the values leave no doubt.
@Suite struct FileDialectTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Value {
        .date(CivilDate.days(year: year, month: month, day: day))
    }

    @Test(arguments: [(";", "\";\""), ("\t", "tab"), ("|", "\"|\"")])
    func delimiterIsDetectedAndNamed(_ delimiter: String, _ named: String) throws {
        let text = ["id,x", "name", "score"].joined(separator: delimiter) + "\n"
            + ["1", "Costa, Ana", "3"].joined(separator: delimiter) + "\n"
            + ["2", "\"Lee\(delimiter) Bo\"", "4"].joined(separator: delimiter) + "\n"
        let table = try loadCSV(text)
        #expect(table.columns.map(\.name) == ["id,x", "name", "score"])
        #expect(table.values("name") == [.string("Costa, Ana"), .string("Lee\(delimiter) Bo")])
        #expect(table.values("score") == [.int(3), .int(4)])
        #expect(table.loadNotes.first?.contains("with delimiter \(named), detected from its first rows") == true)
    }

    /// The extension's delimiter wins whenever it gives a consistent table, so ordinary files read as
    /// before and say nothing.
    @Test func commaWinsWhenItFits() throws {
        let table = try loadCSV("a,b\n1;2,3\n4;5,6\n")
        #expect(table.columns.map(\.name) == ["a", "b"])
        #expect(table.values("a") == [.string("1;2"), .string("4;5")])
        #expect(table.loadNotes.isEmpty)
    }

    @Test func oneColumnFileStaysOneColumn() throws {
        let table = try loadCSV("name\nAnn\nBob\n")
        #expect(table.columns.map(\.name) == ["name"])
        #expect(table.loadNotes.isEmpty)
    }

    @Test func declaredDelimiterIsNotSecondGuessed() throws {
        let table = try loadCSV("a;b\n1;2\n", options: LoadOptions(delimiter: UInt8(ascii: ",")))
        #expect(table.columns.map(\.name) == ["a;b"])
        #expect(table.loadNotes.isEmpty)
    }

    /// A large `;` file cut into many chunks reads the same as in one.
    @Test func detectedDelimiterReachesEveryChunk() throws {
        var text = "id;place;when\n"
        for rowIndex in 0..<3000 { text += "\(rowIndex);\"a;\(rowIndex)\";37°1'37.8\"N\n" }
        let whole = try loadCSV(text)
        let chunked = try loadCSV(text, chunkSize: 256)
        #expect(chunked.rowCount == 3000)
        #expect(chunked.values("place") == whole.values("place"))
        #expect(chunked.values("when")[7] == .string("37°1'37.8\"N"))
    }

    @Test func monthFirstDatesAreDetectedWhenADayIsAbove12() throws {
        let table = try loadCSV("id,signup\n1,06/29/2024\n2,07/01/2024\n3,\n")
        #expect(table.column("signup").type == .date)
        #expect(table.values("signup") == [Self.date(2024, 6, 29), Self.date(2024, 7, 1), .null])
        #expect(table.loadNotes == ["column \"signup\" read as dates in the form dateformat \"%m/%d/%Y\""])
    }

    @Test func dayFirstDatesAreDetectedWhenADayIsAbove12() throws {
        let table = try loadCSV("id,signup\n1,29/06/2024\n2,01/07/2024\n")
        #expect(table.values("signup") == [Self.date(2024, 6, 29), Self.date(2024, 7, 1)])
    }

    /// The `.` convention is day.month.year, even when no day is above 12.
    @Test func dottedDatesAreDayFirst() throws {
        let table = try loadCSV("id,signup\n1,01.07.2024\n2,5.3.2023\n")
        #expect(table.values("signup") == [Self.date(2024, 7, 1), Self.date(2023, 3, 5)])
    }

    @Test func datesWithTimesBecomeTimestamps() throws {
        let table = try loadCSV("id,seen\n1,06/29/2024 13:45\n")
        #expect(table.column("seen").type == .timestamp)
        #expect(table.values("seen") == [.timestamp(CivilDate.micros(ofDay: CivilDate.days(year: 2024, month: 6, day: 29))
            + (13 * 3600 + 45 * 60) * CivilDate.microsPerSecond)])
    }

    @Test func ambiguousDatesStayTextWithAHintNamingTheOption() throws {
        let table = try loadCSV("id,signup\n1,06/07/2024\n2,05/04/2024\n")
        #expect(table.column("signup").type == .string)
        #expect(table.loadNotes.count == 1)
        #expect(table.loadNotes.first?.contains("could be month first or day first") == true)
        #expect(table.loadNotes.first?.contains("dateformat \"%m/%d/%Y\"") == true)
    }

    @Test func dateformatSettlesAmbiguousDates() throws {
        var options = LoadOptions()
        options.dateFormat = DateFormat("%d/%m/%Y")
        let table = try loadCSV("id,signup\n1,06/07/2024\n2,05/04/2024\n", options: options)
        #expect(table.values("signup") == [Self.date(2024, 7, 6), Self.date(2024, 4, 5)])
        #expect(table.loadNotes.isEmpty)
    }

    @Test func aValueThatIsNoDateKeepsTheColumnTextAndSaysSo() throws {
        var options = LoadOptions()
        options.dateFormat = DateFormat("%m/%d/%Y")
        let table = try loadCSV("id,signup,name\n1,06/29/2024,Ann\n2,02/30/2024,Bob\n", options: options)
        #expect(table.column("signup").type == .string)
        #expect(table.column("name").type == .string)
        #expect(table.loadNotes == ["column \"signup\" stays text: 1 distinct value such as \"02/30/2024\" is not a "
                                    + "date in the form dateformat \"%m/%d/%Y\""])
    }

    @Test func declaredDateColumnsMustFitTheDateformat() {
        var options = LoadOptions(declaredTypes: ["signup": .date])
        options.dateFormat = DateFormat("%m/%d/%Y")
        #expect(throws: Diagnostic.self) { try loadCSV("id,signup\n1,06/29/2024\n2,2024-06-30\n", options: options) }
        let table = try? loadCSV("id,signup\n1,06/29/2024\n", options: options)
        #expect(table?.values("signup") == [Self.date(2024, 6, 29)])
    }

    @Test(arguments: ["%d/%m", "%d/%m/%Y/%Y", "%d-%m-%Y %q", "%e/%m/%Y"])
    func unreadablePatternsAreRefused(_ pattern: String) {
        #expect(DateFormat(pattern) == nil)
    }

    @Test func ndjsonTextDatesConvertToo() throws {
        let table = try loadNDJSON("{\"id\":1,\"d\":\"29.06.2024\"}\n{\"id\":2,\"d\":\"01.07.2024\"}\n")
        #expect(table.values("d") == [Self.date(2024, 6, 29), Self.date(2024, 7, 1)])
    }
}
