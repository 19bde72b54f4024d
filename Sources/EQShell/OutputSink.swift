#if canImport(Glibc)
import Glibc
#endif

/// Where results go: standard output, or the file `.output FILE` named until `.output` alone.
struct OutputSink {
    private(set) var fd: Int32 = STDOUT_FILENO
    private(set) var path: String?

    var isStandardOutput: Bool { path == nil }

    func write(_ text: String) {
        FileDescriptor.write(text, to: fd)
    }

    /// Truncates or creates `path`; on failure the output stays where it was and the reason is returned.
    mutating func redirect(to path: String) -> String? {
        let newFD = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard newFD >= 0 else { return "cannot open \(path) for writing: \(FileDescriptor.lastErrorText)" }
        reset()
        fd = newFD
        self.path = path
        return nil
    }

    mutating func reset() {
        if path != nil { close(fd) }
        fd = STDOUT_FILENO
        path = nil
    }
}
