import EQBinder
import EQStore
import EQTypes

/// Runs a funnel over the events in two passes and a walk per user, with no per-event strings and no
/// hashing on the dense path:
///
/// 1. Each dictionary entry of the events' type column maps to the step type it is (or none), once.
/// 2. One pass counts each user's step events, a prefix sum turns the counts into offsets, and a second
///    pass places each event's time (microseconds; a date is its midnight) and step type in its user's
///    slice: the events grouped per user, indexed by the user's position.
/// 3. Each slice is sorted by time, then step type in order of first appearance among the steps, so at
///    equal times an earlier step's event comes first. The walk takes the user's earliest admitted
///    first-step event, then for each later step the earliest unused event of its type at or after the
///    previous step's time and no later than the window's end (which is included): taking the earliest
///    never loses a later step, so this finds the deepest step the user reached.
enum FunnelKernel {
    /// Per group and step: the users who reached it and the times from the previous step (µs).
    struct Counts {
        var users: [[Int]]
        var gaps: [[[Int64]]]
    }

    static func run(_ relation: Relation, events: Table, funnel: BoundFunnel, context: EngagementContext,
                    cancellation: () -> Bool) throws(ExecutionError) -> Table {
        let users = FunnelUsers(relation, funnel: funnel, context: context)
        let counts = try count(users, events: events, funnel: funnel, cancellation: cancellation)
        return FunnelTable.build(counts, users: users, funnel: funnel)
    }

    static func count(_ users: FunnelUsers, events: Table, funnel: BoundFunnel,
                      cancellation: () -> Bool) throws(ExecutionError) -> Counts {
        let stepCount = funnel.steps.count
        let groupCount = users.groupValues.count
        var counts = Counts(users: Array(repeating: Array(repeating: 0, count: stepCount), count: groupCount),
                            gaps: Array(repeating: Array(repeating: [], count: stepCount), count: groupCount))
        guard funnel.keyColumn < events.columns.count, funnel.typeColumn < events.columns.count,
              funnel.timeColumn < events.columns.count,
              case .int(let keys) = events.columns[funnel.keyColumn].storage,
              case .string(let types) = events.columns[funnel.typeColumn].storage else {
            throw .unsupported("the events table \(events.name) no longer has the funnel's columns")
        }
        let timeColumn = events.columns[funnel.timeColumn]
        let isDate: Bool
        let timestamps: ColumnBuffer<Int64>
        let dates: ColumnBuffer<Int32>
        switch timeColumn.storage {
        case .timestamp(let values): (isDate, timestamps, dates) = (false, values, [])
        case .date(let values): (isDate, timestamps, dates) = (true, [], values)
        default: throw .unsupported("the time column \(timeColumn.name) of \(events.name) is not a date or timestamp")
        }

        // Step types: the distinct types in order of first appearance, so a type's id is also the
        // order of the first step it stands for.
        var typeIDs: [String] = []
        let stepType: [UInt8] = funnel.steps.map { step in
            if let known = typeIDs.firstIndex(of: step) { return UInt8(known) }
            typeIDs.append(step)
            return UInt8(typeIDs.count - 1)
        }
        let noType = UInt8.max
        var entryType = [UInt8](repeating: noType, count: types.dictionary.count)
        let wanted = typeIDs.map { Array($0.utf8) }
        types.dictionary.forEachEntry { code, bytes in
            if let id = wanted.firstIndex(where: { bytes.elementsEqual($0) }) { entryType[code] = UInt8(id) }
        }

        // Pass 1 and 2: the events of each user's slice.
        let keyValidity = events.columns[funnel.keyColumn].validity
        let typeValidity = events.columns[funnel.typeColumn].validity
        let timeValidity = timeColumn.validity
        let checks = keyValidity.hasNulls || typeValidity.hasNulls || timeValidity.hasNulls
        func eventPosition(_ row: Int) -> Int32 {
            if entryType[types.code(at: row)] == noType { return -1 }
            if checks && !(keyValidity.isValid(row) && typeValidity.isValid(row) && timeValidity.isValid(row)) {
                return -1
            }
            return users.position(ofID: keys[row])
        }
        var offsets = [Int](repeating: 0, count: users.count + 1)
        for row in 0..<keys.count {
            if row % (16 * standardVectorSize) == 0 && cancellation() { throw .cancelled }
            let position = eventPosition(row)
            if position >= 0 { offsets[Int(position) + 1] += 1 }
        }
        for position in 0..<users.count { offsets[position + 1] += offsets[position] }
        var times = [Int64](repeating: 0, count: offsets[users.count])
        var kinds = [UInt8](repeating: 0, count: offsets[users.count])
        var fill = offsets
        for row in 0..<keys.count {
            if row % (16 * standardVectorSize) == 0 && cancellation() { throw .cancelled }
            let position = eventPosition(row)
            guard position >= 0 else { continue }
            let slot = fill[Int(position)]
            fill[Int(position)] += 1
            times[slot] = isDate ? CivilDate.micros(ofDay: dates[row]) : timestamps[row]
            kinds[slot] = entryType[types.code(at: row)]
        }

        let admitted = funnel.firstStepTimes.map { bounds in
            bounds.map { isDate ? EventBounds(lower: micros(ofDayBound: $0.lower), upper: micros(ofDayBound: $0.upper)) : $0 }
        }
        var slice: [(time: Int64, kind: UInt8)] = []
        var matched = [Int](repeating: 0, count: stepCount)
        for position in 0..<users.count {
            if position % standardVectorSize == 0 && cancellation() { throw .cancelled }
            let group = Int(users.group[position])
            guard group >= 0 && group < groupCount else { continue }
            let start = offsets[position]
            let end = offsets[position + 1]
            guard start < end else { continue }
            slice.removeAll(keepingCapacity: true)
            for slot in start..<end { slice.append((times[slot], kinds[slot])) }
            slice.sort { $0.time != $1.time ? $0.time < $1.time : $0.kind < $1.kind }
            let reached = walk(slice, stepType: stepType, admitted: admitted, funnel: funnel, matched: &matched)
            for step in 0..<reached {
                counts.users[group][step] += 1
                if step > 0 { counts.gaps[group][step].append(slice[matched[step]].time - slice[matched[step - 1]].time) }
            }
        }
        return counts
    }

