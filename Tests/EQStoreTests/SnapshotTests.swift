import EQDiagnostics
import EQTypes
import Testing

@testable import EQStore

/// The snapshot format: a round trip keeps every value, and a damaged, cut-short, foreign or newer
/// file is refused with what is wrong, never read as data.
@Suite struct SnapshotTests {
    /// Every storage kind: ints, doubles, bools, dates, timestamps, dictionary and plain strings, with
    /// and without nulls, and an empty table.
    static func sampleContents() throws -> SnapshotContents {
        var users = try loadCSV("""
            id,email,role,score,active,joined_at,last_login_at
            1,ann@example.org,student,1.5,true,2024-01-02,2024-06-01T10:00:00Z
            2,bob@example.org,teacher,,false,2024-02-03,
            3,cy@example.org,student,-2.25,,2024-03-04,2024-06-02T11:30:00Z
            4,,admin,0,true,,2024-05-05T00:00:00Z

            """)
        users.name = "users"
        var proportioned = users.columns[3]
        proportioned.name = "share"
        proportioned.proportion = .percent
        users.columns.append(proportioned)
        let plain = StringColumn(dictionary: StringDictionary(["a", "", "ü€", "d"]), codes: nil)
        users.columns.append(Column(name: "note", storage: .string(plain), validity: ValidityMask(valid: [true, false, true, true])))
        let events = Table(name: "events", columns: [
            Column(name: "user_id", storage: .int([]), validity: ValidityMask(allValid: 0)),
        ])
        let settings = SnapshotContents.Settings(today: 19_905, todayIsSet: true, activeDays: 30, atRiskDays: 60,
                                                 lastSeenColumn: "last_login_at", strict: true)
        return SnapshotContents(tables: [users, events], settings: settings,
                                segmentsText: "let keen = users where score > 1\n")
    }

    static func encode(_ contents: SnapshotContents) -> [UInt8] {
        var bytes: [UInt8] = []
        SnapshotWriter.write(contents) { (raw: UnsafeRawBufferPointer) in bytes.append(contentsOf: raw) }
        return bytes
    }

