import EQDiagnostics
import EQOutput
import EQStore
import EQSyntax
import EQTypes
#if canImport(Glibc)
import Glibc
#endif

/// `save snapshot` and `load snapshot` (and `eq --data FILE.eqsnap`): the whole store (every table,
/// the segments, the settings) to and from one file. The format is EQStore's (`SnapshotWriter`,
/// `SnapshotReader`); the session decides what the store is and writes through `AtomicFile`.
extension Session {
    /// A snapshot file's extension, which `--data` and completion recognise.
    public static let snapshotExtension = ".eqsnap"
    static let snapshotWriteBuffer = 1 << 20

    /// Whether `--data PATH` names a snapshot rather than a folder: a regular file with the extension or
    /// the signature (a damaged `.eqsnap` is still opened as one, so its damage is what is reported).
    public static func isSnapshot(path: String) -> Bool {
        guard MemoryBudget.fileSize(path) != nil else { return false }
        return path.lowercased().hasSuffix(snapshotExtension) || SnapshotReader.hasSignature(path: path)
    }

    func saveSnapshot(_ statement: SnapshotStatement, source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        let path = statement.path
        func located(_ error: Diagnostic) -> Diagnostic {
            var moved = error
            moved.source = source
            moved.span = statement.pathSpan
            return moved
        }
        // Replacing a snapshot is what `save snapshot` is for; replacing a CSV that happens to carry the
        // name given would lose data, so any other existing file is left alone.
        if let size = MemoryBudget.fileSize(path) {
            guard size == 0 || SnapshotReader.hasSignature(path: path) else {
                throw located(Diagnostic("\"\(path)\" exists and is not an eq snapshot; it was left alone",
                                         hint: "choose another name, such as \"crm\(Session.snapshotExtension)\""))
            }
        } else if SegmentFile.existsAsNonRegular(path) {
            throw located(Diagnostic("cannot save a snapshot to \"\(path)\": it is not a regular file"))
        }
        let contents = snapshotContents()
        do throws(AtomicFile.Failure) {
            let result = try AtomicFile.write(to: path, replacing: true) { (fd: Int32) throws(AtomicFile.Failure) in
                // Headers, padding and small columns gather in one buffer, so a file of many small
                // sections costs a few `write` calls; large buffers go straight from the column.
                var pending: [UInt8] = []
                pending.reserveCapacity(Session.snapshotWriteBuffer)
                func flush() throws(AtomicFile.Failure) {
                    var failure: AtomicFile.Failure?
                    pending.withUnsafeBytes { raw in
                        do throws(AtomicFile.Failure) {
                            try AtomicFile.writeAll(raw, to: fd, path: path)
                        } catch {
                            failure = error
                        }
                    }
                    if let failure { throw failure }
                    pending.removeAll(keepingCapacity: true)
                }
                try SnapshotWriter.write(contents) { (bytes: UnsafeRawBufferPointer) throws(AtomicFile.Failure) in
                    if pending.count + bytes.count <= Session.snapshotWriteBuffer {
                        pending.append(contentsOf: bytes)
                        return
                    }
                    try flush()
                    if bytes.count < Session.snapshotWriteBuffer {
                        pending.append(contentsOf: bytes)
                    } else {
                        try AtomicFile.writeAll(bytes, to: fd, path: path)
                    }
                }
                try flush()
            }
            if case .failure(let error) = result { throw error }
        } catch {
            throw located(Diagnostic("cannot save snapshot: \(error.message)",
                                     hint: "nothing was written; a snapshot of that name stays as it was"))
        }
        let rows = contents.tables.reduce(0) { $0 + $1.rowCount }
        return .silent("saved snapshot \(path): "
                       + "\(countPhrase(contents.tables.count, "table", grouped: groupsThousands)), "
                       + "\(countPhrase(rows, "row", grouped: groupsThousands)), "
                       + countPhrase(segments.count, "segment", grouped: groupsThousands))
    }

