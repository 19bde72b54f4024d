import EQStore
import Testing

/// `contains`, `starts with` and `ends with`: simple lower-case mapping per code point, then code
/// point by code point, no normalisation — consistent with `=` (byte-wise) and with DuckDB 2.0:
///   create table t as select * from (values (1,'José'),(2,'Jose\u0301'),(3,'🇺🇸'),(4,'ÉCOLE'),
///     (5,'İstanbul'),(6,'\u212a'),(7,'straße')) v(id,name);
///   select list(id order by id) from t where name ilike '%' || p || '%';
/// gives é → [1, 4], e + U+0301 → [2], 🇺 → [3], i → [5], k → [6], ẞ → [7], STRASSE → none.
struct TextMatchTests {
    typealias X = ExecFixture

    static let table = Table(name: "t", columns: [
        X.ints("id", [1, 2, 3, 4, 5, 6, 7]),
        X.strings("name", ["José", "Jose\u{301}", "🇺🇸", "ÉCOLE", "İstanbul", "\u{212A}", "straße"]),
    ])

    static let cases: [(condition: String, ids: [String])] = [
        ("name contains \"é\"", ["1", "4"]),
        ("name contains \"e\u{301}\"", ["2"]),
        ("name contains \"É\"", ["1", "4"]),
        ("name ends with \"\u{301}\"", ["2"]),
        ("name contains \"🇺\"", ["3"]),
        ("name starts with \"🇺\"", ["3"]),
        ("name ends with \"🇸\"", ["3"]),
        ("name not contains \"🇺\"", ["1", "2", "4", "5", "6", "7"]),
        ("name starts with \"école\"", ["4"]),
        ("name starts with \"i\"", ["5"]),
        ("name starts with \"istanbul\"", ["5"]),
        ("name contains \"k\"", ["6"]),
        ("name contains \"ẞ\"", ["7"]),
        ("name contains \"STRASSE\"", []),
        ("name contains \"jos\"", ["1", "2"]),
    ]

    @Test(arguments: cases)
    func matchesByCodePointAfterSimpleLowerCasing(condition: String, ids: [String]) {
        let session = X.session(Self.table)
        #expect(X.rows(session, "t where \(condition) | show id") == ids, "\(condition)")
    }

    /// `=` is byte-wise; a match with the whole value as its pattern agrees with it on spelling.
    @Test func equalityAndMatchAgreeOnDecomposedText() {
        let session = X.session(Self.table)
        #expect(X.rows(session, "t where name = \"José\" | show id") == ["1"])
        #expect(X.rows(session, "t where name starts with \"José\" | show id") == ["1"])
        #expect(X.rows(session, "t where name = \"Jose\u{301}\" | show id") == ["2"])
        #expect(X.rows(session, "t where name starts with \"Jose\u{301}\" | show id") == ["2"])
    }
}
