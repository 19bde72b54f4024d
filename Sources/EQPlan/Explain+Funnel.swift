import EQBinder
import EQTypes

extension Explain {
    /// A funnel in the user's terms: its steps, window, the join, the first step's admitted times and
    /// the split, e.g. `Funnel "email_open" -> "apply" within 14 days over events on user_id = id by role`.
    static func describe(_ funnel: BoundFunnel, _ columns: [Schema.Column]) -> String {
        let names = funnel.names
        var text = "Funnel " + funnel.steps.map { "\"\($0)\"" }.joined(separator: " -> ")
            + " within \(funnel.windowCount) \(funnel.windowUnit.rawValue)\(funnel.windowCount == 1 ? "" : "s")"
            + " over \(funnel.eventsTable) on \(names.key) = \(names.user)"
        if let times = funnel.firstStepTimes, let time = names.time {
            let timeType: DataType = names.timeIsDate ? .date : .timestamp
            let parts = times.map { describe(Interval($0), timeType) }
            text += ", first step \(time) in " + (parts.isEmpty ? "∅" : parts.joined(separator: " ∪ "))
        }
        if let group = funnel.group {
            text += " by " + describe(ColumnExpr(group), columns)
            if let label = funnel.controlLabel { text += " (target vs \(label))" }
        }
        return text
    }
}
