import EQDiagnostics
import Testing

@Suite struct DiagnosticTests {
    @Test func rendersLocationLineAndCaretsUnderTheWholeSpan() {
        let source = SourceFile(name: "query", text: "users where stauts = at_risk")
        let diagnostic = Diagnostic("unknown column \"stauts\"", source: source, span: SourceSpan(start: 12, end: 18),
                                    hint: "did you mean \"status\"?")
        #expect(DiagnosticRenderer().render(diagnostic) == """
            error: unknown column "stauts"
             --> query:1:13
            1 | users where stauts = at_risk
              |             ^^^^^^ did you mean "status"?
            """)
        #expect(diagnostic.description == "query:1:13: unknown column \"stauts\" (did you mean \"status\"?)")
    }

    @Test func columnsCountCharactersNotBytes() {
        let source = SourceFile(name: "q", text: "users where name = \"José\" and scroe > 1")
        let offset = Array(source.text.utf8).count - "scroe > 1".utf8.count
        #expect(source.location(of: offset) == (1, 31))
    }

    /// A CJK character or an emoji takes two terminal columns; the caret must still land under the
    /// token the user typed, and cover the whole of a wide token.
    @Test func caretsCountTerminalColumnsAfterWideCharacters() {
        let text = "users where name = \"李雷🎉\" and scroe > 1"
        let start = text.utf8.count - "scroe > 1".utf8.count
        let source = SourceFile(name: "query", text: text)
        let rendered = DiagnosticRenderer().render(Diagnostic("unknown column \"scroe\"", source: source,
                                                              span: SourceSpan(start: start, end: start + 5)))
        #expect(rendered == """
            error: unknown column "scroe"
             --> query:1:30
            1 | users where name = "李雷🎉" and scroe > 1
              |                                 ^^^^^
            """)
        let wide = SourceFile(name: "query", text: "users where 名前 = 1")
        let nameStart = "users where ".utf8.count
        let underWide = DiagnosticRenderer().render(Diagnostic("unknown column", source: wide,
                                                               span: SourceSpan(start: nameStart, end: nameStart + 6)))
        #expect(underWide.hasSuffix("  |             ^^^^"))
    }

    @Test func laterLinesAndExcerptsKeepTheirLineNumbers() {
        let script = SourceFile(name: "weekly.eq", text: "set today = 2024-06-30\nusers | cuont\n")
        #expect(script.location(of: 31) == (2, 9))
        #expect(script.lineText(containing: 31) == "users | cuont")
        let excerpt = SourceFile(name: "users.csv", text: "7,Ann,x", firstLine: 1204)
        let rendered = DiagnosticRenderer().render(Diagnostic("bad value", source: excerpt, span: SourceSpan(start: 6, end: 7)))
        #expect(rendered.contains("--> users.csv:1204:7"))
        #expect(rendered.contains("1204 | 7,Ann,x"))
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic("boom")
        #expect(!DiagnosticRenderer(useColor: false).render(diagnostic).contains("\u{1B}["))
        #expect(DiagnosticRenderer(useColor: true).render(diagnostic).contains("\u{1B}["))
    }

    @Test(arguments: [
        ("stauts", ["status", "stage", "score"], "status"),
        ("wher", ["where", "when"], "where"),
        ("at_rsk", ["active", "at_risk", "inactive"], "at_risk"),
        ("USERS", ["users"], "users"),
        ("zzzzzz", ["status", "stage"], nil),
        ("x", ["status"], nil),
    ] as [(String, [String], String?)])
    func didYouMean(_ word: String, _ candidates: [String], _ expected: String?) {
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }
}