    /// How many steps of the funnel one user's sorted events reach; `matched[k]` is the event taken for
    /// step k.
    static func walk(_ events: [(time: Int64, kind: UInt8)], stepType: [UInt8], admitted: [EventBounds]?,
                     funnel: BoundFunnel, matched: inout [Int]) -> Int {
        guard let anchor = events.indices.first(where: { index in
            events[index].kind == stepType[0]
                && (admitted.map { bounds in bounds.contains { $0.contains(events[index].time) } } ?? true)
        }) else { return 0 }
        matched[0] = anchor
        let deadline = windowEnd(from: events[anchor].time, count: funnel.windowCount, unit: funnel.windowUnit)
        // The first event at the previous step's time: an unused event there may still be the next step.
        var low = anchor
        while low > 0 && events[low - 1].time == events[anchor].time { low -= 1 }
        for step in 1..<stepType.count {
            let previousTime = events[matched[step - 1]].time
            while low < events.count && events[low].time < previousTime { low += 1 }
            var found: Int?
            var index = low
            while index < events.count && events[index].time <= deadline {
                if events[index].kind == stepType[step] && !matched[0..<step].contains(index) {
                    found = index
                    break
                }
                index += 1
            }
            guard let found else { return step }
            matched[step] = found
        }
        return stepType.count
    }

    /// The last time (µs) a later step may have: `count` units after `start`. Months, quarters and
    /// years are calendar units (31 January + 1 month is 29 February in a leap year, the month's last
    /// day when the day does not exist).
    static func windowEnd(from start: Int64, count: Int64, unit: TimeUnit) -> Int64 {
        let hour: Int64 = 3_600_000_000
        switch unit {
        case .hour: return start &+ count &* hour
        case .day: return start &+ count &* CivilDate.microsPerDay
        case .week: return start &+ count &* 7 &* CivilDate.microsPerDay
        case .month, .quarter, .year:
            let months = count * (unit == .month ? 1 : unit == .quarter ? 3 : 12)
            let day = CivilDate.day(ofMicros: start)
            let timeOfDay = start - CivilDate.micros(ofDay: day)
            let civil = CivilDate.civil(days: day)
            let index = Int64(civil.year) * 12 + Int64(civil.month - 1) + months
            let year = Int(index / 12)
            let month = Int(index % 12) + 1
            let dayOfMonth = min(civil.day, CivilDate.daysInMonth(year: year, month: month))
            return CivilDate.micros(ofDay: CivilDate.days(year: year, month: month, day: dayOfMonth)) + timeOfDay
        }
    }

    /// A bound in days as microseconds, keeping the open ends open.
    static func micros(ofDayBound day: Int64) -> Int64 {
        if day == .min || day == .max { return day }
        return CivilDate.micros(ofDay: Int32(clamping: day))
    }
}
