/// Terminal columns a string occupies: East Asian wide and fullwidth characters and emoji take two,
/// combining marks, zero-width joiners and variation selectors none, everything else one.
///
/// A table range approximation of Unicode's East Asian Width and emoji data (what `wcwidth` does), close
/// enough that CJK names and emoji line up in the table view. It lives in EQDiagnostics, the lowest
/// layer, because the caret under an error must count columns the same way the table view does.
public func displayWidth(of text: some StringProtocol) -> Int {
    var width = 0
    for character in text {
        width += displayWidth(of: character)
    }
    return width
}

/// Columns of one grapheme cluster: the widest of its scalars, so a flag or an emoji with a modifier
/// counts once, as terminals draw it.
public func displayWidth(of character: Character) -> Int {
    if character.isASCII {
        return character.asciiValue.map { $0 >= 0x20 && $0 != 0x7F ? 1 : 0 } ?? 1
    }
    var widest = 0
    for scalar in character.unicodeScalars {
        widest = max(widest, scalarWidth(scalar.value))
    }
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { widest = 2 }
    return widest
}

/// The width of one scalar.
func scalarWidth(_ value: UInt32) -> Int {
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x300 { return 1 }
    if isZeroWidth(value) { return 0 }
    if isWide(value) { return 2 }
    return 1
}

private func isZeroWidth(_ value: UInt32) -> Bool {
    switch value {
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
         0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E,
         0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064,
         0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0x1F3FB...0x1F3FF, 0xE0000...0xE0FFF:
        true
    default:
        false
    }
}

private func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F,  // Hangul Jamo initials
         0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
         0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
         0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705,
         0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0,
         0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
         0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation
         0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
         0x3400...0x4DBF,  // CJK Extension A
         0x4E00...0x9FFF,  // CJK Unified Ideographs
         0xA000...0xA4CF,  // Yi
         0xA960...0xA97F, 0xAC00...0xD7A3,  // Hangul
         0xF900...0xFAFF,  // CJK compatibility ideographs
         0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical forms, compatibility forms
         0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
         0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, Kana supplements
         0x1F004, 0x1F0CF, 0x1F18E, 0x1F1E6...0x1F1FF, 0x1F191...0x1F19A, 0x1F200...0x1F251,
         0x1F300...0x1F64F,  // pictographs, emoticons
         0x1F680...0x1F6FF,  // transport and map symbols
         0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,  // supplemental symbols
         0x20000...0x2FFFD, 0x30000...0x3FFFD:  // CJK Extensions B and later
        true
    default:
        false
    }
}
