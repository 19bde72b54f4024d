/// The NDJSON file's columns: every key seen in any object, in first-seen order.
///
/// Built once before the parallel parse and only read during it, so the chunks share it without locks.
struct JSONKeyTable {
    var keys: DictionaryBuilder

    var count: Int { keys.count }

    var names: [String] {
        (0..<keys.count).map { code in
            let entry = keys.entry(code)
            return String(decoding: UnsafeBufferPointer(start: entry.pointer, count: entry.count), as: UTF8.self)
        }
    }
}

/// Turns NDJSON objects into rows of fields: a key's value lands in its column, and a key a line lacks
/// is null.
struct NDJSONScanner: RecordScanner {
    private var objects: JSONObjectScanner
    private let keyTable: JSONKeyTable
    /// The column of the n-th member of the previous object: lines usually list their keys in the same
    /// order, so most keys are confirmed with one comparison instead of a hash lookup.
    private var previousOrder: [Int] = []
    /// The row in which each column was last filled, to catch a key given twice in one object.
    private var filledInRow: [Int]
    private var rowSerial = 0
    private(set) var failure: LoadFailure?

    init(source: UnsafePointer<UInt8>, range: Range<Int>, keyTable: JSONKeyTable) {
        self.objects = JSONObjectScanner(source: source, range: range)
        self.keyTable = keyTable
        self.filledInRow = [Int](repeating: -1, count: keyTable.count)
    }

    var position: Int { objects.position }

    mutating func fill(_ batch: FieldBatch) {
        batch.reset()
        guard failure == nil else { return }
        let columnCount = batch.columnCount
        var rowCount = 0
        var scratch = batch.scratch
        var previousOrder = self.previousOrder
        var filledInRow = self.filledInRow
        var rowSerial = self.rowSerial
        let keys = keyTable.keys
        defer {
            batch.rowCount = rowCount
            batch.scratch = scratch
            self.previousOrder = previousOrder
            self.filledInRow = filledInRow
            self.rowSerial = rowSerial
        }
        do {
            while rowCount < batch.rowCapacity {
                let row = batch.fields + rowCount * columnCount
                let lineStart = objects.position
                for columnIndex in 0..<columnCount {
                    row[columnIndex] = FieldSpan(sourceOffset: lineStart, valueOffset: 0, length: 0, kind: .jsonString,
                                                 flags: FieldSpan.null)
                }
                rowSerial += 1
                var memberIndex = 0
                let found = try objects.nextObject(scratch: &scratch) { key, keyLength, value throws(LoadFailure) in
                    var column = -1
                    if memberIndex < previousOrder.count
                        && keys.entryEquals(previousOrder[memberIndex], key, keyLength) {
                        column = previousOrder[memberIndex]
                    } else if let code = keys.find(key, count: keyLength) {
                        column = code
                        if memberIndex < previousOrder.count {
                            previousOrder[memberIndex] = code
                        } else {
                            previousOrder.append(code)
                        }
                    }
                    guard column >= 0 else {
                        throw LoadFailure(offset: value.sourceOffset, message: "key missing from the key table")
                    }
                    if filledInRow[column] == rowSerial {
                        let name = String(decoding: UnsafeBufferPointer(start: key, count: keyLength), as: UTF8.self)
                        throw LoadFailure(offset: value.sourceOffset,
                                          message: "key \"\(name)\" appears twice in one object")
                    }
                    filledInRow[column] = rowSerial
                    row[column] = value
                    memberIndex += 1
                }
                if !found { break }
                rowCount += 1
            }
        } catch {
            failure = error
        }
    }
}
