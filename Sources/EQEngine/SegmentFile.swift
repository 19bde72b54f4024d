import EQDiagnostics
import EQSyntax

#if canImport(Glibc)
import Glibc
#endif

/// A part of eq.segments that did not read as `let` definitions. It is kept exactly as written, so a
/// typo in one definition never costs the user that definition: `save segments` writes it back
/// unchanged until it is fixed (or replaced by a `let` of the same name).
public struct KeptSegmentText: Sendable, Hashable {
    /// The lines as they stand in the file, ending in a line break.
    public var text: String
    /// The name after `let` (or `define NAME` for a lifecycle), when that much read; a definition of
    /// that name replaces the kept text.
    public var name: String?
}

/// What eq.segments holds, in file order: definitions that read, and text kept as written.
enum SegmentFileEntry {
    case segment(Segment)
    case kept(KeptSegmentText)

    /// The lower-cased name a later definition replaces this entry by.
    var key: String? {
        switch self {
        case .segment(let segment): segment.fileKey
        case .kept(let kept): kept.name?.lowercased()
        }
    }
}

/// Reading, merging and locking eq.segments. The file is cut into entries at each line that starts
/// with `let`, and each entry is parsed on its own: an error in one (even an unterminated string,
/// which would stop the lexer for the rest of the file) stays inside that entry.
enum SegmentFile {
    /// The file's entries and one positioned diagnostic for each entry that did not read. Linear in
    /// the file's size: no entry is compared with the others.
    static func parse(_ text: String, name: String) -> (entries: [SegmentFileEntry], problems: [Diagnostic]) {
        var body = Substring(text)
        // Every leading byte-order mark: one kept as text would be written back first and then dropped
        // by the next read, so two saves would differ (found by the segments fuzz target).
        while body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        var entries: [SegmentFileEntry] = []
        var problems: [Diagnostic] = []
        for chunk in chunks(of: body) {
            let file = SourceFile(name: name, text: String(chunk.text), firstLine: chunk.line)
            var read: [Segment] = []
            var failure: Diagnostic?
            for result in Parser.parseStatements(file) {
                switch result {
                case .success(let statement):
                    if case .letSegment(let segmentName, let query) = statement.kind {
                        read.append(Segment(name: segmentName.name, definition: file.text(of: query.span)))
                    } else if case .defineLifecycle(let lifecycleName, let body) = statement.kind {
                        read.append(Segment(name: lifecycleName.name, definition: file.text(of: body.span),
                                            isLifecycle: true))
                    } else if failure == nil {
                        failure = Diagnostic("a segments file holds only `let` and `define` statements", source: file,
                                             span: statement.span, hint: "write `let NAME = QUERY`")
                    }
                case .failure(let error):
                    if failure == nil { failure = error }
                }
            }
            if var failure {
                failure.notes.append("kept as written: `save segments` writes it back unchanged until it is fixed")
                problems.append(failure)
                var kept = String(chunk.text)
                // By scalar: text ending in CR gains a CR LF Character, which `hasSuffix("\n")` misses,
                // so every save added another line break.
                if kept.unicodeScalars.last != "\n" { kept += "\n" }
                entries.append(.kept(KeptSegmentText(text: kept, name: definedName(chunk.text))))
            } else {
                entries.append(contentsOf: read.map(SegmentFileEntry.segment))
            }
        }
        return (entries, problems)
    }

    /// The file cut before every line that starts a statement: one that begins in its first column with
    /// a word, after a line that does not carry on (`|`, `,`, `(`, `\\`, `and`, `or` at its end), and
    /// not inside a `define`'s `case` before its `end` (unless the line starts a definition, so a
    /// `define` missing its `end` never takes the next `let` with it). Text before the first such line
    /// (comments, blank lines) is an entry of its own.
    private static func chunks(of text: Substring) -> [(text: Substring, line: Int)] {
        var result: [(Substring, Int)] = []
        var start = text.startIndex
        var startLine = 1
        var line = 1
        var lineStart = text.startIndex
        var previousCarriesOn = false
        while lineStart < text.endIndex {
            // A CR LF is one Character, which `firstIndex(of: "\n")` does not find: a file written on
            // Windows was one entry, and one bad definition in it cost all the others.
            let newline = text[lineStart...].firstIndex { $0 == "\n" || $0 == "\r\n" }
            let current = text[lineStart..<(newline ?? text.endIndex)]
            if lineStart != start && !previousCarriesOn && startsStatement(current)
                && (definitionKeyword(current) != nil || definitionKeyword(text[start...]) != "define"
                    || !Parser.endsInsideCase(String(text[start..<lineStart]))) {
                result.append((text[start..<lineStart], startLine))
                start = lineStart
                startLine = line
            }
            if current.contains(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) {
                previousCarriesOn = carriesOn(current)
            }
            guard let newline else { break }
            lineStart = text.index(after: newline)
            line += 1
        }
        if start < text.endIndex { result.append((text[start...], startLine)) }
        return result
    }

