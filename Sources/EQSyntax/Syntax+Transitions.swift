import EQDiagnostics

/// `status changed from active to at_risk between 2024-06-01 and 2024-06-30`: the value of a derived
/// column as of the first date (from the login events up to its end) and as of the second.
public struct ValueChange: Sendable {
    /// The column as written (`status`, `stage`); the binder refuses anything else.
    public var subject: Expr
    /// nil: any value other than `to`'s.
    public var from: Expr?
    /// nil: any value other than `from`'s.
    public var to: Expr?
    public var start: Expr
    public var end: Expr
    public init(subject: Expr, from: Expr?, to: Expr?, start: Expr, end: Expr) {
        self.subject = subject
        self.from = from
        self.to = to
        self.start = start
        self.end = end
    }
}

/// `transitions status from 2024-05-31 to 2024-06-30 [where ...]`: how many users went from each value
/// to each value between two dates.
public struct TransitionsRequest: Sendable {
    public var keyword: SourceSpan
    public var subject: Identifier
    public var start: Expr
    public var end: Expr
    /// `where` and time clauses: the users counted.
    public var steps: [Step]
    /// Steps after a `|`, on the matrix's rows.
    public var after: [Step] = []
    public var span: SourceSpan
    public init(keyword: SourceSpan, subject: Identifier, start: Expr, end: Expr, steps: [Step], span: SourceSpan) {
        self.keyword = keyword
        self.subject = subject
        self.start = start
        self.end = end
        self.steps = steps
        self.span = span
    }
}
