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
    /// Checked between blocks of rows (Ctrl-C): the write stops with `OutputError.cancelled`.
    public var cancellation: (@Sendable () -> Bool)?
    /// CSV's header row; `.headers off` leaves it out.
    public var includesHeader = true
    /// CSV: prefix text cells and column names that start with = + - @ (or tab, CR) with `'`
    /// (`FormulaGuard`), on the bytes as they are encoded; `write` returns how many cells it prefixed.
    public var guardsFormulas = false
    /// Encoding threads at most (`--threads`); nil for one per core.
    public var threads: Int?

    public init(format: OutputFormat = .csv, delimiter: UInt8 = UInt8(ascii: ","), blockSize: Int = 1 << 20) {
        self.format = format
        self.delimiter = delimiter
        self.blockSize = max(blockSize, 4096)
    }

    /// Writes `table` to `fd`, which stays open; returns the cells the formula guard prefixed.
    @discardableResult
    public func write(_ table: Table, to fd: Int32) throws(OutputError) -> Int {
        let pending = ByteBuffer(capacity: blockSize + blockSize / 4)
        var failure: OutputError?
        func flush() {
            if failure == nil { failure = Self.writeAll(pending.bytes, to: fd) }
            pending.removeAll()
        }
        var defused = 0
        let finished = encode(table, defusedCells: &defused) { bytes in
            if pending.count + bytes.count > blockSize && pending.count > 0 { flush() }
            if bytes.count >= blockSize {
                // A lane's whole output: write it where it lies rather than copy it once more.
                if failure == nil { failure = Self.writeAll(bytes, to: fd) }
            } else {
                pending.append(bytes)
            }
        }
        flush()
        if let failure { throw failure }
        if !finished || cancellation?() == true { throw .cancelled }
        return defused
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

    /// Hands the encoded text of `table` to `emit`, in order, a piece at a time.
    @discardableResult
    func encode(_ table: Table, defusedCells: inout Int, emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let layout: RowEncoder.Layout
        switch format {
        case .table, .line, .markdown, .box, .tabs:
            // A file, not a terminal: footers keep plain digits.
            var options = RenderOptions(format: format, delimiter: delimiter)
            options.groupThousands = false
            var text = ResultRenderer.render(table, options: options)
            text.withUTF8 { emit($0) }
            return true
        case .csv:
            layout = .csv(delimiter: delimiter)
        case .json, .ndjson:
            layout = .jsonObjects
        }
        let isArray = format == .json
        let prologue = ByteBuffer(capacity: 4096)
        if isArray { prologue.append(table.rowCount == 0 ? "[]\n" : "[\n") }
        if includesHeader {
            let header = RowEncoder(table: table, layout: layout, guardsFormulas: guardsFormulas)
            header.appendHeader(to: prologue)
            defusedCells += header.defusedCells
        }
        emit(prologue.bytes)
        let cancelled = cancellation ?? { false }
        var lanes = EncodingLanes(table: table, layout: layout, jsonArray: isArray)
        lanes.guardsFormulas = guardsFormulas
        lanes.threads = threads
        guard lanes.encode(cancellation: cancelled, defusedCells: &defusedCells, emit: emit) else { return false }
        if isArray && table.rowCount > 0 {
            emit(UnsafeBufferPointer(start: StaticString("]\n").utf8Start, count: 2))
        }
        return true
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
    /// Stopped by Ctrl-C.
    case cancelled

    public var description: String {
        switch self {
        case .cancelled: "cancelled"
        case .cannotOpen(let path, let code): "cannot open \"\(path)\" for writing: \(Self.message(code))"
        case .writeFailed(let code): "write failed: \(Self.message(code))"
        }
    }

    /// The system's words for the failure alone ("No space left on device"), for messages that say
    /// themselves what was being written.
    public var reason: String {
        switch self {
        case .cannotOpen(_, let code), .writeFailed(let code): Self.message(code)
        case .cancelled: "cancelled"
        }
    }

    private static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// `write(2)` through the file-sink seam (a planned fault in tests), named apart from `ResultStreamWriter.write`.
@inline(__always)
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    FileSinkFaults.write(fd, buffer, count)
}
