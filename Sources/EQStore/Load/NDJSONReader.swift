import EQDiagnostics

/// Reads NDJSON into a table: one pass (parallel over line-aligned chunks) to learn the keys, then the
/// same typed, parallel pipeline as CSV.
enum NDJSONReader {
    static func read(_ source: UnsafeBufferPointer<UInt8>, sourceName: String, tableName: String,
                     options: LoadOptions, chunkSize: Int?, progress: ProgressReporter?,
                     file: FileBytes? = nil) throws(Diagnostic) -> Table {
        let dataStart = CSVReader.hasByteOrderMark(source) ? 3 : 0
        guard let base = source.baseAddress else { throw empty(sourceName) }
        let dataRange = dataStart..<source.count
        let chunkSize = chunkSize ?? CSVReader.defaultChunkSize(for: dataRange.count)
        // JSON strings cannot hold a raw line break, so every newline ends a record.
        let chunks = ChunkPlanner.chunks(base, range: dataRange, chunkSize: chunkSize, quoteAware: false)
        let keys = try collectKeys(base, chunks: chunks, source: source, sourceName: sourceName, dataStart: dataStart)
        defer { keys.deallocate() }
        let keyTable = JSONKeyTable(keys: keys)
        let names = keyTable.names
        guard !names.isEmpty else { throw empty(sourceName) }
        try checkDistinct(names, sourceName: sourceName)
        let declared = try TableAssembler.declaredTypes(options, names: names, sourceName: sourceName)
        func makeScanner(_ range: Range<Int>) -> NDJSONScanner {
            NDJSONScanner(source: base, range: range, keyTable: keyTable)
        }
        var sampleScanner = makeScanner(dataRange)
        let sample = TypeSampler.sample(&sampleScanner, declared: declared, source: base,
                                        startOffset: dataRange.lowerBound)
        let keep = try options.columns?.keep(header: names, sourceName: sourceName)
        let plans = names.indices.map { columnIndex in
            ColumnPlan(name: names[columnIndex], declared: declared[columnIndex]?.dataType,
                       plainStrings: sample.plainStrings[columnIndex], skipped: !(keep?[columnIndex] ?? true))
        }
        let input = LoadPipeline.Input(source: source, sourceName: sourceName, tableName: tableName,
                                       dataStart: dataStart, plans: plans, sample: sample, chunks: chunks,
                                       options: options, progress: progress, file: file)
        return try LoadPipeline.run(input, makeScanner: makeScanner)
    }

    private static func empty(_ sourceName: String) -> Diagnostic {
        Diagnostic("\"\(sourceName)\" has no columns", source: SourceFile(name: sourceName, text: ""),
                   hint: "an NDJSON file holds one {\"key\": value, ...} object per line")
    }

    /// The union of keys over all lines, in first-seen order; also checks every line is valid JSON.
    private static func collectKeys(_ base: UnsafePointer<UInt8>, chunks: [Range<Int>],
                                    source: UnsafeBufferPointer<UInt8>, sourceName: String, dataStart: Int)
        throws(Diagnostic) -> DictionaryBuilder {
        let results = Parallel.map(chunks.count) { chunkIndex in
            Result { () throws(LoadFailure) -> DictionaryBuilder in
                var keys = DictionaryBuilder()
                var objects = JSONObjectScanner(source: base, range: chunks[chunkIndex])
                var scratch = GrowableBuffer<UInt8>(capacity: 256)
                defer { scratch.deallocate() }
                var previousOrder: [Int] = []
                do throws(LoadFailure) {
                    while true {
                        var memberIndex = 0
                        let found = try objects.nextObject(scratch: &scratch) { key, keyLength, _ throws(LoadFailure) in
                            if memberIndex >= previousOrder.count
                                || !keys.entryEquals(previousOrder[memberIndex], key, keyLength) {
                                let code = Int(keys.code(for: key, count: keyLength))
                                if memberIndex < previousOrder.count {
                                    previousOrder[memberIndex] = code
                                } else {
                                    previousOrder.append(code)
                                }
                            }
                            memberIndex += 1
                        }
                        if !found { break }
                        scratch.count = 0
                    }
                } catch {
                    keys.deallocate()
                    throw error
                }
                return keys
            }
        }
        var firstFailure: LoadFailure?
        var merged = DictionaryBuilder()
        for result in results {
            switch result {
            case .success(let keys):
                for code in 0..<keys.count {
                    let entry = keys.entry(code)
                    _ = merged.code(for: entry.pointer, count: entry.count)
                }
                keys.deallocate()
            case .failure(let failure):
                if firstFailure == nil || failure.offset < firstFailure!.offset { firstFailure = failure }
            }
        }
        if let firstFailure {
            merged.deallocate()
            throw firstFailure.diagnostic(in: source, name: sourceName, dataStart: dataStart)
        }
        return merged
    }

    private static func checkDistinct(_ names: [String], sourceName: String) throws(Diagnostic) {
        var seen: [String: String] = [:]
        for name in names {
            if name.trimmingASCIISpaces().isEmpty {
                throw Diagnostic("\(sourceName) has an empty key", source: SourceFile(name: sourceName, text: ""),
                                 hint: "every key names a column")
            }
            if let first = seen[name.lowercased()] {
                throw Diagnostic("keys \"\(first)\" and \"\(name)\" in \(sourceName) name the same column",
                                 source: SourceFile(name: sourceName, text: ""),
                                 hint: "column names are case-insensitive")
            }
            seen[name.lowercased()] = name
        }
    }
}
