import EQDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// Where results go: standard output, or the file `.output FILE` named until `.output` alone.
struct OutputSink {
    private(set) var fd: Int32 = STDOUT_FILENO
    private(set) var path: String?

    var isStandardOutput: Bool { path == nil }

    /// Throws when the text could not be written whole (a full disk, a closed pipe), so the statement
    /// that produced it fails rather than pass with its output lost.
    func write(_ text: String) throws(Diagnostic) {
        guard FileDescriptor.write(text, to: fd) else {
            throw Diagnostic("cannot write to \(path.map { "\"\($0)\"" } ?? "standard output"): \(FileDescriptor.lastErrorText)",
                             hint: "the result is incomplete; check the disk or the pipe it goes to")
        }
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
