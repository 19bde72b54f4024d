#if canImport(Glibc)
import Glibc
#endif

/// What `--connect postgres://user:password@host:port/database?sslmode=...&search_path=...` says.
///
/// The password never appears in `description` (the form messages and history use), so a URL
/// printed back to the user or written anywhere shows `user@host:port/db` only.
public struct ConnectionSettings: Sendable, Hashable, CustomStringConvertible {
    public enum SSLMode: String, Sendable, Hashable {
        case disable, prefer, require
        /// libpq's `verify-full`: encrypted and the server's certificate and name checked.
        case verifyFull = "verify-full"
    }

    public var host = "localhost"
    public var port = 5432
    public var user = "postgres"
    public var password: String?
    public var database: String?
    public var sslMode = SSLMode.prefer
    /// Seconds; libpq's `connect_timeout`.
    public var connectTimeout = 10
    /// Schemas to resolve relation names in, as PostgreSQL's `search_path`.
    public var searchPath: String?

    public init() {}

    /// The server as messages name it: never the password.
    public var description: String {
        "postgres://\(user)@\(host):\(port)" + (database.map { "/" + $0 } ?? "")
    }

    /// Parses a `postgres://` or `postgresql://` URL. Query options: `sslmode`, `connect_timeout`,
    /// `search_path`, `options` (only `-c search_path=...` is understood). The password is taken
    /// from the URL, else `PGPASSWORD`, else `~/.pgpass` (`passwordFile`).
    public static func parse(_ url: String, environment: [String: String] = ConnectionSettings.processEnvironment(),
                             passwordFile: String? = nil) throws(SQLCompileError) -> ConnectionSettings {
        var settings = ConnectionSettings()
        var rest = Substring(url)
        if rest.hasPrefix("postgres://") {
            rest = rest.dropFirst("postgres://".count)
        } else if rest.hasPrefix("postgresql://") {
            rest = rest.dropFirst("postgresql://".count)
        } else {
            throw SQLCompileError(message: "a connection is a URL that starts with postgres:// (postgres://user@host:5432/database)")
        }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var hostPart = rest
        if let slash = rest.firstIndex(of: "/") {
            let name = String(rest[rest.index(after: slash)...])
            if !name.isEmpty { settings.database = try percentDecoded(name) }
            hostPart = rest[..<slash]
        }
        if let at = hostPart.lastIndex(of: "@") {
            let credentials = hostPart[..<at]
            hostPart = hostPart[hostPart.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                settings.user = try percentDecoded(String(credentials[..<colon]))
                settings.password = try percentDecoded(String(credentials[credentials.index(after: colon)...]))
            } else if !credentials.isEmpty {
                settings.user = try percentDecoded(String(credentials))
            }
        } else if let user = environment["PGUSER"] ?? environment["USER"] {
            settings.user = user
        }
        if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
            guard let port = Int(hostPart[hostPart.index(after: colon)...]), (1...65535).contains(port) else {
                throw SQLCompileError(message: "the port in \(settings.description) is not a number from 1 to 65535")
            }
            settings.port = port
            hostPart = hostPart[..<colon]
        }
        if !hostPart.isEmpty { settings.host = String(hostPart).trimmingBrackets }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            let key = String(parts[0])
            let value = try percentDecoded(parts.count > 1 ? String(parts[1]) : "")
            switch key {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    throw SQLCompileError(message: "sslmode is disable, prefer, require or verify-full, not \(value)")
                }
                settings.sslMode = mode
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else {
                    throw SQLCompileError(message: "connect_timeout is a whole number of seconds, not \(value)")
                }
                settings.connectTimeout = seconds
            case "search_path":
                settings.searchPath = value
            case "options":
                if let start = value.firstRange(of: "search_path=") {
                    settings.searchPath = String(value[start.upperBound...].prefix { $0 != " " })
                }
            case "application_name", "user", "password", "dbname", "host", "port":
                switch key {
                case "user": settings.user = value
                case "password": settings.password = value
                case "dbname": settings.database = value
                case "host": settings.host = value
                case "port": settings.port = Int(value) ?? settings.port
                default: break
                }
            default:
                throw SQLCompileError(message: "unknown connection option \(key) (eq understands sslmode, connect_timeout, search_path, options)")
            }
        }
        if settings.password == nil {
            if let fromEnvironment = environment["PGPASSWORD"] {
                settings.password = fromEnvironment
            } else {
                let file = passwordFile ?? environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
                if let file { settings.password = PGPassFile.password(in: file, for: settings) }
            }
        }
        return settings
    }

    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["PGPASSWORD", "PGPASSFILE", "PGUSER", "HOME", "USER"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }

    static func percentDecoded(_ text: String) throws(SQLCompileError) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                  let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else {
                throw SQLCompileError(message: "a % in the connection URL must be followed by two hex digits")
            }
            bytes.append(value)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    var trimmingBrackets: String {
        hasPrefix("[") && hasSuffix("]") ? String(dropFirst().dropLast()) : self
    }
}

/// `~/.pgpass`: `hostname:port:database:username:password` lines, `*` matching anything, `\:` and
/// `\\` escaped; the first matching line wins, as libpq reads it.
enum PGPassFile {
    static func password(in path: String, for settings: ConnectionSettings) -> String? {
        guard let text = readFile(path) else { return nil }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            var fields: [String] = []
            var current = ""
            var escaped = false
            for character in line {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == ":" && fields.count < 4 {
                    fields.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            fields.append(current)
            guard fields.count == 5 else { continue }
            let wanted = [settings.host, String(settings.port), settings.database ?? settings.user, settings.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func readFile(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > 1 << 20 { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
