#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// Writes every byte of `bytes` to the descriptor `write(to:replacing:_:)` hands its body, through
    /// the same fault seam as the other file sinks, for writers that stream large buffers (a snapshot)
    /// rather than build the file in memory first.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32, path: String) throws(Failure) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            // At most 64 MB a call: a single `write` of more may be cut short anyway, and smaller calls
            // keep the seam's write count meaningful for the fault tests.
            let written = FileSinkFaults.write(fd, base + offset, min(bytes.count - offset, 64 << 20))
            if written < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: "write", errno: errno)
            }
            offset += written
        }
    }
}
