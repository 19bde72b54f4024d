import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens an `.eqsnap` file: maps it, checks the header, trailer, table of contents, every section's
/// checksum and the zero padding between sections, then builds each column on its buffers where they
/// lie in the mapping (`ColumnBuffer`; no value is decoded or copied). A file that fails any check is
/// refused with what is wrong and where, and builds no table.
///
/// Why in place: copying every buffer out cost as much as the checksum pass again, and twice the
/// memory during the open. The price is that the mapping lives as long as the columns, so a program
/// that truncates the file later can still kill eq with SIGBUS (RELIABILITY.md, `snapshot-mmap`);
/// `EQ_SNAPSHOT_MMAP=0` reads the file into memory of eq's own instead.
public enum SnapshotReader {
    /// Whether to map the file (the default) or, with `EQ_SNAPSHOT_MMAP=0`, read it with `read(2)`.
    public static var mappingAllowed: Bool {
        guard let raw = getenv("EQ_SNAPSHOT_MMAP") else { return true }
        return String(cString: raw) != "0"
    }

    public static func open(path: String, mapping: Bool = SnapshotReader.mappingAllowed) throws(Diagnostic)
        -> SnapshotContents {
        let bytes = try SnapshotFile(path: path, mapping: mapping)
        return try withExtendedLifetime(bytes) { () throws(Diagnostic) -> SnapshotContents in
            do throws(SnapshotDamage) {
                let contents = try decode(bytes.buffer, owner: bytes)
                try bytes.checkUnchanged()
                return contents
            } catch {
                throw error.diagnostic(path: path)
            }
        }
    }

    /// Whether `path` starts with the snapshot signature, so `save snapshot` never replaces a CSV file
    /// that happens to have the name given, and `--data` knows a snapshot from a folder.
    public static func hasSignature(path: String) -> Bool {
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: SnapshotFormat.magic.count)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count == head.count && head == SnapshotFormat.magic
    }

    /// Decodes a whole snapshot held in memory; internal so tests can damage bytes without files.
    ///
    /// With an `owner` (what keeps `file` in memory) the columns point into `file`; without one (bytes
    /// a test holds), each buffer is copied out.
    static func decode(_ file: UnsafeRawBufferPointer, owner: AnyObject? = nil) throws(SnapshotDamage)
        -> SnapshotContents {
        let size = file.count
        let magicCount = SnapshotFormat.magic.count
        guard size >= magicCount, Array(file[0..<magicCount]) == SnapshotFormat.magic else {
            throw SnapshotDamage(.foreign)
        }
        guard size >= SnapshotFormat.headerSize + SnapshotFormat.trailerSize else {
            throw SnapshotDamage(.cutShort(size: size))
        }
        let header = UnsafeRawBufferPointer(rebasing: file[0..<SnapshotFormat.headerSize])
        var headerFields = SnapshotFields(header)
        guard (try? headerFields.take(magicCount)) != nil, let version = try? headerFields.u32(),
              let alignment = try? headerFields.u32(), let order = try? headerFields.u64() else {
            throw SnapshotDamage(.cutShort(size: size))
        }
        let headerSum = header.loadUnaligned(fromByteOffset: SnapshotFormat.headerSize - 8, as: UInt64.self)
        guard XXHash64.hash(UnsafeRawBufferPointer(rebasing: header[0..<(SnapshotFormat.headerSize - 8)]))
                == UInt64(littleEndian: headerSum) else {
            throw SnapshotDamage(.checksum(what: "its header", offset: 0, length: SnapshotFormat.headerSize))
        }
        guard order == SnapshotFormat.byteOrderMark else { throw SnapshotDamage(.byteOrder) }
        guard version == SnapshotFormat.version else { throw SnapshotDamage(.version(version)) }
        guard alignment == UInt32(SnapshotFormat.alignment) else {
            throw SnapshotDamage(.malformed("its header gives an alignment of \(alignment) bytes, not 64"))
        }

        let trailerStart = size - SnapshotFormat.trailerSize
        let trailer = UnsafeRawBufferPointer(rebasing: file[trailerStart..<size])
        let trailerMagic = Array(trailer[(SnapshotFormat.trailerSize - 16)..<(SnapshotFormat.trailerSize - 8)])
        let trailerSum = UInt64(littleEndian: trailer.loadUnaligned(fromByteOffset: SnapshotFormat.trailerSize - 8,
                                                                     as: UInt64.self))
        guard trailerMagic == SnapshotFormat.trailerMagic,
              XXHash64.hash(UnsafeRawBufferPointer(rebasing: trailer[0..<(SnapshotFormat.trailerSize - 8)]))
                == trailerSum
        else {
            throw SnapshotDamage(.noTrailer(size: size))
        }
        var trailerFields = SnapshotFields(trailer)
        guard let tocOffset = try? trailerFields.int(), let sectionCount = try? trailerFields.int(),
              let tocSum = try? trailerFields.u64(), let writtenSize = try? trailerFields.int() else {
            throw SnapshotDamage(.noTrailer(size: size))
        }
        guard writtenSize == size else { throw SnapshotDamage(.sizeMismatch(size: size, written: writtenSize)) }
        let tocLength = sectionCount.multipliedReportingOverflow(by: SnapshotFormat.tocEntrySize)
        guard !tocLength.overflow, tocOffset >= SnapshotFormat.headerSize, tocOffset <= trailerStart,
              tocLength.partialValue == trailerStart - tocOffset, sectionCount >= 1 else {
            throw SnapshotDamage(.malformed("its trailer places the table of contents outside the file"))
        }
        let toc = UnsafeRawBufferPointer(rebasing: file[tocOffset..<trailerStart])
        guard XXHash64.hash(toc) == tocSum else {
            throw SnapshotDamage(.checksum(what: "its table of contents", offset: tocOffset, length: toc.count))
        }
        var sections: [SnapshotFormat.Section] = []
        var tocFields = SnapshotFields(toc)
        for index in 0..<sectionCount {
            do {
                let offset = try tocFields.int()
                let length = try tocFields.int()
                let checksum = try tocFields.u64()
                let kindRaw = try tocFields.u32()
                _ = try tocFields.u32()
                guard let kind = SnapshotFormat.Kind(rawValue: kindRaw), offset % SnapshotFormat.alignment == 0,
                      offset >= SnapshotFormat.headerSize, length <= tocOffset - offset else {
                    throw SnapshotDamage(.malformed("entry \(index) of its table of contents is not a valid section"))
                }
                sections.append(SnapshotFormat.Section(offset: offset, length: length, checksum: checksum, kind: kind))
            } catch let damage as SnapshotDamage {
                throw damage
            } catch {
                throw SnapshotDamage(.malformed("its table of contents ends early"))
            }
        }
        try checkPadding(file, sections: sections, tocOffset: tocOffset)
        let layout = SnapshotLayout(file: file, sections: sections, owner: owner)
        return try layout.contents()
    }
}

