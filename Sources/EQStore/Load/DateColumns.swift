import EQDiagnostics
import EQTypes

/// Reads text columns whose values are dates written the way spreadsheets and other tools write them
/// (`06/29/2024`, `29.06.2024`), which the loader's type inference (ISO 8601 only) leaves as text.
///
/// It runs once per distinct value (a column's dictionary), after the parallel parse, so the hot path
/// stays ISO-only. With `dateformat` every text column whose values all fit the pattern converts. Without
/// it a column converts only where its form is unambiguous: the `.` convention is day.month.year, and a
/// `/` or `-` column needs a first or second number above 12 somewhere to say which is the day. A column
/// that looks like dates but stays text gets a note saying why and naming the option.
enum DateColumns {
    struct Outcome {
        var columns: [Column]
        var notes: [String]
    }

    /// `declared`: lower-cased names of columns declared date or timestamp in `with (...)` while a
    /// `dateformat` is given; they were parsed as text and must convert, value for value.
    static func convert(_ columns: [Column], format: DateFormat?, declared: Set<String>, sourceName: String)
        throws(Diagnostic) -> Outcome {
        var outcome = Outcome(columns: columns, notes: [])
        for (columnIndex, column) in columns.enumerated() {
            guard case .string(let strings) = column.storage else { continue }
            let isDeclared = declared.contains(column.name.lowercased())
            // The first few distinct values decide whether this is a date column at all, so a column of a
            // million emails costs twenty look-ups, not a million strings.
            let leading = leadingEntries(strings.dictionary, count: 20)
            guard !leading.isEmpty else { continue }
            let chosen: DateFormat
            var detected = false
            if let format {
                let fits = leading.contains { text in
                    var text = text
                    return text.withUTF8 { format.parse($0) } != nil
                }
                guard fits || isDeclared else { continue }
                chosen = format
            } else {
                guard let shape = leading.lazy.compactMap({ Shape($0) }).first else { continue }
                switch shape.format(over: nonEmptyEntries(strings.dictionary)) {
                case .success(let format):
                    chosen = format
                    detected = true
                case .failure(let reason):
                    outcome.notes.append("column \"\(column.name)\" stays text: \(reason)")
                    continue
                }
            }
            var parsed = [Int64?](repeating: nil, count: strings.dictionary.count)
            var misfitCount = 0
            var firstMisfit = ""
            var fitting = 0
            strings.dictionary.forEachEntry { code, bytes in
                guard !bytes.isEmpty else { return }
                if let value = chosen.parse(bytes) {
                    parsed[code] = value
                    fitting += 1
                } else {
                    if misfitCount == 0 { firstMisfit = String(decoding: bytes, as: UTF8.self) }
                    misfitCount += 1
                }
            }
            if misfitCount > 0 {
                let example = firstMisfit.count > 40 ? String(firstMisfit.prefix(40)) + "…" : firstMisfit
                let values = "\(misfitCount) distinct value\(misfitCount == 1 ? "" : "s")"
                if isDeclared {
                    throw Diagnostic("value \"\(example)\" in column \(column.name) does not match dateformat "
                                         + "\"\(chosen)\"", source: SourceFile(name: sourceName, text: ""),
                                     hint: "\(values) do not fit; \(column.name) is declared in `with (...)`")
                }
                // A column none of whose values fit is simply not a date column.
                if fitting > 0 {
                    outcome.notes.append("column \"\(column.name)\" stays text: \(values) such as \"\(example)\" "
                                         + "\(misfitCount == 1 ? "is" : "are") not a date in the form "
                                         + "dateformat \"\(chosen)\"")
                }
                continue
            }
            outcome.columns[columnIndex] = convertedColumn(column, strings, parsed: parsed, format: chosen)
            if detected {
                let kind = chosen.hasTime ? "timestamps" : "dates"
                outcome.notes.append("column \"\(column.name)\" read as \(kind) in the form dateformat \"\(chosen)\"")
            }
        }
        return outcome
    }

