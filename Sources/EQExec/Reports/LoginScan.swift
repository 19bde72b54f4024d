import Dispatch
import EQStore
import EQTypes

/// The logins of the selected users, read straight from the events table's columns in parallel parts:
/// what `ActivityBitmap` is built from. A login is a row whose `type` is `login` with a valid user id,
/// type and time, whose id is a selected user's (`UserIndex`: unknown ids and unselected users are -1);
/// its day is the UTC day of its time (a date column's own day) — exactly the rows `LoginEvents` keeps.
struct LoginScan: Sendable {
    let ids: ColumnBuffer<Int64>
    let idValidity: ValidityMask
    let codes: ColumnBuffer<UInt32>?
    /// 1 for each type entry that is `login`, 0 for the others: added, not tested, per row.
    let isLogin: [UInt8]
    /// The one login entry of a dictionary-coded type column, the usual case: a compare per row.
    let loginCode: UInt32?
    let anyLogin: Bool
    let typeValidity: ValidityMask
    let timestamps: ColumnBuffer<Int64>
    let dates: ColumnBuffer<Int32>
    let isDate: Bool
    let timeValidity: ValidityMask
    let zoneMap: ZoneMap?
    let users: UserIndex
    /// The days kept, `startDay ..< startDay + offsets.count`, and each one's period; empty for no window.
    let startDay: Int32
    let offsets: [Int32]

    var rowCount: Int { ids.count }

    /// `range` nil reads logins of every day (to find the earliest).
    init(events: Table, users: UserIndex, range: PeriodRange?) throws(ExecutionError) {
        let columns = try LoginEvents.columns(of: events)
        ids = columns.userID
        idValidity = columns.userValidity
        codes = columns.type.codes
        isLogin = columns.isLogin.map { $0 ? 1 : 0 }
        let loginCodes = columns.isLogin.indices.filter { columns.isLogin[$0] }
        anyLogin = !loginCodes.isEmpty
        loginCode = codes != nil && loginCodes.count == 1 ? UInt32(truncatingIfNeeded: loginCodes[0]) : nil
        typeValidity = columns.typeValidity
        timeValidity = columns.timeValidity
        switch columns.time {
        case .timestamp(let values):
            timestamps = values
            dates = ColumnBuffer([])
            isDate = false
        case .date(let values):
            timestamps = ColumnBuffer([])
            dates = values
            isDate = true
        default:
            timestamps = ColumnBuffer([])
            dates = ColumnBuffer([])
            isDate = false
        }
        let timeIndex = events.timeColumn
        zoneMap = timeIndex.flatMap { events.columns[$0].zoneMap }.flatMap { $0.rowCount == columns.userID.count ? $0 : nil }
        self.users = users
        if let range, range.count > 0 {
            startDay = range.startDay
            offsets = range.offsets
        } else {
            startDay = 0
            offsets = []
        }
    }

    /// The rows whose zone-map blocks may hold a time in the window (all rows without a map or a window).
    func candidateRows() -> [Range<Int>] {
        guard rowCount > 0 else { return [] }
        guard let zoneMap, !offsets.isEmpty else { return [0..<rowCount] }
        let firstDay = Int64(startDay)
        let endDay = firstDay + Int64(offsets.count)
        let lower: Int64
        let upper: Int64
        if isDate {
            lower = firstDay
            upper = endDay
        } else {
            let (low, lowOverflow) = firstDay.multipliedReportingOverflow(by: CivilDate.microsPerDay)
            let (high, highOverflow) = endDay.multipliedReportingOverflow(by: CivilDate.microsPerDay)
            lower = lowOverflow ? .min : low
            upper = highOverflow ? .max : high
        }
        var ranges: [Range<Int>] = []
        for block in 0..<zoneMap.blockCount where zoneMap.mayHold(block: block, lower: lower, upper: upper) {
            let rows = zoneMap.rows(ofBlock: block)
            if let last = ranges.last, last.upperBound == rows.lowerBound {
                ranges[ranges.count - 1] = last.lowerBound..<rows.upperBound
            } else {
                ranges.append(rows)
            }
        }
        return ranges
    }

    /// Rows a chunk of the scan looks at: the type test writes the login rows of a chunk into a
    /// selection without branching (the type of the next row is a coin toss, so a branch on it mispredicts
    /// half the time), and the rest of the work runs over the selection only.
    static let chunkRows = 2_048

