import EQStore
import EQTypes

/// Encodes blocks of a table's rows as CSV records or JSON objects.
///
/// Work goes column by column inside a block (each column's cells into its own scratch buffer, then
/// interleaved into rows), so the type switch runs once per column per block rather than once per cell,
/// and dictionary entries are escaped once per encoder rather than once per row.
final class RowEncoder {
    enum Layout {
        /// Fields joined by the delimiter, one record per line.
        case csv(delimiter: UInt8)
        /// `{"name":value,...}` objects, each followed by `separator`.
        case jsonObjects
    }

    let table: Table
    let layout: Layout
    private let style: FieldStyle
    /// Per column: the encoded form of each dictionary entry, for coded string columns.
    private let encodedDictionaries: [EncodedDictionary?]
    /// Per column, JSON only: `"name":` (with the leading `{` or `,`).
    private let keyPrefixes: [[UInt8]]
    private let scratch: [ByteBuffer]
    private var fieldEnds: [[Int]]
    /// CSV only: text cells (and column names) that start like a formula are written with a `'` in
    /// front (`FormulaGuard`), decided on the bytes as they are written.
    let guardsFormulas: Bool
    /// Cells this encoder has prefixed so far.
    private(set) var defusedCells = 0

    init(table: Table, layout: Layout, guardsFormulas: Bool = false) {
        self.table = table
        self.layout = layout
        if case .csv = layout { self.guardsFormulas = guardsFormulas } else { self.guardsFormulas = false }
        let guardsFormulas = self.guardsFormulas
        switch layout {
        case .csv(let delimiter): style = .csv(delimiter: delimiter)
        case .jsonObjects: style = .json
        }
        let style = self.style
        encodedDictionaries = table.columns.map { column in
            // Escaping a dictionary pays off only when entries repeat; a gathered slice of a huge
            // dictionary is encoded row by row instead.
            guard case .string(let strings) = column.storage, strings.codes != nil,
                  strings.dictionary.count <= table.rowCount / 2 else { return nil }
            return EncodedDictionary(strings.dictionary, style: style, guardsFormulas: guardsFormulas)
        }
        keyPrefixes = table.columns.enumerated().map { columnIndex, column in
            let key = ByteBuffer(capacity: column.name.utf8.count + 8)
            key.append(columnIndex == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
            var name = column.name
            name.withUTF8 { FieldStyle.appendJSON($0, to: key) }
            key.append(UInt8(ascii: ":"))
            return Array(key.bytes)
        }
        scratch = table.columns.map { _ in ByteBuffer() }
        fieldEnds = table.columns.map { _ in [] }
    }

    /// The CSV header record; JSON has none.
    func appendHeader(to out: ByteBuffer) {
        guard case .csv(let delimiter) = layout else { return }
        for (columnIndex, column) in table.columns.enumerated() {
            if columnIndex > 0 { out.append(delimiter) }
            var name = column.name
            // A column named `=cmd` (from a loaded file's header) runs just the same when the list is opened.
            name.withUTF8 {
                if CSVCells.append($0, delimiter: delimiter, guarded: guardsFormulas, to: out) { defusedCells += 1 }
            }
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// Appends the rows of `range`; each JSON object is followed by `separator` (`\n` or `,\n`) except
    /// that the caller handles the last object of an array itself.
    func appendRows(_ range: Range<Int>, to out: ByteBuffer, jsonSeparator: [UInt8] = [0x0A]) {
        guard !range.isEmpty else { return }
        for columnIndex in table.columns.indices {
            scratch[columnIndex].removeAll()
            fieldEnds[columnIndex].removeAll(keepingCapacity: true)
            encodeColumn(columnIndex, rows: range)
        }
        var fieldStarts = [Int](repeating: 0, count: table.columns.count)
        let columnCount = table.columns.count
        for rowOffset in 0..<range.count {
            for columnIndex in 0..<columnCount {
                switch layout {
                case .csv(let delimiter):
                    if columnIndex > 0 { out.append(delimiter) }
                case .jsonObjects:
                    keyPrefixes[columnIndex].withUnsafeBufferPointer { out.append($0) }
                }
                let end = fieldEnds[columnIndex][rowOffset]
                let start = fieldStarts[columnIndex]
                out.append(UnsafeBufferPointer(rebasing: scratch[columnIndex].bytes[start..<end]))
                fieldStarts[columnIndex] = end
            }
            switch layout {
            case .csv:
                out.append(UInt8(ascii: "\n"))
            case .jsonObjects:
                if columnCount == 0 { out.append(UInt8(ascii: "{")) }
                out.append(UInt8(ascii: "}"))
                jsonSeparator.withUnsafeBufferPointer { out.append($0) }
            }
        }
    }

    private func encodeColumn(_ columnIndex: Int, rows range: Range<Int>) {
        let column = table.columns[columnIndex]
        let out = scratch[columnIndex]
        let validity = column.validity
        let isJSON: Bool
        if case .json = style { isJSON = true } else { isJSON = false }
        var ends = fieldEnds[columnIndex]
        defer { fieldEnds[columnIndex] = ends }
        ends.reserveCapacity(range.count)

        var defused = 0
        defer { defusedCells += defused }
        func each(_ encode: (Int) -> Void) {
            for rowIndex in range {
                if validity.isValid(rowIndex) {
                    encode(rowIndex)
                } else if isJSON {
                    out.append(StaticString("null"))
                }
                ends.append(out.count)
            }
        }

        switch column.storage {
        case .int(let values):
            values.withUnsafeBufferPointer { values in each { out.append(int: values[$0]) } }
        case .hugeint(let values):
            // A bare number in JSON too: a reader that parses integers exactly gets every digit.
            each { out.append(String(values[$0])) }
        case .double(let values):
            values.withUnsafeBufferPointer { values in
                each { rowIndex in
                    let value = values[rowIndex]
                    if isJSON && !value.isFinite {
                        out.append(StaticString("null"))
                    } else {
                        // `description` of a double is a small string (no allocation) for the usual
                        // values; it is what `Value.format(double:)` spells finite values with.
                        if value.isFinite {
                            var text = value.description
                            text.withUTF8 { out.append($0) }
                        } else {
                            out.append(Value.format(double: value))
                        }
                    }
                }
            }
        case .bool(let values):
            values.withUnsafeBufferPointer { values in
                each { out.append(values[$0] ? StaticString("true") : StaticString("false")) }
            }
        case .date(let values):
            values.withUnsafeBufferPointer { values in
                each { rowIndex in
                    if isJSON { out.append(FieldStyle.quote) }
                    out.append(date: values[rowIndex])
                    if isJSON { out.append(FieldStyle.quote) }
                }
            }
        case .timestamp(let values):
            values.withUnsafeBufferPointer { values in
                each { rowIndex in
                    if isJSON { out.append(FieldStyle.quote) }
                    out.append(timestamp: values[rowIndex])
                    if isJSON { out.append(FieldStyle.quote) }
                }
            }
        case .string(let strings):
            let dictionary = strings.dictionary
            dictionary.bytes.withUnsafeBufferPointer { bytes in
                dictionary.offsets.withUnsafeBufferPointer { offsets in
                    if let encoded = encodedDictionaries[columnIndex], let codes = strings.codes {
                        codes.withUnsafeBufferPointer { codes in
                            if let risky = encoded.risky {
                                risky.withUnsafeBufferPointer { risky in
                                    each { rowIndex in
                                        let code = Int(codes[rowIndex])
                                        defused &+= risky[code] ? 1 : 0
                                        encoded.append(code: code, to: out)
                                    }
                                }
                            } else {
                                each { encoded.append(code: Int(codes[$0]), to: out) }
                            }
                        }
                    } else if case .csv(let delimiter) = style {
                        let guarded = guardsFormulas
                        let codes = strings.codes
                        each { rowIndex in
                            let code = codes.map { Int($0[rowIndex]) } ?? rowIndex
                            let entry = UnsafeBufferPointer(
                                rebasing: bytes[Int(offsets[code])..<Int(offsets[code + 1])])
                            defused &+= CSVCells.append(entry, delimiter: delimiter, guarded: guarded, to: out) ? 1 : 0
                        }
                    } else {
                        let style = self.style
                        each { rowIndex in
                            let code = strings.code(at: rowIndex)
                            let entry = UnsafeBufferPointer(
                                rebasing: bytes[Int(offsets[code])..<Int(offsets[code + 1])])
                            style.appendString(entry, to: out)
                        }
                    }
                }
            }
        }
    }
}

/// A dictionary's entries already quoted or escaped for one style, so a coded column costs a copy a row.
struct EncodedDictionary {
    let buffer: ByteBuffer
    let offsets: [Int]
    /// Per entry, whether the formula guard prefixed it (so its rows are counted); nil when none was.
    let risky: [Bool]?

    init(_ dictionary: StringDictionary, style: FieldStyle, guardsFormulas: Bool = false) {
        let buffer = ByteBuffer(capacity: dictionary.bytes.count + dictionary.count * 3 + 16)
        var offsets = [0]
        offsets.reserveCapacity(dictionary.count + 1)
        var risky = [Bool](repeating: false, count: guardsFormulas ? dictionary.count : 0)
        var anyRisky = false
        dictionary.forEachEntry { code, entry in
            if case .csv(let delimiter) = style, guardsFormulas {
                if CSVCells.append(entry, delimiter: delimiter, guarded: true, to: buffer) {
                    risky[code] = true
                    anyRisky = true
                }
            } else {
                style.appendString(entry, to: buffer)
            }
            offsets.append(buffer.count)
        }
        self.buffer = buffer
        self.offsets = offsets
        self.risky = anyRisky ? risky : nil
    }

    @inline(__always)
    func append(code: Int, to out: ByteBuffer) {
        out.append(UnsafeBufferPointer(rebasing: buffer.bytes[offsets[code]..<offsets[code + 1]]))
    }
}
