/// `12,345`, `-1,000`: row counts and chart values read faster with thousands separators. One
/// implementation for the table footer, charts, the shell's `.tables` and the banner.
public func groupedThousands(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
        text.append(digit)
    }
    return number < 0 ? "-" + text : text
}
