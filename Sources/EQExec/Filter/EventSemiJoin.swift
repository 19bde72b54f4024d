import EQBinder
import EQStore

/// Answers an event condition for every user in one pass over the events table: the events of the
/// type (a dictionary code compare) in the window are counted, or their earliest/latest time kept, per
/// user id, then each user's figure is tested against the accepted counts or times once. The users'
/// filter then looks the answer up by id, so the cost is one scan of each side: a hash semi-join.
enum EventSemiJoin {
    static func answers(_ condition: EventCondition, users: Column, events: Table) -> IDAnswers {
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
        if let range = IDAnswers.denseRange(for: users) {
            let size = Int(range.upperBound - range.lowerBound) + 1
            var figures = [Int64](repeating: empty, count: size)
            figures.withUnsafeMutableBufferPointer { figures in
                switch measure {
                case .count: scan.run(base: range.lowerBound, into: figures) { $0 &+= 1; _ = $1 }
                case .first: scan.run(base: range.lowerBound, into: figures) { $0 = min($0, $1) }
                case .last: scan.run(base: range.lowerBound, into: figures) { $0 = max($0, $1) }
                }
            }
            let dense = figures.map { $0 == empty ? fallback : accepts($0) }
            return IDAnswers(base: range.lowerBound, dense: dense, exceptions: [], isDense: true, fallback: fallback)
        }
        var figures: [Int64: Int64] = [:]
        scan.forEach { id, time in
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

/// The events of one type within a window, read straight from the columns.
struct EventScan {
    let keys: [Int64]
    let keyValidity: ValidityMask
    let codes: [UInt32]?
    /// Matches per dictionary entry, by bytes: a plain (uncoded) column holds one entry per row, so
    /// the type may sit under many entries.
    let entryMatches: [Bool]
    /// The one matching code of a dictionary-encoded column, the usual case: a compare per row.
    let singleCode: UInt32?
    let anyMatch: Bool
    let typeValidity: ValidityMask
    let timestamps: [Int64]?
    let dates: [Int32]?
    let timeValidity: ValidityMask?
    let window: EventBounds?
    let needsTime: Bool

    init(condition: EventCondition, keys: [Int64], keyValidity: ValidityMask, types: StringColumn,
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
    }

    /// Calls `update(&figures[id - base], time)` for each matching event of a user in `figures`' range.
    @inline(__always)
    func run(base: Int64, into figures: UnsafeMutableBufferPointer<Int64>, _ update: (inout Int64, Int64) -> Void) {
        forEach { id, time in
            let offset = id &- base
            guard offset >= 0 && offset < Int64(figures.count) else { return }
            update(&figures[Int(offset)], time)
        }
    }

    /// Calls `body(user id, time)` for each event of the type inside the window.
    @inline(__always)
    func forEach(_ body: (Int64, Int64) -> Void) {
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
                            for row in 0..<keys.count {
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
