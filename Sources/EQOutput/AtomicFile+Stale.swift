#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// Removes the temporary files an earlier writer of `path` left when it was killed mid-write
    /// (`.NAME.PID.N.tmp` whose process is gone), so `kill -9` during an export leaves nothing behind
    /// once the next write of the same file has run. A live writer's file is never touched.
    static func removeStaleTemporaries(of path: String, folder: String, name: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = "." + name + "."
        var stale: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard entryName.hasPrefix(prefix), entryName.hasSuffix(".tmp") else { continue }
            let middle = entryName.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard middle.count == 2, let pid = Int32(middle[0]), Int(middle[1]) != nil, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { stale.append(entryName) }
        }
        for entryName in stale {
            unlink((folder == "." ? "" : folder + "/") + entryName)
        }
    }
}
