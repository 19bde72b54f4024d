import EQBinder
import EQEngine
import EQStore
import Foundation
import Testing

@testable import EQExec
@testable import EQPlan

/// The linear replacements for what was quadratic in long `in` lists: a hash set of the strings and
/// one sweep to intersect many interval lists. Both must answer exactly what the old loops answered.
struct LongListTests {
    @Test func theStringSetFindsExactlyItsStrings() {
        let values = ["", "a", "ab", "ba", "José", "x\u{0}y"] + (0..<1_000).map { "s\($0)" }
        let set = ByteStringSet(values)
        for value in values + ["A", "b", "s1000", "x", "Jose", "s", "x\u{0}"] {
            let found = Array(value.utf8).withUnsafeBufferPointer { set.contains($0) }
            #expect(found == values.contains(value), "\(value)")
        }
    }

    /// The sweep against a brute force over a small range, for random lists.
    @Test func intersectingManyListsMatchesBruteForce() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let lists: [[Interval]] = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    let lower = Int64.random(in: -20...20, using: &generator)
                    let open = Int.random(in: 0..<6, using: &generator)
                    return Interval(lower: open == 0 ? .min : lower,
                                    upper: open == 1 ? .max : lower + Int64.random(in: -2...10, using: &generator))
                }
            }
            let result = IntervalSet.intersect(lists)
            for value in Int64(-40)...40 {
                let expected = lists.allSatisfy { list in list.contains { $0.contains(value) } }
                #expect(result.contains { $0.contains(value) } == expected, "\(lists) at \(value)")
            }
            #expect(result == IntervalSet.union(result), "not sorted and disjoint: \(result)")
        }
    }

    /// `not in` over many numbers is many `!=` joined by `and`.
    @Test func aLongNotInListLowersToTheComplement() {
        let values = (0..<10_000).map { Int64($0 * 3) }
        let lists = values.map { Optimizer.pointIntervals(.ne, $0) }
        let result = IntervalSet.intersect(lists)
        #expect(result.count == values.count + 1)
        #expect(result.first == Interval(lower: .min, upper: 0))
        #expect(result[1] == Interval(lower: 1, upper: 3))
        #expect(result.last == Interval(lower: 29_998))
    }
}

/// The interval kernel searches many intervals by halving; it must keep exactly the rows a walk keeps.
struct ManyIntervalKernelTests {
    @Test func manyIntervalsKeepWhatAWalkKeeps() {
        var generator = SystemRandomNumberGenerator()
        let values = (0..<4_000).map { _ in Int64.random(in: -500...500, using: &generator) }
        for _ in 0..<20 {
            let intervals = (0..<Int.random(in: 9...200, using: &generator)).map { _ in
                let lower = Int64.random(in: -520...520, using: &generator)
                return Interval(lower: lower, upper: lower + Int64.random(in: 0...12, using: &generator))
            }
            let filter = IntervalFilter(values: ColumnBuffer(values), validity: ValidityMask(valid: values.map { _ in true }),
                                        intervals: intervals, includeNull: false)
            var rows = (0..<values.count).map { UInt32($0) }
            let kept = rows.withUnsafeMutableBufferPointer { filter.filter($0.baseAddress!, $0.count) }
            let expected = values.indices.filter { row in intervals.contains { $0.contains(values[row]) } }
            #expect(Array(rows[0..<kept]) == expected.map { UInt32($0) })
        }
    }
}
