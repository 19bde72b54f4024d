import EQOutput

/// What the output-control meta-commands (`.maxwidth`, `.pager`, `.headers`, `.nullvalue`,
/// `.expanded`) set, kept together so the shell applies them in one place (`Shell.baseRenderOptions`).
struct DisplaySettings {
    /// `.maxwidth N`: the widest the table view may be; 0 fits the terminal.
    var maxWidth = 0
    /// `.pager on|off`: long results on a terminal go through `$PAGER` (`less -SR` when unset).
    var pager = true
    var headers = true
    var nullValue: String?
    var expanded: ExpandedDisplay = .off

    /// The pager command: `$PAGER`, or `less -SR` (chopped long lines, colours kept) when it is unset;
    /// nil when `PAGER` is set but empty, which turns paging off as it does in psql.
    static func pagerCommand(environment: String?) -> String? {
        guard let environment else { return "less -SR" }
        return environment.trimmingBlanks.isEmpty ? nil : environment
    }

    /// Whether `text` needs a pager: it has more lines than the screen holds above the prompt.
    static func exceedsScreen(_ text: String, rows: Int) -> Bool {
        var lines = 0
        for byte in text.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            if lines >= rows { return true }
        }
        return false
    }
}

extension Shell {
    /// `.headers on|off`, `.pager on|off`: alone, the setting is shown.
    func setSwitch(_ invocation: MetaInvocation, command: String, _ setting: ReferenceWritableKeyPath<Shell, Bool>)
        -> MetaOutcome {
        switch invocation.arguments.map({ $0.lowercased() }) {
        case []: printOut("\(command): \(self[keyPath: setting] ? "on" : "off")")
        case ["on"]: self[keyPath: setting] = true
        case ["off"]: self[keyPath: setting] = false
        default: return .failed(usage(command))
        }
        return .done
    }

    /// `.maxwidth N`: 0 restores the default; below `minimum` no table can be drawn legibly.
    func setNumber(_ invocation: MetaInvocation, command: String, minimum: Int,
                   _ setting: ReferenceWritableKeyPath<Shell, Int>) -> MetaOutcome {
        guard let text = invocation.arguments.first else {
            printOut("\(command): \(self[keyPath: setting])")
            return .done
        }
        guard invocation.arguments.count == 1, let value = Int(text), value == 0 || value >= minimum,
              value <= 100_000 else {
            var failure = usage(command)
            failure.notes.append("N is 0 (the terminal's width) or from \(minimum) to 100000")
            return .failed(failure)
        }
        self[keyPath: setting] = value
        return .done
    }
}
