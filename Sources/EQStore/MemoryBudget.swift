import EQDiagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much memory a load may use, asked before it starts: a load that would not fit is refused with
/// what it needs and what there is, instead of the kernel's out-of-memory killer ending eq mid-load
/// (which no error message survives).
public enum MemoryBudget {
    /// What is free: `EQ_MEMORY_LIMIT` (`10MB`, `2GB`, bytes) when set, else the smaller of
    /// MemAvailable in /proc/meminfo and the cgroup's room (memory.max minus memory.current).
    /// nil when neither can be read (then nothing is refused).
    public static func available() -> (bytes: Int, source: String)? {
        if let raw = getenv("EQ_MEMORY_LIMIT") {
            let text = String(cString: raw)
            if let bytes = parseSize(text) { return (bytes, "EQ_MEMORY_LIMIT=\(text)") }
        }
        var best: (bytes: Int, source: String)?
        if let meminfo = readSmallFile("/proc/meminfo") {
            for line in meminfo.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
                let fields = line.split(separator: " ")
                if fields.count >= 2, let kilobytes = Int(fields[1]) {
                    best = (kilobytes * 1024, "MemAvailable in /proc/meminfo")
                }
            }
        }
        if let maximum = readSmallFile("/sys/fs/cgroup/memory.max").flatMap({ Int($0.trimmed) }),
           let current = readSmallFile("/sys/fs/cgroup/memory.current").flatMap({ Int($0.trimmed) }) {
            let room = max(0, maximum - current)
            if best == nil || room < best!.bytes { best = (room, "the cgroup limit in /sys/fs/cgroup/memory.max") }
        }
        return best
    }

    /// Throws when `needed` bytes exceed what is available; `what` names the work ("loading \"u.csv\"")
    /// and `hint` says what to do instead.
    public static func check(needed: Int, what: String, hint: String) throws(Diagnostic) {
        guard let (bytes, source) = available(), needed > bytes else { return }
        throw Diagnostic("\(what) needs about \(describe(needed)) of memory, and \(describe(bytes)) is available "
                         + "(\(source))", hint: hint)
    }

    /// What loading a CSV or NDJSON file of `fileBytes` needs: the file's bytes while it is parsed, plus
    /// its columns, measured at about 0.7 of the text's size (BENCHMARKS.md); `fraction` is the share
    /// of the columns `columns (...)` keeps.
    public static func loadEstimate(fileBytes: Int, fraction: Double = 1) -> Int {
        fileBytes + Int(Double(fileBytes) * 0.7 * max(0, min(1, fraction)))
    }

    /// `10MB`, `1.5GB`, `512KiB`, `4096`: decimal or binary units, case-insensitive.
    public static func parseSize(_ text: String) -> Int? {
        let lower = text.trimmed.lowercased()
        let units: [(String, Double)] = [("kib", 1024), ("mib", 1_048_576), ("gib", 1_073_741_824),
                                         ("tib", 1_099_511_627_776),
                                         ("kb", 1e3), ("mb", 1e6), ("gb", 1e9), ("tb", 1e12),
                                         ("k", 1024), ("m", 1_048_576), ("g", 1_073_741_824), ("b", 1)]
        var number = lower
        var scale = 1.0
        for (suffix, factor) in units where lower.hasSuffix(suffix) {
            number = String(lower.dropLast(suffix.count))
            scale = factor
            break
        }
        guard let value = Double(number.trimmed), value >= 0, value * scale < 9e18 else { return nil }
        return Int(value * scale)
    }

    /// `1.2 GB`, `850 MB`, `12 KB`: decimal units, as `ls -h --si` and the figures.
    public static func describe(_ bytes: Int) -> String {
        let units = ["bytes", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = value < 10 ? (value * 10).rounded() / 10 : value.rounded()
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }

    /// The size of a regular file, or nil.
    public static func fileSize(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    private static func readSmallFile(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 8192)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return String(decoding: bytes[0..<count], as: UTF8.self)
    }
}

private extension StringProtocol {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
