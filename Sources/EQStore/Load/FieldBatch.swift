/// Where one field's value lies: in the file, or (for a quoted field with `""` escapes, or an NDJSON
/// string with backslash escapes) unescaped into the batch's scratch buffer.
struct FieldSpan {
    static let inScratch: UInt8 = 1
    /// A missing value: an empty unquoted CSV field, or an NDJSON null or missing key.
    static let null: UInt8 = 2

    /// Where the field starts in the file, for error positions.
    var sourceOffset: Int
    var valueOffset: Int
    var length: Int32
    var kind: FieldKind
    var flags: UInt8

    /// An empty quoted field is an empty string in a string column and null in any other.
    @inline(__always)
    func isNull(inStringColumn: Bool) -> Bool {
        flags & FieldSpan.null != 0 || (length == 0 && !inStringColumn)
    }
}

/// Up to `rowCapacity` records split into fields, row-major, so each column is then parsed in one tight
/// loop that switches on the column type once per batch instead of once per value.
final class FieldBatch {
    static let defaultRowCapacity = 1024

    let columnCount: Int
    let rowCapacity: Int
    let fields: UnsafeMutablePointer<FieldSpan>
    var rowCount = 0
    var scratch = GrowableBuffer<UInt8>(capacity: 4096)
    let source: UnsafePointer<UInt8>

    init(columnCount: Int, source: UnsafePointer<UInt8>, rowCapacity: Int = FieldBatch.defaultRowCapacity) {
        self.columnCount = columnCount
        self.rowCapacity = rowCapacity
        self.source = source
        self.fields = .allocate(capacity: max(1, columnCount * rowCapacity))
    }

    deinit {
        fields.deallocate()
        scratch.deallocate()
    }

    func reset() {
        rowCount = 0
        scratch.count = 0
    }

    @inline(__always)
    func field(row rowIndex: Int, column columnIndex: Int) -> FieldSpan {
        fields[rowIndex * columnCount + columnIndex]
    }

    @inline(__always)
    func pointer(to field: FieldSpan) -> UnsafePointer<UInt8> {
        field.flags & FieldSpan.inScratch != 0 ? UnsafePointer(scratch.base) + field.valueOffset
            : source + field.valueOffset
    }

    /// The field's value, for messages.
    func text(of field: FieldSpan) -> String {
        String(decoding: UnsafeBufferPointer(start: pointer(to: field), count: Int(field.length)), as: UTF8.self)
    }
}

/// Splits a byte range into records and fields, a batch at a time.
protocol RecordScanner {
    /// Fills `batch` with the next records; an empty batch means the range is done. A malformed record
    /// ends the batch just before it and is kept in `failure`, so the rows before it are still checked
    /// first and the file's first error is the one reported.
    mutating func fill(_ batch: FieldBatch)
    var failure: LoadFailure? { get }
    /// The offset of the next unread byte.
    var position: Int { get }
}
