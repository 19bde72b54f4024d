import EQStore

/// Builds a report's result table column by column, so each report states its shape in one place.
struct ReportTable {
    var columns: [Column] = []

    mutating func strings(_ name: String, _ values: [String]) {
        let dictionary = StringDictionary(values)
        let codes = (0..<values.count).map { UInt32($0) }
        columns.append(Column(name: name, storage: .string(StringColumn(dictionary: dictionary, codes: codes)),
                              validity: ValidityMask(allValid: values.count)))
    }

    mutating func integers(_ name: String, _ values: [Int64?]) {
        columns.append(Column(name: name, storage: .int(values.map { $0 ?? 0 }), validity: Self.validity(values)))
    }

    mutating func doubles(_ name: String, _ values: [Double?]) {
        columns.append(Column(name: name, storage: .double(values.map { $0 ?? 0 }), validity: Self.validity(values)))
    }

    /// Proportions (fractions of 1, or percents), which the table view shows as percentages.
    mutating func shares(_ name: String, _ values: [Double?], as proportion: Proportion = .fraction) {
        doubles(name, values)
        columns[columns.count - 1].proportion = proportion
    }

    /// A mask only when something is null, as the store keeps them.
    static func validity<T>(_ values: [T?]) -> ValidityMask {
        values.contains { $0 == nil } ? ValidityMask(valid: values.map { $0 != nil }) : ValidityMask(allValid: values.count)
    }

    func table(_ name: String) -> Table {
        Table(name: name, columns: columns)
    }
}

/// `part / whole`, or null when the whole is empty (a share of nobody is unknown, not zero).
func share(_ part: Int64, _ whole: Int64) -> Double? {
    whole == 0 ? nil : Double(part) / Double(whole)
}
