/// One column's values for one chunk of rows, in raw buffers the merge step then copies into the
/// column's final arrays.
///
/// Each piece is written by exactly one thread. A value that does not fit `type` stops the append and
/// is reported back, so the chunk can widen the type and parse again: nothing is ever coerced here.
final class ColumnPiece {
    let type: InferredType
    private(set) var rowCount = 0
    /// Bit set = null (the inverse of a validity mask), allocated at the first null.
    private(set) var nullWords: GrowableBuffer<UInt64>?
    private(set) var nullCount = 0
    /// Int and timestamp values.
    private(set) var integers: GrowableBuffer<Int64>?
    private(set) var doubles: GrowableBuffer<Double>?
    private(set) var days: GrowableBuffer<Int32>?
    private(set) var bools: GrowableBuffer<Bool>?
    /// Plain layout: every row's bytes, entry `i` = row `i`.
    private(set) var plainBytes: GrowableBuffer<UInt8>?
    private(set) var plainOffsets: GrowableBuffer<UInt32>?
    /// Dictionary layout.
    private(set) var dictionary: DictionaryBuilder?
    private(set) var codes: GrowableBuffer<UInt32>?
    private var emptyStringCode: UInt32?

    init(type: InferredType, plainStrings: Bool, expectedRows: Int) {
        self.type = type
        let capacity = max(16, expectedRows)
        switch type {
        case .null: break
        case .int, .timestamp: integers = GrowableBuffer(capacity: capacity)
        case .double: doubles = GrowableBuffer(capacity: capacity)
        case .date: days = GrowableBuffer(capacity: capacity)
        case .bool: bools = GrowableBuffer(capacity: capacity)
        case .string:
            if plainStrings {
                plainBytes = GrowableBuffer(capacity: capacity * 16)
                plainOffsets = GrowableBuffer(capacity: capacity + 1)
                plainOffsets!.append(0)
            } else {
                dictionary = DictionaryBuilder()
                codes = GrowableBuffer(capacity: capacity)
            }
        }
    }

    deinit {
        releaseStorage()
    }

    var isPlain: Bool { plainBytes != nil }

    /// Frees the buffers as soon as the merge has copied them, so a load never holds two full copies of
    /// every column at once.
    func releaseStorage() {
        nullWords?.deallocate()
        integers?.deallocate()
        doubles?.deallocate()
        days?.deallocate()
        bools?.deallocate()
        plainBytes?.deallocate()
        plainOffsets?.deallocate()
        dictionary?.deallocate()
        codes?.deallocate()
        (nullWords, integers, doubles, days, bools) = (nil, nil, nil, nil, nil)
        (plainBytes, plainOffsets, dictionary, codes) = (nil, nil, nil, nil)
    }

    /// Appends column `columnIndex` of every row in `batch`; returns the row of the first value that does
    /// not fit, leaving the piece unusable (the chunk starts over with a wider type).
    func append(_ batch: FieldBatch, column columnIndex: Int) -> Int? {
        let rows = batch.rowCount
        let misfit: Int?
        switch type {
        case .null:
            for rowIndex in 0..<rows {
                guard batch.field(row: rowIndex, column: columnIndex).isNull(inStringColumn: false) else {
                    return rowIndex
                }
                markNull(rowCount + rowIndex)
            }
            misfit = nil
        case .int:
            misfit = appendFixed(&integers!, batch, columnIndex, zero: 0) { pointer, count, kind in
                kind.mayBeNumber ? ValueParser.parseInt(pointer, count) : nil
            }
        case .timestamp:
            misfit = appendFixed(&integers!, batch, columnIndex, zero: 0) { pointer, count, kind in
                kind.mayBeTemporal ? ValueParser.parseTimestamp(pointer, count) : nil
            }
        case .double:
            misfit = appendFixed(&doubles!, batch, columnIndex, zero: 0) { pointer, count, kind in
                kind.mayBeNumber ? ValueParser.parseDouble(pointer, count) : nil
            }
        case .date:
            misfit = appendFixed(&days!, batch, columnIndex, zero: 0) { pointer, count, kind in
                kind.mayBeTemporal ? ValueParser.parseDate(pointer, count) : nil
            }
        case .bool:
            misfit = appendFixed(&bools!, batch, columnIndex, zero: false) { pointer, count, kind in
                kind.mayBeBool ? ValueParser.parseBool(pointer, count) : nil
            }
        case .string:
            if isPlain { appendPlain(batch, columnIndex) } else { appendCodes(batch, columnIndex) }
            misfit = nil
        }
        if misfit == nil { rowCount += rows }
        return misfit
    }

