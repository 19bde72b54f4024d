import EQTypes

/// A step that prepares a campaign list from the rows before it: keeps one row per value, splits off a
/// control group, or samples. Each works on the whole relation in its row order, so it is a plan
/// operator like any other and the steps after it run over its output (no second binding of the rest
/// of the pipeline, as when the session ran these on finished lists).
///
/// SQL: `distinct` keeps the first row per value (`row_number() over (partition by key order by the
/// input's order) = 1`); `holdout` and `sample` hash the user id with the pinned SplitMix64 and compare
/// it with the share, so every back end puts the same ids in the same group.
public enum CampaignStep: Sendable, Hashable {
    /// The first row of each value of `column` (its index in the input); text compares without case and
    /// surrounding spaces unless `exact`. Rows without a value are all kept.
    case distinct(column: Int, name: String, isText: Bool, exact: Bool)
    /// A `column` of `label` (the held-out rows) or `target`, by a stable hash of the id at `idColumn`;
    /// rows without an id leave the list.
    case holdout(idColumn: Int, basisPoints: Int64, label: String, seed: Int64, column: String)
    /// `rows` rows, or the rows whose id hashes under `basisPoints`; rows without an id never count.
    case sample(idColumn: Int, rows: Int64?, basisPoints: Int64?, seed: Int64)

    /// The columns after the step: the input's, and a holdout's group column.
    public func outputColumns(_ input: [Schema.Column]) -> [Schema.Column] {
        guard case .holdout(_, _, let label, _, let column) = self else { return input }
        return input + [Schema.Column(name: column, type: .string, holdoutLabel: label)]
    }

    /// As `explain` prints it.
    public var description: String {
        switch self {
        case .distinct(_, let name, _, let exact):
            return "Distinct \(name)" + (exact ? " exact" : "")
        case .holdout(_, let basisPoints, let label, let seed, let column):
            return "Holdout \(Self.percent(basisPoints)) as \(label) seed \(seed) into \(column) (by a hash of id)"
        case .sample(_, let rows, let basisPoints, let seed):
            let size = rows.map { "\($0) rows" } ?? Self.percent(basisPoints ?? 0)
            return "Sample \(size) seed \(seed) (by a hash of id)"
        }
    }

    static func percent(_ basisPoints: Int64) -> String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        guard fraction != 0 else { return "\(whole)%" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)%" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
