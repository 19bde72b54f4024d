#if canImport(Glibc)
import Glibc
#endif

/// The shell's history file: one entry a line, appended as each statement is entered so that a crash
/// or a closed terminal loses nothing, and trimmed to `limit` entries when it starts with more and when
/// the shell exits. Only the file's tail is read (backwards, until `limit` entries), so a history file
/// that grew to hundreds of megabytes costs no more at start than one at the limit; only regular
/// files are read or written (a FIFO or /dev/zero would block or never end).
///
/// Entries are escaped (`\n` for a line break, `\\` for a backslash) so a multi-line statement stays
/// one line of the file. A file that cannot be read, or that is not text, is reported once through
/// `problem`; the shell then runs without saving history rather than overwrite something it does not
/// understand.
public final class HistoryStore {
    public static let defaultLimit = 10_000

    public let path: String?
    public let limit: Int
    /// In the order entered, oldest first, at most `limit`.
    public private(set) var entries: [String] = []
    /// Why the history could not be loaded or will not be saved; shown to the user once.
    public private(set) var problem: String?
    private var isWritable: Bool

    /// `path` nil means no history at all (piped input, or no home directory).
    public init(path: String?, limit: Int = HistoryStore.defaultLimit) {
        self.path = path
        self.limit = max(1, limit)
        self.isWritable = path != nil
        if let path { load(from: path) }
    }

    /// EQ_HISTSIZE when it is a positive whole number, else `defaultLimit`.
    public static func limit(environment: [String: String]) -> Int {
        guard let text = environment["EQ_HISTSIZE"], let value = Int(text), value > 0 else { return defaultLimit }
        return value
    }

    /// EQ_HISTORY if set (an empty value turns history off), else ~/.eq_history.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let override = environment["EQ_HISTORY"] { return override.isEmpty ? nil : override }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + ".eq_history" : home + "/.eq_history"
    }

    /// Records an entry unless it is blank or repeats the previous one.
    /// Returns whether it was recorded, so the line editor's copy stays in step.
    @discardableResult
    public func append(_ entry: String) -> Bool {
        guard !entry.allSatisfy(\.isWhitespace), entry != entries.last else { return false }
        entries.append(entry)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        guard isWritable, let path else { return true }
        let line = Array((HistoryStore.escape(entry) + "\n").utf8)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
        // One write per entry: O_APPEND keeps two shells appending at once from interleaving mid-line.
        let written = fd >= 0 ? line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } : -1
        if fd >= 0 { close(fd) }
        if written != line.count { disable("cannot write history file \(path): \(FileDescriptor.lastErrorText)") }
        return true
    }

    /// Rewrites the file with the newest `limit` entries (re-reading it first, so entries another shell
    /// appended meanwhile are kept), through a temporary file renamed over it, so a crash mid-way leaves
    /// the old file whole.
    public func compact() {
        guard isWritable, let path, case .text(let bytes, let isWhole) = readTail(path) else { return }
        let current = HistoryStore.collapseRepeats(HistoryStore.parse(String(decoding: bytes, as: UTF8.self)))
        guard current.count > limit || !isWhole else { return }
        rewrite(path, with: current.suffix(limit))
    }

    private func rewrite(_ path: String, with kept: ArraySlice<String>) {
        let temporary = path + ".tmp.\(getpid())"
        let body = Array(kept.map { HistoryStore.escape($0) + "\n" }.joined().utf8)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = body.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        if written == body.count { rename(temporary, path) } else { unlink(temporary) }
    }

    private func load(from path: String) {
        guard access(path, F_OK) == 0 else { return }
        let bytes: [UInt8]
        let isWhole: Bool
        switch readTail(path) {
        case .failed(let reason):
            disable(reason)
            return
        case .text(let tail, let whole):
            (bytes, isWhole) = (tail, whole)
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            disable("history file \(path) is not a text file; it was left untouched and history will not be saved")
            return
        }
        let all = HistoryStore.collapseRepeats(HistoryStore.parse(text))
        entries = Array(all.suffix(limit))
        // Over the cap: trim the file now, so it never grows without bound between sessions.
        if all.count > limit || !isWhole { rewrite(path, with: all.suffix(limit)) }
    }

    enum Tail {
        /// The last lines of the file, at least `limit + 1` of them unless `isWhole`; starts on a line.
        case text([UInt8], isWhole: Bool)
        case failed(String)
    }

    /// Reads the file backwards in blocks until it holds more than `limit` line breaks or reaches the
    /// start: the cost follows the limit, not the file's size.
    func readTail(_ path: String) -> Tail {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            return .failed("cannot read history file \(path): \(FileDescriptor.lastErrorText); history will not be saved")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            return .failed("cannot read history file \(path): \(FileDescriptor.lastErrorText); history will not be saved")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failed("cannot read history file \(path): it is a folder; history will not be saved")
        default:
            return .failed("history file \(path) is not a regular file (a pipe or a device); "
                           + "it was left untouched and history will not be saved")
        }
        let blockSize = 64 * 1024
        var end = Int(status.st_size)
        var blocks: [[UInt8]] = []
        var newlines = 0
        while end > 0 && newlines <= limit {
            let start = max(0, end - blockSize)
            var block = [UInt8](repeating: 0, count: end - start)
            var filled = 0
            while filled < block.count {
                let count = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(start + filled)) }
                if count < 0 && errno == EINTR { continue }
                if count < 0 {
                    return .failed("cannot read history file \(path): \(FileDescriptor.lastErrorText); history will not be saved")
                }
                if count == 0 { break }
                filled += count
            }
            block.removeLast(block.count - filled)
            newlines += block.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            blocks.append(block)
            end = start
        }
        var bytes = Array(blocks.reversed().joined())
        if end > 0, let firstBreak = bytes.firstIndex(of: 0x0A) {
            // The first line may be cut in the middle: it is not an entry.
            bytes.removeFirst(firstBreak + 1)
        }
        return .text(bytes, isWhole: end == 0)
    }

    private func disable(_ reason: String) {
        isWritable = false
        if problem == nil { problem = reason }
    }

    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { unescape(String($0)) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
    }

    static func collapseRepeats(_ entries: [String]) -> [String] {
        var result: [String] = []
        for entry in entries where entry != result.last { result.append(entry) }
        return result
    }

    static func escape(_ entry: String) -> String {
        var text = ""
        for character in entry {
            switch character {
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r\n": text += "\\n"
            case "\r": break
            default: text.append(character)
            }
        }
        return text
    }

    /// A lone CR is dropped here as `escape` drops it, so an entry read from a file another program
    /// wrote reads the same after the store rewrites that file (the history fuzz target found
    /// `b<CR>c` reading as `b<CR>c`, then as `bc` once the file was cut to its limit).
    static func unescape(_ line: String) -> String {
        var text = ""
        var escaping = false
        for character in line {
            if character == "\r" {
                if escaping { text.append("\\") }
                escaping = false
            } else if escaping {
                text.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                text.append(character)
            }
        }
        if escaping { text.append("\\") }
        return text
    }
}
