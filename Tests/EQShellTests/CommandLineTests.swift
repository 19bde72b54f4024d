import EQTestSupport
import Foundation
import Testing

/// The built `eq` run as a user runs it, from a pipe: warnings about the data, meta-commands outside the
/// shell, how counts are written, and the messages for wrong arguments.
@Suite struct CommandLineTests {
    static let data = ExampleScriptTests.dataDirectory

    static func run(_ arguments: [String], input: String = "") throws -> (out: String, err: String, status: Int32) {
        try ExampleScriptTests.run(arguments, input: input)
    }

    /// A folder holding the given files, for `--data`.
    static func folder(_ files: [String: String]) throws -> String {
        let directory = try TemporaryFile.directory()
        for (name, text) in files {
            try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        }
        return directory
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: old data, today's date

    @Test func oldDataIsReportedOnceWithTheFix() throws {
        let result = try Self.run(["--data", Self.data, "--today", "2025-01-01", "--format", "csv",
                                   "-c", "users | count by status\nusers | count"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "status,count\ninactive,2000\n\ncount\n2000\n")
        #expect(Self.occurrences(of: "warning: the newest last_login_at in users is 2024-07-01", in: result.err) == 1,
                "\(result.err)")
        #expect(result.err.contains("184 days before today (2025-01-01)"), "\(result.err)")
        #expect(result.err.contains("`set today = 2024-07-01` or `--today 2024-07-01`"), "\(result.err)")
    }

    @Test func oldDataIsReportedWithTodayTheCurrentDate() throws {
        let result = try Self.run(["--data", Self.data, "run", "Examples/weekly.eq", "--format", "csv"])
        #expect(result.status == 0, "\(result.err)")
        #expect(Self.occurrences(of: "warning: the newest last_login_at in users is 2024-07-01", in: result.err) == 1,
                "\(result.err)")
    }

    @Test func pipedInputIsWarnedOnStandardError() throws {
        let result = try Self.run(["--data", Self.data, "--today", "2025-01-01", "--format", "csv"], input: "users | count\n")
        #expect(result.out == "count\n2000\n")
        #expect(Self.occurrences(of: "warning: the newest last_login_at", in: result.err) == 1, "\(result.err)")
    }

