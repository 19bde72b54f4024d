import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

/// `load ... columns (...)`: only the columns named are parsed and kept, in the file's order, and a
/// name the file lacks is an error at that name.
@Suite struct LoadColumnsTests {
    static let text = "id,email,role,score\n1,a@x.org,student,1.5\n2,b@x.org,teacher,x\n"

    @Test func keepsOnlyTheNamedColumnsInTheFilesOrder() throws {
        var options = LoadOptions()
        options.columns = ColumnSelection(names: ["ROLE", "id"])
        let table = try loadCSV(Self.text, options: options)
        #expect(table.columns.map(\.name) == ["id", "role"])
        #expect(table.values("role") == [.string("student"), .string("teacher")])
        #expect(table.rowCount == 2)
        let json = try loadNDJSON("{\"id\": 1, \"name\": \"a\", \"n\": 2}\n{\"id\": 2, \"name\": \"b\", \"n\": 3}\n",
                                  options: options.withColumns(["n"]))
        #expect(json.columns.map(\.name) == ["n"])
        #expect(json.values("n") == [.int(2), .int(3)])
    }

    /// `score` holds `x`, so loaded it would be text; left out, it is never parsed at all.
    @Test func aColumnLeftOutIsNeverParsed() throws {
        var options = LoadOptions()
        options.columns = ColumnSelection(names: ["id"])
        options.declaredTypes = ["score": .double]
        let table = try loadCSV(Self.text, options: options)
        #expect(table.columns.map(\.name) == ["id"])
        #expect(loadError(Self.text, options: LoadOptions(declaredTypes: ["score": .double])) != nil)
    }

    @Test func anUnknownNameIsAnErrorAtItWithDidYouMean() {
        let statement = SourceFile(name: "query", text: "load t from \"t.csv\" columns (id, emial)")
        var options = LoadOptions()
        options.columns = ColumnSelection(names: ["id", "emial"], spans: [SourceSpan(start: 29, end: 31),
                                                                           SourceSpan(start: 33, end: 38)],
                                          source: statement)
        let error = loadError(Self.text, options: options)
        #expect(error?.message == "no column \"emial\" in t.csv")
        #expect(error?.locationText == "query:1:34")
        #expect(error?.hint == "did you mean \"email\"?")
    }

    @Test func aNameGivenTwiceIsAnError() {
        var options = LoadOptions()
        options.columns = ColumnSelection(names: ["id", "ID"])
        #expect(loadError(Self.text, options: options)?.message == "column \"ID\" is named twice in `columns`")
    }
}

private extension LoadOptions {
    func withColumns(_ names: [String]) -> LoadOptions {
        var copy = self
        copy.columns = ColumnSelection(names: names)
        return copy
    }
}
