#if canImport(Glibc)
import Glibc
#endif

/// Lines from a file descriptor as they arrive, so `producer | eq` runs each statement as soon as its
/// line is complete rather than after end of input.
struct LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false
    /// A byte-order mark before the first line (Windows editors write one) is not part of the script.
    private var atStart = true

    init(fd: Int32) {
        self.fd = fd
    }

    /// The next line without its `\n` (or `\r\n`); nil at the end of input.
    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = buffer[..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                let text = String(decoding: line, as: UTF8.self)
                buffer.removeFirst(newline + 1)
                return text
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<count]) }
            if atStart && (buffer.count >= 3 || atEnd) {
                atStart = false
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
            }
        }
    }
}
