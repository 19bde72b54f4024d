import EQDiagnostics

/// Joins the per-chunk pieces of one column into its final arrays: one allocation and one copy per
/// column, with string dictionaries merged by remapping each chunk's codes.
enum ColumnMerger {
    static func merge(name: String, type: InferredType, pieces: [ColumnPiece], rowCount: Int)
        throws(Diagnostic) -> Column {
        let validity = mergeValidity(pieces, rowCount: rowCount)
        let storage: ColumnStorage
        switch type {
        case .int: storage = .int(concatenate(pieces, rowCount) { $0.integers })
        case .timestamp: storage = .timestamp(concatenate(pieces, rowCount) { $0.integers })
        case .double: storage = .double(concatenate(pieces, rowCount) { $0.doubles })
        case .date: storage = .date(concatenate(pieces, rowCount) { $0.days })
        case .bool: storage = .bool(concatenate(pieces, rowCount) { $0.bools })
        case .null:
            let dictionary = StringDictionary(bytes: [], offsets: rowCount == 0 ? [0] : [0, 0])
            storage = .string(StringColumn(dictionary: dictionary, codes: [UInt32](repeating: 0, count: rowCount)))
        case .string: storage = .string(try mergeStrings(name: name, pieces, rowCount))
        }
        return Column(name: name, storage: storage, validity: validity)
    }

    private static func concatenate<Element>(
        _ pieces: [ColumnPiece], _ rowCount: Int, _ buffer: (ColumnPiece) -> GrowableBuffer<Element>?
    ) -> [Element] {
        Array(unsafeUninitializedCapacity: rowCount) { output, initialized in
            var offset = 0
            for piece in pieces {
                // Each piece goes as soon as it is copied (its null bitmap is merged already), so the
                // column and its pieces are not in memory together: that pair set the load's peak.
                defer { piece.releaseStorage() }
                guard let values = buffer(piece), values.count > 0, let base = output.baseAddress else { continue }
                (base + offset).initialize(from: values.base, count: values.count)
                offset += values.count
            }
            initialized = offset
        }
    }

    private static func mergeValidity(_ pieces: [ColumnPiece], rowCount: Int) -> ValidityMask {
        guard pieces.contains(where: { $0.nullCount > 0 }) else { return ValidityMask(allValid: rowCount) }
        var words = [UInt64](repeating: ~0, count: (rowCount + 63) / 64)
        if rowCount & 63 != 0 { words[words.count - 1] = (1 << UInt64(rowCount & 63)) - 1 }
        var rowOffset = 0
        for piece in pieces {
            if let nullWords = piece.nullWords {
                for wordIndex in 0..<nullWords.count {
                    var bits = nullWords[wordIndex]
                    while bits != 0 {
                        let rowIndex = rowOffset + wordIndex * 64 + bits.trailingZeroBitCount
                        words[rowIndex >> 6] &= ~(1 << UInt64(rowIndex & 63))
                        bits &= bits - 1
                    }
                }
            }
            rowOffset += piece.rowCount
        }
        return ValidityMask(words: words, count: rowCount)
    }

    /// Dictionary pieces are merged into one dictionary unless more than half the rows turn out distinct:
    /// then codes would cost four bytes a row for nothing, and the plain layout is used instead.
    private static func mergeStrings(name: String, _ pieces: [ColumnPiece], _ rowCount: Int)
        throws(Diagnostic) -> StringColumn {
        if pieces.contains(where: \.isPlain) { return try plainStrings(name: name, pieces, rowCount) }
        var global = DictionaryBuilder(expectedCount: pieces.map { $0.dictionary!.count }.max() ?? 16)
        defer { global.deallocate() }
        var remaps: [[UInt32]] = []
        for piece in pieces {
            let local = piece.dictionary!
            remaps.append((0..<local.count).map { code in
                let entry = local.entry(code)
                return global.code(for: entry.pointer, count: entry.count)
            })
        }
        if global.count * 2 > rowCount { return try plainStrings(name: name, pieces, rowCount) }
        guard global.bytes.count <= Int(UInt32.max) else { throw tooLarge(name) }
        let codes = [UInt32](unsafeUninitializedCapacity: rowCount) { output, initialized in
            var offset = 0
            for (piece, remap) in zip(pieces, remaps) {
                let local = piece.codes!
                remap.withUnsafeBufferPointer { remap in
                    for rowIndex in 0..<local.count { output[offset + rowIndex] = remap[Int(local[rowIndex])] }
                }
                offset += local.count
                piece.releaseStorage()
            }
            initialized = offset
        }
        let dictionary = StringDictionary(bytes: Array(global.bytes.buffer), offsets: Array(global.offsets.buffer))
        return StringColumn(dictionary: dictionary, codes: codes)
    }

    private static func plainStrings(name: String, _ pieces: [ColumnPiece], _ rowCount: Int)
        throws(Diagnostic) -> StringColumn {
        var totalBytes = 0
        for piece in pieces {
            if let bytes = piece.plainBytes {
                totalBytes += bytes.count
            } else {
                let dictionary = piece.dictionary!
                let codes = piece.codes!
                for rowIndex in 0..<codes.count { totalBytes += dictionary.entry(Int(codes[rowIndex])).count }
            }
        }
        guard totalBytes <= Int(UInt32.max) else { throw tooLarge(name) }
        var offsets = [UInt32](repeating: 0, count: rowCount + 1)
        let bytes = [UInt8](unsafeUninitializedCapacity: totalBytes) { output, initialized in
            var byteOffset = 0
            var rowOffset = 0
            offsets.withUnsafeMutableBufferPointer { offsets in
                for piece in pieces {
                    if let pieceBytes = piece.plainBytes, let pieceOffsets = piece.plainOffsets {
                        if pieceBytes.count > 0 {
                            (output.baseAddress! + byteOffset)
                                .initialize(from: pieceBytes.base, count: pieceBytes.count)
                        }
                        for rowIndex in 0..<piece.rowCount {
                            offsets[rowOffset + rowIndex + 1] = UInt32(byteOffset) + pieceOffsets[rowIndex + 1]
                        }
                        byteOffset += pieceBytes.count
                    } else {
                        let dictionary = piece.dictionary!
                        let codes = piece.codes!
                        for rowIndex in 0..<codes.count {
                            let entry = dictionary.entry(Int(codes[rowIndex]))
                            if entry.count > 0 {
                                (output.baseAddress! + byteOffset).initialize(from: entry.pointer, count: entry.count)
                            }
                            byteOffset += entry.count
                            offsets[rowOffset + rowIndex + 1] = UInt32(byteOffset)
                        }
                    }
                    rowOffset += piece.rowCount
                    piece.releaseStorage()
                }
            }
            initialized = byteOffset
        }
        return StringColumn(dictionary: StringDictionary(bytes: bytes, offsets: offsets), codes: nil)
    }

    private static func tooLarge(_ name: String) -> Diagnostic {
        Diagnostic("column \"\(name)\" holds more than 4 GiB of text", hint: "split the file")
    }
}
