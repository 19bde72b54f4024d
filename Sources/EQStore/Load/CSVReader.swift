import EQDiagnostics
import EQTypes

/// Reads a whole CSV file (already in memory) into a table: header, type sample, chunk plan, then the
/// shared parallel pipeline.
enum CSVReader {
    static let defaultChunkSize = 8 << 20

    static func read(_ source: UnsafeBufferPointer<UInt8>, sourceName: String, tableName: String,
                     options: LoadOptions, delimiter: UInt8, chunkSize: Int?, progress: ProgressReporter?,
                     file: FileBytes? = nil)
        throws(Diagnostic) -> Table {
        let dataStart = hasByteOrderMark(source) ? 3 : 0
        guard let base = source.baseAddress else { throw empty(sourceName) }
        let blankStart = CSVScanner.trailingBlankStart(base, count: source.count)
        guard blankStart > dataStart else { throw empty(sourceName) }
        var headerScanner = CSVScanner(source: base, range: dataStart..<source.count,
                                       trailingBlankStart: blankStart, delimiter: delimiter)
        let names: [String]
        do throws(LoadFailure) {
            names = try headerNames(headerScanner.scanHeader())
        } catch {
            throw error.diagnostic(in: source, name: sourceName, dataStart: dataStart)
        }
        let declared = try TableAssembler.declaredTypes(options, names: names, sourceName: sourceName)
        let dataRange = headerScanner.position..<source.count
        func makeScanner(_ range: Range<Int>) -> CSVScanner {
            CSVScanner(source: base, range: range, trailingBlankStart: blankStart, delimiter: delimiter)
        }
        var sampleScanner = makeScanner(dataRange)
        let sample = TypeSampler.sample(&sampleScanner, declared: declared, source: base,
                                        startOffset: dataRange.lowerBound)
        let keep = try options.columns?.keep(header: names, sourceName: sourceName)
        let plans = names.indices.map { columnIndex in
            ColumnPlan(name: names[columnIndex], declared: declared[columnIndex]?.dataType,
                       plainStrings: sample.plainStrings[columnIndex], skipped: !(keep?[columnIndex] ?? true))
        }
        let chunkSize = chunkSize ?? defaultChunkSize(for: dataRange.count)
        let chunks = ChunkPlanner.chunks(base, range: dataRange, chunkSize: chunkSize, delimiter: delimiter)
        let input = LoadPipeline.Input(source: source, sourceName: sourceName, tableName: tableName,
                                       dataStart: dataStart, plans: plans, sample: sample, chunks: chunks,
                                       options: options, progress: progress, file: file)
        return try LoadPipeline.run(input, makeScanner: makeScanner)
    }

    private static func empty(_ sourceName: String) -> Diagnostic {
        Diagnostic("\"\(sourceName)\" is empty", source: SourceFile(name: sourceName, text: ""),
                   hint: "a CSV file starts with a header row naming its columns")
    }

    /// Enough chunks to keep every core busy to the end (a few per core), none so small that the
    /// per-chunk setup shows, none so large that its buffers double the memory.
    static func defaultChunkSize(for byteCount: Int) -> Int {
        let perCore = byteCount / (Parallel.coreCount * 4)
        return min(defaultChunkSize, max(1 << 20, perCore))
    }

    static func hasByteOrderMark(_ source: UnsafeBufferPointer<UInt8>) -> Bool {
        source.count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF
    }

    /// Trimmed header names; empty and duplicate (case-insensitive, as every name in eq) names are errors.
    static func headerNames(_ header: [(text: String, offset: Int)]) throws(LoadFailure) -> [String] {
        var names: [String] = []
        var seen: [String: Int] = [:]
        for (columnIndex, field) in header.enumerated() {
            let name = field.text.trimmingASCIISpaces()
            guard !name.isEmpty else {
                throw LoadFailure(offset: field.offset, message: "column \(columnIndex + 1) of the header has no name",
                                  hint: "every column needs a name")
            }
            if let first = seen[name.lowercased()] {
                let same = names[first] == name ? "" : " (names are case-insensitive)"
                throw LoadFailure(offset: field.offset, length: max(1, field.text.utf8.count),
                                  message: "duplicate column name \"\(name)\" in the header",
                                  hint: "column \(columnIndex + 1) repeats column \(first + 1), "
                                      + "\"\(names[first])\"\(same)")
            }
            seen[name.lowercased()] = columnIndex
            names.append(name)
        }
        return names
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return start == 0 && end == bytes.count ? self : String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
