import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks on a whole file's bytes that no field-by-field parse can make: files that would otherwise
/// load as something else without a word.
///
/// - A NUL byte: no text file holds one, and a UTF-16 file without a byte-order mark holds one in
///   every other byte; loaded as it is, every value would carry NULs. Refused at the first one.
/// - Line ends that are lone carriage returns (old Mac files): with no line feed anywhere the whole
///   file is one record, which loaded as a header and no rows. Refused at the first CR.
enum TextShape {
    static func check(_ source: UnsafeBufferPointer<UInt8>, sourceName: String) throws(Diagnostic) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        let dataStart = CSVReader.hasByteOrderMark(source) ? 3 : 0
        func fail(_ offset: Int, _ message: String, hint: String) -> Diagnostic {
            LoadFailure(offset: offset, message: message, hint: hint)
                .diagnostic(in: source, name: sourceName, dataStart: dataStart)
        }
        if let nul = memchr(base, 0, source.count) {
            let offset = UnsafeRawPointer(nul) - UnsafeRawPointer(base)
            let looksUTF16 = source.count >= 2 && (source[0] == 0 || source[1] == 0)
            throw fail(offset, "a NUL byte: this is not a UTF-8 text file",
                       hint: looksUTF16 ? "it looks like UTF-16; save it as UTF-8"
                                        : "eq loads UTF-8 text; a NUL byte belongs to binary files")
        }
        if memchr(base, 0x0A, source.count) == nil, let cr = memchr(base, 0x0D, source.count) {
            let offset = UnsafeRawPointer(cr) - UnsafeRawPointer(base)
            guard offset + 1 < source.count else { return }
            throw fail(offset, "lines end with a lone carriage return (CR), so the file reads as one line",
                       hint: "convert the line ends to LF or CRLF, e.g. `tr '\\r' '\\n'`")
        }
    }
}
