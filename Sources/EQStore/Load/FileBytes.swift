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

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Drops the pages wholly inside `range` from this process's resident set once they are parsed: the
    /// kernel keeps them in the page cache, so touching them again (a re-parse after widening) only
    /// costs a minor fault, but the peak memory of a load stays near the columns' size, not the file's
    /// plus the columns'.
    func releasePages(_ range: Range<Int>) {
        guard let mapping else { return }
        let start = (range.lowerBound + FileBytes.pageSize - 1) / FileBytes.pageSize * FileBytes.pageSize
        let end = range.upperBound == buffer.count
            ? buffer.count : range.upperBound / FileBytes.pageSize * FileBytes.pageSize
        guard end > start else { return }
        _ = madvise(mapping + start, end - start, Int32(MADV_DONTNEED))
    }

    static func cannotOpen(_ path: String, _ code: Int32) -> Diagnostic {
        let reason = String(cString: strerror(code))
        return Diagnostic("cannot open \"\(path)\": \(reason)",
                          hint: code == ENOENT ? "paths in `load` are relative to the current directory" : nil)
    }
}
