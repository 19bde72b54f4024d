import EQEngine
import EQTestSupport
import Foundation
import Testing

/// Where the reliability tests find the grammar, the reference data and the known-defect list, and the
/// counts they run with (the per-CI figures; `Scripts/fuzz --long` raises them through the environment).
enum Reliability {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let dataDirectory = packageRoot + "/Tests/GoldenTests/Golden/data"

    static func grammar() throws -> EBNFGrammar {
        try EBNFGrammar(text: String(contentsOfFile: packageRoot + "/Grammar/eq.ebnf", encoding: .utf8))
    }

    static func knownDefects() throws -> [KnownDefect] {
        let text = try String(contentsOfFile: packageRoot + "/Tests/Reliability/known-defects.txt", encoding: .utf8)
        let parsed = KnownDefects.parse(text)
        #expect(parsed.errors.isEmpty, "known-defects.txt: \(parsed.errors)")
        return parsed.defects
    }

    /// The seed every harness derives its own from; `EQ_FUZZ_SEED` changes it, and failures name it.
    static let seed = ReliabilitySettings.seed("EQ_FUZZ_SEED", default: 20_261_201)

    /// A fresh directory for files the tests write, removed by the caller.
    static func temporaryDirectory(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "eq-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Counts of skipped inputs per known defect, printed so a skipped case is never silent.
    static func report(_ title: String, total: Int, skipped: [String: Int], extra: String = "") {
        let skips = skipped.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        print("[reliability] \(title): \(total) run\(extra)" + (skips.isEmpty ? "" : "; known defects skipped: \(skips)"))
    }
}
