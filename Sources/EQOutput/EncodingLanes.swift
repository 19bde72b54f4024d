import Dispatch
import EQStore

/// Encodes a table's rows on all cores: each round, every lane encodes its own slice of rows into its
/// own buffer, then the buffers are emitted in row order. Exports of millions of rows are bound by
/// encoding, not by `write(2)`, so this is what makes them scale with cores.
struct EncodingLanes {
    let table: Table
    let layout: RowEncoder.Layout
    /// Objects are separated by `,\n` except the last, as inside a JSON array.
    let jsonArray: Bool
    /// CSV: the formula guard (`RowEncoder.guardsFormulas`).
    var guardsFormulas = false
    /// Lanes at most; the `--threads` setting when it is given.
    var threads: Int?

    /// Rows encoded per step; small enough that the per-column scratch stays in cache.
    static let rowsPerBatch = 2048
    /// Rows a lane takes per round: enough to amortise the hand-off between threads.
    static let rowsPerLane = 32 * rowsPerBatch

    /// Stops between rounds once `cancellation` says so; false when it stopped early.
    /// `defusedCells` counts the cells the formula guard prefixed.
    @discardableResult
    func encode(cancellation: () -> Bool = { false }, defusedCells: inout Int,
                emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let rowCount = table.rowCount
        let laneCount = rowCount >= 2 * Self.rowsPerLane ? min(threads ?? activeProcessorCount(), 8) : 1
        let lanes = (0..<laneCount).map { _ in Lane(table: table, layout: layout, guardsFormulas: guardsFormulas) }
        defer { defusedCells += lanes.reduce(0) { $0 + $1.encoder.defusedCells } }
        let lastRow = jsonArray ? rowCount - 1 : nil
        let roundSize = laneCount * Self.rowsPerLane
        for roundStart in stride(from: 0, to: rowCount, by: roundSize) {
            if cancellation() { return false }
            let slices = (0..<laneCount).map { laneIndex in
                let start = min(roundStart + laneIndex * Self.rowsPerLane, rowCount)
                return start..<min(start + Self.rowsPerLane, rowCount)
            }
            if laneCount == 1 {
                lanes[0].encode(slices[0], lastRow: lastRow)
            } else {
                DispatchQueue.concurrentPerform(iterations: laneCount) { laneIndex in
                    lanes[laneIndex].encode(slices[laneIndex], lastRow: lastRow)
                }
            }
            for lane in lanes {
                emit(lane.buffer.bytes)
            }
        }
        return true
    }
}

/// One thread's encoder and output. Unchecked because a lane is touched by exactly one thread during a
/// round and only by the caller between rounds, `concurrentPerform` returning being the barrier.
private final class Lane: @unchecked Sendable {
    let encoder: RowEncoder
    let buffer = ByteBuffer(capacity: 1 << 20)

    init(table: Table, layout: RowEncoder.Layout, guardsFormulas: Bool) {
        encoder = RowEncoder(table: table, layout: layout, guardsFormulas: guardsFormulas)
    }

    static let arraySeparator = Array(",\n".utf8)
    static let lineSeparator = Array("\n".utf8)

    /// Encodes `rows`; in a JSON array every object but the one at `lastRow` is followed by a comma.
    func encode(_ rows: Range<Int>, lastRow: Int?) {
        buffer.removeAll()
        for start in stride(from: rows.lowerBound, to: rows.upperBound, by: EncodingLanes.rowsPerBatch) {
            let batch = start..<min(start + EncodingLanes.rowsPerBatch, rows.upperBound)
            guard let lastRow, batch.contains(lastRow) else {
                encoder.appendRows(batch, to: buffer, jsonSeparator: lastRow == nil ? Self.lineSeparator : Self.arraySeparator)
                continue
            }
            encoder.appendRows(batch.lowerBound..<lastRow, to: buffer, jsonSeparator: Self.arraySeparator)
            encoder.appendRows(lastRow..<lastRow + 1, to: buffer, jsonSeparator: Self.lineSeparator)
        }
    }
}

#if canImport(Glibc)
import Glibc

/// One lane per core, or as many as `EQ_THREADS` (which `--threads` sets) says.
private func activeProcessorCount() -> Int {
    if let text = getenv("EQ_THREADS"), let value = Int(String(cString: text)), value > 0 { return value }
    return max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1)
}
#else
import Darwin

private func activeProcessorCount() -> Int {
    max(Int(sysconf(_SC_NPROCESSORS_ONLN)), 1)
}
#endif
