import EQBinder
import EQPlan
import EQStore
import EQSyntax
import EQTypes

/// Evaluates a `ScalarExpr` a vector at a time (up to `standardVectorSize` rows per call), column by
/// column as DuckDB's expression executor does, so each operator is one tight loop over arrays. Built
/// once per query; derived columns get their readers up front.
struct ScalarEvaluator: Sendable {
    let expr: ScalarExpr
    let table: Table
    let derivedReaders: [ColumnRef: OrderedReader]
    let likePatterns: [String: LikePattern]

    init(_ expr: ScalarExpr, table: Table, context: EngagementContext) {
        self.expr = expr
        self.table = table
        var readers: [ColumnRef: OrderedReader] = [:]
        var likes: [String: LikePattern] = [:]
        ScalarEvaluator.walk(expr) { node in
            switch node {
            case .column(let column):
                if case .derived = column.ref, readers[column.ref] == nil {
                    readers[column.ref] = OrderedReader(ColumnExpr(column), table: table, context: context)
                }
            case .pattern(.like, _, let pattern, _):
                likes[pattern] = LikePattern(pattern)
            default:
                break
            }
        }
        derivedReaders = readers
        likePatterns = likes
    }

    private static func walk(_ expr: ScalarExpr, _ visit: (ScalarExpr) -> Void) {
        visit(expr)
        switch expr {
        case .column, .constant: break
        case .arithmetic(_, let left, let right, _), .days(let left, let right), .compare(_, let left, let right):
            walk(left, visit)
            walk(right, visit)
        case .negate(let operand), .text(_, let operand), .pattern(_, let operand, _, _), .not(let operand),
             .isNull(let operand, _):
            walk(operand, visit)
        case .coalesce(let items, _):
            for item in items { walk(item, visit) }
        }
    }

    func evaluate(_ rows: UnsafePointer<UInt32>, _ count: Int) throws(ScalarFailure) -> ScalarVector {
        try evaluate(expr, rows, count)
    }

    private func evaluate(_ expr: ScalarExpr, _ rows: UnsafePointer<UInt32>, _ count: Int) throws(ScalarFailure) -> ScalarVector {
        switch expr {
        case .column(let column):
            return read(column, rows, count)
        case .constant(let value, let type):
            return constant(value, type, count)
        case .arithmetic(let op, let left, let right, let type):
            let (a, b) = (try evaluate(left, rows, count), try evaluate(right, rows, count))
            return try arithmetic(op, a, b, type)
        case .negate(let operand):
            var vector = try evaluate(operand, rows, count)
            switch vector.values {
            case .int(var values):
                for position in 0..<count where vector.valid[position] {
                    guard values[position] != .min else { throw ScalarFailure(message: "-\(values[position]) overflows a 64-bit integer") }
                    values[position] = -values[position]
                }
                vector.values = .int(values)
            case .double(let values):
                vector.values = .double(values.map { -$0 })
            default:
                break
            }
            return vector
        case .coalesce(let items, let type):
            var chosen = [Value](repeating: .null, count: count)
            for item in items {
                let vector = try evaluate(item, rows, count)
                for position in 0..<count where chosen[position].isNull && vector.valid[position] {
                    chosen[position] = vector.value(at: position)
                }
            }
            return ScalarVector(type, chosen)
        case .text(let function, let operand):
            let vector = try evaluate(operand, rows, count)
            guard case .string(let values) = vector.values else { return constant(.null, .string, count) }
            let mapped: [String] = switch function {
            case .lower: values.map { $0.lowercased() }
            case .upper: values.map { $0.uppercased() }
            case .trim: values.map(ScalarEvaluator.trimSpaces)
            }
            return ScalarVector(values: .string(mapped), valid: vector.valid)
        case .days(let later, let earlier):
            let (a, b) = (try evaluate(later, rows, count), try evaluate(earlier, rows, count))
            let (x, y) = (a.micros, b.micros)
            var days = [Int64](repeating: 0, count: count)
            var valid = [Bool](repeating: false, count: count)
            for position in 0..<count where a.valid[position] && b.valid[position] {
                let (difference, overflow) = x[position].subtractingReportingOverflow(y[position])
                guard !overflow else { throw ScalarFailure(message: "the time between two timestamps overflows") }
                days[position] = difference / CivilDate.microsPerDay
                valid[position] = true
            }
            return ScalarVector(values: .int(days), valid: valid)
        case .compare(let op, let left, let right):
            let (a, b) = (try evaluate(left, rows, count), try evaluate(right, rows, count))
            return compare(op, a, b)
        case .pattern(let kind, let subject, let pattern, let negated):
            let vector = try evaluate(subject, rows, count)
            guard case .string(let values) = vector.values else { return constant(.null, .bool, count) }
            var results = [Bool](repeating: false, count: count)
            switch kind {
            case .like:
                let like = likePatterns[pattern] ?? LikePattern(pattern)
                for position in 0..<count where vector.valid[position] {
                    results[position] = like.matches(values[position]) != negated
                }
            case .matches:
                // Validated by the binder; compiled per vector because a Regex is not Sendable.
                guard let regex = try? Regex(pattern) else { return constant(.null, .bool, count) }
                for position in 0..<count where vector.valid[position] {
                    results[position] = ((try? regex.firstMatch(in: values[position])) != nil) != negated
                }
            }
            return ScalarVector(values: .bool(results), valid: vector.valid)
        case .isNull(let operand, let negated):
            let vector = try evaluate(operand, rows, count)
            return ScalarVector(values: .bool(vector.valid.map { $0 == negated }), valid: [Bool](repeating: true, count: count))
        case .not(let operand):
            var vector = try evaluate(operand, rows, count)
            if case .bool(let values) = vector.values { vector.values = .bool(values.map { !$0 }) }
            return vector
        }
    }

