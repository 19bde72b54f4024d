import EQStore

extension Session {
    /// Users and events the shell starts with when no data is given: generated in memory (not shipped
    /// as a file), deterministic, with `today` set to the data's reference date.
    public static let demoUsers = 50_000
    public static let demoEventsPerUser = 10

    public static func demo() -> Session {
        let session = Session(today: DemoData.referenceDate)
        let (users, events) = DemoData.generate(users: demoUsers, eventsPerUser: demoEventsPerUser)
        session.register(users)
        session.register(events)
        return session
    }

    /// Loads every .csv, .tsv, .ndjson and .jsonl file of a folder as a table named after the file.
    public func loadDirectory(_ path: String) throws(Diagnostic) {
        let files = try DirectoryListing.dataFiles(in: path)
        guard !files.isEmpty else {
            throw Diagnostic("no .csv or .ndjson files in \"\(path)\"")
        }
        for file in files {
            let table = try TableLoader.load(path: file.path, tableName: file.stem, options: LoadOptions(),
                                             progress: loadProgress)
            register(table)
        }
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
        // Two files for one table name (`users.csv` and `users.ndjson`, or `Users.csv` beside
        // `users.csv`): loading both would keep whichever came last without a word.
        var seen: [String: String] = [:]
        for (file, stem) in files {
            let name = String(file.split(separator: "/").last ?? Substring(file))
            if let other = seen[stem.lowercased()] {
                throw Diagnostic("\"\(other)\" and \"\(name)\" in \"\(path)\" would both be the table \(stem.lowercased())",
                                 hint: "keep one of them there, or load the other with `load NAME from \"...\"`")
            }
            seen[stem.lowercased()] = name
        }
        return files
    }
}

#if canImport(Glibc)
import Glibc
#endif
