import EQDiagnostics

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
        guard let command = MetaCommand.named(name) else {
            return .failed(Diagnostic("no help for \"\(topic)\"",
                                      hint: Suggestion.hint(for: name, in: MetaCommand.helpTopics)
                                        ?? "topics: " + MetaCommand.helpTopics.joined(separator: ", ")))
        }
        printOut("." + command.name + (command.arguments.isEmpty ? "" : " " + command.arguments) + "\n  " + command.help)
        return .done
    }

    static let syntaxSummary = """
        A query names a table and applies clauses; | pipes a result into the next step.

          users where status = at_risk and role = student since 2024-01
          users where email ends with "@example.org" or name contains "ann"
          users where last_login_at before 30 days ago and score >= 500
          users since 2024-01 | count by cohort, status
          users where status = active | top 100 by score | show id, email, score
          users | sort by joined_at desc | limit 20
          events where type = login last 7 days | count by channel
          users | count, avg score, max last_login_at by role
          explain users where status = at_risk

          load users from "data/users.csv"        set today = 2024-06-30
          set active_days = 45                     set at_risk_days = 90

        Derived columns: status (active, at_risk, inactive), stage, cohort, days_inactive.
        A line ending in |, and, or, a comma, an open parenthesis or string, or \\ continues the statement.
        Tab completes keywords, tables, columns and values; Ctrl-R searches the history.
        Ctrl-C stops a running statement (query, sort, report, export, load) and the prompt comes back.
        """
}
