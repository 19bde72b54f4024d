/// Scans NDJSON: one JSON object per line, whose members become fields.
///
/// Values may be strings (unescaped into the scratch buffer when they hold escapes), numbers, `true`,
/// `false` and `null`. Nested objects and arrays are kept as their JSON text in a string column rather
/// than refused, so an export with one nested field still loads and the field can be seen. Blank lines
/// are not records and are skipped.
struct JSONObjectScanner {
    let source: UnsafePointer<UInt8>
    private(set) var position: Int
    let end: Int

    init(source: UnsafePointer<UInt8>, range: Range<Int>) {
        self.source = source
        self.position = range.lowerBound
        self.end = range.upperBound
    }

    /// Scans the next object and calls `member` with each key (its bytes, valid only during the call) and
    /// value; returns false when the range holds no more objects.
    @inline(__always)
    mutating func nextObject(
        scratch: inout GrowableBuffer<UInt8>,
        member: (UnsafePointer<UInt8>, Int, FieldSpan) throws(LoadFailure) -> Void
    ) throws(LoadFailure) -> Bool {
        skipBlankLines()
        guard position < end else { return false }
        guard source[position] == UInt8(ascii: "{") else {
            throw failure("expected a JSON object", hint: "each line of an NDJSON file is one {...} object")
        }
        position += 1
        skipSpaces()
        if position < end && source[position] == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipSpaces()
                guard position < end && source[position] == UInt8(ascii: "\"") else {
                    throw failure("expected a quoted key", hint: "object keys are \"strings\"")
                }
                let key = try scanString(scratch: &scratch)
                skipSpaces()
                guard position < end && source[position] == UInt8(ascii: ":") else {
                    throw failure("expected ':' after the key")
                }
                position += 1
                skipSpaces()
                let value = try scanValue(scratch: &scratch)
                let keyBase = key.flags & FieldSpan.inScratch != 0 ? UnsafePointer(scratch.base) : source
                try member(keyBase + key.valueOffset, Int(key.length), value)
                skipSpaces()
                guard position < end else { throw failure("unterminated object", hint: "expected '}'") }
                if source[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard source[position] == UInt8(ascii: "}") else { throw failure("expected ',' or '}'") }
                position += 1
                break
            }
        }
        skipSpaces()
        if position < end && source[position] == UInt8(ascii: "\r") { position += 1 }
        if position < end && source[position] != UInt8(ascii: "\n") {
            throw failure("unexpected text after the object", hint: "one object per line")
        }
        if position < end { position += 1 }
        return true
    }

    private mutating func skipBlankLines() {
        while position < end {
            let byte = source[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            position += 1
        }
    }

    @inline(__always)
    private mutating func skipSpaces() {
        while position < end && (source[position] == 0x20 || source[position] == 0x09) { position += 1 }
    }

    private func failure(_ message: String, hint: String? = nil, at offset: Int? = nil) -> LoadFailure {
        LoadFailure(offset: offset ?? position, length: 1, message: message, hint: hint)
    }

    private mutating func scanValue(scratch: inout GrowableBuffer<UInt8>) throws(LoadFailure) -> FieldSpan {
        guard position < end else { throw failure("expected a value") }
        let start = position
        switch source[position] {
        case UInt8(ascii: "\""):
            return try scanString(scratch: &scratch)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
            return FieldSpan(sourceOffset: start, valueOffset: start, length: Int32(position - start),
                             kind: .jsonNumber, flags: 0)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] where matches(word) {
                position += word.utf8.count
                return FieldSpan(sourceOffset: start, valueOffset: start, length: Int32(position - start),
                                 kind: .jsonLiteral, flags: word == "null" ? FieldSpan.null : 0)
            }
            throw failure("invalid JSON value", hint: "expected a string, number, true, false or null")
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipNested()
            return FieldSpan(sourceOffset: start, valueOffset: start, length: Int32(clamping: position - start),
                             kind: .jsonNested, flags: 0)
        default:
            throw failure("invalid JSON value", hint: "expected a string, number, true, false or null")
        }
    }

    private func matches(_ word: String) -> Bool {
        var index = position
        for byte in word.utf8 {
            guard index < end && source[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func scanNumber() throws(LoadFailure) {
        let start = position
        if source[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        while position < end && ValueParser.isDigit(source[position]) { position += 1 }
        let integerDigits = position - integerStart
        guard integerDigits > 0, source[integerStart] != UInt8(ascii: "0") || integerDigits == 1 else {
            throw failure("invalid JSON number", at: start)
        }
        if position < end && source[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < end && ValueParser.isDigit(source[position]) { position += 1 }
            guard position > fractionStart else { throw failure("invalid JSON number", at: start) }
        }
        if position < end && source[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < end && (source[position] == UInt8(ascii: "+") || source[position] == UInt8(ascii: "-")) {
                position += 1
            }
            let exponentStart = position
            while position < end && ValueParser.isDigit(source[position]) { position += 1 }
            guard position > exponentStart else { throw failure("invalid JSON number", at: start) }
        }
    }

    /// Skips a nested object or array, minding strings so brackets inside them do not count.
    private mutating func skipNested() throws(LoadFailure) {
        let start = position
        var depth = 0
        while position < end {
            let byte = source[position]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    position += 1
                    return
                }
            case UInt8(ascii: "\""):
                position += 1
                while position < end && source[position] != UInt8(ascii: "\"") && source[position] >= 0x20 {
                    if source[position] == UInt8(ascii: "\\") && position + 1 < end && source[position + 1] >= 0x20 {
                        position += 1
                    }
                    position += 1
                }
                guard position < end && source[position] == UInt8(ascii: "\"") else {
                    throw failure("unterminated string", at: start)
                }
            case UInt8(ascii: "\n"):
                throw failure("unterminated nested value", at: start)
            default:
                break
            }
            position += 1
        }
        throw failure("unterminated nested value", at: start)
    }

    /// A string value or key; escapes are decoded into `scratch`.
    private mutating func scanString(scratch: inout GrowableBuffer<UInt8>) throws(LoadFailure) -> FieldSpan {
        let quoteOffset = position
        position += 1
        let valueStart = position
        var highBits: UInt8 = 0
        while position < end {
            let byte = source[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            highBits |= byte
            position += 1
        }
        if highBits & 0x80 != 0 { try validateUTF8(valueStart, position - valueStart) }
        guard position < end, source[position] >= 0x20 else {
            throw failure("unterminated string", hint: "strings end with \" on the same line", at: quoteOffset)
        }
        if source[position] == UInt8(ascii: "\"") {
            position += 1
            return FieldSpan(sourceOffset: quoteOffset, valueOffset: valueStart,
                             length: Int32(clamping: position - 1 - valueStart), kind: .jsonString, flags: 0)
        }
        let scratchStart = scratch.count
        scratch.append(from: source + valueStart, count: position - valueStart)
        while true {
            guard position < end, source[position] >= 0x20 else {
                throw failure("unterminated string", hint: "strings end with \" on the same line", at: quoteOffset)
            }
            let byte = source[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                break
            }
            if byte == UInt8(ascii: "\\") {
                try scanEscape(into: &scratch)
                continue
            }
            let runStart = position
            var runHighBits: UInt8 = 0
            while position < end && source[position] >= 0x20 && source[position] != UInt8(ascii: "\"")
                && source[position] != UInt8(ascii: "\\") {
                runHighBits |= source[position]
                position += 1
            }
            if runHighBits & 0x80 != 0 { try validateUTF8(runStart, position - runStart) }
            scratch.append(from: source + runStart, count: position - runStart)
        }
        return FieldSpan(sourceOffset: quoteOffset, valueOffset: scratchStart,
                         length: Int32(clamping: scratch.count - scratchStart), kind: .jsonString,
                         flags: FieldSpan.inScratch)
    }

    private mutating func scanEscape(into scratch: inout GrowableBuffer<UInt8>) throws(LoadFailure) {
        let escapeStart = position
        guard position + 1 < end else { throw failure("unterminated string") }
        let code = source[position + 1]
        position += 2
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(code)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad(at: escapeStart)
            if scalar >= 0xD800 && scalar < 0xDC00 {
                guard position + 1 < end, source[position] == UInt8(ascii: "\\"),
                      source[position + 1] == UInt8(ascii: "u") else {
                    throw failure("unpaired surrogate in \\u escape", at: escapeStart)
                }
                position += 2
                let low = try hexQuad(at: escapeStart)
                guard low >= 0xDC00 && low < 0xE000 else {
                    throw failure("unpaired surrogate in \\u escape", at: escapeStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00 && scalar < 0xE000 {
                throw failure("unpaired surrogate in \\u escape", at: escapeStart)
            }
            for byte in String(Character(Unicode.Scalar(scalar)!)).utf8 { scratch.append(byte) }
        default:
            throw failure("invalid escape in a string",
                          hint: "JSON escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: escapeStart)
        }
    }

    private mutating func hexQuad(at escapeStart: Int) throws(LoadFailure) -> UInt32 {
        guard position + 4 <= end else { throw failure("invalid \\u escape", at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = source[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid \\u escape", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func validateUTF8(_ start: Int, _ count: Int) throws(LoadFailure) {
        if let invalid = UTF8Validator.firstInvalidByte(source + start, count: count) {
            let byte = source[start + invalid]
            throw LoadFailure(offset: start + invalid, length: 1,
                              message: "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))",
                              hint: "convert the file to UTF-8")
        }
    }
}