    static func decode(_ bytes: [UInt8]) throws(SnapshotDamage) -> SnapshotContents {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(SnapshotDamage) -> SnapshotContents in try SnapshotReader.decode(raw) }
        }
        return try result.get()
    }

    static func damage(_ bytes: [UInt8]) -> String? {
        do {
            _ = try decode(bytes)
            return nil
        } catch {
            return error.diagnostic(path: "crm.eqsnap").message
        }
    }

    @Test func knownChecksums() {
        func hash(_ text: String) -> UInt64 { Array(text.utf8).withUnsafeBytes { XXHash64.hash($0) } }
        #expect(hash("") == 0xEF46_DB37_51D8_E999)
        #expect(hash("abc") == 0x44BC_2CF5_AD77_0999)
    }

    @Test func roundTripKeepsEveryValueSettingAndSegment() throws {
        let contents = try Self.sampleContents()
        let bytes = Self.encode(contents)
        let reopened = try Self.decode(bytes)
        #expect(reopened.tables.map(\.name) == ["users", "events"])
        for (before, after) in zip(contents.tables, reopened.tables) {
            #expect(after.rowCount == before.rowCount)
            #expect(after.columns.map(\.name) == before.columns.map(\.name))
            #expect(after.columns.map(\.type) == before.columns.map(\.type))
            #expect(after.timeColumn == before.timeColumn)
            #expect(after.lastSeenColumn == before.lastSeenColumn)
            #expect(after.keyColumn == before.keyColumn)
            for (old, new) in zip(before.columns, after.columns) {
                #expect(new.validity == old.validity)
                #expect(new.proportion == old.proportion)
                #expect(new.byteCount == old.byteCount)
                for row in 0..<before.rowCount { #expect(new.value(at: row) == old.value(at: row), "\(old.name) \(row)") }
            }
        }
        #expect(reopened.settings == contents.settings)
        #expect(reopened.segmentsText == contents.segmentsText)
        // Every section (and the TOC) starts on a 64-byte boundary of the file.
        let sections = try Self.checkedRanges(bytes).dropFirst(3)
        #expect(sections.count >= 10)
        #expect(sections.allSatisfy { $0.lowerBound % 64 == 0 })
        #expect(try Self.checkedRanges(bytes)[1].lowerBound % 64 == 0)
    }

    @Test func aCutShortFileIsRefusedAtEveryLength() throws {
        let bytes = Self.encode(try Self.sampleContents())
        for length in 0..<bytes.count {
            let message = Self.damage(Array(bytes[0..<length]))
            #expect(message != nil, "cut at \(length) read as data")
            if length >= 8, let message {
                #expect(message.contains("cut short") || message.contains("damaged"), "\(message)")
            }
        }
    }

    @Test func aFlippedByteInAnySectionIsRefusedAndNamed() throws {
        let bytes = Self.encode(try Self.sampleContents())
        let ranges = try Self.checkedRanges(bytes)
        var flipped = 0
        for range in ranges {
            for offset in range {
                var damaged = bytes
                damaged[offset] ^= 0x10
                let message = Self.damage(damaged)
                #expect(message != nil, "flip at \(offset) read as data")
                flipped += 1
            }
        }
        #expect(flipped > 500)
        // A flip in a column's buffer names the column.
        var damaged = bytes
        let emailBytes = try #require(ranges.first { range in
            Self.damage({ var copy = bytes; copy[range.lowerBound] ^= 1; return copy }())?.contains("users.email") ?? false
        })
        damaged[emailBytes.lowerBound] ^= 1
        #expect(Self.damage(damaged)?.contains("string") == true)
    }

    /// The bytes no checksum covers, the padding between sections, are checked to be zero, so no
    /// byte of the file can change unnoticed.
    @Test func aNonZeroPaddingByteIsRefused() throws {
        let bytes = Self.encode(try Self.sampleContents())
        let ranges = try Self.checkedRanges(bytes)
        var covered = [Bool](repeating: false, count: bytes.count)
        for range in ranges { for offset in range { covered[offset] = true } }
        let padding = covered.indices.filter { !covered[$0] }
        #expect(padding.count > 64)
        for offset in padding {
            var damaged = bytes
            damaged[offset] = 0x20
            let message = Self.damage(damaged)
            #expect(message?.contains("padding at byte \(offset)") == true, "flip at \(offset): \(message ?? "read as data")")
        }
    }

    /// An open from a mapped file keeps the columns in the mapping (nothing copied), and they stay
    /// readable after the open returns and after the file's name is gone; the `read(2)` path and
    /// bytes in memory give the same values.
    @Test func aMappedOpenBorrowsTheFilesBytes() throws {
        let path = "/tmp/eq-snapshot-borrow-\(getpid()).eqsnap"
        var contents = try Self.sampleContents()
        let coded = StringColumn(dictionary: StringDictionary(["x", "y"]), codes: [0, 1, 1, 0])
        contents.tables[0].columns.append(Column(name: "tier", storage: .string(coded), validity: .init(allValid: 4)))
        let bytes = Self.encode(contents)
        let file = fopen(path, "wb")
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        let mapped = try SnapshotReader.open(path: path, mapping: true)
        unlink(path)
        let users = mapped.tables[0]
        guard case .int(let ids) = users.columns[0].storage, case .string(let emails) = users.columns[1].storage,
              case .string(let roles) = users.columns.last?.storage, case .double(let scores) = users.columns[3].storage
        else {
            Issue.record("unexpected column types")
            return
        }
        #expect(ids.isBorrowed && emails.dictionary.bytes.isBorrowed && emails.dictionary.offsets.isBorrowed)
        #expect(roles.codes?.isBorrowed == true && scores.isBorrowed)
        #expect(Array(ids) == [1, 2, 3, 4])
        let inMemory = try Self.decode(bytes)
        guard case .int(let copied) = inMemory.tables[0].columns[0].storage else { return }
        #expect(!copied.isBorrowed)
        for (left, right) in zip(users.columns, inMemory.tables[0].columns) {
            for row in 0..<users.rowCount { #expect(left.value(at: row) == right.value(at: row)) }
        }
    }

    /// The header, every section, the TOC and the trailer: every byte a checksum covers.
    static func checkedRanges(_ bytes: [UInt8]) throws -> [Range<Int>] {
        let trailer = bytes.count - 64
        let tocOffset = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: trailer, as: UInt64.self) })
        let sectionCount = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: trailer + 8, as: UInt64.self) })
        var ranges = [0..<64, tocOffset..<trailer, trailer..<bytes.count]
        for index in 0..<sectionCount {
            let entry = tocOffset + index * 32
            let offset = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: entry, as: UInt64.self) })
            let length = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: entry + 8, as: UInt64.self) })
            if length > 0 { ranges.append(offset..<(offset + length)) }
        }
        return ranges
    }

    @Test func aForeignFileIsNotASnapshot() {
        let csv = Array("id,email\n1,a@b.c\n".utf8) + [UInt8](repeating: 0x20, count: 200)
        #expect(Self.damage(csv)?.contains("is not an eq snapshot") == true)
        #expect(Self.damage([])?.contains("is not an eq snapshot") == true)
    }

    @Test func aNewerFormatIsRefusedByVersion() throws {
        var bytes = Self.encode(try Self.sampleContents())
        bytes[8] = 2  // the version field, little-endian
        // A newer format keeps the header's layout, so its checksum is valid: recompute it.
        let sum = bytes.withUnsafeBytes { XXHash64.hash(UnsafeRawBufferPointer(rebasing: $0[0..<56])) }
        withUnsafeBytes(of: sum.littleEndian) { for (index, byte) in $0.enumerated() { bytes[56 + index] = byte } }
        let message = Self.damage(bytes)
        #expect(message?.contains("snapshot format 2; this eq reads format 1") == true, "\(message ?? "")")
    }

    @Test func anOlderFormatIsRefusedByVersionWithTheWayOut() throws {
        var bytes = Self.encode(try Self.sampleContents())
        bytes[8] = 0
        let sum = bytes.withUnsafeBytes { XXHash64.hash(UnsafeRawBufferPointer(rebasing: $0[0..<56])) }
        withUnsafeBytes(of: sum.littleEndian) { for (index, byte) in $0.enumerated() { bytes[56 + index] = byte } }
        do {
            _ = try Self.decode(bytes)
            Issue.record("an older format read as data")
        } catch {
            let diagnostic = error.diagnostic(path: "crm.eqsnap")
            #expect(diagnostic.message == "\"crm.eqsnap\" is snapshot format 0; this eq reads format 1")
            #expect(diagnostic.hint == "load the data and save the snapshot again")
        }
    }

    @Test func aBadCodeWithAValidChecksumIsStillRefused() throws {
        // A file written by something other than eq could carry good checksums over bad structure.
        var contents = try Self.sampleContents()
        let role = contents.tables[0].columns[2]
        guard case .string(let strings) = role.storage else { Issue.record("role is not text"); return }
        contents.tables[0].columns[2].storage = .string(StringColumn(dictionary: strings.dictionary,
                                                                     codes: [0, 1, 99, 0]))
        let message = Self.damage(Self.encode(contents))
        #expect(message?.contains("users.role has a string code past its dictionary") == true, "\(message ?? "")")
    }

    @Test func rowsWithoutColumnsAreRefused() throws {
        var empty = Table(name: "ghost", columns: [])
        empty.rowCount = 1_000_000_000
        let contents = SnapshotContents(tables: [empty], settings: try Self.sampleContents().settings, segmentsText: "")
        #expect(Self.damage(Self.encode(contents))?.contains("table ghost has rows but no columns") == true)
    }

    @Test func mappedAndReadOpensAgree() throws {
        let path = "/tmp/eq-snapshot-test-\(getpid()).eqsnap"
        let bytes = Self.encode(try Self.sampleContents())
        let file = fopen(path, "wb")
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        defer { unlink(path) }
        let mapped = try SnapshotReader.open(path: path, mapping: true)
        let read = try SnapshotReader.open(path: path, mapping: false)
        #expect(mapped.tables.map(\.rowCount) == read.tables.map(\.rowCount))
        #expect(mapped.tables[0].columns[1].value(at: 2) == .string("cy@example.org"))
        #expect(read.tables[0].columns[1].value(at: 2) == .string("cy@example.org"))
        do {
            _ = try SnapshotReader.open(path: path + ".missing")
            Issue.record("a missing file opened")
        } catch {
            #expect(error.message.contains("cannot open"))
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
