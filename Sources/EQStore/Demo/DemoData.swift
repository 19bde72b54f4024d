import Dispatch
import EQTypes
import Synchronization

/// The synthetic CRM dataset the shell embeds and `eq gen` writes: users and their events, with the
/// engagement statuses in realistic shares (about half active, a fifth at risk, the rest inactive) as
/// of `referenceDate`.
///
/// Every user and its events come from random streams keyed by (seed, user id), so the data is the
/// same on every machine and however many cores build it. Tables are built column by column, never by
/// writing and re-reading text.
public enum DemoData {
    /// 2024-06-30, the `today` the demo is meant to be queried with.
    public static let referenceDate: Int32 = CivilDate.days(year: 2024, month: 6, day: 30)

    /// Users per chunk, a multiple of 64 so validity words concatenate; about 10 MB of events a chunk.
    static let usersPerChunk = 1 << 16

    /// `users` (ids 1...`users`, in rough sign-up order) and `events` in time order, as an event log is
    /// appended (ties by user id), about `eventsPerUser` events a user on average. Time order is what
    /// lets a window such as `last 30 days` skip the blocks of the events' zone maps outside it.
    public static func generate(users: Int, eventsPerUser: Int = 10, seed: UInt64 = 42)
        -> (users: Table, events: Table) {
        generate(users: users, eventsPerUser: eventsPerUser, seed: seed, cancellation: { false })
            ?? (usersTable([]), eventsTable([]))
    }

