import EQSyntax
import Testing

/// Arithmetic precedence, the SQL spellings, aliases, and that long or deep expressions end in a tree
/// or a diagnostic, never a stack overflow.
@Suite struct ExpressionParserTests {
    @Test("* and / bind tighter than + and -, each level left to right; parentheses override")
    func precedence() throws {
        #expect(try SyntaxTestSupport.tree("users where a + b * c > 1")
            == "Query(users, Filter(Compare(>, Arith(+, Name(a), Arith(*, Name(b), Name(c))), Int(1))))")
        #expect(try SyntaxTestSupport.tree("users where a - b - c = 1")
            == "Query(users, Filter(Compare(=, Arith(-, Arith(-, Name(a), Name(b)), Name(c)), Int(1))))")
        #expect(try SyntaxTestSupport.tree("users where (a + b) / -c = 1")
            == "Query(users, Filter(Compare(=, Arith(/, Arith(+, Name(a), Name(b)), Negate(Name(c))), Int(1))))")
    }

    @Test("<> is !=, like and matches take a pattern, between takes numbers")
    func sqlSpellings() throws {
        #expect(try SyntaxTestSupport.tree("users where a <> 1") == "Query(users, Filter(Compare(!=, Name(a), Int(1))))")
        #expect(try SyntaxTestSupport.tree("users where a not like \"x%\"")
            == "Query(users, Filter(NotLike(Name(a), String(\"x%\"))))")
        #expect(try SyntaxTestSupport.tree("users where a matches \"^x\"")
            == "Query(users, Filter(Matches(Name(a), String(\"^x\"))))")
    }

    @Test("as names aggregates and shown expressions; as of stays the query's date")
    func aliases() throws {
        #expect(try SyntaxTestSupport.tree("users | count as n, avg score as mean by role")
            == "Query(users, Aggregate(Count as n, Avg(score) as mean, By(role)))")
        #expect(try SyntaxTestSupport.tree("users | show id, score * 1.1 as boosted")
            == "Query(users, Show(Name(id), Arith(*, Name(score), Double(1.1)) as boosted))")
        #expect(try SyntaxTestSupport.tree("users | avg days(a - b) by p")
            == "Query(users, Aggregate(Avg(Call(days, Arith(-, Name(a), Name(b)))), By(p)))")
        #expect(try SyntaxTestSupport.tree("users | count as of 2024-03-31").contains("AsOf("))
    }

    @Test("a long sum parses; a 9,000-term one is a diagnostic, not a stack overflow")
    func longChain() throws {
        let sum = Array(repeating: "a", count: 150).joined(separator: " + ")
        #expect(try SyntaxTestSupport.tree("users where \(sum) > 1").hasPrefix("Query(users, Filter(Compare(>, Arith(+"))
        let huge = Array(repeating: "a", count: 9_000).joined(separator: " * ")
        #expect(SyntaxTestSupport.diagnostic("users where \(huge) > 1")?.message == "the expression is nested too deeply")
    }

    @Test("nested unary minus is bounded like parentheses")
    func deepNegation() {
        let minuses = String(repeating: "- ", count: 10_000)
        #expect(SyntaxTestSupport.diagnostic("users where \(minuses)a > 1")?.message == "the expression is nested too deeply")
    }
}
