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
/// user, so each sets bits in its own copy, and the copies are OR-ed word by word when the scan ends. A
/// user's bits sit together, in one byte, short or word when the range has at most 8, 16 or 32 periods
/// (a smaller array keeps the scan's scattered stores in cache), else in as many 64-bit words as the
/// periods need.
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
        count(Tally(starts: nil, periods: periods, perUser: false), width: periods, threads: threads)
    }

    /// For cohort `c` and offset `k`, `hits[c * periods + k]`: how many users whose `cohort` is `c` logged
    /// in during period `c + k`. Logins in periods before a user's cohort are not counted; users with a
    /// negative cohort are skipped.
    public func cohortHits(cohort: [Int32], threads: Int? = nil) -> [Int64] {
        let width = periods * periods
        guard cohort.count == rowCount else { return [Int64](repeating: 0, count: width) }
        return cohort.withUnsafeBufferPointer { cohort in
            count(Tally(starts: cohort, periods: periods, perUser: false), width: width, threads: threads)
        }
    }

    /// Users with a login in any period.
    public func usersWithAnyLogin(threads: Int? = nil) -> Int64 {
        count(Tally(starts: nil, periods: periods, perUser: true), width: 1, threads: threads).first ?? 0
    }

    /// `UserWords.count` on whichever layout the bits have.
    private func count(_ tally: Tally, width: Int, threads: Int?) -> [Int64] {
        switch storage {
        case .empty: [Int64](repeating: 0, count: width)
        case .bits8(let bits): bits.count(tally, width: width, threads: threads)
        case .bits16(let bits): bits.count(tally, width: width, threads: threads)
        case .bits32(let bits): bits.count(tally, width: width, threads: threads)
        case .bits64(let bits): bits.count(tally, width: width, threads: threads)
        }
    }
}

/// What a count adds per user: each set bit into `counts[period]`; or, with `starts` (each user's cohort
/// period, -1 for none), each set bit at or after the cohort into `counts[cohort * periods + offset]`;
/// or, `perUser`, one per user with any bit into `counts[0]`. The buffer is read by the count's tasks
/// while its owner waits in `concurrentPerform`.
struct Tally: @unchecked Sendable {
    let starts: UnsafeBufferPointer<Int32>?
    let periods: Int
    let perUser: Bool
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
        let tasks = size >= 1 << 16 ? max(threads, 1) : 1
        let share = (size + tasks - 1) / tasks
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
                    if tasks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: tasks, execute: work) }
                }
            }
        }
        words = merged
    }

    /// Adds up `tally` over every user, over ranges of users in parallel, each task into its own `width`
    /// counts, summed after.
    func count(_ tally: Tally, width: Int, threads: Int?) -> [Int64] {
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
                counts.withUnsafeMutableBufferPointer { counts in
                    Self.add(tally, words: words.value, wordsPerUser: wordsPerUser,
                             users: task * share..<min(rowCount, (task + 1) * share), into: counts)
                }
                results.put(task, counts)
            }
            if tasks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: tasks, execute: work) }
        }
        var total = results.take(0) ?? [Int64](repeating: 0, count: width)
        for task in 1..<tasks {
            guard let other = results.take(task) else { continue }
            for index in 0..<width { total[index] += other[index] }
        }
        return total
    }

    /// The users' share of a count: a loop over their set bits (trailing-zero count, clear lowest), so a
    /// user costs a few instructions plus one per period with a login.
    @inline(__always)
    static func add(_ tally: Tally, words: UnsafeBufferPointer<Word>, wordsPerUser: Int, users: Range<Int>,
                    into counts: UnsafeMutableBufferPointer<Int64>) {
        if wordsPerUser == 1 && !tally.perUser {
            // One word a user (at most 64 periods), the usual case: shifting out the periods before the
            // cohort makes bit k offset k, with no per-word bookkeeping. Neighbouring users mostly share a
            // cohort, so they add to the same counters one after another; four sets of counters, by user,
            // let those additions overlap instead of each waiting for the last one's store.
            let periods = tally.periods
            let width = counts.count
            var lanes = [Int64](repeating: 0, count: width * 4)
            lanes.withUnsafeMutableBufferPointer { lanes in
                for user in users {
                    var first = 0
                    if let starts = tally.starts {
                        first = Int(starts[user])
                        if first < 0 { continue }
                    }
                    var bits = UInt64(truncatingIfNeeded: words[user]) &>> UInt64(first)
                    let base = (user & 3) &* width &+ first &* periods
                    while bits != 0 {
                        lanes[base &+ bits.trailingZeroBitCount] &+= 1
                        bits &= bits &- 1
                    }
                }
                for index in 0..<width {
                    counts[index] &+= lanes[index] &+ lanes[width + index] &+ lanes[2 * width + index] &+ lanes[3 * width + index]
                }
            }
            return
        }
        let bitsPerWord = Word.bitWidth
        for user in users {
            var first = 0
            var base = 0
            if let starts = tally.starts {
                first = Int(starts[user])
                if first < 0 { continue }
                base = first * tally.periods - first
            }
            let row = user * wordsPerUser
            if tally.perUser {
                var any = false
                for word in 0..<wordsPerUser where words[row + word] != 0 { any = true }
                counts[0] += any ? 1 : 0
                continue
            }
            for word in (first / bitsPerWord)..<wordsPerUser {
                var bits = UInt64(truncatingIfNeeded: words[row + word])
                if word == first / bitsPerWord { bits &= ~UInt64(0) << UInt64(first % bitsPerWord) }
                while bits != 0 {
                    counts[base + word * bitsPerWord + bits.trailingZeroBitCount] += 1
                    bits &= bits - 1
                }
            }
        }
    }
}

/// A buffer read (or written in disjoint ranges) by the tasks of one `concurrentPerform` while its owner
/// waits for them.
struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