    /// The same, checking `cancellation` before each chunk of users: nil when it said to stop.
    public static func generate(users: Int, eventsPerUser: Int = 10, seed: UInt64 = 42,
                                cancellation: @escaping @Sendable () -> Bool) -> (users: Table, events: Table)? {
        let userCount = max(users, 0)
        let chunkCount = (userCount + usersPerChunk - 1) / usersPerChunk
        let chunks = Mutex<[DemoChunk?]>(Array(repeating: nil, count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunkIndex in
            if cancellation() { return }
            let start = chunkIndex * usersPerChunk
            let end = min(start + usersPerChunk, userCount)
            let chunk = DemoChunk(ids: Int64(start + 1)..<Int64(end + 1), userCount: userCount,
                                  eventsPerUser: max(eventsPerUser, 0), seed: seed)
            chunks.withLock { $0[chunkIndex] = chunk }
        }
        guard !cancellation() else { return nil }
        let parts = chunks.withLock { $0.compactMap { $0 } }
        guard parts.count == chunkCount else { return nil }
        return (usersTable(parts), eventsTable(parts))
    }

    private static func usersTable(_ parts: [DemoChunk]) -> Table {
        let vocabulary = DemoVocabulary.self
        let columns = [
            Column(name: "id", storage: .int(concat(parts.map(\.ids))), validity: allValid(parts.map(\.ids.count))),
            plainColumn("name", parts.map(\.names)),
            plainColumn("email", parts.map(\.emails)),
            codedColumn("role", vocabulary.roles, parts.map(\.roles)),
            codedColumn("country", vocabulary.countries, parts.map(\.countries), validity: parts.map(\.countryValid)),
            codedColumn("plan", vocabulary.plans, parts.map(\.plans)),
            Column(name: "score", storage: .int(concat(parts.map(\.scores))), validity: mask(parts.map(\.scoreValid))),
            Column(name: "joined_at", storage: .date(concat(parts.map(\.joinedAt))),
                   validity: allValid(parts.map(\.joinedAt.count))),
            Column(name: "last_login_at", storage: .timestamp(concat(parts.map(\.lastLoginAt))),
                   validity: mask(parts.map(\.lastLoginValid))),
            Column(name: "last_email_at", storage: .timestamp(concat(parts.map(\.lastEmailAt))),
                   validity: mask(parts.map(\.lastEmailValid))),
            Column(name: "email_opt_in", storage: .bool(concat(parts.map(\.emailOptIn))),
                   validity: allValid(parts.map(\.emailOptIn.count))),
        ]
        return Table.inferringRoles(name: "users", columns: columns)
    }

    private static func eventsTable(_ parts: [DemoChunk]) -> Table {
        let rowCount = parts.reduce(0) { $0 + $1.eventTimes.count }
        let times = concat(parts.map(\.eventTimes))
        let order = timeOrder(times)
        let types = concat(parts.map(\.eventTypes))
        let channels = concat(parts.map(\.eventChannels))
        let columns = [
            Column(name: "user_id", storage: .int(gather(concat(parts.map(\.eventUserIDs)), order)),
                   validity: ValidityMask(allValid: rowCount)),
            Column(name: "at", storage: .timestamp(gather(times, order)), validity: ValidityMask(allValid: rowCount)),
            codedColumn("type", DemoVocabulary.eventTypes, [gather(types, order)]),
            codedColumn("channel", DemoVocabulary.channels, [gather(channels, order)]),
        ]
        return Table.inferringRoles(name: "events", columns: columns).withZoneMaps()
    }

    /// The rows in time order, ties kept in their order (by user, then the user's own order). Times
    /// are whole seconds, so a row's second and its position pack into one 64-bit key and a plain sort
    /// of integers does it (a comparator reading the times at random would be several times slower).
    static func timeOrder(_ times: [Int64]) -> [Int] {
        let second = CivilDate.microsPerSecond
        let packs = times.count <= Int(UInt32.max) && times.allSatisfy { $0 >= 0 && $0 % second == 0 && $0 / second < 1 << 32 }
        guard packs else {
            return times.indices.sorted { times[$0] != times[$1] ? times[$0] < times[$1] : $0 < $1 }
        }
        var keys = times.enumerated().map { UInt64($0.element / second) << 32 | UInt64($0.offset) }
        keys.sort()
        return keys.map { Int($0 & 0xFFFF_FFFF) }
    }

    private static func gather<Element>(_ values: [Element], _ order: [Int]) -> [Element] {
        order.map { values[$0] }
    }

    private static func concat<Element>(_ arrays: [[Element]]) -> [Element] {
        if arrays.count == 1 { return arrays[0] }
        var result: [Element] = []
        result.reserveCapacity(arrays.reduce(0) { $0 + $1.count })
        for array in arrays { result.append(contentsOf: array) }
        return result
    }

    private static func allValid(_ counts: [Int]) -> ValidityMask {
        ValidityMask(allValid: counts.reduce(0, +))
    }

    private static func mask(_ parts: [ValidityWords]) -> ValidityMask {
        let count = parts.reduce(0) { $0 + $1.count }
        guard parts.contains(where: { $0.nullCount > 0 }) else { return ValidityMask(allValid: count) }
        return ValidityMask(words: concat(parts.map(\.words)), count: count)
    }

    private static func codedColumn(_ name: String, _ dictionary: [String], _ codes: [[UInt32]],
                                    validity: [ValidityWords]? = nil) -> Column {
        let codes = concat(codes)
        let storage = ColumnStorage.string(StringColumn(dictionary: StringDictionary(dictionary), codes: codes))
        return Column(name: name, storage: storage,
                      validity: validity.map(mask) ?? ValidityMask(allValid: codes.count))
    }

    private static func plainColumn(_ name: String, _ parts: [PlainStrings]) -> Column {
        var bytes: [UInt8] = []
        var offsets: [UInt32] = [0]
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        offsets.reserveCapacity(parts.reduce(1) { $0 + $1.ends.count })
        for part in parts {
            let base = UInt32(bytes.count)
            bytes.append(contentsOf: part.bytes)
            offsets.append(contentsOf: part.ends.lazy.map { $0 + base })
        }
        let dictionary = StringDictionary(bytes: bytes, offsets: offsets)
        return Column(name: name, storage: .string(StringColumn(dictionary: dictionary, codes: nil)),
                      validity: ValidityMask(allValid: offsets.count - 1))
    }
}
