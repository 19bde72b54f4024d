/// The characters the table view draws with: DuckDB's box-drawing set, or plain ASCII.
struct BoxStyle {
    let horizontal: String
    let vertical: String
    let topLeft, topMiddle, topRight: String
    let middleLeft, middleCross, middleRight: String
    /// The line above a footer closes the columns: `├─┴─┤`.
    let footerLeft, footerJoin, footerRight: String
    let bottomLeft, bottomMiddle, bottomRight: String
    /// Marks truncated text and the column standing for hidden ones.
    let ellipsis: String
    /// Fills the row standing for elided rows.
    let elisionDot: String

    static let unicode = BoxStyle(
        horizontal: "─", vertical: "│",
        topLeft: "┌", topMiddle: "┬", topRight: "┐",
        middleLeft: "├", middleCross: "┼", middleRight: "┤",
        footerLeft: "├", footerJoin: "┴", footerRight: "┤",
        bottomLeft: "└", bottomMiddle: "┴", bottomRight: "┘",
        ellipsis: "…", elisionDot: "·")

    static let ascii = BoxStyle(
        horizontal: "-", vertical: "|",
        topLeft: "+", topMiddle: "+", topRight: "+",
        middleLeft: "+", middleCross: "+", middleRight: "+",
        footerLeft: "+", footerJoin: "+", footerRight: "+",
        bottomLeft: "+", bottomMiddle: "+", bottomRight: "+",
        ellipsis: "~", elisionDot: ".")
}
