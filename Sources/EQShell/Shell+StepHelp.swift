extension Shell {
    /// `.help distinct`, `.help holdout`: the campaign steps whose exact rule decides who is contacted,
    /// so the rule is one command away, not only in the README.
    static let stepHelp: [String: String] = [
        "distinct": """
            distinct COLUMN [exact]
              Keeps the first row (in list order) of each value of COLUMN and says how many rows it dropped.
              Text is compared after trimming surrounding white space and lower-casing each code point, so
              " Ann@X.org" repeats "ann@x.org"; with `exact` it is compared byte for byte. Rows without a
              value repeat nothing: they are all kept, and counted in the message.
              reachable | distinct email | export "campaign.csv"
            """,
        "holdout": """
            holdout P% [as LABEL] [seed S] [into COLUMN]
              Adds COLUMN (default `group`): LABEL (default `control`) for the rows whose id hashes under P%,
              `target` for the others; the same id and seed give the same group everywhere. LABEL cannot be
              `target`; a second split needs its own column (`into group2`), as an existing column is never
              replaced. Rows without an id are left out, and counted in the message.
              reachable | holdout 10% as control seed 7 | where group = target | export "list.csv"
            """,
    ]
}
