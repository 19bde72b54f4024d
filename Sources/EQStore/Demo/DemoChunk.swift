/// The columns of a contiguous range of users and their events, generated independently of other
/// ranges so ranges can be built on different cores and concatenated.
struct DemoChunk: Sendable {
    var ids: [Int64] = []
    var names = PlainStrings()
    var emails = PlainStrings()
    var roles: [UInt32] = []
    var countries: [UInt32] = []
    var countryValid = ValidityWords()
    var plans: [UInt32] = []
    var scores: [Int64] = []
    var scoreValid = ValidityWords()
    var joinedAt: [Int32] = []
    var lastLoginAt: [Int64] = []
    var lastLoginValid = ValidityWords()
    var lastEmailAt: [Int64] = []
    var lastEmailValid = ValidityWords()
    var emailOptIn: [Bool] = []

    var eventUserIDs: [Int64] = []
    var eventTimes: [Int64] = []
    var eventTypes: [UInt32] = []
    var eventChannels: [UInt32] = []

    init(ids range: Range<Int64>, userCount: Int, eventsPerUser: Int, seed: UInt64) {
        reserve(users: range.count, events: range.count * eventsPerUser)
        var draw = DemoEventDraw()
        for id in range {
            let user = DemoUser(id: id, of: userCount, seed: seed)
            append(user)
            draw.draw(for: user, eventsPerUser: eventsPerUser, seed: seed)
            eventUserIDs.append(contentsOf: repeatElement(id, count: draw.times.count))
            eventTimes.append(contentsOf: draw.times)
            eventTypes.append(contentsOf: draw.types)
            eventChannels.append(contentsOf: draw.channels)
        }
    }

    private mutating func reserve(users: Int, events: Int) {
        ids.reserveCapacity(users)
        names.reserve(rows: users, bytes: users * 16)
        emails.reserve(rows: users, bytes: users * 32)
        roles.reserveCapacity(users)
        countries.reserveCapacity(users)
        plans.reserveCapacity(users)
        scores.reserveCapacity(users)
        joinedAt.reserveCapacity(users)
        lastLoginAt.reserveCapacity(users)
        lastEmailAt.reserveCapacity(users)
        emailOptIn.reserveCapacity(users)
        let events = events + events / 8
        eventUserIDs.reserveCapacity(events)
        eventTimes.reserveCapacity(events)
        eventTypes.reserveCapacity(events)
        eventChannels.reserveCapacity(events)
    }

    private mutating func append(_ user: DemoUser) {
        ids.append(user.id)
        let first = DemoVocabulary.firstNames[user.firstName]
        let last = DemoVocabulary.lastNames[user.lastName]
        if user.lastNameFirst {
            names.append(last.name, ", ", first.name)
        } else {
            names.append(first.name, " ", last.name)
        }
        emails.appendEmail(first: first.slug, last: last.slug, id: user.id,
                           domain: DemoVocabulary.domains[user.domain])
        roles.append(UInt32(user.role))
        countries.append(UInt32(user.country ?? 0))
        countryValid.append(user.country != nil)
        plans.append(UInt32(user.plan))
        scores.append(user.score ?? 0)
        scoreValid.append(user.score != nil)
        joinedAt.append(user.joinedAt)
        lastLoginAt.append(user.lastLoginAt ?? 0)
        lastLoginValid.append(user.lastLoginAt != nil)
        lastEmailAt.append(user.lastEmailAt ?? 0)
        lastEmailValid.append(user.lastEmailAt != nil)
        emailOptIn.append(user.emailOptIn)
    }
}

/// Strings in the plain layout (row `i` is entry `i`), built straight from UTF-8 without a `String` a row.
struct PlainStrings: Sendable {
    var bytes: [UInt8] = []
    /// End offsets; the start offset 0 is added when the dictionary is built.
    var ends: [UInt32] = []

    mutating func reserve(rows: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(byteCount)
        ends.reserveCapacity(rows)
    }

    mutating func append(_ first: String, _ separator: String, _ second: String) {
        bytes.append(contentsOf: first.utf8)
        bytes.append(contentsOf: separator.utf8)
        bytes.append(contentsOf: second.utf8)
        ends.append(UInt32(bytes.count))
    }

    /// `first.last123@domain`.
    mutating func appendEmail(first: String, last: String, id: Int64, domain: String) {
        bytes.append(contentsOf: first.utf8)
        bytes.append(UInt8(ascii: "."))
        bytes.append(contentsOf: last.utf8)
        appendDigits(of: id)
        bytes.append(UInt8(ascii: "@"))
        bytes.append(contentsOf: domain.utf8)
        ends.append(UInt32(bytes.count))
    }

    private mutating func appendDigits(of value: Int64) {
        let start = bytes.count
        var remaining = value.magnitude
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: remaining % 10) &+ UInt8(ascii: "0"))
            remaining /= 10
        } while remaining != 0
        bytes[start...].reverse()
    }
}

/// Validity bits appended a row at a time. Chunks hold a multiple of 64 rows, so their words
/// concatenate without shifting.
struct ValidityWords: Sendable {
    var words: [UInt64] = []
    var count = 0
    var nullCount = 0

    @inline(__always)
    mutating func append(_ valid: Bool) {
        if count & 63 == 0 { words.append(0) }
        if valid {
            words[count >> 6] |= 1 << UInt64(count & 63)
        } else {
            nullCount += 1
        }
        count += 1
    }
}
