import Dispatch
import EQStore
import EQTypes

/// Which periods of a `PeriodRange` each user row logged in, one bit per (user, period): what retention,
/// active users, their trend and stickiness all count from.
///
/// It is built in one pass over the events table itself, the login test, the id-to-row lookup and the
/// day-to-period bucketing fused, so there is no list of logins in between and no hash of (user, period)
/// pairs: a login is one store into its user's bits, and repeats in a period cost nothing more. The scan
/// is split by rows over the threads (`--threads`, `set threads`); two parts may both hold logins of one
/// user, so each sets bits in its own copy, and the counts OR the copies word by word. A user's bits sit
/// together, in one byte, short or word when the range has at most 8, 16 or 32 periods (a smaller array
/// keeps the scan's scattered stores in cache), else in as many 64-bit words as the periods need.
///
/// The caller bounds the periods (`maximumPeriods`) and the bytes (`byteCount`) before building one:
/// memory is users x periods bits per part, so an unbounded range is refused, never allocated.
public struct ActivityBitmap: Sendable {
    /// The most periods of an active-users or stickiness window (`trend active users` counts one more,
    /// the period before it); retention allows 400 from the first cohort to today. Longer ranges are
    /// refused with a positioned error by `LocalBackend+Reports` before anything is allocated.
    public static let maximumPeriods = 1_500

    public let periods: Int
    public let rowCount: Int
    let storage: Storage

    enum Storage: Sendable {
        case empty
        case bits8(UserWords<UInt8>)
        case bits16(UserWords<UInt16>)
        case bits32(UserWords<UInt32>)
        case bits64(UserWords<UInt64>)
    }

    /// Bytes of one copy of the bits for `rows` users and `periods` periods.
    public static func byteCount(rows: Int, periods: Int) -> Int {
        switch periods {
        case ...0: 0
        case ...8: rows
        case ...16: rows * 2
        case ...32: rows * 4
        default: rows * ((periods + 63) / 64) * 8
        }
    }

    /// Scans `events` for the logins of `users`' selected rows inside `range`. `threads` caps the parts
    /// (nil: one per core); `memoryBudget` caps the bytes of all the parts' copies together, so a large
    /// bitmap is built by fewer threads rather than in more memory.
    public init(events: Table, users: UserIndex, range: PeriodRange, threads: Int? = nil,
                memoryBudget: Int = 1 << 30, cancellation: @escaping @Sendable () -> Bool = { false }) throws(ExecutionError) {
        periods = range.count
        rowCount = users.rowCount
        let scan = try LoginScan(events: events, users: users, range: range)
        guard periods > 0, users.rowCount > 0, scan.rowCount > 0 else {
            storage = .empty
            return
        }
        let bytes = max(1, Self.byteCount(rows: users.rowCount, periods: periods))
        let cores = max(threads ?? ProcessInfoLite.activeProcessorCount, 1)
        let wanted = scan.rowCount >= 1 << 16 ? min(cores, 8) : 1
        let parts = max(1, min(wanted, memoryBudget / bytes))
        switch periods {
        case ...8: storage = .bits8(try scan.build(UInt8.self, wordsPerUser: 1, parts: parts, cancellation: cancellation))
        case ...16: storage = .bits16(try scan.build(UInt16.self, wordsPerUser: 1, parts: parts, cancellation: cancellation))
        case ...32: storage = .bits32(try scan.build(UInt32.self, wordsPerUser: 1, parts: parts, cancellation: cancellation))
        default:
            storage = .bits64(try scan.build(UInt64.self, wordsPerUser: (periods + 63) / 64, parts: parts,
                                             cancellation: cancellation))
        }
    }

    /// Throws what a build would about `events`' columns (no `type`, time or integer `user_id` column).
    public static func checkColumns(of events: Table) throws(ExecutionError) {
        _ = try LoginEvents.columns(of: events)
    }

    /// The day of the earliest login of a selected user (where a report without a window starts), in one
    /// parallel pass over the events; nil when there is none.
    public static func earliestLoginDay(events: Table, users: UserIndex, threads: Int? = nil,
                                        cancellation: @escaping @Sendable () -> Bool = { false }) throws(ExecutionError) -> Int32? {
        let scan = try LoginScan(events: events, users: users, range: nil)
        let cores = max(threads ?? ProcessInfoLite.activeProcessorCount, 1)
        return try scan.earliestDay(parts: scan.rowCount >= 1 << 16 ? min(cores, 8) : 1, cancellation: cancellation)
    }

    /// Distinct users with a login in each period.
    public func activeCounts(threads: Int? = nil) -> [Int64] {
        let periods = periods
        return count(width: periods, threads: threads) { _, bits, counts in
            bits.forEachSetBit(from: 0) { counts[$0] += 1 }
        }
    }

    /// For cohort `c` and offset `k`, `hits[c * periods + k]`: how many users whose `cohort` is `c` logged
    /// in during period `c + k`. Logins in periods before a user's cohort are not counted; users with a
    /// negative cohort are skipped.
    public func cohortHits(cohort: [Int32], threads: Int? = nil) -> [Int64] {
        let periods = periods
        guard cohort.count == rowCount else { return [Int64](repeating: 0, count: periods * periods) }
        return cohort.withUnsafeBufferPointer { cohort in
            let starts = UnsafeSendable(cohort)
            return count(width: periods * periods, threads: threads) { user, bits, hits in
                let start = Int(starts.value[user])
                guard start >= 0 else { return }
                bits.forEachSetBit(from: start) { hits[start * periods + $0 - start] += 1 }
            }
        }
    }

