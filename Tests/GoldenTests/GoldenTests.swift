import EQTestSupport
import Foundation
import Testing

/// Every `.test` file under Golden/ is one test; each case in it must print exactly its expected
/// output. `EQ_RECORD=1` rewrites the expectations and fails the run, so a re-record never passes
/// silently.
struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path

    static let files: [GoldenFile] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".test") }.sorted().compactMap { name in
            let path = directory + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            return GoldenFile(path: path, text: text)
        }
    }()

    @Test func goldenFilesExist() {
        #expect(GoldenTests.files.count >= 5, "golden files are missing from \(GoldenTests.directory)")
        #expect(GoldenTests.files.allSatisfy { !$0.cases.isEmpty })
    }

    @Test(arguments: GoldenTests.files)
    func golden(_ file: GoldenFile) throws {
        let recording = ProcessInfo.processInfo.environment["EQ_RECORD"] == "1"
        var recorded: [String: String] = [:]
        for goldenCase in file.cases {
            let actual = try GoldenRunner.run(goldenCase, dataDirectory: GoldenTests.directory + "/data")
            if recording {
                recorded[goldenCase.name] = actual
            } else {
                #expect(actual == goldenCase.expected,
                        "\(file):\(goldenCase.line) \(goldenCase.name)\n--- statements\n\(goldenCase.statements)\n--- actual\n\(actual)\n--- expected\n\(goldenCase.expected)")
            }
        }
        if recording {
            let original = try String(contentsOfFile: file.path, encoding: .utf8)
            try file.recorded(recorded, original: original).write(toFile: file.path, atomically: true, encoding: .utf8)
            Issue.record("EQ_RECORD=1 rewrote \(file); review the diff and run again without it")
        }
    }
}
