#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files `AtomicFile` writes before the rename: `.NAME.PID.ATTEMPT.tmp`, hidden, beside
/// the target. A process killed mid-write leaves one behind that nothing else would ever remove, so the
/// next write into the same folder removes those whose writer (the PID in the name) is gone. A file of
/// a running process is never touched, nor anything that does not have exactly this shape, nor
/// anything that is not a regular file owned by this user.
enum StaleTemporaries {
    static func name(for target: String, pid: pid_t, attempt: Int) -> String {
        ".\(target).\(pid).\(attempt).tmp"
    }

    /// The writer's PID when `name` is one of ours, else nil.
    static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, !parts[..<(parts.count - 2)].joined(separator: ".").isEmpty,
              let attempt = Int(parts[parts.count - 1]), attempt >= 0,
              let pid = pid_t(parts[parts.count - 2]), pid > 0 else { return nil }
        return pid
    }

    static func remove(in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard let pid = writer(of: name), pid != getpid() else { continue }
            // ESRCH: no such process. EPERM means it exists under another user: leave it.
            guard kill(pid, 0) != 0 && errno == ESRCH else { continue }
            stale.append(name)
        }
        for name in stale {
            let path = folder == "/" ? "/" + name : folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == getuid() else {
                continue
            }
            unlink(path)
        }
    }
}
