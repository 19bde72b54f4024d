/// Cuts a CSV byte range into chunks that start and end on record boundaries, so chunks parse
/// independently.
///
/// A newline is a record boundary only outside quoted fields, and whether a byte is inside one depends on
/// every quote before it. Counting quotes is not enough: a quote inside an unquoted field (`5'11"`,
/// `37°36'37.8"N`) is a literal character, as DuckDB, Polars and Python's csv module read it, and opens
/// nothing. So the range is cut into equal blocks, and each block is run, in parallel, through the
/// scanner's quote automaton from each of the three states it can start in (`QuoteState`), giving the
/// state it ends in for each. Chaining those maps block by block gives the exact state at every block
/// start, and from there the first newline outside a quoted field is the cut. The automaton reads the
/// byte before a quote to tell a field's opening quote from a literal one, which is always in memory.
/// For a malformed file the state can be wrong after the first bad quote, but that quote is itself
/// reported by the chunk that holds it, and the lowest-offset failure is the one shown.
enum ChunkPlanner {
    /// Where the scanner stands, as far as quotes are concerned.
    enum QuoteState: Int, CaseIterable {
        /// Not inside a quoted field (between fields, or in an unquoted one).
        case outside
        /// Inside a quoted field.
        case inside
        /// Just after a quote inside a quoted field: a closing quote, or the first half of `""`.
        case afterQuote
    }

    static func chunks(_ source: UnsafePointer<UInt8>, range: Range<Int>, chunkSize: Int,
                       quoteAware: Bool = true, delimiter: UInt8 = UInt8(ascii: ",")) -> [Range<Int>] {
        guard range.count > chunkSize else { return range.isEmpty ? [] : [range] }
        let blockCount = (range.count + chunkSize - 1) / chunkSize
        let blockStarts = (0...blockCount).map { range.lowerBound + range.count * $0 / blockCount }
        let automaton = QuoteAutomaton(source: source, recordStart: range.lowerBound, delimiter: delimiter)
        let transitions: [[QuoteState]] = quoteAware
            ? Parallel.map(blockCount) { blockIndex in
                let block = blockStarts[blockIndex]..<blockStarts[blockIndex + 1]
                return automaton.transitions(over: block)
            }
            : []
        var cuts = [range.lowerBound]
        var state = QuoteState.outside
        for blockIndex in 1..<blockCount {
            if quoteAware { state = transitions[blockIndex - 1][state.rawValue] }
            let cut = quoteAware
                ? automaton.firstRecordStart(from: blockStarts[blockIndex], end: range.upperBound, state: state)
                : firstLineStart(source, from: blockStarts[blockIndex], end: range.upperBound)
            if let last = cuts.last, cut > last && cut < range.upperBound { cuts.append(cut) }
        }
        cuts.append(range.upperBound)
        return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
    }

    private static func firstLineStart(_ source: UnsafePointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            if source[index] == UInt8(ascii: "\n") { return index + 1 }
            index += 1
        }
        return end
    }
}

/// The CSV scanner's quote rules as a three-state automaton, so the planner agrees with the scanner on
/// where records end: a quote opens a field only at the field's start (after the delimiter, a line
/// break, or at the first record); inside a quoted field a quote closes it unless another follows (`""`).
struct QuoteAutomaton: @unchecked Sendable {
    typealias State = ChunkPlanner.QuoteState
    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")

    let source: UnsafePointer<UInt8>
    /// The offset of the first record: a quote there starts a field although no byte precedes it.
    let recordStart: Int
    let delimiter: UInt8

    /// The state after `block` for each state before it, indexed by `State.rawValue`. Only quotes (and
    /// whether anything lies between two of them) change the state, so the block is walked quote to quote.
    func transitions(over block: Range<Int>) -> [State] {
        var states = State.allCases
        var index = block.lowerBound
        while let quoteIndex = nextQuote(from: index, to: block.upperBound) {
            let gap = quoteIndex > index
            let opens = opensField(at: quoteIndex)
            for stateIndex in states.indices {
                states[stateIndex] = step(states[stateIndex], gap: gap, opens: opens)
            }
            index = quoteIndex + 1
        }
        if index < block.upperBound {
            for stateIndex in states.indices where states[stateIndex] == .afterQuote { states[stateIndex] = .outside }
        }
        return states
    }

    /// The offset after the first newline at or past `start` that ends a record, given the state at `start`.
    func firstRecordStart(from start: Int, end: Int, state initial: State) -> Int {
        recordStart(from: start, end: end, state: initial) ?? end
    }

    /// `firstRecordStart`, but nil when no record starts in `start..<end`, so a search bounded to
    /// one block can tell "not here" from "at the block's end" (a newline as its last byte).
    func recordStart(from start: Int, end: Int, state initial: State) -> Int? {
        var state = initial
        var index = start
        while index < end {
            let byte = source[index]
            if byte == QuoteAutomaton.quote {
                state = step(state, gap: false, opens: opensField(at: index))
            } else {
                if state == .afterQuote { state = .outside }
                if byte == QuoteAutomaton.newline && state == .outside { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    /// One quote's effect; `gap` says a non-quote byte came since the previous quote (which ends a
    /// quoted field that was waiting to see whether its quote was doubled).
    @inline(__always)
    private func step(_ state: State, gap: Bool, opens: Bool) -> State {
        switch state {
        case .outside: opens ? .inside : .outside
        case .inside: .afterQuote
        case .afterQuote: gap ? (opens ? .inside : .outside) : .inside
        }
    }

    @inline(__always)
    private func opensField(at index: Int) -> Bool {
        guard index > recordStart else { return true }
        let previous = source[index - 1]
        return previous == delimiter || previous == QuoteAutomaton.newline
    }

    /// The next quote in `[start, end)`, skipping eight quote-free bytes at a time.
    private func nextQuote(from start: Int, to end: Int) -> Int? {
        let quotes: UInt64 = 0x2222_2222_2222_2222
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let raw = UnsafeRawPointer(source)
        var index = start
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ quotes
            let zeroBytes = ~(((word & low7) &+ low7) | word | low7)
            if zeroBytes != 0 { return index + zeroBytes.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            if source[index] == QuoteAutomaton.quote { return index }
            index += 1
        }
        return nil
    }
}