    /// Calls `body(user row, day)` for each login among `ranges`' rows (inside the window, if there is
    /// one); false when cancelled.
    @inline(__always)
    func forEachLogin(_ ranges: [Range<Int>], cancellation: @Sendable () -> Bool,
                      _ body: (Int, Int32) -> Void) -> Bool {
        guard anyLogin, timestamps.count == rowCount || dates.count == rowCount else { return true }
        let checksValidity = idValidity.hasNulls || typeValidity.hasNulls || timeValidity.hasNulls
        let dense = users.dense ?? []
        let isDense = users.dense != nil
        let base = users.denseBase
        let windowed = !offsets.isEmpty
        let windowStart = Int(startDay)
        let windowDays = UInt(offsets.count)
        var selection = [Int](repeating: 0, count: Self.chunkRows)
        return selection.withUnsafeMutableBufferPointer { selection in
        ids.withUnsafeBufferPointer { ids in
            (codes ?? []).withUnsafeBufferPointer { codes in
                isLogin.withUnsafeBufferPointer { isLogin in
                    timestamps.withUnsafeBufferPointer { timestamps in
                        dates.withUnsafeBufferPointer { dates in
                            dense.withUnsafeBufferPointer { dense in
                                var sinceCheck = 0
                                for range in ranges {
                                    var start = range.lowerBound
                                    while start < range.upperBound {
                                        if sinceCheck & 31 == 0 && cancellation() { return false }
                                        sinceCheck += 1
                                        let end = min(range.upperBound, start + Self.chunkRows)
                                        var selected = 0
                                        // Arithmetic, not `? 1 : 0`, which the optimiser turns back into a branch:
                                        // `(x - 1) >> 63` is 1 exactly when the 32-bit difference x is 0.
                                        if let loginCode {
                                            for row in start..<end {
                                                selection[selected] = row
                                                selected &+= Int(truncatingIfNeeded: (UInt64(codes[row] ^ loginCode) &- 1) >> 63)
                                            }
                                        } else if codes.isEmpty {
                                            for row in start..<end {
                                                selection[selected] = row
                                                selected &+= Int(isLogin[row])
                                            }
                                        } else {
                                            for row in start..<end {
                                                selection[selected] = row
                                                selected &+= Int(isLogin[Int(codes[row])])
                                            }
                                        }
                                        for index in 0..<selected {
                                            let row = selection[index]
                                            if checksValidity && !(idValidity.isValid(row) && typeValidity.isValid(row)
                                                                   && timeValidity.isValid(row)) { continue }
                                            let day = isDate ? dates[row] : CivilDate.day(ofMicros: timestamps[row])
                                            // Outside the window before the id lookup, the one scattered read.
                                            if windowed && UInt(bitPattern: Int(day) &- windowStart) >= windowDays { continue }
                                            let user: Int32
                                            if isDense {
                                                let position = ids[row] &- base
                                                user = position >= 0 && position < Int64(dense.count) ? dense[Int(position)] : -1
                                            } else {
                                                user = users.row(ofID: ids[row])
                                            }
                                            if user >= 0 { body(Int(user), day) }
                                        }
                                        start = end
                                    }
                                }
                                return true
                            }
                        }
                    }
                }
            }
        }
        }
    }

    /// Each part's bits of the logins inside the window, `wordsPerUser` words of `Word` per user row, OR-ed.
    func build<Word: FixedWidthInteger & UnsignedInteger & Sendable>(
        _: Word.Type, wordsPerUser: Int, parts: Int, cancellation: @escaping @Sendable () -> Bool
    ) throws(ExecutionError) -> UserWords<Word> {
        let slices = EventScan.split(candidateRows(), into: parts)
        let size = users.rowCount * wordsPerUser
        let results = PartSlots<[Word]>(count: slices.count)
        let finished = PartSlots<Bool>(count: slices.count)
        let shift = Word.bitWidth.trailingZeroBitCount
        let mask = Word.bitWidth - 1
        let work: @Sendable (Int) -> Void = { part in
            var bits = [Word](repeating: 0, count: size)
            let done = bits.withUnsafeMutableBufferPointer { bits in
                offsets.withUnsafeBufferPointer { offsets in
                    forEachLogin(slices[part], cancellation: cancellation) { user, day in
                        let position = Int(day) &- Int(startDay)
                        guard position >= 0 && position < offsets.count else { return }
                        let period = Int(offsets[position])
                        bits[user &* wordsPerUser &+ period >> shift] |= Word(1) << Word(period & mask)
                    }
                }
            }
            results.put(part, bits)
            finished.put(part, done)
        }
        if slices.count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: slices.count, execute: work) }
        var partsBits: [[Word]] = []
        for part in 0..<slices.count {
            guard finished.take(part) == true else { throw .cancelled }
            if let bits = results.take(part) { partsBits.append(bits) }
        }
        return UserWords(parts: partsBits, wordsPerUser: wordsPerUser, rowCount: users.rowCount, threads: slices.count)
    }

    /// The earliest day of a login of a selected user, or nil when there is none.
    func earliestDay(parts: Int, cancellation: @escaping @Sendable () -> Bool) throws(ExecutionError) -> Int32? {
        let slices = EventScan.split(candidateRows(), into: parts)
        let results = PartSlots<Int32>(count: slices.count)
        let finished = PartSlots<Bool>(count: slices.count)
        let work: @Sendable (Int) -> Void = { part in
            var earliest = Int32.max
            let done = forEachLogin(slices[part], cancellation: cancellation) { _, day in earliest = min(earliest, day) }
            results.put(part, earliest)
            finished.put(part, done)
        }
        if slices.count == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: slices.count, execute: work) }
        var earliest = Int32.max
        for part in 0..<slices.count {
            guard finished.take(part) == true else { throw .cancelled }
            earliest = min(earliest, results.take(part) ?? .max)
        }
        return earliest == .max ? nil : earliest
    }
}
