import EQPlan
import EQStore
import EQSyntax

/// Builds the kernel tree for a predicate over a concrete table. String conditions are evaluated
/// here, once per dictionary entry, into a mask the kernel then looks codes up in.
enum FilterCompiler {
    static func compile(_ predicate: Predicate, table: Table, catalog: FilterCatalog = FilterCatalog()) -> any FilterKernel {
        switch predicate {
        case .constant(let value):
            return value ? PassKernel() : RejectKernel()
        case .and(let items):
            return AndKernel(children: items.map { compile($0, table: table, catalog: catalog) })
        case .or(let items):
            return OrKernel(children: items.map { compile($0, table: table, catalog: catalog) })
        case .intervals(let index, let intervals, let includeNull):
            let column = table.columns[index]
            switch column.storage {
            case .int(let values), .timestamp(let values):
                return Int64IntervalKernel(body: IntervalFilter(values: values, validity: column.validity,
                                                                intervals: intervals, includeNull: includeNull))
            case .date(let values):
                return Int32IntervalKernel(body: IntervalFilter(values: values, validity: column.validity,
                                                                intervals: intervals, includeNull: includeNull))
            default:
                return RejectKernel()
            }
        case .doubleCompare(let index, let op, let operand):
            let column = table.columns[index]
            guard case .double(let values) = column.storage else { return RejectKernel() }
            return DoubleKernel(values: values, validity: column.validity, op: op, operand: operand)
        case .boolEquals(let index, let expected):
            let column = table.columns[index]
            guard case .bool(let values) = column.storage else { return RejectKernel() }
            return BoolKernel(values: values, validity: column.validity, expected: expected)
        case .isNull(let index, let negated):
            return NullKernel(validity: table.columns[index].validity, wantNull: !negated)
        case .compareColumns(let left, let op, let right):
            return ColumnCompareKernel(left: table.columns[left], right: table.columns[right], op: op)
        case .events(let condition):
            return catalog.eventKernel(condition, table: table)
        case .member(let index, let segment, let negated):
            return catalog.memberKernel(column: index, segment: segment, negated: negated, table: table)
        case .stringIn(let index, let values, let negated):
            let targets = ByteStringSet(values)
            return stringKernel(table.columns[index]) { entry in targets.contains(entry) != negated }
        case .stringCompare(let index, let op, let operand):
            let target = Array(operand.utf8)
            return stringKernel(table.columns[index]) { entry in
                op.holds(forOrder: target.withUnsafeBufferPointer { compareBytes(entry, $0) })
            }
        case .stringMatch(let index, let kind, let pattern, let negated):
            let column = table.columns[index]
            guard case .string(let strings) = column.storage else { return RejectKernel() }
            let mask = StringMatchScan(pattern: pattern, kind: kind)
                .mask(strings.dictionary, negated: negated, threads: catalog.threads)
            return CodeMaskKernel(codes: strings.codes, mask: mask, validity: column.validity)
        case .scalar(let expr):
            return ScalarFilterKernel(evaluator: ScalarEvaluator(expr, table: table, context: catalog.context),
                                      failures: catalog.scalarFailures ?? ScalarFailures())
        case .cohortMatch(let index, let kind, let pattern, let negated):
            return CohortMatchKernel(source: table.columns[index], kind: kind, pattern: pattern, negated: negated)
        }
    }

    private static func stringKernel(_ column: Column, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> any FilterKernel {
        guard case .string(let strings) = column.storage else { return RejectKernel() }
        var mask = [Bool](repeating: false, count: strings.dictionary.count)
        mask.withUnsafeMutableBufferPointer { mask in
            strings.dictionary.forEachEntry { code, entry in mask[code] = test(entry) }
        }
        return CodeMaskKernel(codes: strings.codes, mask: mask, validity: column.validity)
    }
}

@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    if a.isEmpty { return true }
    return memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
}

/// Byte-wise order of UTF-8, which is also code-point order: the order DuckDB and PostgreSQL (C
/// collation) give strings.
@inline(__always)
func compareBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let shared = min(a.count, b.count)
    if shared > 0 {
        let order = memcmp(a.baseAddress!, b.baseAddress!, shared)
        if order != 0 { return Int(order) }
    }
    return a.count - b.count
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
