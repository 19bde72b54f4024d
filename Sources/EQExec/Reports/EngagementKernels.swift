import EQBinder
import EQStore
import EQTypes

/// The counting loops behind the reports, over the integer period offsets of `PeriodRange`. Each takes
/// the users and their logins already joined (`UserIndex`, `LoginEvents`) and touches every event once.
public enum EngagementKernels {
    /// Users per period of their signup day.
    public static func registrations(_ users: UserIndex, _ range: PeriodRange) -> [Int64] {
        var counts = [Int64](repeating: 0, count: range.count)
        for day in users.joinDay where day != Int32.min {
            let offset = range.offset(ofDay: day)
            if offset >= 0 { counts[offset] += 1 }
        }
        return counts
    }

    /// Cohort sizes and, for cohort `c` and offset `k`, `hits[c * count + k]`: how many of the cohort
    /// logged in during period `c + k`, from each user's bits of active periods (`ActivityBitmap`, built
    /// over `range`), so repeated logins in a period count once without sorting or hashing. Only the
    /// first `cohorts` periods start cohorts; the rest of the range is there for their later offsets.
    public static func retention(_ users: UserIndex, _ activity: ActivityBitmap, _ range: PeriodRange, cohorts: Int? = nil,
                                 threads: Int? = nil) -> (sizes: [Int64], hits: [Int64]) {
        let periods = range.count
        let cohortCount = min(cohorts ?? periods, periods)
        var cohort = [Int32](repeating: -1, count: users.rowCount)
        var sizes = [Int64](repeating: 0, count: periods)
        for (row, day) in users.joinDay.enumerated() where day != Int32.min {
            let offset = range.offset(ofDay: day)
            if offset >= 0 && offset < cohortCount {
                cohort[row] = Int32(offset)
                sizes[offset] += 1
            }
        }
        guard activity.periods == periods, activity.rowCount == users.rowCount else {
            return (sizes, [Int64](repeating: 0, count: periods * periods))
        }
        return (sizes, activity.cohortHits(cohort: cohort, threads: threads))
    }

    /// 0 active, 1 at risk, 2 inactive, by the core rules with `today` as the reference day.
    @inline(__always)
    static func statusCode(lastDay: Int32?, today: Int32, context: EngagementContext) -> Int {
        guard let lastDay else { return 2 }
        let days = Int(today) - Int(lastDay)
        return days < context.activeDays ? 0 : days < context.atRiskDays ? 1 : 2
    }

    /// Status counts (active, at risk, inactive) as of the end of each period (today for the current
    /// one), over the users who had signed up by then, from each user's latest login up to that day.
    public static func statusHistory(_ users: UserIndex, _ logins: LoginEvents, _ range: PeriodRange,
                                     context: EngagementContext) -> [[Int64]] {
        let periods = range.count
        let ends = (0..<periods).map { min(range.lastDay($0), context.today) }
        var latest = [Int32](repeating: Int32.min, count: users.rowCount * periods)
        for index in 0..<logins.user.count {
            let day = logins.day[index]
            var bucket = day < range.startDay ? 0 : range.offset(ofDay: day)
            if bucket < 0 || day > ends[bucket] { bucket = -1 }
            guard bucket >= 0 else { continue }
            let slot = Int(logins.user[index]) * periods + bucket
            if day > latest[slot] { latest[slot] = day }
        }
        var counts = [[Int64]](repeating: [0, 0, 0], count: periods)
        for (user, joined) in users.joinDay.enumerated() where joined != Int32.min {
            var last = Int32.min
            for period in 0..<periods {
                last = max(last, latest[user * periods + period])
                guard joined <= ends[period] else { continue }
                let code = statusCode(lastDay: last == Int32.min ? nil : last, today: ends[period], context: context)
                counts[period][code] += 1
            }
        }
        return counts
    }

    public struct Clients: Sendable, Equatable {
        public var total: Int64
        public var new: Int64
        public var recurrent: Int64
        public var averagePermanenceDays: Double?
    }

    /// New users signed up in `first ... last`; recurrent ones signed up before and logged in within it;
    /// permanence is the days from signup to the latest login up to `last`, averaged over the clients who
    /// have one (as SQL's `avg` skips nulls).
    public static func clients(_ users: UserIndex, _ logins: LoginEvents, from first: Int32, through last: Int32) -> Clients {
        var latest = [Int32](repeating: Int32.min, count: users.rowCount)
        var activeWithin = [Bool](repeating: false, count: users.rowCount)
        for index in 0..<logins.user.count {
            let day = logins.day[index]
            guard day <= last else { continue }
            let user = Int(logins.user[index])
            if day > latest[user] { latest[user] = day }
            if day >= first { activeWithin[user] = true }
        }
        var result = Clients(total: 0, new: 0, recurrent: 0, averagePermanenceDays: nil)
        var permanence: Int64 = 0
        var withLogin: Int64 = 0
        for (user, joined) in users.joinDay.enumerated() where joined != Int32.min {
            let isNew = joined >= first && joined <= last
            let isRecurrent = joined < first && activeWithin[user]
            guard isNew || isRecurrent else { continue }
            if isNew { result.new += 1 } else { result.recurrent += 1 }
            if latest[user] != Int32.min {
                permanence += Int64(latest[user]) - Int64(joined)
                withLogin += 1
            }
        }
        result.total = result.new + result.recurrent
        result.averagePermanenceDays = withLogin == 0 ? nil : Double(permanence) / Double(withLogin)
        return result
    }

    /// Each selected user's status today from the table's last-login column (the core rule), or nil for
    /// unselected rows; the cohort report's breakdowns count these.
    public static func currentStatus(_ users: UserIndex, context: EngagementContext) throws(ExecutionError) -> [Int8] {
        guard let index = users.users.lastSeenColumn else {
            throw .unsupported("\(users.users.name) has no last-login column (last_login_at, ...); declare one with `set last_seen = COLUMN`")
        }
        let column = users.users.columns[index]
        var codes = [Int8](repeating: -1, count: users.rowCount)
        for row in 0..<users.rowCount where users.joinDay[row] != Int32.min {
            var day: Int32?
            if column.validity.isValid(row) {
                switch column.storage {
                case .date(let values): day = values[row]
                case .timestamp(let values): day = CivilDate.day(ofMicros: values[row])
                default: day = nil
                }
            }
            codes[row] = Int8(statusCode(lastDay: day, today: context.today, context: context))
        }
        return codes
    }
}
