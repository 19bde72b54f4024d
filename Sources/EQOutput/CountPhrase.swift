/// `1 row`, `2 rows`, `10,017,160 rows`: one spelling of a count and its noun for every message (load,
/// export, `.tables`, footers), so a number reads the same wherever it appears.
///
/// `grouped` is true for a reader at a terminal; CSV, JSON and logs get plain digits a program can parse.
public func countPhrase(_ count: Int, _ noun: String, grouped: Bool) -> String {
    let number = grouped ? groupedThousands(count) : String(count)
    return "\(number) \(noun)\(count == 1 ? "" : "s")"
}
