import EQDiagnostics
import EQEngine
import EQOutput
import EQTypes
#if canImport(Glibc)
import Glibc
#endif

extension MetaCommand {
    /// Every meta-command, in the order `.help` lists them.
    static let all: [MetaCommand] = [
        MetaCommand(name: "help", arguments: "?TOPIC?", help: "list the help topics, or explain one (.help syntax: the language)",
                    argument: .helpTopic) { shell, invocation in
            shell.showHelp(invocation.arguments.isEmpty ? nil : invocation.arguments.joined(separator: " "))
        },
        MetaCommand(name: "tables", arguments: "", help: "list the loaded tables", argument: .none) { shell, _ in
            shell.showTables()
        },
        MetaCommand(name: "schema", arguments: "?TABLE?", help: "columns, types, null and distinct counts",
                    argument: .table) { shell, invocation in shell.showSchema(invocation.arguments.first) },
        MetaCommand(name: "load", arguments: "NAME from \"FILE\"", help: "load a .csv, .tsv, .ndjson or .jsonl file (the load statement)",
                    argument: .loadStatement) { shell, invocation in
            shell.execute("load " + invocation.rest, sourceName: "query", firstLine: 1) ? .done : .failedAndReported
        },
        MetaCommand(name: "connect", arguments: "?URL?",
                    help: "run queries on a PostgreSQL server (the connect statement), or say where they run",
                    argument: .none) { shell, invocation in
            guard let url = invocation.arguments.first else {
                shell.printOut("back end: " + shell.session.backendDescription)
                return .done
            }
            guard invocation.arguments.count == 1 else { return .failed(shell.usage("connect")) }
            do throws(Diagnostic) {
                let message = try shell.session.connect(url: url)
                if shell.isInteractive { shell.printOut(message) }
            } catch {
                return .failed(error)
            }
            return .done
        },
        MetaCommand(name: "disconnect", arguments: "", help: "run queries on the local data again", argument: .none) { shell, _ in
            let message = shell.session.disconnect()
            if shell.isInteractive { shell.printOut(message) }
            return .done
        },
        MetaCommand(name: "timer", arguments: "on|off", help: "print each statement's wall time", argument: .onOff) { shell, invocation in
            switch invocation.arguments.first?.lowercased() {
            case "on" where invocation.arguments.count == 1: shell.timer = true
            case "off" where invocation.arguments.count == 1: shell.timer = false
            default: return .failed(shell.usage("timer"))
            }
            return .done
        },
        // The formats go in the help, not the usage column, which would widen the whole listing.
        MetaCommand(name: "mode", arguments: "?FORMAT?",
                    help: "print as " + OutputFormat.allCases.map(\.rawValue).joined(separator: " "),
                    argument: .format) { shell, invocation in
            guard let name = invocation.arguments.first else {
                shell.printOut("mode: \(shell.format.rawValue)")
                return .done
            }
            guard invocation.arguments.count == 1, let format = OutputFormat(rawValue: name.lowercased()) else {
                return .failed(shell.usage("mode"))
            }
            shell.format = format
            return .done
        },
        MetaCommand(name: "maxrows", arguments: "?N?", help: "rows the table view shows on a terminal (0: all)",
                    argument: .none) { shell, invocation in
            guard let text = invocation.arguments.first else {
                shell.printOut("maxrows: \(shell.maxRows)")
                return .done
            }
            guard invocation.arguments.count == 1, let rows = Int(text), rows >= 0 else {
                return .failed(shell.usage("maxrows"))
            }
            shell.maxRows = rows
            return .done
        },
        MetaCommand(name: "output", arguments: "?FILE?", help: "send results to FILE, or back to the terminal",
                    argument: .path) { shell, invocation in
            guard let path = invocation.arguments.first else {
                shell.output.reset()
                return .done
            }
            guard invocation.arguments.count == 1 else { return .failed(shell.usage("output")) }
            return shell.output.redirect(to: path).map { .failed(Diagnostic($0)) } ?? .done
        },
        MetaCommand(name: "once", arguments: "FILE", help: "send the next result only to FILE",
                    argument: .path) { shell, invocation in
            guard invocation.arguments.count == 1 else { return .failed(shell.usage("once")) }
            return shell.output.redirectOnce(to: invocation.arguments[0]).map { .failed(Diagnostic($0)) } ?? .done
        },
        MetaCommand(name: "maxwidth", arguments: "?N?", help: "columns the table view may use (0: the terminal's)",
                    argument: .none) { shell, invocation in
            shell.setNumber(invocation, command: "maxwidth", minimum: 20, \.display.maxWidth)
        },
        MetaCommand(name: "pager", arguments: "on|off", help: "page long results on a terminal ($PAGER, less -S)",
                    argument: .onOff) { shell, invocation in
            shell.setSwitch(invocation, command: "pager", \.display.pager)
        },
        MetaCommand(name: "headers", arguments: "on|off", help: "print column names above the rows",
                    argument: .onOff) { shell, invocation in
            shell.setSwitch(invocation, command: "headers", \.display.headers)
        },
        MetaCommand(name: "nullvalue", arguments: "?TEXT?", help: "how the views show a missing value (NULL)",
                    argument: .none) { shell, invocation in
            guard invocation.arguments.count <= 1 else { return .failed(shell.usage("nullvalue")) }
            shell.display.nullValue = invocation.arguments.first
            return .done
        },
        MetaCommand(name: "expanded", arguments: "auto|on|off",
                    help: "`column = value` lines per row (auto: when too wide)",
                    argument: .none) { shell, invocation in
            guard let name = invocation.arguments.first else {
                shell.printOut("expanded: \(shell.display.expanded.rawValue)")
                return .done
            }
            guard invocation.arguments.count == 1, let mode = ExpandedDisplay(rawValue: name.lowercased()) else {
                return .failed(shell.usage("expanded"))
            }
            shell.display.expanded = mode
            return .done
        },
        MetaCommand(name: "read", arguments: "FILE", help: "run the statements of a script", argument: .path) { shell, invocation in
            guard invocation.arguments.count == 1 else { return .failed(shell.usage("read")) }
            return shell.runScript(path: invocation.arguments[0]) ? .done : .failedAndReported
        },
        MetaCommand(name: "set", arguments: "", help: "show today and the engagement thresholds", argument: .none) { shell, _ in
            let settings = shell.session.settings
            shell.printOut("""
                today = \(CivilDate.format(days: settings.today))
                active_days = \(settings.activeDays)
                at_risk_days = \(settings.atRiskDays)
                """)
            return .done
        },
        MetaCommand(name: "history", arguments: "?all?",
                    help: "list the statements entered (all: meta-commands too)", argument: .none) { shell, invocation in
            guard invocation.arguments.isEmpty || invocation.arguments.map({ $0.lowercased() }) == ["all"] else {
                return .failed(shell.usage("history"))
            }
            shell.printOut(HistoryStore.listing(shell.history?.entries ?? [],
                                                includingMetaCommands: !invocation.arguments.isEmpty))
            return .done
        },
        MetaCommand(name: "clear", arguments: "", help: "clear the screen", argument: .none) { shell, _ in
            if shell.isInteractive { FileDescriptor.write("\u{1B}[H\u{1B}[2J", to: STDOUT_FILENO) }
            return .done
        },
        MetaCommand(name: "quit", arguments: "", help: "leave eq (also .exit, Ctrl-D)", argument: .none) { shell, _ in
            shell.shouldQuit = true
            return .done
        },
        MetaCommand(name: "exit", arguments: "", help: "leave eq", argument: .none) { shell, _ in
            shell.shouldQuit = true
            return .done
        },
    ]

    /// What `.help TOPIC` knows: the help catalogue's topics (meta-commands included) and the summary.
    static var helpTopics: [String] { HelpCatalog.entries.map(\.topic) + ["syntax"] }
}
