import EQDiagnostics
import EQOutput
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("plain", 5),
        ("José", 4),
        ("Jose\u{301}", 4),  // e + combining acute: the mark takes no column
        ("李雷", 4),
        ("ｆｕｌｌ", 8),  // fullwidth Latin
        ("한국어", 6),
        ("🎉", 2),
        ("👍🏽", 2),  // emoji with a skin-tone modifier is one wide glyph
        ("👩‍💻", 2),  // ZWJ sequence
        ("🇫🇷", 2),
        ("❤️", 2),  // text-default symbol with emoji presentation selector
        ("a\u{200B}b", 2),  // zero-width space
        ("", 0),
    ])
    func measures(text: String, width: Int) {
        #expect(displayWidth(of: text) == width)
    }
}

@Suite struct TerminalInfoTests {
    @Test func colourOnlyOnATerminal() {
        #expect(TerminalInfo.colorAllowed(isTTY: true, noColor: nil, term: "xterm-256color"))
        #expect(!TerminalInfo.colorAllowed(isTTY: false, noColor: nil, term: "xterm-256color"))
    }

    @Test func anyNonEmptyNoColorDisablesColour() {
        #expect(!TerminalInfo.colorAllowed(isTTY: true, noColor: "1", term: "xterm"))
        #expect(!TerminalInfo.colorAllowed(isTTY: true, noColor: "false", term: "xterm"))
        #expect(TerminalInfo.colorAllowed(isTTY: true, noColor: "", term: "xterm"))
    }

    @Test func dumbTerminalHasNoColour() {
        #expect(!TerminalInfo.colorAllowed(isTTY: true, noColor: nil, term: "dumb"))
    }
}
