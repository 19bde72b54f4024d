import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Giving a parsed chunk's pages back while the load goes on, so the file's text and all the parsed
/// columns are not in memory at once (the peak RSS that reading instead of mapping had doubled).
///
/// The bytes live in a private anonymous mapping: `MADV_DONTNEED` frees a range's pages (they read as
/// zeros afterwards) and `reload` reads them from the file again, for a chunk that must parse again
/// (another chunk widened a column) or for the text around an error. A file that is no longer the
/// one read (another inode, size or modification time) fails the load as "changed while it was being
/// read", as during the first read.
extension FileBytes {
    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// The whole pages strictly inside `range` but for its first and last page: those may hold bytes
    /// of the neighbouring chunks, and the scanner reads the byte before a chunk's start.
    private func releasable(_ range: Range<Int>) -> Range<Int>? {
        let page = FileBytes.pageSize
        let start = (range.lowerBound / page + 1) * page
        let end = max(0, (range.upperBound - 1) / page) * page
        return start < end ? start..<end : nil
    }

    /// Frees the pages of `range` once it is parsed. Called from the parsing threads; each chunk's
    /// range is its own, so no two calls touch the same pages.
    func release(_ range: Range<Int>) {
        guard let mapping, let pages = releasable(range) else { return }
        _ = madvise(mapping + pages.lowerBound, pages.count, MADV_DONTNEED)
    }

    /// Reads the pages `release(range)` freed back from the file.
    func reload(_ range: Range<Int>) throws(Diagnostic) {
        guard mapping != nil, let pages = releasable(range) else { return }
        try readPages(pages)
    }
}
