import Dispatch

/// The smallest and largest valid value of each block of rows of a time column, recorded when a table
/// is loaded. Event logs are appended in time order, so a window such as `last 30 days` touches a few
/// blocks and a scan can skip the rest by looking at two numbers per block; on unsorted data every
/// block spans nearly everything and the map just skips less, never wrongly.
public struct ZoneMap: Sendable, Equatable {
    /// Rows per block; 4,096 keeps the map at 1/256 of the column and a block a few pages long.
    public static let blockRows = 4096

    /// Per block: the least and greatest valid value, as `Int64` (dates are days); a block without a
    /// valid value has `.max` and `.min`, so it intersects no window.
    public let minimums: [Int64]
    public let maximums: [Int64]
    /// The rows the map was built over; a column of any other length does not use it.
    public let rowCount: Int

    public init(minimums: [Int64], maximums: [Int64], rowCount: Int) {
        self.minimums = minimums
        self.maximums = maximums
        self.rowCount = rowCount
    }

    public var blockCount: Int { minimums.count }

    /// The rows of block `block`.
    @inline(__always)
    public func rows(ofBlock block: Int) -> Range<Int> {
        block * Self.blockRows..<min((block + 1) * Self.blockRows, rowCount)
    }

    /// Whether block `block` may hold a value in `lower..<upper` (`upper == .max` means unbounded).
    @inline(__always)
    public func mayHold(block: Int, lower: Int64, upper: Int64) -> Bool {
        maximums[block] >= lower && (upper == .max || minimums[block] < upper)
    }

    /// The map of a timestamp, integer or date column; nil for other types.
    public static func build(_ storage: ColumnStorage, validity: ValidityMask) -> ZoneMap? {
        switch storage {
        case .timestamp(let values), .int(let values):
            return values.withUnsafeBufferPointer { build(.wide($0), count: values.count, validity: validity) }
        case .date(let values):
            return values.withUnsafeBufferPointer { build(.narrow($0), count: values.count, validity: validity) }
        default:
            return nil
        }
    }

    private static func build(_ values: ZoneValues, count: Int, validity: ValidityMask) -> ZoneMap {
        let blocks = (count + blockRows - 1) / blockRows
        var minimums = [Int64](repeating: .max, count: blocks)
        var maximums = [Int64](repeating: .min, count: blocks)
        minimums.withUnsafeMutableBufferPointer { minimums in
            maximums.withUnsafeMutableBufferPointer { maximums in
                let task = ZoneTask(values: values, minimums: minimums, maximums: maximums)
                // A few ranges of blocks, one at a time per core; each writes only its own blocks' slots.
                let parts = blocks >= 64 ? 4 : 1
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    for block in (blocks * part / parts)..<(blocks * (part + 1) / parts) {
                        let rows = block * blockRows..<min((block + 1) * blockRows, count)
                        let (low, high) = switch task.values {
                        case .wide(let values): bounds(values, rows, validity)
                        case .narrow(let values): bounds(values, rows, validity)
                        }
                        task.minimums[block] = low
                        task.maximums[block] = high
                    }
                }
            }
        }
        return ZoneMap(minimums: minimums, maximums: maximums, rowCount: count)
    }

    @inline(__always)
    private static func bounds<T: FixedWidthInteger>(_ values: UnsafeBufferPointer<T>, _ rows: Range<Int>,
                                                     _ validity: ValidityMask) -> (Int64, Int64) {
        var low = Int64.max
        var high = Int64.min
        if validity.hasNulls {
            for row in rows where validity.isValid(row) {
                let item = Int64(truncatingIfNeeded: values[row])
                low = min(low, item)
                high = max(high, item)
            }
        } else {
            for row in rows {
                let item = Int64(truncatingIfNeeded: values[row])
                low = min(low, item)
                high = max(high, item)
            }
        }
        return (low, high)
    }
}

private enum ZoneValues {
    case wide(UnsafeBufferPointer<Int64>)
    case narrow(UnsafeBufferPointer<Int32>)
}

/// The column and the two output arrays handed to the worker threads, each of which reads the column
/// and writes a disjoint range of blocks while the caller waits.
private struct ZoneTask: @unchecked Sendable {
    let values: ZoneValues
    let minimums: UnsafeMutableBufferPointer<Int64>
    let maximums: UnsafeMutableBufferPointer<Int64>
}

extension Table {
    /// The table with a zone map on each timestamp and date column (and on the time column of an
    /// events table, whatever its type), for event conditions with a window.
    public func withZoneMaps() -> Table {
        var table = self
        for index in table.columns.indices {
            let column = table.columns[index]
            let isTime = column.type == .timestamp || column.type == .date || index == timeColumn
            guard isTime, column.zoneMap == nil, column.count >= ZoneMap.blockRows else { continue }
            table.columns[index].zoneMap = ZoneMap.build(column.storage, validity: column.validity)
        }
        return table
    }
}