    @inline(__always)
    private func appendFixed<Element>(
        _ buffer: inout GrowableBuffer<Element>, _ batch: FieldBatch, _ columnIndex: Int, zero: Element,
        parse: (UnsafePointer<UInt8>, Int, FieldKind) -> Element?
    ) -> Int? {
        let rows = batch.rowCount
        buffer.reserve(additional: rows)
        let output = buffer.base + buffer.count
        let stride = batch.columnCount
        var field = batch.fields + columnIndex
        for rowIndex in 0..<rows {
            let span = field.pointee
            field += stride
            if span.isNull(inStringColumn: false) {
                output[rowIndex] = zero
                markNull(rowCount + rowIndex)
                continue
            }
            guard let value = parse(batch.pointer(to: span), Int(span.length), span.kind) else { return rowIndex }
            output[rowIndex] = value
        }
        buffer.count += rows
        return nil
    }

    // The string appends work on local copies of the builders and store them back once per batch:
    // mutating a class's stored property in the loop would cost a dynamic exclusivity check per row.
    private func appendPlain(_ batch: FieldBatch, _ columnIndex: Int) {
        let rows = batch.rowCount
        var bytes = plainBytes!
        var offsets = plainOffsets!
        defer { (plainBytes, plainOffsets) = (bytes, offsets) }
        offsets.reserve(additional: rows)
        for rowIndex in 0..<rows {
            let span = batch.field(row: rowIndex, column: columnIndex)
            if span.isNull(inStringColumn: true) {
                markNull(rowCount + rowIndex)
            } else {
                bytes.append(from: batch.pointer(to: span), count: Int(span.length))
            }
            offsets.append(UInt32(truncatingIfNeeded: bytes.count))
        }
    }

    private func appendCodes(_ batch: FieldBatch, _ columnIndex: Int) {
        let rows = batch.rowCount
        var dictionary = self.dictionary!
        defer { self.dictionary = dictionary }
        codes!.reserve(additional: rows)
        let output = codes!.base + codes!.count
        for rowIndex in 0..<rows {
            let span = batch.field(row: rowIndex, column: columnIndex)
            if span.isNull(inStringColumn: true) {
                // Null rows point at the empty string, so a kernel that forgets the validity mask reads "".
                if emptyStringCode == nil { emptyStringCode = dictionary.code(for: batch.source, count: 0) }
                output[rowIndex] = emptyStringCode!
                markNull(rowCount + rowIndex)
            } else {
                output[rowIndex] = dictionary.code(for: batch.pointer(to: span), count: Int(span.length))
            }
        }
        codes!.count += rows
    }

    @inline(__always)
    private func markNull(_ rowIndex: Int) {
        if nullWords == nil { nullWords = GrowableBuffer(capacity: 64) }
        let wordIndex = rowIndex >> 6
        while nullWords!.count <= wordIndex { nullWords!.append(0) }
        nullWords![wordIndex] |= 1 << UInt64(rowIndex & 63)
        nullCount += 1
    }

    @inline(__always)
    func isNull(_ rowIndex: Int) -> Bool {
        guard let nullWords, rowIndex >> 6 < nullWords.count else { return false }
        return (nullWords[rowIndex >> 6] >> UInt64(rowIndex & 63)) & 1 == 1
    }
}
