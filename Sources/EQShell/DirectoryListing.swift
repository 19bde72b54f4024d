#if canImport(Glibc)
import Glibc
#endif

/// Directory entries for file-path completion.
enum DirectoryListing {
    /// `path` as typed ("" for the current directory, else ending in `/`); unreadable means empty.
    static func entries(_ path: String) -> [CompletionCatalog.DirectoryEntry] {
        guard let directory = opendir(path.isEmpty ? "." : path) else { return [] }
        defer { closedir(directory) }
        var entries: [CompletionCatalog.DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) || entry.pointee.d_type == UInt8(DT_LNK) {
                var info = stat()
                isDirectory = stat((path.isEmpty ? "" : path) + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append(.init(name: name, isDirectory: isDirectory))
        }
        return entries
    }
}
