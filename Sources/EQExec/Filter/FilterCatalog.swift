import EQBinder
import EQStore

/// What a filter may consult besides the table it filters: the other tables (for event semi-joins) and
/// the ids of named segments (for `in SEGMENT`), which the session works out before the query runs.
struct FilterCatalog: Sendable {
    var tables: [String: Table] = [:]
    var segmentIDs: [String: [Int64]] = [:]
    /// For computed conditions: the settings derived columns are read under, and where an overflow goes.
    var context = EngagementContext(today: 0)
    var scalarFailures: ScalarFailures?
    /// Where event scans report what their zone maps skipped (`explain analyze`).
    var eventStats: EventScanStats?
    /// Threads an event scan may use at most; nil for one per core.
    var threads: Int?

    func eventKernel(_ condition: EventCondition, table: Table) -> any FilterKernel {
        guard let events = tables[condition.table], condition.userColumn < table.columns.count,
              case .int(let ids) = table.columns[condition.userColumn].storage else { return RejectKernel() }
        let users = table.columns[condition.userColumn]
        let answers = EventSemiJoin.answers(condition, users: users, events: events, threads: threads,
                                            stats: eventStats)
        return IDLookupKernel(ids: ids, validity: users.validity, answers: answers, negated: false,
                              nullAnswer: answers.fallback)
    }

    func memberKernel(column: Int, segment: String, negated: Bool, table: Table) -> any FilterKernel {
        guard column < table.columns.count, case .int(let ids) = table.columns[column].storage else {
            return RejectKernel()
        }
        let users = table.columns[column]
        let answers = IDAnswers.members(segmentIDs[segment] ?? [], users: users)
        return IDLookupKernel(ids: ids, validity: users.validity, answers: answers, negated: negated, nullAnswer: false)
    }
}
