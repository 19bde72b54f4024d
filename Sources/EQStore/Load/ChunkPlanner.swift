/// Cuts a CSV byte range into chunks that start and end on record boundaries, so chunks parse
/// independently.
///
/// A newline is a record boundary only outside quotes, and whether a byte is inside quotes depends on
/// every quote before it. So the range is first cut into equal blocks whose quotes are counted in
/// parallel; the parity of the quotes before a block says whether it starts inside a quoted field, and
/// from there the first newline outside quotes is the cut. For a malformed file the parity can be wrong
/// after the first bad quote, but that quote is itself reported by the chunk that holds it, and the
/// lowest-offset failure is the one shown.
enum ChunkPlanner {
    static func chunks(_ source: UnsafePointer<UInt8>, range: Range<Int>, chunkSize: Int,
                       quoteAware: Bool = true) -> [Range<Int>] {
        guard range.count > chunkSize else { return range.isEmpty ? [] : [range] }
        let blockCount = (range.count + chunkSize - 1) / chunkSize
        let blockStarts = (0...blockCount).map { range.lowerBound + range.count * $0 / blockCount }
        let quoteParities: [Bool] = quoteAware
            ? Parallel.map(blockCount) { blockIndex in
                let block = blockStarts[blockIndex]..<blockStarts[blockIndex + 1]
                return countQuotes(source, from: block.lowerBound, to: block.upperBound) & 1 == 1
            }
            : [Bool](repeating: false, count: blockCount)
        var cuts = [range.lowerBound]
        var insideQuotes = false
        for blockIndex in 1..<blockCount {
            insideQuotes = insideQuotes != quoteParities[blockIndex - 1]
            let cut = firstRecordStart(source, from: blockStarts[blockIndex], end: range.upperBound,
                                       insideQuotes: insideQuotes, quoteAware: quoteAware)
            if cut > cuts.last! && cut < range.upperBound { cuts.append(cut) }
        }
        cuts.append(range.upperBound)
        return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
    }

    private static func firstRecordStart(_ source: UnsafePointer<UInt8>, from start: Int, end: Int,
                                         insideQuotes: Bool, quoteAware: Bool) -> Int {
        var inside = insideQuotes
        var index = start
        while index < end {
            let byte = source[index]
            if quoteAware && byte == UInt8(ascii: "\"") {
                inside.toggle()
            } else if byte == UInt8(ascii: "\n") && !inside {
                return index + 1
            }
            index += 1
        }
        return end
    }

    /// Counts `"` bytes eight at a time: a zero byte of `word ^ 0x2222…` is a quote.
    static func countQuotes(_ source: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let quotes: UInt64 = 0x2222_2222_2222_2222
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var count = 0
        var index = start
        let raw = UnsafeRawPointer(source)
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ quotes
            let zeroBytes = ~(((word & low7) &+ low7) | word | low7)
            count += zeroBytes.nonzeroBitCount
            index += 8
        }
        while index < end {
            if source[index] == UInt8(ascii: "\"") { count += 1 }
            index += 1
        }
        return count
    }
}