extension SnapshotReader {
    /// The bytes no checksum covers are the zeros between sections (each starts at a multiple of 64):
    /// each section must start where the previous one's padding ends, and the padding must be zero,
    /// so every byte of the file is either checksummed or known, and a flipped padding byte is damage.
    static func checkPadding(_ file: UnsafeRawBufferPointer, sections: [SnapshotFormat.Section],
                             tocOffset: Int) throws(SnapshotDamage) {
        var end = SnapshotFormat.headerSize
        func zeros(upTo next: Int, before what: String) throws(SnapshotDamage) {
            guard next == SnapshotFormat.aligned(end) else {
                throw SnapshotDamage(.malformed("\(what) does not start where the previous section's padding ends"))
            }
            for offset in end..<next where file[offset] != 0 {
                throw SnapshotDamage(.malformed("the padding at byte \(offset), before \(what), is not zero"))
            }
        }
        for (index, section) in sections.enumerated() {
            try zeros(upTo: section.offset, before: "section \(index)")
            end = section.offset + section.length
        }
        try zeros(upTo: tocOffset, before: "the table of contents")
    }
}

/// The bytes of a snapshot file, mapped read-only (private, so no write of eq's could reach the file)
/// or read into anonymous memory. The columns of the opened tables point into it, and it stays mapped
/// until the last of them is gone.
final class SnapshotFile: @unchecked Sendable {
    // @unchecked: nothing is written to `buffer` after `init`; the mapping only goes in `deinit`.
    let buffer: UnsafeRawBufferPointer
    private var mapped: UnsafeMutableRawPointer?
    private var read: FileBytes?

    /// The file as mapped, so `checkUnchanged` can tell whether it was replaced or resized meanwhile.
    private var identity: stat?
    /// Open until `checkUnchanged` (or the end), so the check looks at the file mapped, whatever name
    /// it has by then.
    private var descriptor: Int32 = -1

    init(path: String, mapping: Bool) throws(Diagnostic) {
        guard mapping else {
            let bytes = try FileBytes(path: path)
            read = bytes
            buffer = UnsafeRawBufferPointer(bytes.buffer)
            return
        }
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileBytes.cannotOpen(path, errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileBytes.cannotOpen(path, errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw FileBytes.cannotOpen(path, EISDIR) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw FileBytes.notRegular(path, mode: status.st_mode) }
        let size = Int(status.st_size)
        identity = status
        guard size > 0 else {
            buffer = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw FileBytes.cannotOpen(path, errno)
        }
        _ = madvise(address, size, MADV_WILLNEED)
        self.descriptor = dup(descriptor)
        mapped = address
        #if canImport(Glibc)
        SnapshotFaults.watch(address, count: size)
        #endif
        buffer = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let mapped {
            #if canImport(Glibc)
            SnapshotFaults.forget(mapped)
            #endif
            munmap(mapped, buffer.count)
        }
        if descriptor >= 0 { close(descriptor) }
    }

    /// After every checksum passed: the file must still be the size it was mapped at, and unchanged,
    /// or the bytes checked may not be the bytes the columns will read. (A change after this point is
    /// what RELIABILITY.md's `snapshot-mmap` entry describes.)
    func checkUnchanged() throws(SnapshotDamage) {
        guard mapped != nil, let identity else { return }
        var now = stat()
        guard fstat(descriptor, &now) == 0, now.st_dev == identity.st_dev, now.st_ino == identity.st_ino,
              now.st_size == identity.st_size, now.st_mtim.tv_sec == identity.st_mtim.tv_sec,
              now.st_mtim.tv_nsec == identity.st_mtim.tv_nsec else {
            throw SnapshotDamage(.changedWhileOpened)
        }
        close(descriptor)
        descriptor = -1
    }
}

/// `open(2)`, named apart from `SnapshotReader.open`.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}
