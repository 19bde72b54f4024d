import EQTypes

/// What the loader knows about a column before parsing the chunks.
struct ColumnPlan: Sendable {
    var name: String
    /// From `with (name type)`: a value that does not fit is an error, not a reason to widen.
    var declared: DataType?
    /// The sample was nearly all distinct: skip the hash table and store every row's bytes.
    var plainStrings: Bool
    /// Left out by `load ... columns (...)`: its fields are scanned past, never parsed or stored.
    var skipped = false
}

/// One chunk's parsed columns, with the types it ended up needing.
struct ChunkOutcome {
    var types: [InferredType]
    var pieces: [ColumnPiece]
    var rowCount: Int
}

/// Parses one chunk of records into column pieces, widening inferred types as needed.
enum ChunkParser {
    /// Parses the chunk with `types`; when a value does not fit an inferred type, widens that column and
    /// starts the chunk over. Types only move up a finite lattice, so this restarts at most a few times
    /// per column, and in the common case (the sample was right) never.
    static func parse<Scanner: RecordScanner>(
        types initialTypes: [InferredType], plans: [ColumnPlan], source: UnsafePointer<UInt8>, expectedRows: Int,
        makeScanner: () -> Scanner
    ) throws(LoadFailure) -> ChunkOutcome {
        var types = initialTypes
        attempts: while true {
            var scanner = makeScanner()
            let batch = FieldBatch(columnCount: plans.count, source: source)
            let pieces = plans.indices.map { columnIndex in
                ColumnPiece(type: plans[columnIndex].skipped ? .null : types[columnIndex],
                            plainStrings: plans[columnIndex].plainStrings, expectedRows: expectedRows)
            }
            var rowCount = 0
            while true {
                scanner.fill(batch)
                var firstDeclaredMisfit: (row: Int, column: Int)?
                var widened = false
                for columnIndex in plans.indices where !plans[columnIndex].skipped {
                    guard let misfitRow = pieces[columnIndex].append(batch, column: columnIndex) else { continue }
                    if plans[columnIndex].declared != nil {
                        if firstDeclaredMisfit == nil || misfitRow < firstDeclaredMisfit!.row {
                            firstDeclaredMisfit = (misfitRow, columnIndex)
                        }
                        continue
                    }
                    let field = batch.field(row: misfitRow, column: columnIndex)
                    let natural = ValueParser.naturalType(batch.pointer(to: field), Int(field.length), kind: field.kind)
                    types[columnIndex] = types[columnIndex].widened(toHold: natural)
                    widened = true
                }
                // The earliest row's bad value is the one reported, whichever column it is in.
                if let (row, columnIndex) = firstDeclaredMisfit {
                    throw declaredTypeFailure(batch.field(row: row, column: columnIndex), batch: batch,
                                              column: plans[columnIndex].name, type: plans[columnIndex].declared!)
                }
                if widened { continue attempts }
                rowCount += batch.rowCount
                if let failure = scanner.failure { throw failure }
                if batch.rowCount == 0 { break }
            }
            return ChunkOutcome(types: types, pieces: pieces, rowCount: rowCount)
        }
    }

    static func declaredTypeFailure(_ field: FieldSpan, batch: FieldBatch, column: String, type: DataType)
        -> LoadFailure {
        var text = batch.text(of: field)
        if text.count > 40 { text = String(text.prefix(40)) + "…" }
        let article = type == .int ? "an" : "a"
        return LoadFailure(offset: field.sourceOffset, length: max(1, Int(field.length)),
                           message: "value \"\(text)\" in column \(column) is not \(article) \(type)",
                           hint: "\(column) is declared \(type) in `with (...)`")
    }
}
