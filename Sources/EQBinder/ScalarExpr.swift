import EQSyntax
import EQTypes

/// A value computed per row from columns and constants: arithmetic, scalar functions, and the
/// conditions (`like`, `matches`, comparisons of computed values) the filter kernels cannot express.
/// Every node knows its result type; nulls propagate as in SQL (any null operand gives null, except
/// `coalesce`).
public indirect enum ScalarExpr: Sendable, Hashable {
    case column(BoundColumn)
    /// A typed constant; a `.null` constant carries the type it stands for in `type`.
    case constant(Value, DataType)
    case arithmetic(ArithmeticOp, ScalarExpr, ScalarExpr, DataType)
    case negate(ScalarExpr)
    case coalesce([ScalarExpr], DataType)
    case text(TextFunction, ScalarExpr)
    /// `days(a - b)`: the whole days from `b` to `a`, truncated toward zero (dates count from midnight).
    case days(ScalarExpr, ScalarExpr)
    case compare(CompareOp, ScalarExpr, ScalarExpr)
    /// `x like "a%"` (case-sensitive, `%` any run, `_` one character) and `x matches "re"`.
    case pattern(PatternMatch, ScalarExpr, String, negated: Bool)
    /// SQL's three-valued `not`: null stays null, so a negated unknown still drops the row.
    case not(ScalarExpr)
    /// `x is null`: never null itself.
    case isNull(ScalarExpr, negated: Bool)

    public enum TextFunction: String, Sendable, Hashable {
        case lower, upper, trim
    }

    public var type: DataType {
        switch self {
        case .column(let column): column.type
        case .constant(_, let type), .arithmetic(_, _, _, let type), .coalesce(_, let type): type
        case .negate(let operand): operand.type
        case .text: .string
        case .days: .int
        case .compare, .pattern, .not, .isNull: .bool
        }
    }
}

/// A value computed by a `show`, `sort by` or aggregate argument, added as a column before the step
/// that uses it.
public struct ComputedColumn: Sendable, Hashable {
    public var expr: ScalarExpr
    public var name: String
    /// A ratio of aggregates: shown as a percentage in the table view.
    public var proportion = false
    public init(expr: ScalarExpr, name: String) {
        self.expr = expr
        self.name = name
    }
    public var type: DataType { expr.type }
}