    /// The store as it stands: tables in name order, settings, segments as eq.segments would hold them.
    func snapshotContents() -> SnapshotContents {
        let ordered = tables.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
        let settings = SnapshotContents.Settings(
            today: self.settings.today, todayIsSet: self.settings.todayIsSet, activeDays: self.settings.activeDays,
            atRiskDays: self.settings.atRiskDays, lastSeenColumn: self.settings.lastSeenColumn,
            strict: self.settings.strict)
        let text = keptSegmentText.map(\.text).joined()
            + SegmentFile.merge(disk: [], session: segments, changed: []).text
        return SnapshotContents(tables: ordered, settings: settings, segmentsText: text)
    }

    func openSnapshot(_ statement: SnapshotStatement, source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        do {
            return .silent(try openSnapshot(path: statement.path))
        } catch {
            var located = error
            if located.span == nil {
                located.source = source
                located.span = statement.pathSpan
            }
            throw located
        }
    }

    /// Replaces the tables and settings with the snapshot's and defines its segments (a segment of the
    /// same name is replaced; others stay). All or nothing: a file that fails any check changes nothing.
    /// Returns what was opened, for the shell to say.
    @discardableResult
    public func openSnapshot(path: String) throws(Diagnostic) -> String {
        if let size = MemoryBudget.fileSize(path) {
            try MemoryBudget.check(needed: size, what: "opening snapshot \"\(path)\"",
                                   hint: Session.memoryHint(path: path, snapshot: true))
        }
        let contents = try SnapshotReader.open(path: path)
        let saved = contents.settings
        guard Settings.thresholdRange.contains(Int64(saved.activeDays)),
              Settings.thresholdRange.contains(Int64(saved.atRiskDays)) else {
            throw Diagnostic("\"\(path)\" is damaged: its thresholds are out of range",
                             hint: "write it again with `save snapshot`")
        }
        let (entries, _) = SegmentFile.parse(contents.segmentsText, name: path)
        _ = leaveDemo()
        storedTables = [:]
        for table in contents.tables { register(table) }
        settings.today = saved.today
        settings.todayIsSet = saved.todayIsSet
        settings.activeDays = saved.activeDays
        settings.atRiskDays = saved.atRiskDays
        settings.lastSeenColumn = saved.lastSeenColumn
        settings.strict = saved.strict
        var segmentCount = 0
        for entry in entries {
            switch entry {
            case .segment(let segment):
                segmentStore.define(segment)
                segmentCount += 1
            case .kept(let kept): segmentStore.kept.append(kept)
            }
        }
        let described = contents.tables.map { "\($0.name) \(countPhrase($0.rowCount, "row", grouped: groupsThousands))" }
        return "opened snapshot \(path): " + (described.isEmpty ? "no tables" : described.joined(separator: ", "))
            + ", \(countPhrase(segmentCount, "segment", grouped: groupsThousands)); "
            + "today = \(CivilDate.format(days: settings.today))"
    }

    /// Refuses a load the machine has no memory for, saying what it needs and what to do instead.
    func checkLoadMemory(path: String, table: String, columns: [String]?) throws(Diagnostic) {
        guard let size = MemoryBudget.fileSize(path) else { return }
        var fraction = 1.0
        if let columns, let total = Session.headerFieldCount(path), total > 0 {
            fraction = Double(columns.count) / Double(total)
        }
        try MemoryBudget.check(needed: MemoryBudget.loadEstimate(fileBytes: size, fraction: fraction),
                               what: "loading \"\(path)\"", hint: Session.memoryHint(path: path, table: table))
    }

    static func memoryHint(path: String, table: String = "users", snapshot: Bool = false) -> String {
        if snapshot {
            return "free some memory, save a smaller snapshot (load only the columns you need with "
                + "`columns (...)`), or query the data in PostgreSQL"
        }
        return "load only the columns you need (`load \(table) from \"\(path)\" columns (id, email, last_login_at)`), "
            + "open a snapshot of it (`save snapshot`, which needs no room for the text), "
            + "or query the data in PostgreSQL"
    }

    /// The number of fields on a CSV file's first line (by its most frequent delimiter), for the share
    /// of the file `columns (...)` keeps; nil when it cannot be read.
    static func headerFieldCount(_ path: String) -> Int? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 65_536)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let line = bytes[0..<count].prefix { $0 != UInt8(ascii: "\n") }
        let counts = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "|")].map { delimiter in
            line.filter { $0 == delimiter }.count
        }
        return (counts.max() ?? 0) + 1
    }
}
