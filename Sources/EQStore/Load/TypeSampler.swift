/// Infers column types from the first records, before the parallel parse.
///
/// The sample only sets the starting point: every row is still checked while loading, and a later value
/// that does not fit widens its column (see `ChunkParser`).
enum TypeSampler {
    static let sampleRows = 10_000
    /// A string column whose sample is more than this share distinct starts in the plain layout, which
    /// spares building a hash table as large as the column (emails, names, ids).
    static let plainDistinctShare = 0.9
    static let plainMinimumRows = 1_000

    struct Sample {
        var types: [InferredType]
        var plainStrings: [Bool]
        /// Average record size, to size each chunk's buffers up front.
        var bytesPerRow: Double
    }

    static func sample<Scanner: RecordScanner>(
        _ scanner: inout Scanner, declared: [InferredType?], source: UnsafePointer<UInt8>, startOffset: Int
    ) -> Sample {
        let columnCount = declared.count
        var types = declared.map { $0 ?? .null }
        var distinct = [Set<UInt64>](repeating: [], count: columnCount)
        var nonNullRows = [Int](repeating: 0, count: columnCount)
        let batch = FieldBatch(columnCount: columnCount, source: source)
        var rows = 0
        while rows < sampleRows {
            scanner.fill(batch)
            if batch.rowCount == 0 { break }
            for columnIndex in 0..<columnCount where declared[columnIndex] == nil {
                for rowIndex in 0..<batch.rowCount {
                    let field = batch.field(row: rowIndex, column: columnIndex)
                    let pointer = batch.pointer(to: field)
                    let count = Int(field.length)
                    if field.isNull(inStringColumn: false) { continue }
                    nonNullRows[columnIndex] += 1
                    if distinct[columnIndex].count < sampleRows {
                        distinct[columnIndex].insert(DictionaryBuilder.hash(pointer, count))
                    }
                    if !ValueParser.fits(pointer, count, kind: field.kind, type: types[columnIndex]) {
                        let natural = ValueParser.naturalType(pointer, count, kind: field.kind)
                        if natural != .null { types[columnIndex] = types[columnIndex].widened(toHold: natural) }
                    }
                }
            }
            rows += batch.rowCount
        }
        let plainStrings = (0..<columnCount).map { columnIndex in
            types[columnIndex] == .string && nonNullRows[columnIndex] >= plainMinimumRows
                && Double(distinct[columnIndex].count) > plainDistinctShare * Double(nonNullRows[columnIndex])
        }
        let consumed = scanner.position - startOffset
        return Sample(types: types, plainStrings: plainStrings,
                      bytesPerRow: rows == 0 ? 64 : max(1, Double(consumed) / Double(rows)))
    }
}
