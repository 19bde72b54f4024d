import EQDiagnostics
#if canImport(Glibc)
import Glibc
#endif

/// Where results go: standard output, or the file `.output FILE` named until `.output` alone; `.once
/// FILE` takes the next result only, then output goes back to where it was.
struct OutputSink {
    private(set) var fd: Int32 = STDOUT_FILENO
    private(set) var path: String?
    /// `.once FILE`, open until the next result has been written to it.
    private var once: (fd: Int32, path: String)?

    var isStandardOutput: Bool { once == nil && path == nil }
    /// The next result goes to a `.once` file.
    var isOnce: Bool { once != nil }

    /// Throws when the text could not be written whole (a full disk, a closed pipe), so the statement
    /// that produced it fails rather than pass with its output lost.
    func write(_ text: String) throws(Diagnostic) {
        guard FileDescriptor.write(text, to: once?.fd ?? fd) else {
            let name = once?.path ?? path
            throw Diagnostic("cannot write to \(name.map { "\"\($0)\"" } ?? "standard output"): \(FileDescriptor.lastErrorText)",
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

    /// Like `redirect`, for the next result only (`finishOnce` closes it).
    mutating func redirectOnce(to path: String) -> String? {
        let newFD = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard newFD >= 0 else { return "cannot open \(path) for writing: \(FileDescriptor.lastErrorText)" }
        finishOnce()
        once = (newFD, path)
        return nil
    }

    /// After a result: a `.once` file is complete and output returns to where it was.
    mutating func finishOnce() {
        guard let open = once else { return }
        close(open.fd)
        once = nil
    }

    mutating func reset() {
        finishOnce()
        if path != nil { close(fd) }
        fd = STDOUT_FILENO
        path = nil
    }
}
