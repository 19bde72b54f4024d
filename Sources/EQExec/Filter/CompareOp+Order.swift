import EQSyntax

extension CompareOp {
    /// Whether the operator holds between two values whose three-way comparison is `order` (negative,
    /// zero, positive): one definition for every kernel that compares through an order.
    @inline(__always)
    func holds(forOrder order: Int) -> Bool {
        switch self {
        case .eq: order == 0
        case .ne: order != 0
        case .lt: order < 0
        case .le: order <= 0
        case .gt: order > 0
        case .ge: order >= 0
        }
    }
}