    private static func nonEmptyEntries(_ dictionary: StringDictionary) -> [String] {
        var entries: [String] = []
        dictionary.forEachEntry { _, bytes in
            if !bytes.isEmpty { entries.append(String(decoding: bytes, as: UTF8.self)) }
        }
        return entries
    }

    /// Up to `count` non-empty entries from the start of the dictionary.
    private static func leadingEntries(_ dictionary: StringDictionary, count: Int) -> [String] {
        var entries: [String] = []
        var code = 0
        while code < dictionary.count && entries.count < count {
            let text = dictionary.string(at: code)
            if !text.isEmpty { entries.append(text) }
            code += 1
        }
        return entries
    }

    private static func convertedColumn(_ column: Column, _ strings: StringColumn, parsed: [Int64?],
                                        format: DateFormat) -> Column {
        let rowCount = column.count
        var flags = [Bool](repeating: false, count: rowCount)
        var values = [Int64](repeating: 0, count: rowCount)
        for rowIndex in 0..<rowCount where column.validity.isValid(rowIndex) {
            // An empty text cell (a quoted "") holds no date: it becomes null, as an empty field is.
            if let value = parsed[strings.code(at: rowIndex)] {
                values[rowIndex] = value
                flags[rowIndex] = true
            }
        }
        let storage: ColumnStorage = format.hasTime ? .timestamp(values) : .date(values.map { Int32(truncatingIfNeeded: $0) })
        return Column(name: column.name, storage: storage, validity: ValidityMask(valid: flags))
    }

    /// `06/29/2024`, `29.06.2024`, `6-29-2024 13:45`: two numbers of one or two digits and a four-digit
    /// year, one separator throughout, optionally a time.
    struct Shape {
        var separator: Character
        var first: Int
        var second: Int
        /// nil, `%H:%M` or `%H:%M:%S`, with the character between date and time.
        var time: String?

        init?(_ text: String) {
            let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            let date = parts[0]
            guard let separator = date.first(where: { !$0.isASCII || !$0.isNumber }),
                  "/.-".contains(separator) else { return nil }
            let numbers = date.split(separator: separator, omittingEmptySubsequences: false)
            guard numbers.count == 3, (1...2).contains(numbers[0].count), (1...2).contains(numbers[1].count),
                  numbers[2].count == 4, numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let first = Int(numbers[0]), let second = Int(numbers[1]) else { return nil }
            self.separator = separator
            self.first = first
            self.second = second
            if parts.count == 2 {
                let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
                guard (2...3).contains(clock.count), clock.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) })
                else { return nil }
                time = clock.count == 3 ? " %H:%M:%S" : " %H:%M"
            }
        }

        /// The one pattern every value fits, or why there is none.
        func format(over values: [String]) -> Result<DateFormat, Reason> {
            var largestFirst = 0
            var largestSecond = 0
            for value in values {
                guard let shape = Shape(value), shape.separator == separator, shape.time == time else {
                    return .failure(Reason("it looks like dates, but \"\(value)\" is not one in the same form"))
                }
                largestFirst = max(largestFirst, shape.first)
                largestSecond = max(largestSecond, shape.second)
            }
            let sep = String(separator)
            let dayFirst = "%d\(sep)%m\(sep)%Y" + (time ?? "")
            let monthFirst = "%m\(sep)%d\(sep)%Y" + (time ?? "")
            let pattern: String
            if separator == "." || (largestFirst > 12 && largestSecond <= 12) {
                pattern = dayFirst
            } else if largestSecond > 12 && largestFirst <= 12 {
                pattern = monthFirst
            } else if largestFirst <= 12 {
                return .failure(Reason("its dates (such as \"\(values[0])\") could be month first or day first; "
                                       + "say which with dateformat \"\(monthFirst)\" or dateformat \"\(dayFirst)\" "
                                       + "in the load"))
            } else {
                return .failure(Reason("it looks like dates, but numbers above 12 stand both first and second"))
            }
            guard let format = DateFormat(pattern) else { return .failure(Reason("no date form fits it")) }
            return .success(format)
        }
    }

    struct Reason: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }
}

extension DateColumns.Reason: CustomStringConvertible {
    var description: String { text }
}
