import Dispatch
import EQBinder
import EQStore

/// Answers an event condition for every user in one pass over the events table: the events of the
/// type (a dictionary code compare) in the window are counted, or their earliest/latest time kept, per
/// user id, then each user's figure is tested against the accepted counts or times once. The users'
/// filter then looks the answer up by id, so the cost is one scan of each side: a hash semi-join.
enum EventSemiJoin {
    /// `threads` caps the scan's parallelism (`--threads`); `stats`, when given, learns how many events
    /// and blocks the zone map let the scan skip (`explain analyze`).
    static func answers(_ condition: EventCondition, users: Column, events: Table, threads: Int? = nil,
                        stats: EventScanStats? = nil) -> IDAnswers {
        let accepts: (Int64) -> Bool = { value in condition.accepted.contains { $0.contains(value) } }
        let fallback = condition.measure == .count ? accepts(0) : false
        guard condition.keyColumn < events.columns.count, condition.typeColumn < events.columns.count,
              case .int(let keys) = events.columns[condition.keyColumn].storage,
              case .string(let types) = events.columns[condition.typeColumn].storage else {
            return IDAnswers(base: 0, dense: [], exceptions: [], isDense: false, fallback: fallback)
        }
        let scan = EventScan(condition: condition, keys: keys, keyValidity: events.columns[condition.keyColumn].validity,
                             types: types, typeValidity: events.columns[condition.typeColumn].validity,
                             times: condition.timeColumn.map { events.columns[$0] })
        let measure = condition.measure
        let empty: Int64 = switch measure {
        case .count: 0
        case .first: .max
        case .last: .min
        }
        let ranges = scan.candidateRanges()
        stats?.record(scan: ranges)
        if let range = IDAnswers.denseRange(for: users) {
            let size = Int(range.upperBound - range.lowerBound) + 1
            // Two parts per core at most, each into its own array of figures (merged after), when
            // there are enough events to pay for the extra array.
            let rows = ranges.rows.reduce(0) { $0 + $1.count }
            let parts = rows >= 1 << 18 && rows >= size / 4 ? min(max(threads ?? ProcessInfoLite.activeProcessorCount, 1), 8) : 1
            let slices = EventScan.split(ranges.rows, into: parts)
            let partials = PartSlots<[Int64]>(count: slices.count)
            let work: @Sendable (Int) -> Void = { part in
                var figures = [Int64](repeating: empty, count: size)
                figures.withUnsafeMutableBufferPointer { figures in
                    switch measure {
                    case .count: scan.run(slices[part], base: range.lowerBound, into: figures) { $0 &+= 1; _ = $1 }
                    case .first: scan.run(slices[part], base: range.lowerBound, into: figures) { $0 = min($0, $1) }
                    case .last: scan.run(slices[part], base: range.lowerBound, into: figures) { $0 = max($0, $1) }
                    }
                }
                partials.put(part, figures)
            }
            if slices.count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: slices.count, execute: work) }
            var figures = partials.take(0) ?? [Int64](repeating: empty, count: size)
            for part in 1..<slices.count {
                guard let other = partials.take(part) else { continue }
                figures.withUnsafeMutableBufferPointer { figures in
                    other.withUnsafeBufferPointer { other in
                        switch measure {
                        case .count: for index in 0..<size { figures[index] &+= other[index] }
                        case .first: for index in 0..<size { figures[index] = min(figures[index], other[index]) }
                        case .last: for index in 0..<size { figures[index] = max(figures[index], other[index]) }
                        }
                    }
                }
            }
            let dense = EventSemiJoin.decide(figures, empty: empty, fallback: fallback, accepted: condition.accepted)
            return IDAnswers(base: range.lowerBound, dense: dense, exceptions: [], isDense: true, fallback: fallback)
        }
        var figures: [Int64: Int64] = [:]
        scan.forEach(ranges.rows) { id, time in
            switch measure {
            case .count: figures[id, default: 0] += 1
            case .first: figures[id] = min(figures[id] ?? .max, time)
            case .last: figures[id] = max(figures[id] ?? .min, time)
            }
        }
        let exceptions = Set(figures.filter { accepts($0.value) != fallback }.keys)
        return IDAnswers(base: 0, dense: [], exceptions: exceptions, isDense: false, fallback: fallback)
    }
}

extension EventSemiJoin {
    /// Each user's yes or no from the figure: the accepted ranges are few (one, mostly), so testing
    /// them in a loop per user costs less than a closure call per user did.
    static func decide(_ figures: [Int64], empty: Int64, fallback: Bool, accepted: [EventBounds]) -> [Bool] {
        figures.map { figure in
            if figure == empty { return fallback }
            for bounds in accepted where bounds.contains(figure) { return true }
            return false
        }
    }
}

/// The events of one type within a window, read straight from the columns.
struct EventScan: @unchecked Sendable {
    let keys: ColumnBuffer<Int64>
    let keyValidity: ValidityMask
    let codes: ColumnBuffer<UInt32>?
    /// Matches per dictionary entry, by bytes: a plain (uncoded) column holds one entry per row, so
    /// the type may sit under many entries.
    let entryMatches: [Bool]
    /// The one matching code of a dictionary-encoded column, the usual case: a compare per row.
    let singleCode: UInt32?
    let anyMatch: Bool
    let typeValidity: ValidityMask
    let timestamps: ColumnBuffer<Int64>?
    let dates: ColumnBuffer<Int32>?
    let timeValidity: ValidityMask?
    let window: EventBounds?
    let needsTime: Bool
    /// The time column's blocks, when the load recorded them and there is a window to skip by.
    let zoneMap: ZoneMap?