    /// PostgreSQL's `trim(x)`: spaces only, from both ends.
    static func trimSpaces(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private func read(_ column: BoundColumn, _ rows: UnsafePointer<UInt32>, _ count: Int) -> ScalarVector {
        var valid = [Bool](repeating: false, count: count)
        if let reader = derivedReaders[column.ref] {
            var codes = [Int64](repeating: 0, count: count)
            codes.withUnsafeMutableBufferPointer { codes in
                valid.withUnsafeMutableBufferPointer { reader.read(rows, count, codes.baseAddress!, $0.baseAddress!) }
            }
            if column.type == .int { return ScalarVector(values: .int(codes), valid: valid) }
            let texts = (0..<count).map { position -> String in
                guard valid[position], case .string(let text) = reader.value(of: codes[position]) else { return "" }
                return text
            }
            return ScalarVector(values: .string(texts), valid: valid)
        }
        let stored = table.columns[column.ref.baseIndex]
        for position in 0..<count { valid[position] = stored.validity.isValid(Int(rows[position])) }
        func pick<T>(_ values: [T]) -> [T] {
            values.withUnsafeBufferPointer { buffer in (0..<count).map { buffer[Int(rows[$0])] } }
        }
        func pick<T>(_ values: ColumnBuffer<T>) -> [T] {
            values.withUnsafeBufferPointer { buffer in (0..<count).map { buffer[Int(rows[$0])] } }
        }
        let values: ScalarVector.Values = switch stored.storage {
        case .int(let values): .int(pick(values))
        // Unreachable: WideIntegerGuard refuses a computation over a sum past 64 bits before it starts.
        case .hugeint(let values): .int(pick(values).map { Int64(clamping: $0) })
        case .double(let values): .double(pick(values))
        case .bool(let values): .bool(pick(values))
        case .date(let values): .date(pick(values))
        case .timestamp(let values): .timestamp(pick(values))
        case .string(let strings): .string((0..<count).map { strings.string(at: Int(rows[$0])) })
        }
        return ScalarVector(values: values, valid: valid)
    }

    private func constant(_ value: Value, _ type: DataType, _ count: Int) -> ScalarVector {
        ScalarVector(type, [Value](repeating: value, count: count))
    }

    private func arithmetic(_ op: ArithmeticOp, _ a: ScalarVector, _ b: ScalarVector, _ type: DataType) throws(ScalarFailure) -> ScalarVector {
        let count = a.count
        var valid = zip(a.valid, b.valid).map { $0 && $1 }
        if type == .int, case .int(let x) = a.values, case .int(let y) = b.values {
            var result = [Int64](repeating: 0, count: count)
            for position in 0..<count where valid[position] {
                let (left, right) = (x[position], y[position])
                let (value, overflow): (Int64, Bool)
                switch op {
                case .add: (value, overflow) = left.addingReportingOverflow(right)
                case .subtract: (value, overflow) = left.subtractingReportingOverflow(right)
                case .multiply: (value, overflow) = left.multipliedReportingOverflow(by: right)
                case .divide:
                    // Division by zero gives null; otherwise truncated toward zero, as in PostgreSQL.
                    if right == 0 {
                        valid[position] = false
                        continue
                    }
                    (value, overflow) = left.dividedReportingOverflow(by: right)
                }
                guard !overflow else {
                    throw ScalarFailure(message: "\(left) \(op.rawValue) \(right) overflows a 64-bit integer")
                }
                result[position] = value
            }
            return ScalarVector(values: .int(result), valid: valid)
        }
        let (x, y) = (a.doubles, b.doubles)
        var result = [Double](repeating: 0, count: count)
        for position in 0..<count where valid[position] {
            switch op {
            case .add: result[position] = x[position] + y[position]
            case .subtract: result[position] = x[position] - y[position]
            case .multiply: result[position] = x[position] * y[position]
            case .divide:
                if y[position] == 0 { valid[position] = false } else { result[position] = x[position] / y[position] }
            }
        }
        return ScalarVector(values: .double(result), valid: valid)
    }

    private func compare(_ op: CompareOp, _ a: ScalarVector, _ b: ScalarVector) -> ScalarVector {
        let count = a.count
        let valid = zip(a.valid, b.valid).map { $0 && $1 }
        var result = [Bool](repeating: false, count: count)
        func fill(_ order: (Int) -> Int) {
            for position in 0..<count where valid[position] { result[position] = op.holds(forOrder: order(position)) }
        }
        switch (a.values, b.values) {
        case (.int(let x), .int(let y)):
            fill { x[$0] < y[$0] ? -1 : x[$0] > y[$0] ? 1 : 0 }
        case (.int, .double), (.double, .int), (.double, .double):
            let (x, y) = (a.doubles, b.doubles)
            fill { x[$0] < y[$0] ? -1 : x[$0] > y[$0] ? 1 : 0 }
        case (.string(let x), .string(let y)):
            fill { x[$0].utf8.elementsEqual(y[$0].utf8) ? 0 : (x[$0].utf8.lexicographicallyPrecedes(y[$0].utf8) ? -1 : 1) }
        case (.bool(let x), .bool(let y)):
            fill { x[$0] == y[$0] ? 0 : (x[$0] ? 1 : -1) }
        case (.date(let x), .date(let y)):
            fill { x[$0] < y[$0] ? -1 : x[$0] > y[$0] ? 1 : 0 }
        default:
            let (x, y) = (a.micros, b.micros)
            fill { x[$0] < y[$0] ? -1 : x[$0] > y[$0] ? 1 : 0 }
        }
        return ScalarVector(values: .bool(result), valid: valid)
    }
}

extension ScalarVector {
    /// A vector of `type` from values, converting an int to a decimal and a date to a timestamp (as
    /// `coalesce` of mixed arguments needs); anything else is null.
    init(_ type: DataType, _ items: [Value]) {
        valid = items.map { !$0.isNull }
        switch type {
        case .int: values = .int(items.map { if case .int(let v) = $0 { v } else { 0 } })
        case .double:
            values = .double(items.map {
                switch $0 {
                case .double(let v): v
                case .int(let v): Double(v)
                default: 0
                }
            })
        case .bool: values = .bool(items.map { if case .bool(let v) = $0 { v } else { false } })
        case .string: values = .string(items.map { if case .string(let v) = $0 { v } else { "" } })
        case .date: values = .date(items.map { if case .date(let v) = $0 { v } else { 0 } })
        case .timestamp:
            values = .timestamp(items.map {
                switch $0 {
                case .timestamp(let v): v
                case .date(let v): CivilDate.micros(ofDay: v)
                default: 0
                }
            })
        }
    }
}
