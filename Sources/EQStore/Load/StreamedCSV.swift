import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads a large CSV file without ever holding its whole text: the header, the delimiter and the type
/// sample come from a prefix cut at a record boundary, the chunk plan and the checks of `TextShape`
/// from one pass that reads a block at a time and frees it, and each chunk is read just before it is
/// parsed and freed once parsed (`LoadPipeline`). Reading the whole file first put its text beside all
/// the columns at the start of the parse, which set the load's peak memory (issue 13 wants it at or
/// under 1.4x the columns).
///
/// Same answers as reading it whole: the sample sees whole records only, and every row is checked
/// and widens its column during the parse either way, so the inferred types are the same (a shorter
/// sample only moves where the parse starts); the cuts are the ones `ChunkPlanner` makes. Anything
/// unusual (a NUL byte, lone-CR line ends, a header or option error, no record boundary in the prefix,
/// trailing blank lines longer than the tail read) returns nil: the caller then reads the whole file and
/// takes the ordinary path, which says what is wrong exactly as before.
enum StreamedCSV {
    /// Files from this size on are streamed; smaller ones are read whole, as their text costs little.
    static let threshold = 32 << 20
    /// The prefix read for the header, the delimiter sniff and the type sample.
    static let prefixBytes = 4 << 20
    /// The end of the file read to find trailing blank lines.
    static let tailBytes = 1 << 16

    static func read(_ file: FileBytes, sourceName: String, tableName: String, options: LoadOptions,
                     progress: ProgressReporter?, prefixBytes: Int = StreamedCSV.prefixBytes,
                     chunkSize: Int? = nil) throws(Diagnostic) -> (table: Table, note: String?)? {
        let source = file.buffer
        guard let base = source.baseAddress, source.count > prefixBytes + tailBytes else { return nil }
        try file.load(covering: 0..<max(prefixBytes, DelimiterSniffer.sampleBytes + 3))
        try file.load(covering: (source.count - tailBytes)..<source.count)
        guard memchr(base, 0, prefixBytes) == nil else { return nil }
        let blankStart = CSVScanner.trailingBlankStart(base, count: source.count)
        guard blankStart > source.count - tailBytes + 1 else { return nil }
        let dataStart = CSVReader.hasByteOrderMark(source) ? 3 : 0
        let (delimiter, note) = TableLoader.chooseDelimiter(source, path: sourceName, options: options)
        guard let boundary = lastRecordStart(base, from: dataStart, to: prefixBytes, delimiter: delimiter) else {
            return nil
        }
        var headerScanner = CSVScanner(source: base, range: dataStart..<boundary, trailingBlankStart: blankStart,
                                       delimiter: delimiter)
        let names: [String]
        let declared: [InferredType?]
        let keep: [Bool]?
        do {
            names = try CSVReader.headerNames(headerScanner.scanHeader())
            declared = try TableAssembler.declaredTypes(options, names: names, sourceName: sourceName)
            keep = try options.columns?.keep(header: names, sourceName: sourceName)
        } catch {
            return nil
        }
        let dataRange = headerScanner.position..<source.count
        func makeScanner(_ range: Range<Int>) -> CSVScanner {
            CSVScanner(source: base, range: range, trailingBlankStart: blankStart, delimiter: delimiter)
        }
        var sampleScanner = makeScanner(dataRange.lowerBound..<boundary)
        let sample = TypeSampler.sample(&sampleScanner, declared: declared, source: base,
                                        startOffset: dataRange.lowerBound)
        let plans = names.indices.map { columnIndex in
            ColumnPlan(name: names[columnIndex], declared: declared[columnIndex]?.dataType,
                       plainStrings: sample.plainStrings[columnIndex], skipped: !(keep?[columnIndex] ?? true))
        }
        let size = chunkSize ?? CSVReader.defaultChunkSize(for: dataRange.count)
        guard dataRange.count > size,
              let chunks = try plan(file, textEnd: dataRange.lowerBound, range: dataRange, chunkSize: size,
                                    delimiter: delimiter) else { return nil }
        // The pages each chunk shares with its neighbours (and the byte before it, which the scanner
        // reads) are read now, once; each chunk reads its own inner pages when its parse starts.
        for chunk in chunks {
            try file.load(covering: (chunk.lowerBound - 1)..<(chunk.lowerBound + 1))
            try file.load(covering: (chunk.upperBound - 1)..<chunk.upperBound)
        }
        let input = LoadPipeline.Input(source: source, sourceName: sourceName, tableName: tableName,
                                       dataStart: dataStart, plans: plans, sample: sample, chunks: chunks,
                                       options: options, progress: progress, file: file)
        return (try LoadPipeline.run(input, makeScanner: makeScanner), note)
    }

    /// The start of the last record that begins inside `from..<to`, after at least one whole record;
    /// nil when there is none (a record longer than the prefix).
    static func lastRecordStart(_ source: UnsafePointer<UInt8>, from start: Int, to end: Int,
                                delimiter: UInt8) -> Int? {
        let automaton = QuoteAutomaton(source: source, recordStart: start, delimiter: delimiter)
        var position = start
        var last: Int?
        while let next = automaton.recordStart(from: position, end: end, state: .outside) {
            last = next
            position = next
        }
        return last
    }

    /// `ChunkPlanner.chunks` (the same blocks, states and cuts) in one pass that reads each block, runs
    /// the quote automaton over it and frees it; the first block's state is known when it is reached,
    /// so each cut is searched within its own block (a cut past it is the next block's first). Also
    /// checks what `TextShape` checks, returning nil on a NUL byte or on lone-CR line ends.
    static func plan(_ file: FileBytes, textEnd: Int, range: Range<Int>, chunkSize: Int,
                     delimiter: UInt8) throws(Diagnostic) -> [Range<Int>]? {
        guard let source = file.buffer.baseAddress else { return nil }
        if textEnd > 0, memchr(source, 0, textEnd) != nil { return nil }
        var sawLineFeed = textEnd > 0 && memchr(source, 0x0A, textEnd) != nil
        var sawReturn = textEnd > 0 && memchr(source, 0x0D, textEnd) != nil
        let blockCount = (range.count + chunkSize - 1) / chunkSize
        let blockStarts = (0...blockCount).map { range.lowerBound + range.count * $0 / blockCount }
        let automaton = QuoteAutomaton(source: source, recordStart: range.lowerBound, delimiter: delimiter)
        var cuts = [range.lowerBound]
        var state = ChunkPlanner.QuoteState.outside
        for blockIndex in 0..<blockCount {
            let block = blockStarts[blockIndex]..<blockStarts[blockIndex + 1]
            try file.load(covering: (block.lowerBound - 1)..<block.upperBound)
            let start = source + block.lowerBound
            if memchr(start, 0, block.count) != nil { return nil }
            if !sawLineFeed { sawLineFeed = memchr(start, 0x0A, block.count) != nil }
            if !sawReturn { sawReturn = memchr(start, 0x0D, block.count) != nil }
            if blockIndex > 0,
               let cut = automaton.recordStart(from: block.lowerBound, end: block.upperBound, state: state),
               let last = cuts.last, cut > last && cut < range.upperBound {
                cuts.append(cut)
            }
            state = automaton.transitions(over: block)[state.rawValue]
            file.releaseInside(block)
        }
        if !sawLineFeed && sawReturn { return nil }
        cuts.append(range.upperBound)
        return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
    }
}
