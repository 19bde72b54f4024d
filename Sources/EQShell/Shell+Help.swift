import EQDiagnostics
import EQEngine

extension Shell {
    func showHelp(_ topic: String?) -> MetaOutcome {
        guard let topic else {
            printOut(MetaCommand.listing + "\n\nAnything else is a statement; .help syntax summarises the language.")
            return .done
        }
        let name = topic.hasPrefix(".") ? String(topic.dropFirst()).lowercased() : topic.lowercased()
        if name == "syntax" {
            printOut(Shell.syntaxSummary)
            return .done
        }
        if let text = Shell.stepHelp[name] {
            printOut(text)
            return .done
        }
        guard let command = MetaCommand.named(name) else {
            let topics = MetaCommand.helpTopics + Shell.stepHelp.keys.sorted()
            return .failed(Diagnostic("no help for \"\(topic)\"",
                                      hint: Suggestion.hint(for: name, in: topics)
                                        ?? "topics: " + topics.joined(separator: ", ")))
        }
        printOut("." + command.name + (command.arguments.isEmpty ? "" : " " + command.arguments) + "\n  " + command.help)
        return .done
    }

    static let syntaxSummary = """
        A query names a table and applies clauses; | pipes a result into the next step.

          users where status = at_risk and role = student since 2024-01
          users where email ends with "@example.org" or name contains "ann"
          users where last_login_at before 30 days ago and score >= 500
          users where last_email_at last 30 days        (also since, before, between ... and ...)
          users since 2024-01 | count by cohort, status
          users where status = active | top 100 by score | show id, email, score
          users | sort by joined_at desc | limit 20
          events where type = login last 7 days | count by channel
          users | count, avg score, max last_login_at by role
          explain users where status = at_risk

          load users from "data/users.csv"        set today = 2024-06-30
          set active_days = 45                     set at_risk_days = 90
          set strict = on                          a value no row holds fails the statement

        The demo data (users and events) is there until the first load, which removes both; today is
        the demo's 2024-06-30 while it is there, then the current UTC date unless set today chose one.
        Typed, piped, -c, -i and eq run all follow this rule.

        Derived columns: status (active, at_risk, inactive), stage, cohort, days_inactive.
        today defaults to \(Session.todayDefault).
        The thresholds may be set in any order, or both at once: set active_days = 14, at_risk_days = 30.
        eq --data DIR loads every \(Session.dataFileExtensionList) file of DIR as a table.
        A line ending in |, and, or, a comma, an open parenthesis or string, or \\ continues the statement.
        Tab completes keywords, tables, columns and values; Ctrl-R searches the history.
        Ctrl-C stops a running statement (query, sort, report, export, load) and the prompt comes back.
        """
}
