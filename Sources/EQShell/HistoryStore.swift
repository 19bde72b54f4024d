#if canImport(Glibc)
import Glibc
#endif

/// The shell's history file: one entry a line, appended as each statement is entered so that a crash
/// or a closed terminal loses nothing, and trimmed to `limit` entries when the shell exits.
///
/// Entries are escaped (`\n` for a line break, `\\` for a backslash) so a multi-line statement stays
/// one line of the file. A file that cannot be read, or that is not text, is reported once through
/// `problem`; the shell then runs without saving history rather than overwrite something it does not
/// understand.
public final class HistoryStore {
    public static let defaultLimit = 5000

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
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
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
        guard isWritable, let path, let bytes = FileDescriptor.readAll(path: path) else { return }
        let current = HistoryStore.collapseRepeats(HistoryStore.parse(String(decoding: bytes, as: UTF8.self)))
        guard current.count > limit else { return }
        let kept = current.suffix(limit)
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
        guard let bytes = FileDescriptor.readAll(path: path) else {
            disable("cannot read history file \(path): \(FileDescriptor.lastErrorText); history will not be saved")
            return
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            disable("history file \(path) is not a text file; it was left untouched and history will not be saved")
            return
        }
        entries = Array(HistoryStore.collapseRepeats(HistoryStore.parse(text)).suffix(limit))
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

    static func unescape(_ line: String) -> String {
        var text = ""
        var escaping = false
        for character in line {
            if escaping {
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
