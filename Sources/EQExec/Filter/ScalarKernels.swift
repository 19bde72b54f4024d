import EQPlan
import EQStore
import EQSyntax

/// Keeps rows whose (dictionary) code is marked. Every string predicate compiles to this: the
/// predicate ran once per distinct value when the mask was built.
struct CodeMaskKernel: FilterKernel {
    let codes: ColumnBuffer<UInt32>?
    /// Indexed by code (or by row, for the plain layout).
    let mask: [Bool]
    let validity: ValidityMask

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        mask.withUnsafeBufferPointer { mask in
            validity.words.withUnsafeBufferPointer { words in
                var live = 0
                if let codes {
                    codes.withUnsafeBufferPointer { codes in
                        if words.isEmpty {
                            for position in 0..<count {
                                let row = rows[position]
                                rows[live] = row
                                live &+= bit(mask[Int(codes[Int(row)])])
                            }
                            return
                        }
                        for position in 0..<count {
                            let row = rows[position]
                            let valid = (words[Int(row) &>> 6] &>> UInt64(row & 63)) & 1 == 1
                            rows[live] = row
                            live &+= bit(mask[Int(codes[Int(row)])] && valid)
                        }
                    }
                } else {
                    for position in 0..<count {
                        let row = rows[position]
                        let valid = words.isEmpty || (words[Int(row) &>> 6] &>> UInt64(row & 63)) & 1 == 1
                        rows[live] = row
                        live &+= bit(mask[Int(row)] && valid)
                    }
                }
                return live
            }
        }
    }
}

extension CodeMaskKernel {
    func filterDense(_ start: Int, _ count: Int, into rows: UnsafeMutablePointer<UInt32>) -> Int {
        guard let codes, !validity.hasNulls else {
            for offset in 0..<count { rows[offset] = UInt32(truncatingIfNeeded: start + offset) }
            return filter(rows, count)
        }
        return mask.withUnsafeBufferPointer { mask in
            codes.withUnsafeBufferPointer { codes in
                var live = 0
                for row in start..<(start + count) {
                    rows[live] = UInt32(truncatingIfNeeded: row)
                    live &+= bit(mask[Int(codes[row])])
                }
                return live
            }
        }
    }
}

struct BoolKernel: FilterKernel {
    let values: ColumnBuffer<Bool>
    let validity: ValidityMask
    let expected: Bool

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        values.withUnsafeBufferPointer { values in
            var live = 0
            for position in 0..<count {
                let row = rows[position]
                rows[live] = row
                live &+= bit(values[Int(row)] == expected && validity.isValid(Int(row)))
            }
            return live
        }
    }
}

struct NullKernel: FilterKernel {
    let validity: ValidityMask
    let wantNull: Bool

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        var live = 0
        for position in 0..<count {
            let row = rows[position]
            rows[live] = row
            live &+= bit(validity.isValid(Int(row)) != wantNull)
        }
        return live
    }
}

struct DoubleKernel: FilterKernel {
    let values: ColumnBuffer<Double>
    let validity: ValidityMask
    let op: CompareOp
    let operand: Double

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        values.withUnsafeBufferPointer { values in
            var live = 0
            for position in 0..<count {
                let row = rows[position]
                let value = values[Int(row)]
                let pass: Bool
                switch op {
                case .eq: pass = value == operand
                case .ne: pass = value != operand
                case .lt: pass = value < operand
                case .le: pass = value <= operand
                case .gt: pass = value > operand
                case .ge: pass = value >= operand
                }
                rows[live] = row
                live &+= bit(pass && validity.isValid(Int(row)))
            }
            return live
        }
    }
}

/// Column against column: rare, so it goes through `Value` and favours clarity over speed.
struct ColumnCompareKernel: FilterKernel {
    let left: Column
    let right: Column
    let op: CompareOp

    func filter(_ rows: UnsafeMutablePointer<UInt32>, _ count: Int) -> Int {
        var live = 0
        for position in 0..<count {
            let row = rows[position]
            let a = left.value(at: Int(row))
            let b = right.value(at: Int(row))
            let pass = ValueOrder.compare(a, b).map(op.holds(forOrder:)) ?? false
            rows[live] = row
            live &+= bit(pass)
        }
        return live
    }
}
