import EQTypes
import Testing
@testable import EQSyntax

/// Random sentences built from the grammar, each with the tree it must parse to: the generator writes
/// the text and the S-expression side by side, so any disagreement between grammar and parser shows.
struct RandomSentenceTests {
    struct Sentence {
        var text: String
        var tree: String
    }

    struct Generator {
        var random: RobustnessTests.SeededGenerator
        let names = ["status", "score", "role", "joined_at", "x1", "Country"]

        mutating func pick<T>(_ options: [T]) -> T {
            options.randomElement(using: &random)!
        }

        mutating func chance(_ percent: Int) -> Bool {
            Int.random(in: 0..<100, using: &random) < percent
        }

        mutating func number() -> Int64 {
            Int64.random(in: 0...9_999, using: &random)
        }

        mutating func name() -> Sentence {
            let name = pick(names)
            return Sentence(text: name, tree: "Name(\(name))")
        }

        /// Grammar rule `value`.
        mutating func value() -> Sentence {
            let count = number()
            let unit = pick(TimeUnit.allCases)
            let unitWord = pick([unit.rawValue, unit.rawValue + "s", unit.rawValue.uppercased()])
            switch Int.random(in: 0..<11, using: &random) {
            case 0: return Sentence(text: "\(count)", tree: "Int(\(count))")
            case 1: return Sentence(text: "-\(count)", tree: "Int(\(-count))")
            case 2: return Sentence(text: "\(count).25", tree: "Double(\(count).25)")
            case 3: return Sentence(text: #"'it\'s "\#(count)"'"#, tree: #"String("it's \"\#(count)\"")"#)
            case 4: return Sentence(text: "2024-02-29", tree: "Date(2024-02-29)")
            case 5: return Sentence(text: "1999-12", tree: "Month(1999-12)")
            case 6: return Sentence(text: "$p\(count)", tree: "Param(p\(count))")
            case 7: return Sentence(text: "\(count) \(unitWord)", tree: "Duration(\(count), \(unit.rawValue))")
            case 8: return Sentence(text: "\(count) \(unitWord) ago", tree: "Ago(\(count), \(unit.rawValue))")
            case 9:
                let literal = pick([("TRUE", "Bool(true)"), ("false", "Bool(false)"), ("null", "Null")])
                return Sentence(text: literal.0, tree: literal.1)
            default: return name()
            }
        }

        /// Grammar rule `comparison`, or a parenthesised `expr` standing as its operand.
        mutating func comparison(depth: Int) -> Sentence {
            let left = name()
            switch Int.random(in: 0..<8, using: &random) {
            case 0:
                let op = pick(CompareOp.allCases)
                let right = value()
                return Sentence(text: "\(left.text) \(op.rawValue) \(right.text)",
                                tree: "Compare(\(op.rawValue), \(left.tree), \(right.tree))")
            case 1:
                let values = (0..<Int.random(in: 1...3, using: &random)).map { _ in value() }
                let negated = chance(50)
                return Sentence(text: "\(left.text) \(negated ? "not " : "")in (\(values.map(\.text).joined(separator: ", ")))",
                                tree: "\(negated ? "NotIn" : "In")(\(left.tree), [\(values.map(\.tree).joined(separator: ", "))])")
            case 2:
                let match = pick([("contains", "Contains"), ("starts with", "StartsWith"), ("ends with", "EndsWith")])
                let negated = chance(30)
                return Sentence(text: "\(left.text) \(negated ? "not " : "")\(match.0) \"a\"",
                                tree: "\(negated ? "Not" : "")\(match.1)(\(left.tree), String(\"a\"))")
            case 3:
                let negated = chance(50)
                return Sentence(text: "\(left.text) is \(negated ? "not " : "")null",
                                tree: "\(negated ? "IsNotNull" : "IsNull")(\(left.tree))")
            case 4:
                let clause = timePredicate()
                return Sentence(text: "\(left.text) \(clause.text)", tree: "Time(\(left.tree), \(clause.tree))")
            case 5 where depth > 0:
                let inner = expr(depth: depth - 1)
                return Sentence(text: "(\(inner.text))", tree: inner.tree)
            default:
                return left
            }
        }

        /// Grammar rule `time_predicate`.
        mutating func timePredicate() -> Sentence {
            let first = value()
            switch Int.random(in: 0..<4, using: &random) {
            case 0: return Sentence(text: "since \(first.text)", tree: "Since(\(first.tree))")
            case 1: return Sentence(text: "before \(first.text)", tree: "Before(\(first.tree))")
            case 2: return Sentence(text: "after \(first.text)", tree: "After(\(first.tree))")
            default:
                let second = value()
                return Sentence(text: "between \(first.text) and \(second.text)",
                                tree: "Between(\(first.tree), \(second.tree))")
            }
        }

        mutating func notExpr(depth: Int) -> Sentence {
            guard chance(20) else { return comparison(depth: depth) }
            let inner = notExpr(depth: depth)
            return Sentence(text: "not \(inner.text)", tree: "Not(\(inner.tree))")
        }

        mutating func joined(_ keyword: String, _ node: String, count: Int, _ part: (inout Generator) -> Sentence)
            -> Sentence {
            // A chain is one flat node: `a and b and c` is And(a, b, c).
            let parts = (0..<count).map { _ in part(&self) }
            guard parts.count > 1 else { return parts[0] }
            return Sentence(text: parts.map(\.text).joined(separator: " \(keyword) "),
                            tree: "\(node)(\(parts.map(\.tree).joined(separator: ", ")))")
        }

        mutating func expr(depth: Int) -> Sentence {
            let orCount = Int.random(in: 1...3, using: &random)
            return joined("or", "Or", count: orCount) { generator in
                let andCount = Int.random(in: 1...3, using: &generator.random)
                return generator.joined("and", "And", count: andCount) { $0.notExpr(depth: depth) }
            }
        }

        mutating func step() -> Sentence {
            switch Int.random(in: 0..<8, using: &random) {
            case 0:
                let condition = expr(depth: 2)
                return Sentence(text: "where \(condition.text)", tree: "Filter(\(condition.tree))")
            case 1:
                let clause = timePredicate()
                return Sentence(text: clause.text, tree: "Time(\(clause.tree))")
            case 2:
                let count = number() + 1
                let unit = pick(TimeUnit.allCases)
                return Sentence(text: "last \(count) \(unit.rawValue)s", tree: "Time(Last(\(count), \(unit.rawValue)))")
            case 3:
                let calls = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    let column = pick(names)
                    return pick([("count", "Count"), ("count distinct \(column)", "CountDistinct(\(column))"),
                                 ("sum \(column)", "Sum(\(column))"), ("avg \(column)", "Avg(\(column))"),
                                 ("min \(column)", "Min(\(column))"), ("max \(column)", "Max(\(column))")])
                }
                var text = calls.map(\.0).joined(separator: ", ")
                var tree = calls.map(\.1).joined(separator: ", ")
                if chance(60) {
                    let keys = (0..<Int.random(in: 1...2, using: &random)).map { _ in pick(names + ["count"]) }
                    text += " by " + keys.joined(separator: ", ")
                    tree += ", By(\(keys.joined(separator: ", ")))"
                }
                return Sentence(text: text, tree: "Aggregate(\(tree))")
            case 4:
                if chance(30) { return Sentence(text: "show *", tree: "Show(*)") }
                let columns = (0..<Int.random(in: 1...3, using: &random)).map { _ in pick(names) }
                return Sentence(text: "show " + columns.joined(separator: ", "),
                                tree: "Show(\(columns.joined(separator: ", ")))")
            case 5, 6:
                let keys = (0..<Int.random(in: 1...2, using: &random)).map { _ in
                    let column = pick(names + ["count"])
                    return pick([(column, column), ("\(column) desc", "\(column) desc"), ("\(column) ASC", "\(column) asc")])
                }
                let text = keys.map(\.0).joined(separator: ", ")
                let tree = keys.map(\.1).joined(separator: ", ")
                if chance(50) { return Sentence(text: "sort by \(text)", tree: "Sort(\(tree))") }
                let count = number()
                return Sentence(text: "top \(count) by \(text)", tree: "Top(\(count), \(tree))")
            default:
                let count = number()
                return Sentence(text: "limit \(count)", tree: "Limit(\(count))")
            }
        }

        mutating func query() -> Sentence {
            let source = pick(["users", "events", "Users"])
            var result = Sentence(text: source, tree: source)
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let next = step()
                result.text += pick([" | ", "\n| ", " |\n  "]) + next.text
                result.tree += ", " + next.tree
            }
            result.tree = "Query(\(result.tree))"
            return result
        }

        mutating func script() -> Sentence {
            let queries = (0..<Int.random(in: 1...3, using: &random)).map { _ in query() }
            let separator = pick(["; ", "\n", "\n-- a comment\n\n"])
            return Sentence(text: queries.map(\.text).joined(separator: separator),
                            tree: queries.map(\.tree).joined(separator: "\n"))
        }
    }

    @Test func randomSentencesParseToTheirTrees() throws {
        var generator = Generator(random: RobustnessTests.SeededGenerator(state: 11))
        for _ in 0..<2_000 {
            let sentence = generator.script()
            #expect(try SyntaxTestSupport.tree(sentence.text) == sentence.tree, "\(sentence.text)")
        }
    }
}
