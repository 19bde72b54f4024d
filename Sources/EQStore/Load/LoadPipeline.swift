import EQDiagnostics

/// The part of loading both formats share: parse the chunks in parallel until their types agree, then
/// merge each column's pieces (also in parallel, one column per task) into the table.
enum LoadPipeline {
    struct Input {
        var source: UnsafeBufferPointer<UInt8>
        var sourceName: String
        var tableName: String
        /// Where line 1's text starts (after a byte-order mark).
        var dataStart: Int
        var plans: [ColumnPlan]
        var sample: TypeSampler.Sample
        var chunks: [Range<Int>]
        var options: LoadOptions
        var progress: ProgressReporter?
        /// The file the bytes were read from, when they were: each chunk's pages are given back once it
        /// has parsed and read again only if it must parse again, so the text and the columns do not
        /// fill memory together. nil for bytes handed in (tests, `parseCSV(bytes:)`).
        var file: FileBytes?
    }

    static func run<Scanner: RecordScanner>(_ input: Input, makeScanner: (Range<Int>) -> Scanner)
        throws(Diagnostic) -> Table {
        let source = input.source.baseAddress!
        var types = input.sample.types
        var outcomes = [ChunkOutcome?](repeating: nil, count: input.chunks.count)
        var pending = Array(input.chunks.indices)
        var isFirstRound = true
        let cancelled = { input.options.cancellation?() ?? false }
        func stop() -> Diagnostic { Diagnostic("cancelled", source: nil, span: nil) }
        // Chunks that widened a column make the others parse again with the joined types, until all
        // agree; every round only widens, so this ends.
        while !pending.isEmpty {
            if cancelled() { throw stop() }
            if !isFirstRound, let file = input.file {
                for chunk in pending { try file.reload(input.chunks[chunk]) }
            }
            let roundTypes = types
            let roundChunks = pending
            // A file streamed (`StreamedCSV`) has none of a chunk's inner pages until its task reads them.
            let readFailures = Slots<Diagnostic?>(count: roundChunks.count)
            let streamed = isFirstRound && input.file?.isLazy == true
            let results = Parallel.map(roundChunks.count) { taskIndex in
                let range = input.chunks[roundChunks[taskIndex]]
                let expectedRows = Int(Double(range.count) / input.sample.bytesPerRow * 1.05) + 16
                // A chunk not started when Ctrl-C came is skipped; the load fails below.
                if cancelled() { return Result<ChunkOutcome, LoadFailure>?.none }
                if streamed, let file = input.file {
                    do throws(Diagnostic) {
                        try file.reload(range)
                    } catch {
                        readFailures[taskIndex] = error
                        return Result<ChunkOutcome, LoadFailure>?.none
                    }
                }
                let result = Result { () throws(LoadFailure) -> ChunkOutcome in
                    try ChunkParser.parse(types: roundTypes, plans: input.plans, source: source,
                                          expectedRows: expectedRows) { makeScanner(range) }
                }
                if isFirstRound { input.progress?.advance(by: range.count) }
                input.file?.release(range)
                return Optional(result)
            }
            for taskIndex in roundChunks.indices {
                if case .some(.some(let failure)) = readFailures[taskIndex] { throw failure }
            }
            if cancelled() { throw stop() }
            var firstFailure: LoadFailure?
            for (taskIndex, result) in results.enumerated() {
                guard let result else { throw stop() }
                switch result {
                case .success(let outcome): outcomes[roundChunks[taskIndex]] = outcome
                case .failure(let failure):
                    if firstFailure == nil || failure.offset < firstFailure!.offset { firstFailure = failure }
                }
            }
            if let firstFailure {
                // The text around the error, and every line before it for its number, must be there.
                if let file = input.file {
                    if file.isLazy {
                        try file.loadAll()
                    } else {
                        for range in input.chunks { try file.reload(range) }
                    }
                }
                throw firstFailure.diagnostic(in: input.source, name: input.sourceName, dataStart: input.dataStart)
            }
            for outcome in outcomes {
                for columnIndex in types.indices {
                    types[columnIndex] = types[columnIndex].joined(with: outcome!.types[columnIndex])
                }
            }
            let joinedTypes = types
            pending = input.chunks.indices.filter { outcomes[$0]!.types != joinedTypes }
            isFirstRound = false
        }
        if cancelled() { throw stop() }
        let finished = outcomes.map { $0! }
        let rowCount = finished.reduce(0) { $0 + $1.rowCount }
        let finalTypes = types
        let kept = input.plans.indices.filter { !input.plans[$0].skipped }
        let merged = Parallel.map(kept.count) { keptIndex in
            let columnIndex = kept[keptIndex]
            let pieces = finished.map { $0.pieces[columnIndex] }
            defer { pieces.forEach { $0.releaseStorage() } }
            return Result { () throws(Diagnostic) -> Column in
                try ColumnMerger.merge(name: input.plans[columnIndex].name, type: finalTypes[columnIndex],
                                       pieces: pieces, rowCount: rowCount)
            }
        }
        var columns: [Column] = []
        for result in merged {
            switch result {
            case .success(let column): columns.append(column)
            case .failure(let diagnostic): throw diagnostic
            }
        }
        input.progress?.finish()
        return try TableAssembler.table(name: input.tableName, columns: columns, options: input.options,
                                        sourceName: input.sourceName)
    }
}
