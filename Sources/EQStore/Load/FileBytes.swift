import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data file's bytes, mapped rather than read: no copy, and the pages belong to the page cache, so a
/// big file costs no heap while it is parsed. Unmapped when this goes away.
final class FileBytes {
    let buffer: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?

    init(path: String) throws(Diagnostic) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileBytes.cannotOpen(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileBytes.cannotOpen(path, errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw FileBytes.cannotOpen(path, EISDIR) }
        let size = Int(status.st_size)
        guard size > 0 else {
            mapping = nil
            buffer = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw FileBytes.cannotOpen(path, errno)
        }
        _ = madvise(address, size, Int32(MADV_SEQUENTIAL))
        _ = madvise(address, size, Int32(MADV_WILLNEED))
        mapping = address
        buffer = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        if let mapping { munmap(mapping, buffer.count) }
    }

    static func cannotOpen(_ path: String, _ code: Int32) -> Diagnostic {
        let reason = String(cString: strerror(code))
        return Diagnostic("cannot open \"\(path)\": \(reason)",
                          hint: code == ENOENT ? "paths in `load` are relative to the current directory" : nil)
    }
}
