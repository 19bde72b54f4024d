#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer target: any bytes as the shell's history file, read by HistoryStore (built from
/// Sources/EQShell/HistoryStore.swift and FileDescriptor.swift alone, without libedit), with a small
/// limit so the backwards tail read, the cut first line and the rewrite of an over-long file all run.
///
/// Findings: a crash or hang; more entries than the limit; a file the store rewrote that does not read
/// back as the same entries; an entry that does not survive escaping (what `append` writes) and reading.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = HistoryFuzzFile.path
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { fatalError("cannot write \(path)") }
    var written = 0
    while written < size {
        let count = write(fd, data + written, size - written)
        if count <= 0 { fatalError("cannot write \(path)") }
        written += count
    }
    close(fd)
    let limit = 1 + Int(size > 0 ? data[0] % 8 : 0)
    let store = HistoryStore(path: path, limit: limit)
    if store.entries.count > limit { fatalError("\(store.entries.count) entries over a limit of \(limit)") }
    for entry in store.entries {
        let line = HistoryStore.escape(entry)
        if line.contains("\n") || HistoryStore.parse(line + "\n") != [entry.replacingCarriageReturns()] {
            fatalError("an entry does not survive a write and a read: \(entry.debugDescription)")
        }
    }
    if store.problem == nil {
        // Reading again what the store left (it rewrites a file over its limit) gives the same entries.
        let again = HistoryStore(path: path, limit: limit)
        if again.entries != store.entries {
            fatalError("read twice, the history differs: \(store.entries) then \(again.entries)")
        }
    }
    return 0
}

enum HistoryFuzzFile {
    static let path: String = {
        var template = Array("/tmp/eq-fuzz-history-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
        return String(cString: made) + "/history"
    }()
}

extension String {
    /// `escape` drops a lone CR and writes CR LF as a line break; what reads back is this.
    func replacingCarriageReturns() -> String {
        var text = ""
        for character in self {
            switch character {
            case "\r\n": text.append("\n")
            case "\r": break
            default: text.append(character)
            }
        }
        return text
    }
}
