import EQBinder
import EQTypes

extension Explain {
    /// A semi-join in the user's terms: which events are counted (or timed), how they join, and which
    /// counts or times pass, e.g. `count(events where type = "login" and at in [...] on user_id = id) >= 3`.
    static func describe(_ condition: EventCondition) -> String {
        let names = condition.names
        var filter = "type = \"\(condition.type)\""
        if names.type != "type" { filter = "\(names.type) = \"\(condition.type)\"" }
        let timeType: DataType = names.timeIsDate ? .date : .timestamp
        if let window = condition.window, let time = names.time {
            filter += " and \(time) in " + describe(Interval(window), timeType)
        }
        let join = "\(condition.table) where \(filter) on \(names.key) = \(names.user)"
        switch condition.measure {
        case .count:
            return "count(\(join)) " + describeCounts(condition.accepted)
        case .first, .last:
            let parts = condition.accepted.map { describe(Interval($0), timeType) }
            return "\(condition.measure.rawValue)(\(join)) in " + (parts.isEmpty ? "∅" : parts.joined(separator: " ∪ "))
        }
    }

    private static func describeCounts(_ accepted: [EventBounds]) -> String {
        if accepted.isEmpty { return "never" }
        if accepted.count == 1 {
            let bound = accepted[0]
            if bound.upper == .max { return bound.lower <= 0 ? ">= 0" : ">= \(bound.lower)" }
            if bound.upper == max(bound.lower, 0) + 1 { return "= \(max(bound.lower, 0))" }
            if bound.lower <= 0 { return "<= \(bound.upper - 1)" }
        }
        return "in " + accepted.map { describe(Interval(EventBounds(lower: max(0, $0.lower), upper: $0.upper)), .int) }
            .joined(separator: " ∪ ")
    }
}
