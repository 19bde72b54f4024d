import EQOutput
import EQDiagnostics
import EQStore
import EQTypes

extension Shell {
    func showTables() -> MetaOutcome {
        let tables = session.tableNames.compactMap { session.table(named: $0) }
        guard !tables.isEmpty else {
            printOut("no tables loaded")
            return .done
        }
        let width = tables.map(\.name.count).max() ?? 0
        printOut(tables.map { table in
            table.name + String(repeating: " ", count: width - table.name.count + 2)
                + "\(groupedThousands(table.rowCount)) rows, \(table.columns.count) columns"
        }.joined(separator: "\n"))
        return .done
    }

    func showSchema(_ name: String?) -> MetaOutcome {
        var tables = session.tableNames.compactMap { session.table(named: $0) }
        if let name {
            guard let table = session.table(named: name) else {
                return .failed(Diagnostic("unknown table \"\(name)\"", hint: Suggestion.hint(for: name, in: session.tableNames)))
            }
            tables = [table]
        }
        do throws(Diagnostic) {
            for (index, table) in tables.enumerated() {
                if index > 0 { try output.write("\n") }
                try output.write("\(table.name) (\(groupedThousands(table.rowCount)) rows)\n")
                try output.write(render(SchemaSummary.table(describing: table)))
                let derived = SchemaSummary.derivedColumns(of: table)
                if !derived.isEmpty { try output.write("derived: " + derived.joined(separator: ", ") + "\n") }
            }
        } catch {
            return .failed(error)
        }
        return .done
    }
}
