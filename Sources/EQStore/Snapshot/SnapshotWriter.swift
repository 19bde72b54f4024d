/// Streams a store as an `.eqsnap` file (layout in `SnapshotFormat`). It only produces bytes: the
/// engine hands it a sink that writes them through `AtomicFile`, since EQStore may not import EQOutput,
/// so a failed write leaves the previous snapshot whole.
public enum SnapshotWriter {
    /// One buffer to write as a section, kept as the buffer it is so nothing is copied to write it.
    private enum Payload {
        case bytes([UInt8])
        case uint8(ColumnBuffer<UInt8>)
        case int64(ColumnBuffer<Int64>)
        case double(ColumnBuffer<Double>)
        case bool(ColumnBuffer<Bool>)
        case int32(ColumnBuffer<Int32>)
        case uint32(ColumnBuffer<UInt32>)
        case uint64([UInt64])

        func withBytes(_ body: (UnsafeRawBufferPointer) -> Void) {
            switch self {
            case .bytes(let values): values.withUnsafeBytes(body)
            case .uint8(let values): values.withUnsafeBytes(body)
            case .int64(let values): values.withUnsafeBytes(body)
            case .double(let values): values.withUnsafeBytes(body)
            case .bool(let values): values.withUnsafeBytes(body)
            case .int32(let values): values.withUnsafeBytes(body)
            case .uint32(let values): values.withUnsafeBytes(body)
            case .uint64(let values): values.withUnsafeBytes(body)
            }
        }
    }

    /// Writes `contents` by calling `emit` with consecutive byte ranges of the file, in order.
    public static func write<E: Error>(_ contents: SnapshotContents,
                                       emit: (UnsafeRawBufferPointer) throws(E) -> Void) throws(E) {
        var payloads: [(SnapshotFormat.Kind, Payload)] = []
        func add(_ kind: SnapshotFormat.Kind, _ payload: Payload) -> UInt32 {
            payloads.append((kind, payload))
            return UInt32(payloads.count)  // section 0 is the catalog
        }
        var catalog = SnapshotBytes()
        catalog.u32(UInt32(contents.tables.count))
        for table in contents.tables {
            catalog.string(table.name)
            catalog.u64(UInt64(table.rowCount))
            for role in [table.timeColumn, table.lastSeenColumn, table.keyColumn] { catalog.i64(Int64(role ?? -1)) }
            catalog.u32(UInt32(table.columns.count))
            for column in table.columns {
                catalog.string(column.name)
                var sections = [SnapshotFormat.noSection, SnapshotFormat.noSection, SnapshotFormat.noSection]
                let tag: SnapshotFormat.ColumnTag
                switch column.storage {
                case .int(let values): tag = .int; sections[0] = add(.values, .int64(values))
                case .double(let values): tag = .double; sections[0] = add(.values, .double(values))
                case .bool(let values): tag = .bool; sections[0] = add(.values, .bool(values))
                case .date(let values): tag = .date; sections[0] = add(.values, .int32(values))
                case .timestamp(let values): tag = .timestamp; sections[0] = add(.values, .int64(values))
                case .hugeint(let values):
                    tag = .hugeint
                    sections[0] = add(.values, .int64(ColumnBuffer(values.map { Int64(truncatingIfNeeded: $0) })))
                    sections[1] = add(.values, .int64(ColumnBuffer(values.map { Int64(truncatingIfNeeded: $0 >> 64) })))
                case .string(let strings):
                    if let codes = strings.codes {
                        tag = .dictionaryString
                        sections[0] = add(.codes, .uint32(codes))
                    } else {
                        tag = .plainString
                    }
                    sections[1] = add(.dictionaryBytes, .uint8(strings.dictionary.bytes))
                    sections[2] = add(.dictionaryOffsets, .uint32(strings.dictionary.offsets))
                }
                catalog.u8(tag.rawValue)
                let proportion: UInt8 = switch column.proportion {
                case nil: 0
                case .fraction: 1
                case .percent: 2
                }
                catalog.u8(proportion)
                for section in sections { catalog.u32(section) }
                let validity = column.validity.hasNulls
                    ? add(.validity, .uint64(column.validity.words)) : SnapshotFormat.noSection
                catalog.u32(validity)
            }
        }
        let settings = contents.settings
        catalog.i64(Int64(settings.today))
        catalog.u8(settings.todayIsSet ? 1 : 0)
        catalog.i64(Int64(settings.activeDays))
        catalog.i64(Int64(settings.atRiskDays))
        catalog.u8(settings.lastSeenColumn == nil ? 0 : 1)
        catalog.string(settings.lastSeenColumn ?? "")
        catalog.u8(settings.strict ? 1 : 0)
        catalog.string(contents.segmentsText)
        payloads.insert((.catalog, .bytes(catalog.bytes)), at: 0)

        var failure: E?
        var position = 0
        func put(_ raw: UnsafeRawBufferPointer) {
            guard failure == nil else { return }
            do throws(E) { try emit(raw) } catch { failure = error }
            position += raw.count
        }
        let zeros = [UInt8](repeating: 0, count: SnapshotFormat.alignment)
        func padToAlignment() {
            let padding = SnapshotFormat.aligned(position) - position
            if padding > 0 { zeros.withUnsafeBytes { put(UnsafeRawBufferPointer(rebasing: $0[0..<padding])) } }
        }

        var header = SnapshotBytes()
        header.bytes = SnapshotFormat.magic
        header.u32(SnapshotFormat.version)
        header.u32(UInt32(SnapshotFormat.alignment))
        header.u64(SnapshotFormat.byteOrderMark)
        header.pad(to: SnapshotFormat.headerSize - 8)
        header.u64(header.bytes.withUnsafeBytes { XXHash64.hash($0) })
        header.bytes.withUnsafeBytes(put)

        var toc = SnapshotBytes()
        for (kind, payload) in payloads {
            padToAlignment()
            let offset = position
            var checksum: UInt64 = 0
            var length = 0
            payload.withBytes { raw in
                checksum = XXHash64.hash(raw)
                length = raw.count
                put(raw)
            }
            toc.u64(UInt64(offset))
            toc.u64(UInt64(length))
            toc.u64(checksum)
            toc.u32(kind.rawValue)
            toc.u32(0)
            if let failure { throw failure }
        }
        padToAlignment()
        let tocOffset = position
        toc.bytes.withUnsafeBytes(put)

        var trailer = SnapshotBytes()
        trailer.u64(UInt64(tocOffset))
        trailer.u64(UInt64(payloads.count))
        trailer.u64(toc.bytes.withUnsafeBytes { XXHash64.hash($0) })
        trailer.u64(UInt64(position + SnapshotFormat.trailerSize))
        trailer.pad(to: SnapshotFormat.trailerSize - 16)
        trailer.bytes += SnapshotFormat.trailerMagic
        trailer.u64(trailer.bytes.withUnsafeBytes { XXHash64.hash($0) })
        trailer.bytes.withUnsafeBytes(put)
        if let failure { throw failure }
    }
}
