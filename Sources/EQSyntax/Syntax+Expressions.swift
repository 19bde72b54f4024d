import EQDiagnostics
import EQTypes

/// `+ - * /` between numbers. Integer operands give an integer (`7 / 2` is 3, truncated toward zero as
/// in PostgreSQL); a decimal on either side gives a decimal.
public enum ArithmeticOp: String, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
}

/// `like` takes SQL's `%` and `_` wildcards and is case-sensitive, as in PostgreSQL (`contains` is the
/// case-insensitive one); `matches` takes a regular expression.
public enum PatternMatch: String, Sendable, CaseIterable {
    case like
    case matches
}

/// One item of `show`: an expression and the name it shows under (`score * 1.1 as boosted`).
public struct ShownColumn: Sendable {
    public var expr: Expr
    public var alias: Identifier?
    public init(expr: Expr, alias: Identifier?) {
        self.expr = expr
        self.alias = alias
    }
}

extension AggregateCall {
    /// `90` for 0.9, `12.5` for 0.125: how a percentile is written and named (`p90_score`).
    public static func percentText(_ fraction: Double) -> String {
        let percent = fraction * 100
        if percent == percent.rounded(), let whole = Int(exactly: percent) { return String(whole) }
        return Value.format(double: percent)
    }
}