    @Test func aScriptLoadingOldDataIsWarnedOnceBeforeItsResults() throws {
        let statements = "load people from \"\(Self.data)/users.csv\"\npeople | count\n"
            + "load others from \"\(Self.data)/users.csv\"\nothers | count"
        let result = try Self.run(["--today", "2025-01-01", "--format", "csv", "-c", statements])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "count\n2000\n\ncount\n2000\n")
        #expect(Self.occurrences(of: "warning: the newest last_login_at in others is 2024-07-01", in: result.err)
                + Self.occurrences(of: "warning: the newest last_login_at in people is 2024-07-01", in: result.err) == 1,
                "\(result.err)")
    }

    /// Piped lines run through the shell: its `load` gives the warning too; `set today` alone does not,
    /// since the user chose that date.
    @Test func aPipedLoadOfOldDataIsWarnedOnce() throws {
        let input = "set today = 2025-01-01\nload people from \"\(Self.data)/users.csv\"\npeople | count\n"
        let result = try Self.run(["--format", "csv"], input: input)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "count\n2000\n")
        #expect(Self.occurrences(of: "warning: the newest last_login_at in people is 2024-07-01", in: result.err) == 1,
                "\(result.err)")
        #expect(Self.occurrences(of: "warning:", in: result.err) == 1, "\(result.err)")
    }

    @Test func recentDataIsNotWarnedAbout() throws {
        let result = try Self.run(["--data", Self.data, "--today", "2024-06-30", "-c", "users | count"])
        #expect(result.status == 0)
        #expect(!result.err.contains("warning"), "\(result.err)")
    }

    // MARK: meta-commands wherever statements run

    @Test func metaCommandRunsFromDashC() throws {
        let result = try Self.run(["--data", Self.data, "--today", "2024-06-30", "-c", ".tables"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("events  "), "\(result.out)")
        #expect(result.out.contains("users   2000 rows, 11 columns"), "\(result.out)")
    }

    @Test func modeCSVThenSchemaPrintsCSVInAScript() throws {
        let folder = try Self.folder(["script.eq": ".mode csv\n.schema users\nusers | count\n"])
        let result = try Self.run(["--data", Self.data, "--today", "2024-06-30", "run", folder + "/script.eq"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "table,column,type,nulls,distinct,derived_from", "\(result.out)")
        #expect(lines.contains("users,status,string,,,last_login_at"), "\(result.out)")
        #expect(result.out.hasSuffix("\n\ncount\n2000\n"), "\(result.out)")
        #expect(!result.out.contains("users (2"), "prose header in CSV:\n\(result.out)")
    }

    @Test func aFailingMetaCommandInAScriptNamesItsLine() throws {
        let folder = try Self.folder(["script.eq": "users | count\n.mode fancy\nusers | count\n"])
        let result = try Self.run(["--data", Self.data, "--today", "2024-06-30", "--format", "csv", "run",
                                   folder + "/script.eq"])
        #expect(result.status == 1)
        #expect(result.out == "count\n2000\n")
        #expect(result.err.contains("script.eq:2:1"), "\(result.err)")
    }

    @Test func statementsAfterAMetaCommandKeepTheirLineNumbers() throws {
        let folder = try Self.folder(["script.eq": ".mode csv\nusers | count\nusers where nope = 1\n"])
        let result = try Self.run(["--data", Self.data, "--today", "2024-06-30", "run", folder + "/script.eq"])
        #expect(result.status == 1)
        #expect(result.err.contains("script.eq:3:13"), "\(result.err)")
    }

    // MARK: numbers read the same everywhere

    @Test func pipedCountsAreNotGroupedAndOneRowIsSingular() throws {
        let folder = try Self.folder(["one.csv": "id,name\n1,ann\n"])
        let tables = try Self.run(["--data", folder, "-c", ".tables"])
        #expect(tables.out == "one  1 row, 2 columns\n", "\(tables.out)")
        let footer = try Self.run(["--data", Self.data, "--today", "2024-06-30", "-c", "users"])
        // Off a terminal every row is shown, and the count is not grouped.
        #expect(footer.out.contains("│ 2000 rows "), "\(footer.out)")
        #expect(!footer.out.contains("shown"), "\(footer.out)")
        let csvTables = try Self.run(["--data", Self.data, "--today", "2024-06-30", "--format", "csv", "-c", ".tables"])
        #expect(csvTables.out.hasPrefix("table,rows,columns\nevents,"), "\(csvTables.out)")
        #expect(csvTables.out.hasSuffix("users,2000,11\n"), "\(csvTables.out)")
    }

    @Test func exportCountsAreNotGroupedBesideCSV() throws {
        let folder = try TemporaryFile.directory()
        let result = try Self.run(["--data", Self.data, "--today", "2024-06-30", "--format", "csv",
                                   "-c", "users | export \"\(folder)/all.csv\""])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "exported 2000 rows to \(folder)/all.csv\n")
    }

    // MARK: arguments checked with messages that say what is wrong

    @Test func aNegativeUserCountSaysItMustBePositive() throws {
        let folder = try TemporaryFile.directory()
        let result = try Self.run(["gen", "--users", "-5", "--out", folder])
        #expect(result.status != 0)
        #expect(result.err.contains("--users must be a positive count of users"), "\(result.err)")
        #expect(!result.err.contains("Missing value"), "\(result.err)")
    }

    @Test func aFolderWithoutDataFilesNamesTheExtensions() throws {
        let folder = try Self.folder(["notes.txt": "hello\n"])
        let result = try Self.run(["--data", folder, "-c", "users | count"])
        #expect(result.status == 2)
        #expect(result.err.contains("no data files in \"\(folder)\""), "\(result.err)")
        #expect(result.err.contains(".csv, .tsv, .ndjson or .jsonl"), "\(result.err)")
    }

    @Test func aFileNameWithABlankLoadsUnderTheNameTheMessageGives() throws {
        let folder = try Self.folder(["my table.csv": "id,name\n1,ann\n2,bo\n"])
        let result = try Self.run(["--data", folder, "--format", "csv", "-c", "my_table | count"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err == "loaded \"my table.csv\" as table my_table\n")
        #expect(result.out == "count\n2\n")
    }

    @Test func twoFilesForOneTableAreRefused() throws {
        let folder = try Self.folder(["users.csv": "id\n1\n", "users.ndjson": "{\"id\": 2}\n"])
        let result = try Self.run(["--data", folder, "-c", "users | count"])
        #expect(result.status == 2)
        #expect(result.err.contains("\"users.csv\" and \"users.ndjson\" would both be table users"), "\(result.err)")
    }

    // MARK: help texts agree

    /// Runs of blanks and line breaks as one space, since the argument parser wraps its help text.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    @Test func helpTextsAgreeOnExtensionsFormatsAndToday() throws {
        let rootHelp = Self.flattened(try Self.run(["--help"]).out)
        let genHelp = Self.flattened(try Self.run(["help", "gen"]).out)
        let shellHelp = Self.flattened(try Self.run(["--data", Self.data, "--today", "2024-06-30"], input: ".help syntax\n").out)
        let readme = Self.flattened(try String(contentsOfFile: ExampleScriptTests.packageRoot + "/README.md", encoding: .utf8))
        for (name, text) in [("eq --help", rootHelp), ("README", readme), (".help syntax", shellHelp)] {
            for ext in [".csv", ".tsv", ".ndjson", ".jsonl"] {
                #expect(text.contains(ext), "\(name) does not name \(ext)")
            }
            #expect(text.contains("2024-06-30 on the demo data, else the current UTC date"),
                    "\(name) does not give the default of today")
        }
        for (name, text) in [("eq --help", rootHelp), ("eq help gen", genHelp), ("README", readme)] {
            #expect(text.contains("csv or ndjson"), "\(name) does not name the formats eq gen writes")
        }
        #expect(!rootHelp.contains(".csv and .ndjson file"), "eq --help names only two extensions")
    }
}
