import EQTypes

extension Column {
    /// A column of `type` from values, for the small tables made outside the scan (the session's own
    /// listings, rows streamed from another back end). A value of another kind than `type` becomes
    /// null rather than a made-up zero, and an int column holding a sum past Int64 keeps every digit.
    public init(name: String, type: DataType, values: [Value]) {
        var valid = values.map { $0 != .null }
        func pick<T>(_ default: T, _ extract: (Value) -> T?) -> [T] {
            values.indices.map { index in
                if let value = extract(values[index]) { return value }
                valid[index] = false
                return `default`
            }
        }
        let storage: ColumnStorage
        switch type {
        case .string:
            let strings = pick("") { if case .string(let text) = $0 { text } else { nil } }
            storage = .string(StringColumn(dictionary: StringDictionary(strings), codes: nil))
        case .double:
            storage = .double(pick(0) {
                switch $0 {
                case .double(let number): number
                case .int(let number): Double(number)
                default: nil
                }
            })
        case .bool:
            storage = .bool(pick(false) { if case .bool(let flag) = $0 { flag } else { nil } })
        case .date:
            storage = .date(pick(0) { if case .date(let day) = $0 { day } else { nil } })
        case .timestamp:
            storage = .timestamp(pick(0) { if case .timestamp(let micros) = $0 { micros } else { nil } })
        case .int:
            if values.contains(where: { if case .hugeint = $0 { true } else { false } }) {
                storage = .hugeint(pick(0) {
                    switch $0 {
                    case .int(let number): Int128(number)
                    case .hugeint(let number): number
                    default: nil
                    }
                })
            } else {
                storage = .int(pick(0) { if case .int(let number) = $0 { number } else { nil } })
            }
        }
        self.init(name: name, storage: storage, validity: ValidityMask(valid: valid))
    }
}
