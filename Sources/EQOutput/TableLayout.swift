/// Which columns the table view shows and how wide each is, for a given terminal width.
///
/// DuckDB's box renderer is the model: columns keep their natural width when everything fits; otherwise
/// long cells are cut to `cellCap` columns, and if that is still too wide, columns are dropped from the
/// middle (keeping the first and last ones, which usually hold the key and the figure of interest) and
/// one `…` column stands for them. Width left over goes back to the columns that were cut.
struct TableLayout: Equatable {
    /// Table column indices shown, in order.
    var shown: [Int]
    /// Display widths of the shown columns' cells, parallel to `shown`.
    var widths: [Int]
    /// Position in `shown` before which the `…` column stands, when columns are hidden.
    var ellipsisPosition: Int?

    /// A cell wider than this is cut when the table does not fit as it is.
    static let cellCap = 20

    /// Columns of border and padding one cell costs: `│ ` before and ` ` after.
    static let cellOverhead = 3

    /// Total line width: each cell plus its overhead, plus the closing border.
    var totalWidth: Int {
        widths.reduce(1) { $0 + $1 + Self.cellOverhead } + (ellipsisPosition == nil ? 0 : 1 + Self.cellOverhead)
    }

    init(shown: [Int], widths: [Int], ellipsisPosition: Int?) {
        self.shown = shown
        self.widths = widths
        self.ellipsisPosition = ellipsisPosition
    }

    /// Lays out columns of the given natural widths in `available` terminal columns.
    init(naturalWidths natural: [Int], available: Int) {
        let all = Array(natural.indices)
        self.init(shown: all, widths: natural, ellipsisPosition: nil)
        if totalWidth <= available { return }

        let capped = natural.map { min($0, Self.cellCap) }
        widths = capped
        if totalWidth > available {
            hideMiddleColumns(capped: capped, available: available)
        }
        giveBackSpace(natural: natural, available: available)
    }

    /// Keeps columns from both ends, alternating left and right, while they fit beside a `…` column.
    private mutating func hideMiddleColumns(capped: [Int], available: Int) {
        let ellipsisCost = 1 + Self.cellOverhead
        var left: [Int] = []
        var right: [Int] = []
        var used = 1 + ellipsisCost
        var nextLeft = 0
        var nextRight = capped.count - 1
        var takeLeft = true
        while nextLeft <= nextRight {
            let candidate = takeLeft ? nextLeft : nextRight
            let cost = capped[candidate] + Self.cellOverhead
            if used + cost > available { break }
            used += cost
            if takeLeft {
                left.append(candidate)
                nextLeft += 1
            } else {
                right.insert(candidate, at: 0)
                nextRight -= 1
            }
            takeLeft.toggle()
        }
        if left.isEmpty {
            // Not even the first column fits whole: show it cut to what is left.
            left = [0]
            right = []
            let needsEllipsis = capped.count > 1
            shown = left
            widths = [max(1, available - 1 - Self.cellOverhead - (needsEllipsis ? ellipsisCost : 0))]
            ellipsisPosition = needsEllipsis ? 1 : nil
            return
        }
        shown = left + right
        widths = shown.map { capped[$0] }
        ellipsisPosition = shown.count < capped.count ? left.count : nil
    }

    /// Widens cut columns, left to right, up to their natural width while the line still fits.
    private mutating func giveBackSpace(natural: [Int], available: Int) {
        var spare = available - totalWidth
        for position in shown.indices where spare > 0 {
            let wanted = natural[shown[position]] - widths[position]
            guard wanted > 0 else { continue }
            let granted = min(wanted, spare)
            widths[position] += granted
            spare -= granted
        }
    }
}
