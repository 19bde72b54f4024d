import EQStore
import Testing
@testable import EQShell

/// `.schema` lists a lifecycle with the users' derived columns, as defined rather than derived from a
/// stored column.
struct LifecycleSchemaTests {
    static let users = Table(name: "users", columns: [
        Column(name: "id", storage: .int([1]), validity: ValidityMask(allValid: 1)),
        Column(name: "last_login_at", storage: .timestamp([0]), validity: ValidityMask(allValid: 1)),
    ], lastSeenColumn: 1)

    @Test func derivedLineNamesTheLifecycle() {
        let derived = SchemaSummary.derivedColumns(of: LifecycleSchemaTests.users, lifecycles: ["tier"])
        #expect(derived.last == "tier (define)")
    }

    @Test func columnListHasARowForIt() {
        let list = SchemaSummary.columnList([LifecycleSchemaTests.users], lifecycles: ["tier"])
        let last = list.rowCount - 1
        #expect(list.columns[1].value(at: last) == .string("tier"))
        #expect(list.columns[5].value(at: last) == .string("define"))
    }
}
