/// CSV fields written straight from a column's UTF-8 bytes, with the formula guard folded in, so an
/// export never builds a `String` (or a guarded copy of a dictionary) per row: a plain column of ten
/// million emails is ten million entries, and copying them through `String` cost more than the write.
enum CSVCells {
    /// Whether the bytes hold the delimiter, a quote, LF or CR; eight bytes per step (a SWAR zero-byte
    /// test on the word XORed with each special byte), which is what makes a column of emails, which
    /// never need quotes, cost little more than the copy.
    @inline(__always)
    static func holdsSpecial(_ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
        guard let base = text.baseAddress else { return false }
        let count = text.count
        var index = 0
        if count >= 8 {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let delimiters = ones &* UInt64(delimiter)
            let quotes = ones &* UInt64(FieldStyle.quote)
            let lineFeeds = ones &* 0x0A
            let returns = ones &* 0x0D
            @inline(__always) func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasZero(word ^ delimiters) || hasZero(word ^ quotes) || hasZero(word ^ lineFeeds)
                    || hasZero(word ^ returns) { return true }
                index += 8
            }
        }
        while index < count {
            let byte = base[index]
            if byte == delimiter || byte == FieldStyle.quote || byte == 0x0A || byte == 0x0D { return true }
            index += 1
        }
        return false
    }

    /// A first byte a spreadsheet may take for the start of a formula (`FormulaGuard.triggers`).
    @inline(__always)
    static func isRiskyStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }

    /// Appends `text` as one CSV field, prefixed with `'` when `guarded` and it starts like a formula;
    /// true when it was prefixed. Byte for byte what `FieldStyle.appendCSV` writes for the prefixed text.
    @inline(__always)
    static func append(_ text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, guarded: Bool,
                       to out: ByteBuffer) -> Bool {
        guard guarded, let first = text.first, isRiskyStart(first) else {
            FieldStyle.appendCSV(text, delimiter: delimiter, to: out)
            return false
        }
        let apostrophe = UInt8(ascii: "'")
        if holdsSpecial(text, delimiter: delimiter) || delimiter == apostrophe {
            out.append(FieldStyle.quote)
            out.append(apostrophe)
            appendDoublingQuotes(text, to: out)
            out.append(FieldStyle.quote)
        } else {
            out.append(apostrophe)
            out.append(text)
        }
        return true
    }

    /// The bytes with every quote doubled, runs between quotes copied whole.
    @inline(__always)
    static func appendDoublingQuotes(_ text: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) {
        var runStart = 0
        for (index, byte) in text.enumerated() where byte == FieldStyle.quote {
            out.append(UnsafeBufferPointer(rebasing: text[runStart...index]))
            out.append(FieldStyle.quote)
            runStart = index + 1
        }
        out.append(UnsafeBufferPointer(rebasing: text[runStart...]))
    }
}
