import EQDiagnostics
import EQStore
import EQTypes

/// Spelling and fitting of values in the human-facing views.
enum CellText {
    /// The table view's text for a value. Doubles are rounded to six significant digits (never losing
    /// integer digits); control characters are shown escaped so a value stays on its row.
    static func display(_ value: Value) -> String {
        switch value {
        case .null: "NULL"
        case .double(let number): display(double: number)
        case .string(let text): escapingControls(text)
        default: value.description
        }
    }

    /// A proportion as a percentage with one decimal (`0.148` → `14.8%`). A null share is blank: in a
    /// retention table it is a period that has not come yet, not a missing value.
    static func percentage(_ value: Value, _ proportion: Proportion) -> String {
        switch value {
        case .null: return proportion == .fraction ? "" : display(value)
        case .double(let number) where number.isFinite && number.magnitude < 1e12:
            let tenths = (number * (proportion == .fraction ? 1000 : 10)).rounded()
            let sign = tenths < 0 ? "-" : ""
            let magnitude = Int64(tenths.magnitude)
            return "\(sign)\(magnitude / 10).\(magnitude % 10)%"
        default: return display(value)
        }
    }

    static func display(double value: Double) -> String {
        let exact = Value.format(double: value)
        guard value.isFinite, value != 0, !exact.contains("e") else { return exact }
        let magnitude = value.magnitude
        var decimals: Int
        if magnitude >= 1 {
            var integerDigits = 1
            var scaled = magnitude
            while scaled >= 10 {
                scaled /= 10
                integerDigits += 1
            }
            decimals = max(0, 6 - integerDigits)
        } else {
            var leadingZeros = 0
            var scaled = magnitude
            while scaled < 0.1 {
                scaled *= 10
                leadingZeros += 1
            }
            decimals = leadingZeros + 6
        }
        guard let dot = exact.firstIndex(of: "."), exact.distance(from: dot, to: exact.endIndex) - 1 > decimals
        else { return exact }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return Value.format(double: (value * scale).rounded() / scale)
    }

    static func escapingControls(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    static func truncate(_ text: String, toWidth width: Int, ellipsis: String) -> String {
        guard displayWidth(of: text) > width else { return text }
        let budget = width - displayWidth(of: ellipsis)
        guard budget >= 0 else { return String(repeating: ".", count: max(width, 0)) }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = displayWidth(of: character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return result + ellipsis
    }

    enum Alignment {
        case left, right, center
    }

    /// `text` (already no wider than `width`) padded with spaces to exactly `width` columns; `styled`
    /// is what is printed in its place, so ANSI codes never count towards the width.
    static func pad(_ text: String, styled: String? = nil, toWidth width: Int, _ alignment: Alignment) -> String {
        let gap = max(0, width - displayWidth(of: text))
        let shown = styled ?? text
        switch alignment {
        case .left: return shown + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + shown
        case .center:
            let leading = gap / 2
            return String(repeating: " ", count: leading) + shown + String(repeating: " ", count: gap - leading)
        }
    }
}
