/// Splits RFC 4180 CSV into records and fields: quoted fields with `""` escapes and embedded line
/// breaks, LF or CRLF line ends, any one-byte delimiter. A field is quoted only when its first byte is a
/// quote; a quote further in (`5'11"`, `37°36'37.8"N`) is an ordinary character, as DuckDB, Polars and
/// Python's csv module read it, rather than a reason to refuse files other tools write.
/// `ChunkPlanner`'s `QuoteAutomaton` follows the same rules, so chunk cuts agree with this scanner.
///
/// It never reads outside `[position, end)`: chunks are cut at record boundaries, so a record never spans
/// two scanners. A lone `\r` not followed by `\n` is ordinary data.
struct CSVScanner: RecordScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    let source: UnsafePointer<UInt8>
    let end: Int
    /// Where only blank lines are left in the file: those end it rather than being records of one empty
    /// field each.
    let trailingBlankStart: Int
    let delimiter: UInt8
    private(set) var position: Int
    private(set) var failure: LoadFailure?

    init(source: UnsafePointer<UInt8>, range: Range<Int>, trailingBlankStart: Int, delimiter: UInt8) {
        self.source = source
        self.position = range.lowerBound
        self.end = range.upperBound
        self.trailingBlankStart = trailingBlankStart
        self.delimiter = delimiter
    }

    /// The offset after which the file holds only line breaks.
    static func trailingBlankStart(_ source: UnsafePointer<UInt8>, count: Int) -> Int {
        var index = count
        while index > 0 && (source[index - 1] == newline || source[index - 1] == carriageReturn) { index -= 1 }
        return index
    }

    var isAtEnd: Bool { position >= end || position >= trailingBlankStart }

    mutating func fill(_ batch: FieldBatch) {
        batch.reset()
        guard failure == nil else { return }
        do {
            try fillRecords(batch)
        } catch {
            failure = error
        }
    }

    // The batch's row count and scratch buffer live in locals during the loop and are stored back on
    // every exit: touching a class's stored properties per field costs a dynamic exclusivity check.
    private mutating func fillRecords(_ batch: FieldBatch) throws(LoadFailure) {
        let columnCount = batch.columnCount
        let rowCapacity = batch.rowCapacity
        var rowFields = batch.fields
        var rowCount = 0
        var scratch = batch.scratch
        defer {
            batch.rowCount = rowCount
            batch.scratch = scratch
        }
        while rowCount < rowCapacity && !isAtEnd {
            var columnIndex = 0
            while true {
                let field = try scanField(scratch: &scratch)
                guard columnIndex < columnCount else {
                    throw LoadFailure(offset: field.sourceOffset, length: max(1, position - field.sourceOffset),
                                      message: "record has more than \(columnCount) fields",
                                      hint: "the header has \(columnCount) columns")
                }
                rowFields[columnIndex] = field
                columnIndex += 1
                if !consumeDelimiter() { break }
            }
            guard columnIndex == columnCount else {
                throw LoadFailure(offset: position, length: 1,
                                  message: "record has \(columnIndex) field\(columnIndex == 1 ? "" : "s") "
                                      + "but the header has \(columnCount)",
                                  hint: "expected \(columnCount - columnIndex) more")
            }
            consumeLineBreak()
            rowFields += columnCount
            rowCount += 1
        }
    }

    /// Scans the header record into its field texts.
    mutating func scanHeader() throws(LoadFailure) -> [(text: String, offset: Int)] {
        var scratch = GrowableBuffer<UInt8>(capacity: 256)
        defer { scratch.deallocate() }
        var names: [(String, Int)] = []
        while true {
            let field = try scanField(scratch: &scratch)
            let base = field.flags & FieldSpan.inScratch != 0 ? UnsafePointer(scratch.base) : source
            let bytes = UnsafeBufferPointer(start: base + field.valueOffset, count: Int(field.length))
            names.append((String(decoding: bytes, as: UTF8.self), field.sourceOffset))
            if !consumeDelimiter() { break }
        }
        consumeLineBreak()
        return names
    }

    @inline(__always)
    private mutating func consumeDelimiter() -> Bool {
        if position < end && source[position] == delimiter {
            position += 1
            return true
        }
        return false
    }

    /// Steps over `\n` or `\r\n` (the scanners stop only at these, the delimiter, or the end).
    @inline(__always)
    private mutating func consumeLineBreak() {
        if position < end && source[position] == CSVScanner.carriageReturn { position += 1 }
        if position < end && source[position] == CSVScanner.newline { position += 1 }
    }

    /// Scans one field and leaves `position` on what ends it: the delimiter, a line break, or the end.
    @inline(__always)
    private mutating func scanField(scratch: inout GrowableBuffer<UInt8>) throws(LoadFailure) -> FieldSpan {
        let fieldStart = position
        if position < end && source[position] == CSVScanner.quote {
            return try scanQuotedField(scratch: &scratch)
        }
        var highBits: UInt8 = 0
        let delimiter = self.delimiter
        while position < end {
            let byte = source[position]
            if byte == delimiter || byte == CSVScanner.newline { break }
            highBits |= byte
            position += 1
        }
        var valueEnd = position
        if valueEnd > fieldStart && source[valueEnd - 1] == CSVScanner.carriageReturn
            && (position == end || source[position] == CSVScanner.newline) {
            valueEnd -= 1
        }
        let length = valueEnd - fieldStart
        if highBits & 0x80 != 0 { try validateUTF8(field: fieldStart, from: fieldStart, count: length) }
        guard length <= Int(Int32.max) else { throw fieldTooLong(at: fieldStart) }
        return FieldSpan(sourceOffset: fieldStart, valueOffset: fieldStart, length: Int32(length),
                         kind: .csvUnquoted, flags: length == 0 ? FieldSpan.null : 0)
    }

    private mutating func scanQuotedField(scratch: inout GrowableBuffer<UInt8>) throws(LoadFailure) -> FieldSpan {
        let fieldStart = position
        let valueStart = position + 1
        position = valueStart
        var highBits: UInt8 = 0
        var escapes = 0
        while true {
            while position < end && source[position] != CSVScanner.quote {
                highBits |= source[position]
                position += 1
            }
            guard position < end else {
                throw LoadFailure(offset: fieldStart, length: 1, message: "unterminated quoted field",
                                  hint: "this quote is never closed")
            }
            if position + 1 < end && source[position + 1] == CSVScanner.quote {
                escapes += 1
                position += 2
                continue
            }
            break
        }
        let valueEnd = position
        position += 1
        if position < end {
            let next = source[position]
            let crlf = next == CSVScanner.carriageReturn
                && (position + 1 == end || source[position + 1] == CSVScanner.newline)
            let endsRecord = next == CSVScanner.newline || crlf
            if next != delimiter && !endsRecord {
                throw LoadFailure(offset: fieldStart, length: position + 1 - fieldStart,
                                  message: "unexpected text after a closing quote",
                                  hint: "a quoted field ends at its closing quote; double a quote to keep it")
            }
        }
        if highBits & 0x80 != 0 { try validateUTF8(field: fieldStart, from: valueStart, count: valueEnd - valueStart) }
        guard valueEnd - valueStart <= Int(Int32.max) else { throw fieldTooLong(at: fieldStart) }
        guard escapes > 0 else {
            return FieldSpan(sourceOffset: fieldStart, valueOffset: valueStart, length: Int32(valueEnd - valueStart),
                             kind: .csvQuoted, flags: 0)
        }
        let scratchStart = scratch.count
        scratch.reserve(additional: valueEnd - valueStart - escapes)
        var index = valueStart
        while index < valueEnd {
            let byte = source[index]
            scratch.append(byte)
            index += byte == CSVScanner.quote ? 2 : 1
        }
        return FieldSpan(sourceOffset: fieldStart, valueOffset: scratchStart,
                         length: Int32(scratch.count - scratchStart), kind: .csvQuoted, flags: FieldSpan.inScratch)
    }

    /// Reports a bad byte at its field, as every record error is, naming the byte's place in the field.
    private func validateUTF8(field fieldStart: Int, from start: Int, count: Int) throws(LoadFailure) {
        if let invalid = UTF8Validator.firstInvalidByte(source + start, count: count) {
            let byte = source[start + invalid]
            let place = start + invalid - fieldStart + 1
            throw LoadFailure(offset: fieldStart, length: start + count - fieldStart,
                              message: "invalid UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) "
                                  + "at byte \(place) of the field",
                              hint: "convert the file to UTF-8")
        }
    }

    private func fieldTooLong(at offset: Int) -> LoadFailure {
        LoadFailure(offset: offset, message: "field longer than 2 GB")
    }
}
