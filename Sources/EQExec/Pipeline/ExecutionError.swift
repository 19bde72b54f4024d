/// Why execution stopped. Binding has already rejected every ill-formed query, so these are about
/// data (an overflowing sum) or the user (Ctrl-C).
public enum ExecutionError: Error, Sendable, Equatable {
    case cancelled
    case overflow(String)
    case unsupported(String)
    /// A later step would compute with (filter, sort, group, do arithmetic on) an integer sum past 64
    /// bits, which eq's kernels read as 64-bit values; named so the message says which column.
    case wideInteger(column: String)

    public var message: String {
        switch self {
        case .cancelled: "cancelled"
        case .overflow(let what): "\(what) overflows a 64-bit integer"
        case .unsupported(let what): what
        case .wideInteger(let column):
            "\(column) holds a sum past the 64-bit range, which can be shown and exported but not yet filtered, sorted, grouped or computed with"
        }
    }
}