    private static func startsStatement(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        return first.isLetter || first == "_"
    }

    private static func carriesOn(_ line: Substring) -> Bool {
        let trimmed = line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let last = trimmed.first else { return false }
        if "|,(\\".contains(last) { return true }
        let word = String(trimmed.prefix { $0.isLetter }.reversed()).lowercased()
        let before = trimmed.dropFirst(word.count).first
        return (word == "and" || word == "or") && (before == nil || before == " " || before == "\t")
    }

    /// `let` or `define` when the line starts with that word and a blank.
    private static func definitionKeyword(_ line: Substring) -> String? {
        for keyword in ["let", "define"] where line.hasPrefix(keyword) {
            let next = line.dropFirst(keyword.count).first
            if next == " " || next == "\t" { return keyword }
        }
        return nil
    }

    /// The merge key of `let name = ...` (`name`) or `define name = ...` (`define name`), when the
    /// entry starts that way.
    private static func definedName(_ text: Substring) -> String? {
        guard let keyword = definitionKeyword(text) else { return nil }
        let rest = text.dropFirst(keyword.count).drop { $0 == " " || $0 == "\t" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !name.isEmpty else { return nil }
        return keyword == "define" ? "define " + name : String(name)
    }

    /// The file's bytes; nil when it does not exist. Anything but a regular file is refused before it is
    /// read: a FIFO would block the start-up forever and `/dev/zero`-like devices never end.
    static func read(_ path: String) throws(Diagnostic) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw Diagnostic("cannot read segments from \"\(path)\": \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            throw Diagnostic("cannot read segments from \"\(path)\": \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw notRegular(path, reading: true)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if count < 0 {
                throw Diagnostic("cannot read segments from \"\(path)\": \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func notRegular(_ path: String, reading: Bool) -> Diagnostic {
        Diagnostic("\(reading ? "cannot read segments from" : "cannot save segments to") \"\(path)\": "
                   + "not a regular file", hint: "point EQ_SEGMENTS at a plain file, such as ./eq.segments")
    }

    /// Whether `path` names something that exists and is not a regular file (a symbolic link is
    /// followed: saving through one to a regular file is fine).
    static func existsAsNonRegular(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT != S_IFREG
    }

    /// `.NAME.lock` beside the file: held with `flock` while a save re-reads, merges and replaces the
    /// file, so two shells saving at once each see the other's segments. It is never removed: removing
    /// a lock file races with the next process that opens it.
    static func lockPath(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return ".\(path).lock" }
        return String(path[...slash]) + "." + path[path.index(after: slash)...] + ".lock"
    }

    /// Runs `body` holding the exclusive lock on `path`'s lock file.
    static func withLock<T>(on path: String, _ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        let lock = lockPath(for: path)
        let fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw Diagnostic("cannot save segments to \"\(path)\": cannot create the lock file \"\(lock)\": "
                             + String(cString: strerror(errno)))
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw Diagnostic("cannot save segments to \"\(path)\": cannot lock \"\(lock)\": "
                                 + String(cString: strerror(errno)))
            }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// The file to write: the entries now on disk in their order, each replaced by this session's
    /// definition where the session defined that name since it read the file, then this session's
    /// segments the file does not have. Text kept as written stays unless a definition replaced it.
    static func merge(disk: [SegmentFileEntry], session: [Segment], changed: Set<String>)
        -> (text: String, segments: Int, kept: Int) {
        var ours: [String: Segment] = [:]
        for segment in session { ours[segment.fileKey] = segment }
        var lastOnDisk: [String: Segment] = [:]
        for entry in disk {
            if case .segment(let segment) = entry { lastOnDisk[segment.fileKey] = segment }
        }
        var written: Set<String> = []
        var text = ""
        var segments = 0
        var keptCount = 0
        func line(_ segment: Segment) -> String {
            segments += 1
            return segment.fileLine
        }
        for entry in disk {
            let key = entry.key
            if let key, written.contains(key) { continue }
            if let key, changed.contains(key), let mine = ours[key] {
                text += line(mine)
                written.insert(key)
                continue
            }
            switch entry {
            case .segment:
                if let key, let latest = lastOnDisk[key] {
                    text += line(latest)
                    written.insert(key)
                }
            case .kept(let kept):
                text += kept.text
                keptCount += 1
            }
        }
        for segment in session where !written.contains(segment.fileKey) {
            text += line(segment)
            written.insert(segment.fileKey)
        }
        return (text, segments, keptCount)
    }
}
