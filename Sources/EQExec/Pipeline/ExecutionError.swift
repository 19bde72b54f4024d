/// Why execution stopped. Binding has already rejected every ill-formed query, so these are about
/// data (an overflowing sum) or the user (Ctrl-C).
public enum ExecutionError: Error, Sendable, Equatable {
    case cancelled
    case overflow(String)
    case unsupported(String)

    public var message: String {
        switch self {
        case .cancelled: "cancelled"
        case .overflow(let what): "\(what) overflows a 64-bit integer"
        case .unsupported(let what): what
        }
    }
}
