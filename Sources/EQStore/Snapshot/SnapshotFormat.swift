/// The layout of an `.eqsnap` file, shared by the writer and the reader. ARCHITECTURE.md ("Snapshot
/// format") describes it for people; this is the one place the numbers live.
///
/// ```
/// header   64 bytes  magic, format version, alignment, byte-order mark, checksum of the header
/// section  ...       each at a multiple of 64: the catalog, then every column buffer
/// TOC      32 bytes per section: offset, length, checksum, kind
/// trailer  64 bytes  TOC offset, section count, TOC checksum, file length, trailer magic, checksum
/// ```
///
/// The header is written first and the TOC and trailer last, so the writer streams every buffer once
/// and never seeks; a file cut short lacks its trailer and is refused before any section is read.
/// Every version keeps the header's first 64 bytes as they are, so any eq can say which version a
/// file is, and a newer format is refused by name rather than read as damage.
enum SnapshotFormat {
    static let magic: [UInt8] = [0x89, 0x45, 0x51, 0x53, 0x4E, 0x41, 0x50, 0x0A]  // \x89 E Q S N A P \n
    static let trailerMagic: [UInt8] = Array("EQSNAPND".utf8)
    static let version: UInt32 = 1
    static let alignment = 64
    static let headerSize = 64
    static let trailerSize = 64
    static let tocEntrySize = 32
    /// Written as a UInt64 so a file from a machine of the other byte order reads as foreign, not as data.
    static let byteOrderMark: UInt64 = 0x0102_0304_0506_0708
    /// A section index that means "none" (a column without nulls has no validity section).
    static let noSection: UInt32 = .max

    /// What a section holds, recorded in the TOC so a catalog that points at the wrong kind of section
    /// is caught as damage.
    enum Kind: UInt32 {
        case catalog = 1
        case values = 2
        case codes = 3
        case dictionaryBytes = 4
        case dictionaryOffsets = 5
        case validity = 6

        var phrase: String {
            switch self {
            case .catalog: "catalog"
            case .values: "values"
            case .codes: "string codes"
            case .dictionaryBytes: "string bytes"
            case .dictionaryOffsets: "string offsets"
            case .validity: "null bitmap"
            }
        }
    }

    struct Section {
        var offset: Int
        var length: Int
        var checksum: UInt64
        var kind: Kind
    }

    /// A column's type as stored: the storage type, and for strings whether rows carry codes.
    enum ColumnTag: UInt8 {
        case int = 0, double, bool, date, timestamp, dictionaryString, plainString
        /// A 128-bit total (an integer `sum` past Int64): low and high 64-bit halves in two sections.
        case hugeint
    }

    static func aligned(_ offset: Int) -> Int {
        (offset + alignment - 1) / alignment * alignment
    }
}

/// Little-endian fields appended to a byte array: the catalog, header, TOC and trailer.
struct SnapshotBytes {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }
    mutating func string(_ value: String) {
        u32(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }
    mutating func pad(to size: Int) {
        if bytes.count < size { bytes.append(contentsOf: repeatElement(0, count: size - bytes.count)) }
    }
}

/// Reads what `SnapshotBytes` wrote, failing (never trapping) on a field that runs past the end.
struct SnapshotFields {
    struct Overrun: Error {}
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func take(_ count: Int) throws(Overrun) -> Int {
        guard count >= 0, count <= bytes.count - position else { throw Overrun() }
        defer { position += count }
        return position
    }
    mutating func u8() throws(Overrun) -> UInt8 { bytes[try take(1)] }
    mutating func u32() throws(Overrun) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }
    mutating func u64() throws(Overrun) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }
    mutating func i64() throws(Overrun) -> Int64 { Int64(bitPattern: try u64()) }
    mutating func int() throws(Overrun) -> Int {
        let value = try u64()
        guard value <= UInt64(Int.max) else { throw Overrun() }
        return Int(value)
    }
    mutating func string() throws(Overrun) -> String {
        let count = Int(try u32())
        let start = try take(count)
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count)]), as: UTF8.self)
    }
}
