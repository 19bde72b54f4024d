import EQDiagnostics

/// Why a file is not read as a snapshot. Every case says what is wrong and, where there is one, the byte
/// range, so a damaged file is told apart from a foreign one and from one of a newer format.
struct SnapshotDamage: Error {
    enum Reason {
        case foreign
        case cutShort(size: Int)
        case byteOrder
        case version(UInt32)
        case noTrailer(size: Int)
        case sizeMismatch(size: Int, written: Int)
        case checksum(what: String, offset: Int, length: Int)
        case malformed(String)
        case changedWhileOpened
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    func diagnostic(path: String) -> Diagnostic {
        let file = "\"\(path)\""
        let rewrite = "the file was changed or cut short after eq wrote it; write it again with `save snapshot`"
        switch reason {
        case .foreign:
            return Diagnostic("\(file) is not an eq snapshot: it does not start with the snapshot signature",
                              hint: "write one with `save snapshot \"\(path)\"`; load CSV or NDJSON with "
                                  + "`load NAME from \"\(path)\"`")
        case .cutShort(let size):
            return Diagnostic("\(file) is cut short: \(size) bytes, too few for a snapshot's header and trailer",
                              hint: rewrite)
        case .byteOrder:
            return Diagnostic("\(file) was written on a machine of the other byte order",
                              hint: "save the snapshot again on this machine")
        case .version(let version):
            let newer = version > SnapshotFormat.version
            return Diagnostic("\(file) is snapshot format \(version); this eq reads format \(SnapshotFormat.version)",
                              hint: newer ? "it was written by a newer eq: open it with that version, or load the data "
                                          + "and save the snapshot again"
                                          : "load the data and save the snapshot again")
        case .noTrailer(let size):
            return Diagnostic("\(file) is cut short or damaged: its last 64 bytes (of \(size)) are not a snapshot "
                              + "trailer", hint: rewrite)
        case .sizeMismatch(let size, let written):
            return Diagnostic("\(file) is damaged: it is \(size) bytes, but was written as \(written)", hint: rewrite)
        case .checksum(let what, let offset, let length):
            return Diagnostic("\(file) is damaged: \(what) (bytes \(offset) to \(offset + length)) fails its checksum",
                              hint: rewrite)
        case .malformed(let what):
            return Diagnostic("\(file) is damaged: \(what)", hint: rewrite)
        case .changedWhileOpened:
            return Diagnostic("\(file) changed while it was being opened; nothing was opened",
                              hint: "open it again once the program writing it has finished")
        }
    }
}
