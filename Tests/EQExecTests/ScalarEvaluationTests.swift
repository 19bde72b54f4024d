@testable import EQExec
import Testing

/// The pieces of expression evaluation whose edge cases the golden data does not reach.
@Suite("Executor: LIKE patterns")
struct ScalarEvaluationTests {
    @Test("% and _ as PostgreSQL LIKE: case-sensitive, _ is one code point, \\ escapes")
    func like() {
        #expect(LikePattern("a%").matches("abc"))
        #expect(!LikePattern("a%").matches("Abc"))
        #expect(LikePattern("_é_").matches("xéy"))
        #expect(!LikePattern("_").matches(""))
        #expect(LikePattern("%").matches(""))
        #expect(LikePattern("100\\%").matches("100%"))
        #expect(!LikePattern("100\\%").matches("1000"))
        #expect(LikePattern("%a%b%").matches("xxaxxbxx"))
        #expect(!LikePattern("%a%b").matches("xxaxxbxx"))
        #expect(LikePattern("李%").matches("李雷 Dubois"))
    }

    @Test("trim removes spaces only, at both ends")
    func trim() {
        #expect(ScalarEvaluator.trimSpaces("  a b  ") == "a b")
        #expect(ScalarEvaluator.trimSpaces("\ta ") == "\ta")
        #expect(ScalarEvaluator.trimSpaces("   ") == "")
    }
}
