#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot's sections once the table of contents has been checked: reads the catalog, checks each
/// section's checksum (all of them, in parallel, before any table is built: a fast pass at memory
/// speed, so a damaged file never yields some tables and not others), then builds the columns.
struct SnapshotLayout {
    let file: UnsafeRawBufferPointer
    let sections: [SnapshotFormat.Section]
    /// What keeps `file` mapped, when the columns may point into it; nil copies every buffer out.
    let owner: AnyObject?

    /// One column as the catalog describes it, before its buffers are read.
    private struct ColumnEntry {
        var name: String
        var tag: SnapshotFormat.ColumnTag
        var proportion: Proportion?
        var sections: [UInt32]
        var validity: UInt32
    }

    private struct TableEntry {
        var name: String
        var rowCount: Int
        var roles: [Int?]
        var columns: [ColumnEntry]
    }

    func contents() throws(SnapshotDamage) -> SnapshotContents {
        guard let catalogSection = sections.first, catalogSection.kind == .catalog else {
            throw SnapshotDamage(.malformed("its first section is not the catalog"))
        }
        try verify(catalogSection, what: "its catalog")
        var fields = SnapshotFields(bytes(of: catalogSection))
        var tables: [TableEntry] = []
        let settings: SnapshotContents.Settings
        let segmentsText: String
        do {
            let tableCount = Int(try fields.u32())
            for _ in 0..<tableCount {
                let name = try fields.string()
                let rowCount = try fields.int()
                var roles: [Int?] = []
                for _ in 0..<3 {
                    let role = try fields.i64()
                    roles.append(role < 0 ? nil : Int(clamping: role))
                }
                let columnCount = Int(try fields.u32())
                var columns: [ColumnEntry] = []
                for _ in 0..<columnCount {
                    let columnName = try fields.string()
                    let tagRaw = try fields.u8()
                    let proportionRaw = try fields.u8()
                    let columnSections = [try fields.u32(), try fields.u32(), try fields.u32()]
                    let validity = try fields.u32()
                    guard let tag = SnapshotFormat.ColumnTag(rawValue: tagRaw), proportionRaw <= 2 else {
                        throw SnapshotDamage(.malformed("column \(name).\(columnName) has an unknown type"))
                    }
                    let proportion: Proportion? = switch proportionRaw {
                    case 1: .fraction
                    case 2: .percent
                    default: nil
                    }
                    columns.append(ColumnEntry(name: columnName, tag: tag, proportion: proportion,
                                               sections: columnSections, validity: validity))
                }
                tables.append(TableEntry(name: name, rowCount: rowCount, roles: roles, columns: columns))
            }
            let today = try fields.i64()
            let todayIsSet = try fields.u8() != 0
            let activeDays = try fields.i64()
            let atRiskDays = try fields.i64()
            let hasLastSeen = try fields.u8() != 0
            let lastSeen = try fields.string()
            let strict = try fields.u8() != 0
            segmentsText = try fields.string()
            guard let todayDay = Int32(exactly: today), let active = Int(exactly: activeDays),
                  let atRisk = Int(exactly: atRiskDays) else {
                throw SnapshotDamage(.malformed("its settings are out of range"))
            }
            settings = SnapshotContents.Settings(today: todayDay, todayIsSet: todayIsSet, activeDays: active,
                                                 atRiskDays: atRisk, lastSeenColumn: hasLastSeen ? lastSeen : nil,
                                                 strict: strict)
        } catch let damage as SnapshotDamage {
            throw damage
        } catch {
            throw SnapshotDamage(.malformed("its catalog ends early"))
        }
        guard fields.position == fields.bytes.count else {
            throw SnapshotDamage(.malformed("its catalog has bytes after its end"))
        }

        // Which column each section belongs to, so a checksum failure names it.
        var owners = [String](repeating: "", count: sections.count)
        owners[0] = "its catalog"
        for table in tables {
            for column in table.columns {
                for index in column.sections + [column.validity] where index != SnapshotFormat.noSection {
                    guard Int(index) < sections.count, index > 0 else {
                        throw SnapshotDamage(.malformed("column \(table.name).\(column.name) names a missing section"))
                    }
                    owners[Int(index)] = "section \(index) (\(sections[Int(index)].kind.phrase) of column "
                        + "\(table.name).\(column.name))"
                }
            }
        }
        let failures = Parallel.map(sections.count - 1) { index -> Bool in
            let section = sections[index + 1]
            return XXHash64.hash(bytes(of: section)) != section.checksum
        }
        if let first = failures.firstIndex(of: true) {
            let section = sections[first + 1]
            let owner = owners[first + 1].isEmpty ? "section \(first + 1)" : owners[first + 1]
            throw SnapshotDamage(.checksum(what: owner, offset: section.offset, length: section.length))
        }

        var built: [Table] = []
        var names: Set<String> = []
        for entry in tables {
            guard names.insert(entry.name.lowercased()).inserted else {
                throw SnapshotDamage(.malformed("it holds table \(entry.name) twice"))
            }
            var columns: [Column] = []
            for column in entry.columns {
                columns.append(try build(column, rows: entry.rowCount, table: entry.name))
            }
            // Rows are bounded by the buffers' lengths, which `buffer` checked; a table without
            // columns has none to bound them, and no load makes one with rows.
            guard !columns.isEmpty || entry.rowCount == 0 else {
                throw SnapshotDamage(.malformed("table \(entry.name) has rows but no columns"))
            }
            guard entry.roles.allSatisfy({ $0.map { $0 < columns.count } ?? true }) else {
                throw SnapshotDamage(.malformed("table \(entry.name) names a column it does not have"))
            }
            var table = Table(name: entry.name, columns: columns, timeColumn: entry.roles[0],
                              lastSeenColumn: entry.roles[1], keyColumn: entry.roles[2])
            table.rowCount = entry.rowCount
            // Zone maps are rebuilt rather than stored: one pass over the time columns, whose pages the
            // checksum pass has just brought in, so windows skip blocks after a reopen as after a load.
            built.append(table.withZoneMaps())
        }
        return SnapshotContents(tables: built, settings: settings, segmentsText: segmentsText)
    }