    init(condition: EventCondition, keys: ColumnBuffer<Int64>, keyValidity: ValidityMask, types: StringColumn,
         typeValidity: ValidityMask, times: Column?) {
        self.keys = keys
        self.keyValidity = keyValidity
        self.codes = types.codes
        self.typeValidity = typeValidity
        let target = Array(condition.type.utf8)
        var matches = [Bool](repeating: false, count: types.dictionary.count)
        var matchingCodes: [UInt32] = []
        target.withUnsafeBufferPointer { target in
            types.dictionary.forEachEntry { code, entry in
                matches[code] = bytesEqual(entry, target)
                if matches[code] { matchingCodes.append(UInt32(truncatingIfNeeded: code)) }
            }
        }
        entryMatches = matches
        anyMatch = !matchingCodes.isEmpty
        singleCode = types.codes != nil && matchingCodes.count == 1 ? matchingCodes[0] : nil
        switch times?.storage {
        case .timestamp(let values)?, .int(let values)?:
            timestamps = values
            dates = nil
        case .date(let values)?:
            timestamps = nil
            dates = values
        default:
            timestamps = nil
            dates = nil
        }
        timeValidity = times?.validity
        window = condition.window
        needsTime = condition.measure != .count || condition.window != nil
        if condition.window != nil, let map = times?.zoneMap, map.rowCount == keys.count { zoneMap = map } else { zoneMap = nil }
    }

    /// The ranges of rows whose blocks may hold an event in the window (all rows without a zone map),
    /// adjacent blocks merged; and what was skipped.
    func candidateRanges() -> (rows: [Range<Int>], skippedRows: Int, skippedBlocks: Int, blocks: Int) {
        let count = keys.count
        guard let zoneMap, let window, count > 0 else {
            return (count == 0 ? [] : [0..<count], 0, 0, zoneMap?.blockCount ?? 0)
        }
        let lower = window.lower
        let upper = window.upper
        var ranges: [Range<Int>] = []
        var skippedRows = 0
        var skippedBlocks = 0
        for block in 0..<zoneMap.blockCount {
            let rows = zoneMap.rows(ofBlock: block)
            guard zoneMap.mayHold(block: block, lower: lower, upper: upper) else {
                skippedRows += rows.count
                skippedBlocks += 1
                continue
            }
            if let last = ranges.last, last.upperBound == rows.lowerBound {
                ranges[ranges.count - 1] = last.lowerBound..<rows.upperBound
            } else {
                ranges.append(rows)
            }
        }
        return (ranges, skippedRows, skippedBlocks, zoneMap.blockCount)
    }

    /// `ranges` cut into at most `parts` pieces of about equal rows, in order.
    static func split(_ ranges: [Range<Int>], into parts: Int) -> [[Range<Int>]] {
        let total = ranges.reduce(0) { $0 + $1.count }
        guard parts > 1, total > 0 else { return [ranges] }
        let share = (total + parts - 1) / parts
        var pieces: [[Range<Int>]] = [[]]
        var room = share
        for range in ranges {
            var start = range.lowerBound
            while start < range.upperBound {
                if room == 0 {
                    pieces.append([])
                    room = share
                }
                let end = min(range.upperBound, start + room)
                pieces[pieces.count - 1].append(start..<end)
                room -= end - start
                start = end
            }
        }
        return pieces
    }

    /// Calls `update(&figures[id - base], time)` for each matching event of a user in `figures`' range.
    @inline(__always)
    func run(_ ranges: [Range<Int>], base: Int64, into figures: UnsafeMutableBufferPointer<Int64>,
             _ update: (inout Int64, Int64) -> Void) {
        forEach(ranges) { id, time in
            let offset = id &- base
            guard offset >= 0 && offset < Int64(figures.count) else { return }
            update(&figures[Int(offset)], time)
        }
    }

    /// Calls `body(user id, time)` for each event of the type inside the window, among `ranges`' rows.
    @inline(__always)
    func forEach(_ ranges: [Range<Int>], _ body: (Int64, Int64) -> Void) {
        guard anyMatch, !(needsTime && timestamps == nil && dates == nil) else { return }
        let checksKeys = keyValidity.hasNulls
        let checksTypes = typeValidity.hasNulls
        let checksTimes = timeValidity?.hasNulls ?? false
        let lower = window?.lower ?? .min
        let upper = window?.upper ?? .max
        let timestamps = timestamps ?? []
        let dates = dates ?? []
        keys.withUnsafeBufferPointer { keys in
            timestamps.withUnsafeBufferPointer { timestamps in
                dates.withUnsafeBufferPointer { dates in
                    entryMatches.withUnsafeBufferPointer { matches in
                        (codes ?? []).withUnsafeBufferPointer { codes in
                            for range in ranges {
                            for row in range {
                                if let singleCode {
                                    if codes[row] != singleCode { continue }
                                } else if !matches[codes.isEmpty ? row : Int(codes[row])] {
                                    continue
                                }
                                if checksKeys && !keyValidity.isValid(row) { continue }
                                if checksTypes && !typeValidity.isValid(row) { continue }
                                var time: Int64 = 0
                                if needsTime {
                                    if checksTimes && !(timeValidity?.isValid(row) ?? true) { continue }
                                    time = timestamps.isEmpty ? Int64(dates[row]) : timestamps[row]
                                    if time < lower || (time >= upper && upper != .max) { continue }
                                }
                                body(keys[row], time)
                            }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One result slot per part of a parallel scan; each part writes only its own slot, and the slots are
/// read after `concurrentPerform` returns, which is what makes the unchecked sendability sound.
final class PartSlots<Element>: @unchecked Sendable {
    private var slots: [Element?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func put(_ index: Int, _ value: Element) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }
    func take(_ index: Int) -> Element? {
        slots.withUnsafeMutableBufferPointer { buffer in
            defer { buffer[index] = nil }
            return buffer[index]
        }
    }
}
