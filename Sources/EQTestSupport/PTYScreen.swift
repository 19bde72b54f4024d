/// Enough of a VT100/xterm to read what libedit draws: printable text, CR, LF, backspace, tab, and
/// the CSI sequences for cursor movement, inserting, deleting and erasing. Everything else (colours, modes, titles) is
/// skipped. Lines that scroll off the top are kept, so the text is the whole session.
struct TerminalScreen {
    let columns: Int
    let rows: Int
    /// When false, cursor-up/down and absolute positioning are ignored: the output reads as a
    /// transcript, one line per line feed.
    var followsVerticalMoves = true
    private var lines: [[Character]] = [[]]
    private var row = 0
    private var column = 0
    private var top = 0
    private var pendingWrap = false

    init(columns: Int, rows: Int, followsVerticalMoves: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.followsVerticalMoves = followsVerticalMoves
    }

    /// A screen's rows lose their trailing blanks; a transcript keeps them, because there they were
    /// typed or printed (`eq demo> ` ends in one).
    var text: String {
        lines.map { line in
            var text = String(line)
            while followsVerticalMoves && text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n").trimmingTrailingNewlines()
    }

    mutating func feed(_ bytes: [UInt8]) {
        var index = 0
        var printable: [UInt8] = []
        func flushPrintable() {
            for character in String(decoding: printable, as: UTF8.self) { put(character) }
            printable.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20 && byte != 0x7F {
                printable.append(byte)
                index += 1
                continue
            }
            flushPrintable()
            switch byte {
            case 0x0D: column = 0; pendingWrap = false
            case 0x0A: lineFeed()
            case 0x08: column = max(0, column - 1); pendingWrap = false
            case 0x09: column = min(columns - 1, (column / 8 + 1) * 8)
            case 0x1B: index = escape(bytes, at: index) - 1
            default: break
            }
            index += 1
        }
        flushPrintable()
    }

    /// Handles the sequence starting at `index` (an ESC); returns the index after it.
    private mutating func escape(_ bytes: [UInt8], at index: Int) -> Int {
        guard index + 1 < bytes.count else { return bytes.count }
        let kind = bytes[index + 1]
        if kind == UInt8(ascii: "[") {
            var end = index + 2
            while end < bytes.count && !(0x40...0x7E).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { return bytes.count }
            let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            control(final: bytes[end], parameters: parameters.split(separator: ";").map { Int($0.filter(\.isNumber)) ?? 0 })
            return end + 1
        }
        if kind == UInt8(ascii: "]") {
            var end = index + 2
            while end < bytes.count && bytes[end] != 0x07 && !(bytes[end] == 0x1B && end + 1 < bytes.count) { end += 1 }
            return min(bytes.count, end + (end < bytes.count && bytes[end] == 0x1B ? 2 : 1))
        }
        if kind == UInt8(ascii: "(") || kind == UInt8(ascii: ")") { return index + 3 }
        return index + 2
    }

    private mutating func control(final: UInt8, parameters: [Int]) {
        let count = max(1, parameters.first ?? 1)
        switch final {
        case UInt8(ascii: "A"): if followsVerticalMoves { row = max(top, row - count) }
        case UInt8(ascii: "B"): if followsVerticalMoves { moveTo(row: row + count) }
        case UInt8(ascii: "C"): column = min(columns - 1, column + count)
        case UInt8(ascii: "D"): column = max(0, column - count)
        case UInt8(ascii: "G"): column = min(columns - 1, count - 1)
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            if followsVerticalMoves { moveTo(row: top + max(1, parameters.first ?? 1) - 1) }
            column = min(columns - 1, max(1, parameters.count > 1 ? parameters[1] : 1) - 1)
        case UInt8(ascii: "@"):
            while lines[row].count < column { lines[row].append(" ") }
            lines[row].insert(contentsOf: repeatElement(" ", count: count), at: column)
            if lines[row].count > columns { lines[row].removeLast(lines[row].count - columns) }
        case UInt8(ascii: "P"):
            if column < lines[row].count { lines[row].removeSubrange(column..<min(lines[row].count, column + count)) }
        case UInt8(ascii: "K"):
            let mode = parameters.first ?? 0
            if mode == 0 { lines[row].removeLast(max(0, lines[row].count - column)) }
            if mode == 2 { lines[row].removeAll() }
        case UInt8(ascii: "J"):
            if (parameters.first ?? 0) == 0 {
                lines[row].removeLast(max(0, lines[row].count - column))
                lines.removeLast(lines.count - row - 1)
            }
            // The whole screen (Ctrl-L, `.clear`): every visible line is blanked, the cursor stays.
            if (parameters.first ?? 0) == 2 {
                for index in lines.indices where index >= top { lines[index].removeAll() }
            }
        default: break
        }
        pendingWrap = false
    }

    private mutating func put(_ character: Character) {
        if pendingWrap {
            lineFeed()
            column = 0
        }
        while lines[row].count < column { lines[row].append(" ") }
        if column < lines[row].count { lines[row][column] = character } else { lines[row].append(character) }
        if column == columns - 1 { pendingWrap = true } else { column += 1 }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        moveTo(row: row + 1)
    }

    private mutating func moveTo(row target: Int) {
        while lines.count <= target { lines.append([]) }
        row = target
        if row - top >= rows { top = row - rows + 1 }
    }
}

/// The output of a session as a transcript: escape sequences gone, redraws within a line applied.
enum TerminalTranscript {
    static func plainText(_ bytes: [UInt8]) -> String {
        var screen = TerminalScreen(columns: 10_000, rows: Int.max / 2, followsVerticalMoves: false)
        screen.feed(bytes)
        return screen.text
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
