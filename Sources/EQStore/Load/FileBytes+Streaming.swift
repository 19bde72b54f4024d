import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a lazily opened file (`FileBytes(path:lazily: true)`) a range at a time, so a large CSV
/// file's text is never all in memory beside the columns it becomes: the reader reads a prefix for the
/// header and the type sample, then one block at a time for the chunk plan (freeing each), then each
/// chunk just before it is parsed (freed again once parsed, see `release`).
///
/// Each read checks that the file is still the one first seen (inode, size, modification time) and
/// fails the load as "changed while it was being read" otherwise, as the eager read does; a file cut
/// short reads as a short `pread`, never as a SIGBUS, since the bytes live in anonymous memory.
extension FileBytes {
    private static var page: Int { max(4096, Int(sysconf(Int32(_SC_PAGESIZE)))) }

    /// The whole pages that hold any byte of `range`, clipped to the file.
    func pages(covering range: Range<Int>) -> Range<Int> {
        let page = FileBytes.page
        let start = max(0, range.lowerBound) / page * page
        let end = min(buffer.count, (range.upperBound + page - 1) / page * page)
        return start..<max(start, end)
    }

    /// Reads the pages that hold `range` from the file. Callers never read the same page from two
    /// threads at once (the planner reads alone; chunks read only their own inner pages).
    func load(covering range: Range<Int>) throws(Diagnostic) {
        try readPages(pages(covering: range))
    }

    /// The whole file, for the paths that need every byte (an error's line number, a small file).
    func loadAll() throws(Diagnostic) {
        try readPages(0..<buffer.count)
    }

    /// Frees the pages wholly inside `range` (not those it shares with its neighbours).
    func releaseInside(_ range: Range<Int>) {
        let page = FileBytes.page
        let start = (range.lowerBound + page - 1) / page * page
        let end = range.upperBound / page * page
        guard let mapping, start < end else { return }
        _ = madvise(mapping + start, end - start, MADV_DONTNEED)
    }

    /// `pread`s `pages` into place after checking that the file is the one first seen.
    func readPages(_ pages: Range<Int>) throws(Diagnostic) {
        guard let mapping, !pages.isEmpty else { return }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileBytes.cannotOpen(path, errno) }
        defer { close(descriptor) }
        var now = stat()
        guard fstat(descriptor, &now) == 0, now.st_dev == identity.st_dev, now.st_ino == identity.st_ino,
              now.st_size == identity.st_size, now.st_mtim.tv_sec == identity.st_mtim.tv_sec,
              now.st_mtim.tv_nsec == identity.st_mtim.tv_nsec else {
            throw FileBytes.changed(path)
        }
        var filled = 0
        while filled < pages.count {
            let count = pread(descriptor, mapping + pages.lowerBound + filled, pages.count - filled,
                              off_t(pages.lowerBound + filled))
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw FileBytes.cannotOpen(path, errno) }
            if count == 0 { throw FileBytes.changed(path) }
            filled += count
        }
        var after = stat()
        guard fstat(descriptor, &after) == 0, after.st_size == identity.st_size,
              after.st_mtim.tv_sec == identity.st_mtim.tv_sec, after.st_mtim.tv_nsec == identity.st_mtim.tv_nsec else {
            throw FileBytes.changed(path)
        }
    }
}
