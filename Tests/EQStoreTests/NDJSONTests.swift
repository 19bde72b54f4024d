import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

@Suite struct NDJSONTests {
    @Test func valuesTakeTheirTypes() throws {
        let text = """
            {"id": 1, "name": "Ann", "score": 1.5, "ok": true, "at": "2024-01-02 03:04:05", "day": "2024-01-02"}
            {"id": 2, "name": "Bo", "score": 2, "ok": false, "at": "2024-01-03T00:00:00Z", "day": "2024-01-03"}

            """
        let table = try loadNDJSON(text)
        #expect(table.columns.map(\.name) == ["id", "name", "score", "ok", "at", "day"])
        #expect(table.columns.map(\.type) == [.int, .string, .double, .bool, .timestamp, .date])
        #expect(table.values("score") == [.double(1.5), .double(2)])
        #expect(table.values("at") == [.timestamp(micros("2024-01-02 03:04:05")),
                                       .timestamp(micros("2024-01-03 00:00:00"))])
    }

    @Test func missingKeysAreNullAndLateKeysAreColumns() throws {
        let text = "{\"a\": 1}\n{\"b\": \"x\", \"a\": 2}\n{}\n{\"a\": null, \"c\": true}\n"
        let table = try loadNDJSON(text)
        #expect(table.columns.map(\.name) == ["a", "b", "c"])
        #expect(table.values("a") == [.int(1), .int(2), .null, .null])
        #expect(table.values("b") == [.null, .string("x"), .null, .null])
        #expect(table.values("c") == [.null, .null, .null, .bool(true)])
    }

    @Test func stringsKeepTheirTypeAndEscapes() throws {
        let text = #"{"s": "42", "e": "a\"b\\c\/d\n\u00e9\ud83d\ude00", "k\u0065y": 1}"# + "\n"
        let table = try loadNDJSON(text)
        #expect(table.column("s").type == .string)
        #expect(table.values("s") == [.string("42")])
        #expect(table.values("e") == [.string("a\"b\\c/d\né😀")])
        #expect(table.columns.map(\.name).contains("key"))
    }

    @Test func mixedKindsBecomeStringsOfTheirText() throws {
        let table = try loadNDJSON("{\"v\": 5}\n{\"v\": \"five\"}\n{\"v\": true}\n")
        #expect(table.values("v") == [.string("5"), .string("five"), .string("true")])
    }

    @Test func numbersWidenLikeCSV() throws {
        let table = try loadNDJSON("{\"v\": 5}\n{\"v\": 5.5}\n{\"v\": -1e2}\n")
        #expect(table.values("v") == [.double(5), .double(5.5), .double(-100)])
    }

    @Test func nestedValuesAreKeptAsJSONText() throws {
        let table = try loadNDJSON(#"{"id": 1, "tags": ["a", "b]"], "meta": {"x": {"y": 1}}}"# + "\n")
        #expect(table.values("tags") == [.string(#"["a", "b]"]"#)])
        #expect(table.values("meta") == [.string(#"{"x": {"y": 1}}"#)])
    }

    @Test func crlfAndBlankLines() throws {
        let table = try loadNDJSON("{\"a\": 1}\r\n\r\n{\"a\": 2}\r\n")
        #expect(table.values("a") == [.int(1), .int(2)])
    }

    @Test func manyChunksAgreeWithOne() throws {
        let lines = (0..<3000).map { index in
            index % 7 == 0 ? "{\"id\": \(index), \"kind\": \"k\(index % 5)\"}"
                : "{\"kind\": \"k\(index % 5)\", \"id\": \(index), \"at\": \"2024-01-01 00:00:0\(index % 10)\"}"
        }
        let text = lines.joined(separator: "\n") + "\n"
        let whole = try loadNDJSON(text)
        let chunked = try loadNDJSON(text, chunkSize: 512)
        #expect(chunked.columns.map(\.name) == ["id", "kind", "at"])
        for name in ["id", "kind", "at"] { #expect(chunked.values(name) == whole.values(name)) }
        #expect(chunked.column("at").validity.nullCount == 429)
    }

    static let errors: [ErrorCase] = [
        ErrorCase(name: "trailing comma", input: "{\"a\": 1}\n{\"a\": 1,}\n", location: "t.ndjson:2:9",
                  message: "expected a quoted key"),
        ErrorCase(name: "missing colon", input: "{\"a\" 1}\n", location: "t.ndjson:1:6", message: "expected ':'"),
        ErrorCase(name: "not an object", input: "{\"a\": 1}\n[1, 2]\n", location: "t.ndjson:2:1",
                  message: "expected a JSON object"),
        ErrorCase(name: "unterminated string", input: "{\"a\": \"abc}\n", location: "t.ndjson:1:7",
                  message: "unterminated string"),
        ErrorCase(name: "bad literal", input: "{\"a\": tru}\n", location: "t.ndjson:1:7",
                  message: "invalid JSON value"),
        ErrorCase(name: "leading zero", input: "{\"a\": 01}\n", location: "t.ndjson:1:7",
                  message: "invalid JSON number"),
        ErrorCase(name: "text after the object", input: "{\"a\": 1} x\n", location: "t.ndjson:1:10",
                  message: "unexpected text after the object"),
        ErrorCase(name: "key twice", input: "{\"a\": 1}\n{\"a\": 1, \"a\": 2}\n", location: "t.ndjson:2:15",
                  message: "key \"a\" appears twice"),
        ErrorCase(name: "bad escape", input: "{\"a\": \"x\\q\"}\n", location: "t.ndjson:1:9",
                  message: "invalid escape"),
        ErrorCase(name: "keys differing in case", input: "{\"id\": 1}\n{\"ID\": 2}\n", location: "t.ndjson",
                  message: "keys \"id\" and \"ID\""),
        ErrorCase(name: "no keys", input: "{}\n", location: "t.ndjson", message: "has no columns"),
    ]

    @Test(arguments: errors)
    func malformedLinesFailWithTheirPosition(_ testCase: ErrorCase) {
        expectFailure(ndjsonError(testCase.input), testCase)
    }

    @Test func declaredTypeErrorsNameTheLine() {
        do {
            _ = try loadNDJSON("{\"n\": 1}\n{\"n\": \"x\"}\n", options: LoadOptions(declaredTypes: ["n": .int]))
            Issue.record("the load succeeded")
        } catch {
            #expect(error.locationText == "t.ndjson:2:7")
            #expect(error.message == "value \"x\" in column n is not an int")
        }
    }
}
