import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

@Suite struct CSVSyntaxTests {
    @Test func quotedFieldsWithDelimitersEscapesAndNewlines() throws {
        let text = "id,name\n1,\"Costa, Chloé\"\n2,\"Omar \"\"Singh\"\" Jr\"\n3,\"two\nlines\"\n4,plain\n"
        let table = try loadCSV(text)
        #expect(table.values("name") == [.string("Costa, Chloé"), .string("Omar \"Singh\" Jr"),
                                         .string("two\nlines"), .string("plain")])
        #expect(table.values("id") == [.int(1), .int(2), .int(3), .int(4)])
    }

    @Test func lineNumbersCountPhysicalLinesAfterAnEmbeddedNewline() {
        let diagnostic = loadError("id,note\n1,\"a\nb\nc\"\n2,x,extra\n")
        #expect(diagnostic?.locationText == "t.csv:5:5")
    }

    @Test(arguments: ["a,b\r\n1,x\r\n2,\"y\"\r\n", "a,b\r\n1,x\r\n2,\"y\""])
    func crlfLineEnds(_ text: String) throws {
        let table = try loadCSV(text)
        #expect(table.values("b") == [.string("x"), .string("y")])
        #expect(table.values("a") == [.int(1), .int(2)])
    }

    @Test func loneCarriageReturnIsData() throws {
        let table = try loadCSV("a\nx\ry\n")
        #expect(table.values("a") == [.string("x\ry")])
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstName() throws {
        let table = try loadCSV("\u{FEFF}id,name\n1,a\n")
        #expect(table.columns.map(\.name) == ["id", "name"])
        #expect(table.column("id").type == .int)
    }

    @Test func byteOrderMarkDoesNotShiftColumns() {
        #expect(loadError("\u{FEFF}a,A\n1,2\n")?.locationText == "t.csv:1:3")
    }

    @Test(arguments: [(UInt8(ascii: ";"), "a;b\n1;\"x;y\"\n"), (UInt8(ascii: "\t"), "a\tb\n1\tx,y\n"),
                      (UInt8(ascii: "|"), "a|b\n1|x,y\n")])
    func customDelimiter(_ delimiter: UInt8, _ text: String) throws {
        let table = try loadCSV(text, options: LoadOptions(delimiter: delimiter))
        #expect(table.columns.map(\.name) == ["a", "b"])
        #expect(table.values("a") == [.int(1)])
        #expect(table.values("b").count == 1)
    }

    @Test func lastRecordWithoutLineBreak() throws {
        let table = try loadCSV("a,b\n1,2\n3,4")
        #expect(table.values("b") == [.int(2), .int(4)])
    }

    @Test func trailingBlankLinesEndTheFile() throws {
        let table = try loadCSV("a,b\n1,2\n\n\r\n\n")
        #expect(table.rowCount == 1)
    }

    @Test func blankLineInsideTheDataIsARaggedRecord() {
        #expect(loadError("a,b\n1,2\n\n3,4\n")?.locationText == "t.csv:3:1")
    }

    @Test func headerOnlyFileHasNoRows() throws {
        let table = try loadCSV("id,name\n")
        #expect(table.rowCount == 0)
        #expect(table.columns.map(\.name) == ["id", "name"])
        #expect(table.columns.allSatisfy { $0.type == .string })
    }

    @Test func headerNamesAreTrimmed() throws {
        let table = try loadCSV(" id , name\n1,a\n")
        #expect(table.columns.map(\.name) == ["id", "name"])
    }

    static let errors: [ErrorCase] = [
        ErrorCase(name: "too few fields", input: "a,b,c\n1,2,3\n4,5\n", location: "t.csv:3:4",
                  message: "record has 2 fields but the header has 3"),
        ErrorCase(name: "too many fields", input: "a,b\n1,2\n3,4,5\n", location: "t.csv:3:5",
                  message: "record has more than 2 fields"),
        ErrorCase(name: "text after a closing quote", input: "a,b\n1,\"x\"y\n", location: "t.csv:2:3",
                  message: "unexpected text after a closing quote"),
        ErrorCase(name: "unterminated quote at end of file", input: "a,b\n1,2\n3,\"xyz\n4,5\n", location: "t.csv:3:3",
                  message: "unterminated quoted field"),
        ErrorCase(name: "duplicate header", input: "id,name,ID\n1,a,2\n", location: "t.csv:1:9",
                  message: "duplicate column name \"ID\""),
        ErrorCase(name: "exact duplicate header", input: "id,id\n1,2\n", location: "t.csv:1:4",
                  message: "duplicate column name \"id\""),
        ErrorCase(name: "empty header name", input: "a,,c\n1,2,3\n", location: "t.csv:1:3",
                  message: "column 2 of the header has no name"),
        ErrorCase(name: "empty file", input: "", location: "t.csv", message: "\"t.csv\" is empty"),
        ErrorCase(name: "only a byte-order mark", input: "\u{FEFF}", location: "t.csv", message: "is empty"),
        ErrorCase(name: "only blank lines", input: "\n\n", location: "t.csv", message: "is empty"),
        ErrorCase(name: "column counted in characters", input: "name,n\nÉlodie,1,2\n", location: "t.csv:2:10",
                  message: "more than 2 fields"),
    ]

    @Test(arguments: errors)
    func malformedInputFailsWithItsPosition(_ testCase: ErrorCase) {
        expectFailure(loadError(testCase.input), testCase)
    }

    @Test func invalidUTF8NamesTheFieldAndByte() {
        let bytes = Array("id,name\n1,ok\n2,ab".utf8) + [0xFF] + Array("c\n".utf8)
        let diagnostic = loadError(bytes: bytes)
        #expect(diagnostic?.locationText == "t.csv:3:3")
        #expect(diagnostic?.message == "invalid UTF-8: byte 0xFF at byte 3 of the field")
    }

    @Test(arguments: [[0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80]] as [[UInt8]])
    func malformedSequencesAreRejected(_ sequence: [UInt8]) {
        let bytes = Array("a\n\"x".utf8) + sequence + Array("\"\n".utf8)
        #expect(loadError(bytes: bytes)?.locationText == "t.csv:2:1")
    }

    @Test func diagnosticRendersTheLineWithACaret() throws {
        let options = LoadOptions(declaredTypes: ["score": .int])
        let diagnostic = try #require(loadError("id,score\n1,5\n2,abc\n", options: options))
        let rendered = DiagnosticRenderer().render(diagnostic)
        #expect(rendered.contains("--> t.csv:3:3"))
        #expect(rendered.contains("3 | 2,abc"))
        #expect(rendered.contains("^^^"))
    }
}
