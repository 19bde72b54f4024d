import EQTypes

/// One user's events, drawn from the user's own event stream.
///
/// The latest login event is exactly the user's `last_login_at` (so the events and the users table
/// agree), other logins and in-app events fall between sign-up and that login, email events anywhere
/// from sign-up to the end of the reference day, and a user who never logged in gets only email events.
struct DemoEventDraw {
    /// Time, type and channel packed as `time << 5 | type << 2 | channel`: times are below 2^58
    /// microseconds (year 9999), types below 8 and channels below 4.
    private var keys: [Int64] = []
    /// Events of one user, in time order.
    var times: [Int64] = []
    var types: [UInt32] = []
    var channels: [UInt32] = []

    mutating func draw(for user: DemoUser, eventsPerUser: Int, seed: UInt64) {
        keys.removeAll(keepingCapacity: true)
        times.removeAll(keepingCapacity: true)
        types.removeAll(keepingCapacity: true)
        channels.removeAll(keepingCapacity: true)
        var random = DemoRandom(seed: seed, stream: 2, key: UInt64(user.id))
        let expected = Double(eventsPerUser) * user.status.eventWeight / DemoStatus.meanEventWeight
        // floor(X + U) with U uniform has the mean of X, so the total comes out at `eventsPerUser` a user.
        var count = Int(2 * expected * random.unit() + random.unit())

        let joined = CivilDate.micros(ofDay: user.joinedAt)
        let endOfReference = CivilDate.micros(ofDay: DemoData.referenceDate + 1) - CivilDate.microsPerSecond
        let typeWeights: WeightedChoice
        if let lastLogin = user.lastLoginAt {
            typeWeights = DemoVocabulary.eventTypeWeights
            count = max(count, 1)
            append(at: lastLogin, type: DemoVocabulary.login, random: &random)
            count -= 1
        } else {
            typeWeights = DemoVocabulary.neverLoggedInTypeWeights
        }
        let inAppEnd = user.lastLoginAt ?? endOfReference
        for _ in 0..<count {
            let type = typeWeights.pick(&random)
            let isEmail = type >= DemoVocabulary.firstEmailType && type <= DemoVocabulary.lastEmailType
            let end = isEmail ? endOfReference : inAppEnd
            let seconds = random.below(Int((end - joined) / CivilDate.microsPerSecond) + 1)
            append(at: joined + Int64(seconds) * CivilDate.microsPerSecond, type: type, random: &random)
        }
        sortAndUnpack()
    }

    private mutating func append(at time: Int64, type: Int, random: inout DemoRandom) {
        let isEmail = type >= DemoVocabulary.firstEmailType && type <= DemoVocabulary.lastEmailType
        let channel = isEmail ? DemoVocabulary.emailChannel : DemoVocabulary.appChannelWeights.pick(&random)
        keys.append(time << 5 | Int64(type << 2 | channel))
    }

    /// Sorts the packed keys (so one array moves, not three) and unpacks them; ties in time fall back
    /// to type and channel, which keeps the order deterministic.
    private mutating func sortAndUnpack() {
        keys.sort()
        for key in keys {
            times.append(key >> 5)
            types.append(UInt32(key >> 2 & 7))
            channels.append(UInt32(key & 3))
        }
    }
}