    private func bytes(of section: SnapshotFormat.Section) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file[section.offset..<(section.offset + section.length)])
    }

    private func verify(_ section: SnapshotFormat.Section, what: String) throws(SnapshotDamage) {
        guard XXHash64.hash(bytes(of: section)) == section.checksum else {
            throw SnapshotDamage(.checksum(what: what, offset: section.offset, length: section.length))
        }
    }

    private func build(_ entry: ColumnEntry, rows: Int, table: String) throws(SnapshotDamage) -> Column {
        let label = "column \(table).\(entry.name)"
        func section(_ index: UInt32, _ kind: SnapshotFormat.Kind) throws(SnapshotDamage) -> SnapshotFormat.Section {
            guard index != SnapshotFormat.noSection, Int(index) < sections.count,
                  sections[Int(index)].kind == kind else {
                throw SnapshotDamage(.malformed("\(label) lacks its \(kind.phrase)"))
            }
            return sections[Int(index)]
        }
        /// The section as a buffer of `count` elements: the file's own bytes when it is mapped (the
        /// mapping lives as long as the buffer), else one `memcpy` into a new array.
        func buffer<T: BitwiseCopyable>(_ index: UInt32, _ kind: SnapshotFormat.Kind, count: Int,
                                        as: T.Type) throws(SnapshotDamage) -> ColumnBuffer<T> {
            let source = try section(index, kind)
            let size = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
            guard !size.overflow, source.length == size.partialValue else {
                throw SnapshotDamage(.malformed("\(label): its \(kind.phrase) are \(source.length) bytes, "
                                                + "not \(size.partialValue) for \(count) entries"))
            }
            let raw = bytes(of: source)
            // Sections start at multiples of 64 from a page-aligned base, so every element is aligned.
            if let owner, let start = raw.baseAddress,
               Int(bitPattern: start) % MemoryLayout<T>.alignment == 0 {
                let typed = UnsafeMutableRawPointer(mutating: start).bindMemory(to: T.self, capacity: count)
                return ColumnBuffer(borrowing: UnsafePointer(typed), count: count, owner: owner)
            }
            return ColumnBuffer([T](unsafeUninitializedCapacity: count) { target, initialized in
                if let target = target.baseAddress, let from = raw.baseAddress, count > 0 {
                    memcpy(UnsafeMutableRawPointer(target), from, source.length)
                }
                initialized = count
            })
        }
        func copy<T: BitwiseCopyable>(_ index: UInt32, _ kind: SnapshotFormat.Kind, count: Int,
                                      as type: T.Type) throws(SnapshotDamage) -> [T] {
            try buffer(index, kind, count: count, as: type).array
        }
        let storage: ColumnStorage
        switch entry.tag {
        case .int: storage = .int(try buffer(entry.sections[0], .values, count: rows, as: Int64.self))
        case .double: storage = .double(try buffer(entry.sections[0], .values, count: rows, as: Double.self))
        case .date: storage = .date(try buffer(entry.sections[0], .values, count: rows, as: Int32.self))
        case .timestamp: storage = .timestamp(try buffer(entry.sections[0], .values, count: rows, as: Int64.self))
        case .hugeint:
            let low = try copy(entry.sections[0], .values, count: rows, as: UInt64.self)
            let high = try copy(entry.sections[1], .values, count: rows, as: Int64.self)
            storage = .hugeint(zip(low, high).map { Int128($1) << 64 | Int128($0) })
        case .bool:
            // A byte other than 0 or 1 is no Bool: checked before the bytes become `[Bool]`.
            let flags = try buffer(entry.sections[0], .values, count: rows, as: UInt8.self)
            let valid = flags.withUnsafeBufferPointer { flags in
                var any: UInt8 = 0
                for flag in flags { any |= flag }
                return any <= 1
            }
            guard valid else {
                throw SnapshotDamage(.malformed("\(label) holds a byte that is no bool"))
            }
            storage = .bool(try buffer(entry.sections[0], .values, count: rows, as: Bool.self))
        case .dictionaryString, .plainString:
            let byteSection = try section(entry.sections[1], .dictionaryBytes)
            let bytes = try buffer(entry.sections[1], .dictionaryBytes, count: byteSection.length, as: UInt8.self)
            let offsetSection = try section(entry.sections[2], .dictionaryOffsets)
            let entries = offsetSection.length / 4
            let offsets = try buffer(entry.sections[2], .dictionaryOffsets, count: entries, as: UInt32.self)
            // Offsets that go backwards or past the bytes would make a string read out of bounds.
            var ordered = !offsets.isEmpty && offsets[0] == 0 && Int(offsets[offsets.count - 1]) == bytes.count
            if ordered {
                offsets.withUnsafeBufferPointer { offsets in
                    for index in 1..<offsets.count where offsets[index] < offsets[index - 1] { ordered = false; break }
                }
            }
            guard ordered else { throw SnapshotDamage(.malformed("\(label) has string offsets out of order")) }
            let dictionary = StringDictionary(bytes: bytes, offsets: offsets)
            if entry.tag == .plainString {
                guard dictionary.count == rows else {
                    throw SnapshotDamage(.malformed("\(label) has \(dictionary.count) strings for \(rows) rows"))
                }
                storage = .string(StringColumn(dictionary: dictionary, codes: nil))
            } else {
                let codes = try buffer(entry.sections[0], .codes, count: rows, as: UInt32.self)
                let limit = UInt32(clamping: dictionary.count)
                var inRange = true
                codes.withUnsafeBufferPointer { codes in
                    var worst: UInt32 = 0
                    for code in codes { worst = max(worst, code) }
                    inRange = codes.isEmpty || worst < limit
                }
                guard inRange else { throw SnapshotDamage(.malformed("\(label) has a string code past its dictionary")) }
                storage = .string(StringColumn(dictionary: dictionary, codes: codes))
            }
        }
        var validity = ValidityMask(allValid: rows)
        if entry.validity != SnapshotFormat.noSection {
            let words = try copy(entry.validity, .validity, count: (rows + 63) / 64, as: UInt64.self)
            validity = ValidityMask(words: words, count: rows)
        }
        var column = Column(name: entry.name, storage: storage, validity: validity)
        column.proportion = entry.proportion
        return column
    }
}
