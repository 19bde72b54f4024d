import EQDiagnostics

/// Finds the passwords of connection URLs (`postgres://user:PASSWORD@host`, `?password=PASSWORD`) in
/// text the user typed, so that no diagnostic, message or history entry repeats one.
public enum PasswordRedaction {
    /// The byte ranges of every password in `text`.
    static func passwordRanges(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard let schemeEnd = schemeEnd(bytes, at: index) else {
                index += 1
                continue
            }
            // The URL runs to a quote, a blank or the end.
            var end = schemeEnd
            while end < bytes.count, !Self.endsURL(bytes[end]) { end += 1 }
            var authorityEnd = schemeEnd
            while authorityEnd < end, bytes[authorityEnd] != UInt8(ascii: "/"), bytes[authorityEnd] != UInt8(ascii: "?") {
                authorityEnd += 1
            }
            if let at = bytes[schemeEnd..<authorityEnd].lastIndex(of: UInt8(ascii: "@")),
               let colon = bytes[schemeEnd..<at].firstIndex(of: UInt8(ascii: ":")) {
                ranges.append((colon + 1)..<at)
            }
            if let mark = bytes[schemeEnd..<end].firstIndex(of: UInt8(ascii: "?")) {
                var start = mark + 1
                while start < end {
                    var stop = start
                    while stop < end, bytes[stop] != UInt8(ascii: "&") { stop += 1 }
                    let key = Array("password=".utf8)
                    if stop - start >= key.count, Array(bytes[start..<(start + key.count)]) == key {
                        ranges.append((start + key.count)..<stop)
                    }
                    start = stop + 1
                }
            }
            index = end
        }
        return ranges.filter { !$0.isEmpty }
    }

    private static func schemeEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        for scheme in ["postgres://", "postgresql://"] {
            let pattern = Array(scheme.utf8)
            if index + pattern.count <= bytes.count,
               zip(bytes[index..<(index + pattern.count)], pattern).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                return index + pattern.count
            }
        }
        return nil
    }

    private static func endsURL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"),
             UInt8(ascii: "\r"), UInt8(ascii: "`"): true
        default: false
        }
    }

    /// Every password byte replaced by `*`: the text keeps its length in bytes, so the spans of a
    /// diagnostic on it still point at the same places.
    public static func masked(_ text: String) -> String {
        let ranges = passwordRanges(in: text)
        guard !ranges.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for range in ranges {
            for index in range { bytes[index] = UInt8(ascii: "*") }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text without its passwords, for the history: `postgres://ann:pw@host` becomes
    /// `postgres://ann@host` and `&password=pw` goes, so a recalled line takes the password from
    /// PGPASSWORD or ~/.pgpass instead.
    public static func removed(_ text: String) -> String {
        let ranges = passwordRanges(in: text)
        guard !ranges.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        var cursor = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= cursor {
            var start = range.lowerBound
            var end = range.upperBound
            if start > 0, bytes[start - 1] == UInt8(ascii: ":") {
                start -= 1
            } else {
                // `password=` with its value, and the `&` that joined it to another option.
                start -= "password=".utf8.count
                if end < bytes.count, bytes[end] == UInt8(ascii: "&") {
                    end += 1
                } else if start > 0, bytes[start - 1] == UInt8(ascii: "&") {
                    start -= 1
                }
            }
            kept.append(contentsOf: bytes[cursor..<start])
            cursor = end
        }
        kept.append(contentsOf: bytes[cursor...])
        return String(decoding: kept, as: UTF8.self)
    }
}

extension Diagnostic {
    /// The diagnostic with any password in its source line or message masked.
    public var maskingPasswords: Diagnostic {
        var copy = self
        copy.message = PasswordRedaction.masked(message)
        if let source, !PasswordRedaction.passwordRanges(in: source.text).isEmpty {
            copy.source = SourceFile(name: source.name, text: PasswordRedaction.masked(source.text), firstLine: source.firstLine)
        }
        return copy
    }
}