    /// Users with a login in any period.
    public func usersWithAnyLogin(threads: Int? = nil) -> Int64 {
        count(width: 1, threads: threads) { _, _, total in total[0] += 1 }.first ?? 0
    }

    /// `UserWords.count` on whichever layout the bits have.
    private func count(width: Int, threads: Int?,
                       _ body: @escaping @Sendable (Int, UserBits, UnsafeMutableBufferPointer<Int64>) -> Void) -> [Int64] {
        switch storage {
        case .empty: [Int64](repeating: 0, count: width)
        case .bits8(let bits): bits.count(width: width, threads: threads, body)
        case .bits16(let bits): bits.count(width: width, threads: threads, body)
        case .bits32(let bits): bits.count(width: width, threads: threads, body)
        case .bits64(let bits): bits.count(width: width, threads: threads, body)
        }
    }
}

/// One user's period bits: one word inline (the narrow layouts, widened), or `count` words in place.
struct UserBits {
    var single: UInt64
    var base: UnsafePointer<UInt64>?
    var count: Int

    var any: Bool {
        for index in 0..<count where word(index) != 0 { return true }
        return false
    }

    @inline(__always)
    func word(_ index: Int) -> UInt64 {
        if let base { return base[index] }
        return single
    }

    /// Calls `body(period)` for each set bit at or after `first`, in order.
    @inline(__always)
    func forEachSetBit(from first: Int, _ body: (Int) -> Void) {
        guard first >= 0 else { return }
        for index in (first >> 6)..<count {
            var bits = word(index)
            if index == first >> 6 && first & 63 != 0 { bits &= ~UInt64(0) << UInt64(first & 63) }
            while bits != 0 {
                body(index << 6 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
    }
}

/// The bits of every user row, `wordsPerUser` words of `Word` each, the parts' copies OR-ed together.
struct UserWords<Word: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    let words: [Word]
    let wordsPerUser: Int
    let rowCount: Int

    /// ORs the parts' copies into the first, over ranges of words in parallel.
    init(parts: [[Word]], wordsPerUser: Int, rowCount: Int, threads: Int) {
        self.wordsPerUser = wordsPerUser
        self.rowCount = rowCount
        var merged = parts.first ?? []
        let size = merged.count
        let tasks = size >= 1 << 16 ? threads : 1
        let share = (size + tasks - 1) / max(tasks, 1)
        merged.withUnsafeMutableBufferPointer { target in
            let target = UnsafeSendable(target)
            for part in parts.dropFirst() where part.count == size {
                part.withUnsafeBufferPointer { source in
                    let source = UnsafeSendable(source)
                    let work: @Sendable (Int) -> Void = { task in
                        for index in task * share..<min(size, (task + 1) * share) {
                            target.value[index] |= source.value[index]
                        }
                    }
                    if tasks <= 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: tasks, execute: work) }
                }
            }
        }
        words = merged
    }

    /// Runs `body(user, bits, counts)` for every user with a bit set, over ranges of users in parallel,
    /// each task into its own `width` counts, summed after.
    func count(width: Int, threads: Int?,
               _ body: @escaping @Sendable (Int, UserBits, UnsafeMutableBufferPointer<Int64>) -> Void) -> [Int64] {
        let cores = max(threads ?? ProcessInfoLite.activeProcessorCount, 1)
        let tasks = rowCount >= 1 << 16 ? min(cores, 8) : 1
        let share = (rowCount + tasks - 1) / tasks
        let results = PartSlots<[Int64]>(count: tasks)
        let wordsPerUser = wordsPerUser
        let rowCount = rowCount
        words.withUnsafeBufferPointer { words in
            let words = UnsafeSendable(words)
            let work: @Sendable (Int) -> Void = { task in
                var counts = [Int64](repeating: 0, count: width)
                let users = task * share..<min(rowCount, (task + 1) * share)
                counts.withUnsafeMutableBufferPointer { counts in
                    if Word.bitWidth == 64 {
                        words.value.withMemoryRebound(to: UInt64.self) { wide in
                            guard let base = wide.baseAddress else { return }
                            for user in users {
                                let bits = UserBits(single: 0, base: base + user * wordsPerUser, count: wordsPerUser)
                                if bits.any { body(user, bits, counts) }
                            }
                        }
                    } else {
                        for user in users {
                            let value = UInt64(words.value[user])
                            if value != 0 { body(user, UserBits(single: value, base: nil, count: 1), counts) }
                        }
                    }
                }
                results.put(task, counts)
            }
            if tasks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: tasks, execute: work) }
        }
        var total = results.take(0) ?? [Int64](repeating: 0, count: width)
        for task in 1..<max(tasks, 1) {
            guard let other = results.take(task) else { continue }
            for index in 0..<width { total[index] += other[index] }
        }
        return total
    }
}

/// A buffer read (or written in disjoint ranges) by the tasks of one `concurrentPerform` while its owner
/// waits for them.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
