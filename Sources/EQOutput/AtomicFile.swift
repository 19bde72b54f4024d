#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that a crash, a full disk or a failed write leaves either the old file or the
/// complete new one, never a partial list: the bytes go to a temporary file in the same folder (so the
/// final step is a rename within one file system), are flushed to disk, and only then take the final
/// name; the folder is flushed too, so the new name itself survives a power cut.
public enum AtomicFile {
    public enum Failure: Error, Sendable, Equatable {
        /// The target exists and replacing it was not asked for.
        case exists(path: String)
        case system(path: String, operation: String, errno: Int32)

        public var message: String {
            switch self {
            case .exists(let path): "\"\(path)\" already exists"
            case .system(let path, let operation, let code):
                "cannot \(operation) \"\(path)\": \(String(cString: strerror(code)))"
            }
        }
    }

    /// Writes what `body` writes to the descriptor it is given as the file at `path`. Without
    /// `replacing`, an existing file is left alone and the write fails, checked again at the last step
    /// (a hard link cannot overwrite), so a file created meanwhile is not clobbered either.
    public static func write<E: Error>(to path: String, replacing: Bool,
                                       _ body: (Int32) throws(E) -> Void) throws(Failure) -> Result<Void, E> {
        if !replacing && exists(path) { throw .exists(path: path) }
        let folder = directory(of: path)
        let name = String(path.split(separator: "/").last ?? Substring(path))
        StaleTemporaries.remove(in: folder)
        var attempt = 0
        var temporary = ""
        var fd: Int32 = -1
        while fd < 0 {
            temporary = (folder == "." && !path.hasPrefix("./") ? "" : folder + "/")
                + StaleTemporaries.name(for: name, pid: getpid(), attempt: attempt)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd < 0 && (errno != EEXIST || attempt > 100) {
                throw .system(path: path, operation: "create a file beside", errno: errno)
            }
            attempt += 1
        }
        FileSinkFaults.track(fd)
        defer { FileSinkFaults.track(-1) }
        func fail(_ operation: String, _ code: Int32) -> Failure {
            close(fd)
            unlink(temporary)
            return .system(path: path, operation: operation, errno: code)
        }
        if replacing, let failure = keepOwnerAndMode(of: path, on: fd) { throw fail(failure.operation, failure.code) }
        do {
            try body(fd)
        } catch {
            close(fd)
            unlink(temporary)
            return .failure(error)
        }
        guard fsync(fd) == 0 else { throw fail("flush", errno) }
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            throw .system(path: path, operation: "write", errno: code)
        }
        if replacing {
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                throw .system(path: path, operation: "rename a file to", errno: code)
            }
        } else {
            guard link(temporary, path) == 0 else {
                let code = errno
                unlink(temporary)
                if code == EEXIST { throw .exists(path: path) }
                throw .system(path: path, operation: "create", errno: code)
            }
            unlink(temporary)
        }
        let folderFD = open(folder, O_RDONLY | O_CLOEXEC)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
        return .success(())
    }

    /// Writes `bytes` as the file at `path`.
    public static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(Failure) {
        let result = try write(to: path, replacing: replacing) { (fd: Int32) throws(Failure) in
            let code: Int32? = bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = fileWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return nil
            }
            if let code { throw .system(path: path, operation: "write", errno: code) }
        }
        if case .failure(let error) = result { throw error }
    }

    /// A replaced file keeps its permissions and owner: `overwrite` of a 0600 list must not leave a
    /// world-readable one. An owner that cannot be kept (another user's file) fails the write rather
    /// than hand the file over silently.
    private static func keepOwnerAndMode(of path: String, on fd: Int32) -> (operation: String, code: Int32)? {
        var old = stat()
        guard stat(path, &old) == 0, old.st_mode & S_IFMT == S_IFREG else { return nil }
        var new = stat()
        guard fstat(fd, &new) == 0 else { return ("inspect the file beside", errno) }
        if old.st_uid != new.st_uid || old.st_gid != new.st_gid {
            guard fchown(fd, old.st_uid, old.st_gid) == 0 else { return ("keep the owner of", errno) }
        }
        guard fchmod(fd, old.st_mode & 0o7777) == 0 else { return ("keep the permissions of", errno) }
        return nil
    }

    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The whole file, or nil when it cannot be read.
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return count == 0 ? bytes : nil }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}

/// `read(2)`, named apart from `AtomicFile.read`.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// `write(2)` through the file-sink seam, named apart from `AtomicFile.write`.
@inline(__always)
private func fileWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    FileSinkFaults.write(fd, buffer, count)
}
