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
        let times = condition.timeColumn.map { events.columns[$0] }
        let matching = matchingRows(condition, keys: keys, keyValidity: events.columns[condition.keyColumn].validity,
                                    types: types, typeValidity: events.columns[condition.typeColumn].validity,
                                    times: times)
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
                matching { id, time in
                    let offset = id &- range.lowerBound
                    guard offset >= 0 && offset < Int64(size) else { return }
                    switch measure {
                    case .count: figures[Int(offset)] &+= 1
                    case .first: figures[Int(offset)] = min(figures[Int(offset)], time)
                    case .last: figures[Int(offset)] = max(figures[Int(offset)], time)
                    }
                }
            }
            let dense = figures.map { $0 == empty ? fallback : accepts($0) }
            return IDAnswers(base: range.lowerBound, dense: dense, exceptions: [], isDense: true, fallback: fallback)
        }
        var figures: [Int64: Int64] = [:]
        matching { id, time in
            switch measure {
            case .count: figures[id, default: 0] += 1
            case .first: figures[id] = min(figures[id] ?? .max, time)
            case .last: figures[id] = max(figures[id] ?? .min, time)
            }
        }
        let exceptions = Set(figures.filter { accepts($0.value) != fallback }.keys)
        return IDAnswers(base: 0, dense: [], exceptions: exceptions, isDense: false, fallback: fallback)
    }

    /// Calls `body(user id, time)` for each event of the type inside the window.
    private static func matchingRows(_ condition: EventCondition, keys: [Int64], keyValidity: ValidityMask,
                                     types: StringColumn, typeValidity: ValidityMask, times: Column?)
        -> ((Int64, Int64) -> Void) -> Void {
        let window = condition.window
        // Matched per dictionary entry, by bytes: a plain (uncoded) column holds one entry per row, so
        // the type may sit under many entries.
        let target = Array(condition.type.utf8)
        var entryMatches = [Bool](repeating: false, count: types.dictionary.count)
        var anyMatch = false
        target.withUnsafeBufferPointer { target in
            types.dictionary.forEachEntry { code, entry in
                entryMatches[code] = bytesEqual(entry, target)
                anyMatch = anyMatch || entryMatches[code]
            }
        }
        let matches = entryMatches
        return { body in
            guard anyMatch else { return }
            let count = keys.count
            keys.withUnsafeBufferPointer { keys in
                func time(_ row: Int) -> Int64? {
                    guard let times else { return 0 }
                    guard times.validity.isValid(row) else { return nil }
                    switch times.storage {
                    case .timestamp(let values), .int(let values): return values[row]
                    case .date(let values): return Int64(values[row])
                    default: return nil
                    }
                }
                let typeIsMatch: (Int) -> Bool
                if let codes = types.codes {
                    typeIsMatch = { row in matches[Int(codes[row])] }
                } else {
                    typeIsMatch = { row in matches[row] }
                }
                let checksKeys = keyValidity.hasNulls
                let checksTypes = typeValidity.hasNulls
                for row in 0..<count where typeIsMatch(row) {
                    if checksKeys && !keyValidity.isValid(row) { continue }
                    if checksTypes && !typeValidity.isValid(row) { continue }
                    if condition.measure == .count && window == nil {
                        body(keys[row], 0)
                        continue
                    }
                    guard let at = time(row) else { continue }
                    if let window, !window.contains(at) { continue }
                    body(keys[row], at)
                }
            }
        }
    }
}
