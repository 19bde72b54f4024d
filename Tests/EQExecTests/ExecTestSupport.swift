import EQBinder
import EQDiagnostics
import EQEngine
import EQExec
import EQPlan
import EQStore
import EQTypes
import Testing

/// Hand-built tables and the ways the executor tests run them: a predicate straight through
/// `Executor`, or statements through a `Session`.
enum ExecFixture {
    static func day(_ text: String) -> Int32 {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CivilDate.days(year: parts[0], month: parts[1], day: parts[2])
    }

    static func micros(_ text: String, hour: Int = 0) -> Int64 {
        CivilDate.micros(ofDay: day(text)) + Int64(hour) * 3_600_000_000
    }

    static let today = day("2024-06-30")
    static let context = EngagementContext(today: today)

    static func ints(_ name: String, _ values: [Int64?]) -> Column {
        Column(name: name, storage: .int(values.map { $0 ?? 0 }), validity: ValidityMask(valid: values.map { $0 != nil }))
    }

    static func doubles(_ name: String, _ values: [Double?]) -> Column {
        Column(name: name, storage: .double(values.map { $0 ?? 0 }), validity: ValidityMask(valid: values.map { $0 != nil }))
    }

    static func bools(_ name: String, _ values: [Bool?]) -> Column {
        Column(name: name, storage: .bool(values.map { $0 ?? false }), validity: ValidityMask(valid: values.map { $0 != nil }))
    }

    static func dates(_ name: String, _ values: [Int32?]) -> Column {
        Column(name: name, storage: .date(values.map { $0 ?? 0 }), validity: ValidityMask(valid: values.map { $0 != nil }))
    }

    static func timestamps(_ name: String, _ values: [Int64?]) -> Column {
        Column(name: name, storage: .timestamp(values.map { $0 ?? 0 }), validity: ValidityMask(valid: values.map { $0 != nil }))
    }

    /// A dictionary-encoded string column (or, with `plain`, one entry per row). Entries are told
    /// apart by their bytes, so canonically equivalent spellings stay different values.
    static func strings(_ name: String, _ values: [String?], plain: Bool = false) -> Column {
        let validity = ValidityMask(valid: values.map { $0 != nil })
        if plain {
            return Column(name: name, storage: .string(StringColumn(dictionary: StringDictionary(values.map { $0 ?? "" }), codes: nil)),
                          validity: validity)
        }
        var entries: [String] = []
        var codeOf: [[UInt8]: UInt32] = [:]
        let codes = values.map { value -> UInt32 in
            let bytes = Array((value ?? "").utf8)
            if let code = codeOf[bytes] { return code }
            codeOf[bytes] = UInt32(entries.count)
            entries.append(value ?? "")
            return UInt32(entries.count - 1)
        }
        return Column(name: name, storage: .string(StringColumn(dictionary: StringDictionary(entries), codes: codes)), validity: validity)
    }

    /// Runs `predicate` over `table` through the executor and returns the surviving row ids (column 0
    /// of every test table is `id` = the row number).
    static func filter(_ table: Table, _ predicate: Predicate) throws -> [Int64] {
        let plan = QueryPlan(root: .filter(.scan(table: table.name, columns: table.schema.columns), predicate),
                             context: context, outputColumns: table.schema.columns)
        let result = try Executor(tables: [table.name.lowercased(): table]).run(plan)
        return ints(of: result.columns[0])
    }

    static func ints(of column: Column) -> [Int64] {
        (0..<column.count).map { row in
            if case .int(let value) = column.value(at: row) { return value }
            return -1
        }
    }

    static func values(_ table: Table, _ column: String) -> [Value] {
        guard let index = table.columnIndex(named: column) else {
            Issue.record("no column \(column) in \(table.columns.map(\.name))")
            return []
        }
        let column = table.columns[index]
        return (0..<column.count).map { column.value(at: $0) }
    }

    /// Every row of a result as text, `|`-separated, null as "∅".
    static func rows(_ table: Table) -> [String] {
        (0..<table.rowCount).map { row in
            table.columns.map { column in
                let value = column.value(at: row)
                return value.isNull ? "∅" : value.description
            }.joined(separator: "|")
        }
    }

    static func session(_ tables: Table...) -> Session {
        let session = Session(today: today)
        for table in tables { session.register(table) }
        return session
    }

    /// Runs one query and returns its result table; records the diagnostics if any.
    static func query(_ session: Session, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Table? {
        var results: [Table] = []
        let failures = session.run(text) { outcome, _ in
            if case .result(let table) = outcome { results.append(table) }
        }
        if !failures.isEmpty {
            Issue.record("\(text): \(failures.map(\.description).joined(separator: "; "))", sourceLocation: sourceLocation)
            return nil
        }
        #expect(results.count == 1, sourceLocation: sourceLocation)
        return results.first
    }

    static func rows(_ session: Session, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        query(session, text, sourceLocation: sourceLocation).map(rows) ?? ["<failed>"]
    }

    /// The diagnostics of running `text`.
    static func failures(_ session: Session, _ text: String) -> [Diagnostic] {
        session.run(text) { _, _ in }
    }

    /// A deterministic pseudo-random sequence (SplitMix64), so large tables are the same every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }
}
