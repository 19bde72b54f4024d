import EQSyntax
import EQStore
import EQTypes

extension Session {
    /// Users and events the shell starts with when no data is given: generated in memory (not shipped
    /// as a file), deterministic, with `today` set to the data's reference date.
    public static let demoUsers = 50_000
    public static let demoEventsPerUser = 10

    /// A session on the demo data. The tables are generated when first used, and leave, both of them,
    /// at the first `load` (see `leaveDemo`), in every mode alike: the shell, piped input, `-c`, `-i`
    /// and `eq run` all start here unless `--data` is given.
    public static func demo() -> Session {
        let session = Session(today: DemoData.referenceDate)
        session.demoIsPending = true
        return session
    }

    /// Whether the demo tables are (or will be, on first use) the session's data.
    public var hasDemoData: Bool { demoIsPending || !demoTableNames.isEmpty }

    func generateDemo() {
        demoIsPending = false
        let (users, events) = DemoData.generate(users: Session.demoUsers, eventsPerUser: Session.demoEventsPerUser)
        register(users)
        register(events)
        demoTableNames = [users.name.lowercased(), events.name.lowercased()]
    }

    /// The demo data is one unit: a script that loads its own users must not be joined to the demo's
    /// events (a number that looks right and is not). So the first load removes every demo table, and
    /// `today` moves from the demo's reference date to the current UTC date unless `set today` or
    /// `--today` chose it. Returns what changed, for the shell to say; nil when there was no demo data.
    func leaveDemo() -> String? {
        guard hasDemoData else { return nil }
        demoIsPending = false
        for name in demoTableNames { storedTables[name] = nil }
        demoTableNames = []
        guard !settings.todayIsSet else { return "the demo data is unloaded" }
        settings.today = Session.currentUTCDate()
        settings.todayIsSet = false
        return "the demo data is unloaded; today = \(CivilDate.format(days: settings.today))"
    }

    /// Loads every .csv, .tsv, .ndjson and .jsonl file of a folder as a table named after the file.
    ///
    /// Returns a note for each file whose name is not a table name as it stands (`my table.csv` is
    /// table `my_table`), so the user learns the name to query, and the loads' notes (a detected
    /// delimiter or date form), for standard error.
    @discardableResult
    public func loadDirectory(_ path: String) throws(Diagnostic) -> [String] {
        let files = try DirectoryListing.dataFiles(in: path)
        guard !files.isEmpty else {
            throw Diagnostic("no data files in \"\(path)\"",
                             hint: "eq reads files ending in \(Session.dataFileExtensionList)")
        }
        var notes: [String] = []
        for file in files {
            let name = Session.tableName(forFileStem: file.stem)
            let fileName = String(file.path.split(separator: "/").last ?? Substring(file.path))
            var options = LoadOptions()
            let flag = cancellation
            options.cancellation = { flag.isCancelled }
            try checkLoadMemory(path: file.path, table: name, columns: nil)
            let table = try TableLoader.load(path: file.path, tableName: name, options: options,
                                             progress: loadProgress)
            _ = leaveDemo()
            register(table)
            if name != file.stem { notes.append("loaded \"\(fileName)\" as table \(name)") }
            notes += table.loadNotes.map { "note: " + $0 }
        }
        return notes
    }

    /// Where `today` starts, in the words every help text uses (`eq --help`, `.help`, README).
    public static let todayDefault =
        "\(CivilDate.format(days: DemoData.referenceDate)) on the demo data, else the current UTC date"

    /// What `--data` reads, in the words every help text uses.
    public static let dataFileExtensions = DirectoryListing.extensions
    /// `.csv, .tsv, .ndjson or .jsonl`.
    public static var dataFileExtensionList: String {
        dataFileExtensions.dropLast().joined(separator: ", ") + " or " + (dataFileExtensions.last ?? "")
    }

    /// A file stem as a name the query language reads (`my table` is `my_table`); the rule lives with
    /// the parser, which applies it to quoted table names.
    public static func tableName(forFileStem stem: String) -> String {
        Identifier.tableName(forFileStem: stem)
    }
}

import EQDiagnostics

/// Lists a folder's data files without Foundation.
enum DirectoryListing {
    static let extensions = [".csv", ".tsv", ".ndjson", ".jsonl"]

    static func dataFiles(in path: String) throws(Diagnostic) -> [(path: String, stem: String)] {
        guard let directory = opendir(path) else {
            throw Diagnostic("cannot open folder \"\(path)\": \(String(cString: strerror(errno)))")
        }
        defer { closedir(directory) }
        var files: [(String, String)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard !name.hasPrefix("."), let ext = extensions.first(where: { name.lowercased().hasSuffix($0) }) else { continue }
            let stem = String(name.dropLast(ext.count))
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            files.append((full, stem))
        }
        files.sort { $0.0 < $1.0 }
        // Two files for one table name (`users.csv` and `users.ndjson`, `Users.csv` beside `users.csv`,
        // `my table.csv` beside `my_table.csv`): loading both would keep whichever came last without a
        // word. Checked before anything loads, so a large folder fails at once.
        var seen: [String: String] = [:]
        for (file, stem) in files {
            let name = String(file.split(separator: "/").last ?? Substring(file))
            let table = Session.tableName(forFileStem: stem)
            if let other = seen[table.lowercased()] {
                throw Diagnostic("\"\(other)\" and \"\(name)\" would both be table \(table)",
                                 hint: "keep one of them in \"\(path)\", or load the other with `load NAME from \"FILE\"`")
            }
            seen[table.lowercased()] = name
        }
        return files
    }
}

#if canImport(Glibc)
import Glibc
#endif
