import EQEngine
import EQOutput
import EQDiagnostics
import EQStore
import EQTypes

extension Shell {
    /// CSV, JSON and NDJSON are read by programs: `.tables` and `.schema` then print a result in that
    /// format rather than prose, so `.mode csv` followed by `.schema` gives a CSV file.
    var printsMachineFormat: Bool {
        format == .csv || format == .json || format == .ndjson
    }

    func showTables() -> MetaOutcome {
        let tables = session.tableNames.compactMap { session.table(named: $0) }
        if printsMachineFormat {
            do throws(Diagnostic) {
                try writeOutput(render(SchemaSummary.tableList(tables)))
            } catch {
                return .failed(error)
            }
            return .done
        }
        guard !tables.isEmpty else {
            printOut("no tables loaded")
            return .done
        }
        let grouped = baseRenderOptions().groupThousands
        let width = tables.map(\.name.count).max() ?? 0
        printOut(tables.map { table in
            table.name + String(repeating: " ", count: width - table.name.count + 2)
                + countPhrase(table.rowCount, "row", grouped: grouped) + ", "
                + countPhrase(table.columns.count, "column", grouped: grouped)
        }.joined(separator: "\n"))
        return .done
    }

    func showSchema(_ name: String?) -> MetaOutcome {
        var tables = session.tableNames.compactMap { session.table(named: $0) }
        if let name {
            // `.schema "my table"` finds the table a file of that name became, as a quoted name does in a query.
            guard let table = session.table(named: name) ?? session.table(named: Session.tableName(forFileStem: name)) else {
                return .failed(Diagnostic("unknown table \"\(name)\"", hint: Suggestion.hint(for: name, in: session.tableNames)))
            }
            tables = [table]
        }
        do throws(Diagnostic) {
            if printsMachineFormat {
                try writeOutput(render(SchemaSummary.columnList(tables, lifecycles: session.lifecycles.map(\.name))))
                return .done
            }
            let grouped = baseRenderOptions().groupThousands
            for (index, table) in tables.enumerated() {
                if index > 0 { try writeOutput("\n") }
                try writeOutput("\(table.name) (\(countPhrase(table.rowCount, "row", grouped: grouped)))\n")
                try writeOutput(render(SchemaSummary.table(describing: table)))
                let derived = SchemaSummary.derivedColumns(of: table, lifecycles: session.lifecycles.map(\.name))
                if !derived.isEmpty { try writeOutput("derived: " + derived.joined(separator: ", ") + "\n") }
            }
        } catch {
            return .failed(error)
        }
        return .done
    }
}
