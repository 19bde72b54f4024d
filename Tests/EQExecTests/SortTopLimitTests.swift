import EQEngine
import EQExec
import EQStore
import EQTypes
import Testing

@Suite("Executor: sort, top-N and limit")
struct SortTopLimitTests {
    typealias X = ExecFixture

    /// Ties on score (10 three times, 7 twice) and nulls in the middle, so stability and null
    /// placement both show.
    static let scores = Table(name: "scores", columns: [
        X.ints("id", [0, 1, 2, 3, 4, 5, 6, 7, 8]),
        X.ints("score", [10, nil, 7, 10, 3, 7, nil, 10, 12]),
        X.strings("name", ["b", "a", "c", "a", nil, "b", "c", "a", "b"]),
        X.doubles("ratio", [0.5, -1, nil, 2, 0.5, -0.0, 3, nil, 0]),
    ])

    static func ids(_ text: String) -> [String] {
        X.rows(X.session(scores), "scores | \(text) | show id")
    }

    @Test("sort is stable and puts nulls last in both directions")
    func sort() {
        #expect(Self.ids("sort by score") == ["4", "2", "5", "0", "3", "7", "8", "1", "6"])
        #expect(Self.ids("sort by score desc") == ["8", "0", "3", "7", "2", "5", "4", "1", "6"])
        #expect(Self.ids("sort by name") == ["1", "3", "7", "0", "5", "8", "2", "6", "4"])
        #expect(Self.ids("sort by name desc") == ["2", "6", "0", "5", "8", "1", "3", "7", "4"])
        #expect(Self.ids("sort by ratio") == ["1", "5", "8", "0", "4", "3", "6", "2", "7"])
        #expect(Self.ids("sort by ratio desc") == ["6", "3", "0", "4", "5", "8", "1", "2", "7"])
    }

    /// Issue 10: `sort by score | top 3 by role` broke ties by table order; like `sort`, `top` keeps
    /// the order it receives (DuckDB: a stable sort of the sorted input, then the first rows).
    @Test("top breaks ties by the order of its input, also after a sort and a filter")
    func topIsStableOverItsInput() {
        #expect(Self.ids("sort by id desc | top 3 by score") == ["8", "7", "3"])
        #expect(Self.ids("sort by id desc | where score >= 7 | top 3 by score") == ["8", "7", "3"])
        #expect(Self.ids("sort by score desc | top 4 by name") == ["2", "6", "8", "0"])
        #expect(Self.ids("sort by score desc | top 9 by name")
                == Self.ids("sort by score desc | sort by name desc"))
    }

    @Test("sort by several keys")
    func multiKeySort() {
        #expect(Self.ids("sort by name, score desc") == ["3", "7", "1", "8", "0", "5", "2", "6", "4"])
        #expect(Self.ids("sort by score desc, name") == ["8", "3", "7", "0", "5", "2", "4", "1", "6"])
        #expect(Self.ids("sort by score, id desc") == ["4", "5", "2", "7", "3", "0", "8", "6", "1"])
    }

    @Test("top N is descending by default, stable, nulls last")
    func top() {
        #expect(Self.ids("top 3 by score") == ["8", "0", "3"])
        #expect(Self.ids("top 4 by score") == ["8", "0", "3", "7"])
        #expect(Self.ids("top 3 by score asc") == ["4", "2", "5"])
        #expect(Self.ids("top 100 by score") == ["8", "0", "3", "7", "2", "5", "4", "1", "6"])
        #expect(Self.ids("top 100 by score asc") == ["4", "2", "5", "0", "3", "7", "8", "1", "6"])
        #expect(Self.ids("top 8 by score asc") == ["4", "2", "5", "0", "3", "7", "8", "1"])
        #expect(Self.ids("top 2 by name asc, score") == ["3", "7"])
        #expect(Self.ids("top 0 by score") == [])
    }

    @Test("top N agrees with sort then limit", arguments: [1, 2, 5, 9])
    func topEqualsSortLimit(count: Int) {
        for key in ["score", "score asc", "name", "name asc", "ratio", "ratio asc", "name asc, ratio desc"] {
            let top = Self.ids("top \(count) by \(key)")
            let direction = key.contains(" ") ? key : key + " desc"
            #expect(top == Self.ids("sort by \(direction) | limit \(count)"), "\(key)")
        }
    }

    @Test("limit keeps the first rows in order")
    func limit() {
        #expect(Self.ids("limit 3") == ["0", "1", "2"])
        #expect(Self.ids("limit 0") == [])
        #expect(Self.ids("limit 100").count == 9)
        #expect(X.rows(X.session(Self.scores), "scores where score >= 10 | limit 2 | show id") == ["0", "3"])
        #expect(Self.ids("sort by score desc | limit 2") == ["8", "0"])
    }

    @Test("top after a filter and a show after top")
    func topPipeline() {
        #expect(X.rows(X.session(Self.scores), "scores where name = a | top 2 by score | show id, score") == ["3|10", "7|10"])
        #expect(X.rows(X.session(Self.scores), "scores | count by name | top 1 by count") == ["a|3"])
    }

    @Test("the largest and smallest integers keep their order")
    func extremeValues() {
        let table = Table(name: "ext", columns: [
            X.ints("id", [0, 1, 2, 3]),
            X.ints("n", [.max, .max - 1, .min, .min + 1]),
        ])
        let session = X.session(table)
        #expect(X.rows(session, "ext | sort by n | show id") == ["2", "3", "1", "0"])
        #expect(X.rows(session, "ext | sort by n desc | show id") == ["0", "1", "3", "2"])
        #expect(X.rows(session, "ext | top 4 by n asc | show id") == ["2", "3", "1", "0"])
        #expect(X.rows(session, "ext | top 4 by n | show id") == ["0", "1", "3", "2"])
    }
}
