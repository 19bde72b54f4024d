import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens an `.eqsnap` file: maps it, checks the header, trailer, table of contents and every section's
/// checksum, then takes each column buffer with one copy of its bytes (no value is decoded). A file that
/// fails any check is refused with what is wrong and where, and builds no table.
///
/// Why the buffers are copied out of the mapping rather than used where they lie: `Column` holds Swift
/// arrays, which cannot point into a mapping. Copying costs one `memcpy` per buffer (about 0.1 s per
/// 350 MB here) and ends the mapping before the open returns, which also closes the window in which a
/// program truncating the file could kill eq with SIGBUS to the duration of the open.
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
                return try decode(bytes.buffer)
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
    static func decode(_ file: UnsafeRawBufferPointer) throws(SnapshotDamage) -> SnapshotContents {
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
        let layout = SnapshotLayout(file: file, sections: sections)
        return try layout.contents()
    }
}

/// The bytes of a snapshot file, mapped read-only or read into anonymous memory.
private final class SnapshotFile {
    let buffer: UnsafeRawBufferPointer
    private var mapped: UnsafeMutableRawPointer?
    private var read: FileBytes?

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
        guard size > 0 else {
            buffer = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw FileBytes.cannotOpen(path, errno)
        }
        _ = madvise(address, size, MADV_WILLNEED)
        mapped = address
        buffer = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let mapped { munmap(mapped, buffer.count) }
    }
}

/// `open(2)`, named apart from `SnapshotReader.open`.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}
