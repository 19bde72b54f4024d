import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data file's bytes, read into memory of eq's own rather than mapped.
///
/// A mapping shares the file's pages: when another program truncates the file while it is parsed, the
/// next touch of a vanished page kills eq with SIGBUS, which no Swift code can catch. Reading copies
/// the bytes once (with large `read` calls, so it costs about what the page faults of a mapping cost)
/// into anonymous memory nobody else can shrink; a file that changes during the read is detected by its
/// size and modification time and refused, so a half-written file never loads as a shorter table.
/// Only regular files are read: a FIFO or a device would block or never end, so they are refused
/// before the first read (the open itself does not block, thanks to `O_NONBLOCK`).
final class FileBytes {
    let buffer: UnsafeBufferPointer<UInt8>
    let mapping: UnsafeMutableRawPointer?
    /// The file as first seen, so `reload` (FileBytes+Release) can tell the same, unchanged file.
    let path: String
    let identity: stat

    /// Bytes per `read` call: large enough that the system calls do not show, small enough to make
    /// progress between interrupts.
    private static let readSize = 8 << 20

    /// `beforeReading` runs between the first look at the file and the read, so tests can change the
    /// file exactly there.
    /// Whether the bytes are read on demand (`FileBytes+Streaming`) rather than all at `init`.
    let isLazy: Bool

    /// With `lazily`, nothing is read yet: the CSV reader reads the pages it needs as it goes and gives
    /// them back, so the whole text is never in memory beside the columns (`FileBytes+Streaming`).
    init(path: String, lazily: Bool = false, beforeReading: (() -> Void)? = nil) throws(Diagnostic) {
        isLazy = lazily
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileBytes.cannotOpen(path, errno) }
        defer { close(descriptor) }
        var before = stat()
        guard fstat(descriptor, &before) == 0 else { throw FileBytes.cannotOpen(path, errno) }
        self.path = path
        identity = before
        guard before.st_mode & S_IFMT != S_IFDIR else { throw FileBytes.cannotOpen(path, EISDIR) }
        guard before.st_mode & S_IFMT == S_IFREG else {
            throw FileBytes.notRegular(path, mode: before.st_mode)
        }
        let size = Int(before.st_size)
        guard size > 0 else {
            mapping = nil
            buffer = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        // Anonymous memory rather than malloc, so the whole file's worth goes back to the system when
        // the load ends instead of staying in malloc's arenas.
        guard let address = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              address != MAP_FAILED else {
            throw FileBytes.cannotOpen(path, errno)
        }
        let bytes = address.assumingMemoryBound(to: UInt8.self)
        if lazily {
            mapping = address
            buffer = UnsafeBufferPointer(start: bytes, count: size)
            return
        }
        beforeReading?()
        var filled = 0
        var failure: Diagnostic?
        while filled < size {
            let count = read(descriptor, bytes + filled, min(FileBytes.readSize, size - filled))
            if count < 0 && errno == EINTR { continue }
            if count < 0 { failure = FileBytes.cannotOpen(path, errno); break }
            if count == 0 { failure = FileBytes.changed(path); break }
            filled += count
        }
        if failure == nil {
            // One byte more than fstat promised, or a new size or time, means a writer was at work.
            var extra: UInt8 = 0
            var after = stat()
            if read(descriptor, &extra, 1) != 0 || fstat(descriptor, &after) != 0
                || after.st_size != before.st_size || after.st_mtim.tv_sec != before.st_mtim.tv_sec
                || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec {
                failure = FileBytes.changed(path)
            }
        }
        if let failure {
            munmap(address, size)
            throw failure
        }
        mapping = address
        buffer = UnsafeBufferPointer(start: bytes, count: size)
    }

    deinit {
        if let mapping { munmap(mapping, buffer.count) }
    }

    static func cannotOpen(_ path: String, _ code: Int32) -> Diagnostic {
        let reason = String(cString: strerror(code))
        return Diagnostic("cannot open \"\(path)\": \(reason)",
                          hint: code == ENOENT ? "paths in `load` are relative to the current directory" : nil)
    }

    static func changed(_ path: String) -> Diagnostic {
        Diagnostic("\"\(path)\" changed while it was being read; nothing was loaded",
                   hint: "load it again once the program writing it has finished")
    }

    static func notRegular(_ path: String, mode: mode_t) -> Diagnostic {
        let kind = switch mode & S_IFMT {
        case S_IFIFO: "a pipe (FIFO)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
        return Diagnostic("cannot load \"\(path)\": it is \(kind), not a regular file",
                          hint: "eq loads regular files only; save the data to a file first")
    }
}
