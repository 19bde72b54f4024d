#if canImport(Glibc)
import Glibc
#endif

extension PTYSession {
    /// The built `eq` executable: EQ_BINARY if set, else `eq` beside the running test bundle (SwiftPM
    /// puts both in the same build directory, whatever the scratch path), else the package's
    /// `.build/debug/eq`. Nil when none exists, so end-to-end tests can skip with a reason.
    public static func eqBinary(filePath: String = #filePath) -> String? {
        var candidates: [String] = []
        if let override = getenv("EQ_BINARY") { candidates.append(String(cString: override)) }
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 {
            candidates.append(directory(of: String(decoding: buffer[0..<length].map(UInt8.init(bitPattern:)), as: UTF8.self)) + "/eq")
        }
        if let first = CommandLine.arguments.first { candidates.append(directory(of: first) + "/eq") }
        // #filePath is <package>/Sources/EQTestSupport/PTYBinary.swift.
        let packageRoot = directory(of: directory(of: directory(of: filePath)))
        candidates.append(packageRoot + "/.build/debug/eq")
        return candidates.first { access($0, X_OK) == 0 && !isDirectory($0) }
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
