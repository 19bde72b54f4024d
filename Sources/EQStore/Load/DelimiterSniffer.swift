/// Picks a CSV file's delimiter when `load` names none, as DuckDB's sniffer does: each candidate splits
/// the first records of the file, and the one giving the same column count, more than one, on every
/// sampled record wins. The extension's own delimiter (`,`, or a tab for `.tsv`) wins whenever it
/// qualifies, so an ordinary file is read exactly as before; another is used only when it alone makes
/// sense of the file, and the load says so.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
    static let sampleRecords = 24
    static let sampleBytes = 1 << 20

    /// The delimiter to use for `source` (header included), given the extension's default.
    static func choose(_ source: UnsafeBufferPointer<UInt8>, default fallback: UInt8) -> UInt8 {
        guard let base = source.baseAddress, !source.isEmpty else { return fallback }
        let start = CSVReader.hasByteOrderMark(source) ? 3 : 0
        let end = min(source.count, start + sampleBytes)
        let wholeFile = end == source.count
        var best: (delimiter: UInt8, columns: Int)?
        for candidate in [fallback] + candidates.filter({ $0 != fallback }) {
            guard let columns = consistentColumnCount(base, from: start, to: end, wholeFile: wholeFile,
                                                      delimiter: candidate), columns > 1 else { continue }
            if candidate == fallback { return fallback }
            if best == nil || columns > best!.columns { best = (candidate, columns) }
        }
        return best?.delimiter ?? fallback
    }

    /// The column count every sampled record has with `delimiter`, or nil when they disagree. Quotes
    /// follow the scanner's rules: one opens a field only at the field's start.
    static func consistentColumnCount(_ source: UnsafePointer<UInt8>, from start: Int, to end: Int, wholeFile: Bool,
                                      delimiter: UInt8) -> Int? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var counts: [Int] = []
        var index = start
        var fields = 1
        var inQuotes = false
        var atFieldStart = true
        var recordHasBytes = false
        while index < end && counts.count < sampleRecords {
            let byte = source[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < end && source[index] == quote { index += 1 } else { inQuotes = false }
                }
                continue
            }
            if byte == quote && atFieldStart {
                inQuotes = true
                atFieldStart = false
                recordHasBytes = true
            } else if byte == delimiter {
                fields += 1
                atFieldStart = true
                recordHasBytes = true
            } else if byte == newline {
                if recordHasBytes { counts.append(fields) }
                fields = 1
                atFieldStart = true
                recordHasBytes = false
            } else {
                atFieldStart = false
                if byte != carriageReturn { recordHasBytes = true }
            }
        }
        // A record cut off by the sample's end is not evidence; the file's last one (no line break) is.
        if recordHasBytes && index >= end && wholeFile && !inQuotes && counts.count < sampleRecords {
            counts.append(fields)
        }
        guard let first = counts.first, counts.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// How the note names a delimiter: `";"`, or `tab`.
    static func describe(_ delimiter: UInt8) -> String {
        delimiter == UInt8(ascii: "\t") ? "tab" : "\"\(Character(Unicode.Scalar(delimiter)))\""
    }
}
