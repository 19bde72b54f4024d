import EQStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole table as CSV, JSON or NDJSON to a file descriptor in large blocks, never holding more
/// than about one block of text: what `eq gen` and exports use for files of millions of rows.
public struct ResultStreamWriter: Sendable {
    /// `.csv`, `.json` or `.ndjson`; the human formats (`.table`, `.line`) are rendered whole.
    public var format: OutputFormat
    public var delimiter: UInt8
    /// Bytes gathered before each `write(2)`; large blocks keep the system-call count negligible.
    public var blockSize: Int

    /// Rows encoded per step; small enough that the per-column scratch stays in cache.
    static let rowsPerBatch = 2048

    public init(format: OutputFormat = .csv, delimiter: UInt8 = UInt8(ascii: ","), blockSize: Int = 1 << 20) {
        self.format = format
        self.delimiter = delimiter
        self.blockSize = max(blockSize, 4096)
    }

    /// Writes `table` to `fd`, which stays open.
    public func write(_ table: Table, to fd: Int32) throws(OutputError) {
        let out = ByteBuffer(capacity: blockSize + blockSize / 4)
        var failure: OutputError?
        encode(table, flushingEvery: blockSize, into: out) { block in
            guard failure == nil else { return }
            failure = Self.writeAll(block.bytes, to: fd)
        }
        if let failure { throw failure }
    }

    /// Creates (or truncates) the file at `path` and writes `table` to it.
    public func write(_ table: Table, toFile path: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw OutputError.cannotOpen(path: path, errno: errno) }
        do {
            try write(table, to: fd)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw OutputError.writeFailed(errno: errno) }
    }

    /// Encodes `table` into `out`, handing `out` to `flush` (then emptying it) whenever it holds
    /// `threshold` bytes, and once more at the end.
    func encode(_ table: Table, flushingEvery threshold: Int = .max, into out: ByteBuffer,
                flush: (ByteBuffer) -> Void) {
        func flushIfFull(force: Bool = false) {
            guard force || out.count >= threshold else { return }
            flush(out)
            if threshold != .max { out.removeAll() }
        }
        switch format {
        case .table, .line:
            out.append(ResultRenderer.render(table, options: RenderOptions(format: format, delimiter: delimiter)))
        case .csv:
            let encoder = RowEncoder(table: table, layout: .csv(delimiter: delimiter))
            encoder.appendHeader(to: out)
            for start in stride(from: 0, to: table.rowCount, by: Self.rowsPerBatch) {
                encoder.appendRows(start..<min(start + Self.rowsPerBatch, table.rowCount), to: out)
                flushIfFull()
            }
        case .ndjson:
            let encoder = RowEncoder(table: table, layout: .jsonObjects)
            for start in stride(from: 0, to: table.rowCount, by: Self.rowsPerBatch) {
                encoder.appendRows(start..<min(start + Self.rowsPerBatch, table.rowCount), to: out)
                flushIfFull()
            }
        case .json:
            let encoder = RowEncoder(table: table, layout: .jsonObjects)
            guard table.rowCount > 0 else {
                out.append(StaticString("[]\n"))
                break
            }
            out.append(StaticString("[\n"))
            let separator = Array(",\n".utf8)
            let lastRow = table.rowCount - 1
            for start in stride(from: 0, to: lastRow, by: Self.rowsPerBatch) {
                encoder.appendRows(start..<min(start + Self.rowsPerBatch, lastRow), to: out, jsonSeparator: separator)
                flushIfFull()
            }
            encoder.appendRows(lastRow..<table.rowCount, to: out)
            out.append(StaticString("]\n"))
        }
        flushIfFull(force: true)
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) -> OutputError? {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .writeFailed(errno: errno)
            }
            offset += written
        }
        return nil
    }
}

/// Why a result could not be written.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, errno: Int32)
    case writeFailed(errno: Int32)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let code): "cannot open \"\(path)\" for writing: \(Self.message(code))"
        case .writeFailed(let code): "write failed: \(Self.message(code))"
        }
    }

    private static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// `write(2)`, named apart from `ResultStreamWriter.write`.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
