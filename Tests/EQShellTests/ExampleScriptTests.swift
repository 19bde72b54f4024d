import EQTestSupport
import Foundation
import Testing

/// The scripts under Examples/ and the shell transcripts under Transcripts/ run through the real `eq`
/// binary on the reference data (today 2024-06-30) and must print exactly their expected output, so
/// the examples a user copies keep working. `EQ_RECORD=1` rewrites the expectations and fails.
@Suite struct ExampleScriptTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let dataDirectory = packageRoot + "/Tests/GoldenTests/Golden/data"
    static let recording = ProcessInfo.processInfo.environment["EQ_RECORD"] == "1"

    static let examples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Examples")) ?? []
        return names.filter { $0.hasSuffix(".eq") }.sorted()
    }()

    /// Runs `eq` with arguments and standard input; returns standard output then standard error.
    static func run(_ arguments: [String], input: String = "") throws -> (out: String, err: String, status: Int32) {
        let binary = try #require(PTYSession.eqBinary(), "build the eq product first (Scripts/test does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }

    static func check(_ actual: String, againstFile path: String) throws {
        if recording {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("EQ_RECORD=1 rewrote \(path)")
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "\(path)\n--- actual\n\(actual)")
    }

    @Test func examplesExist() {
        #expect(ExampleScriptTests.examples.count >= 2)
    }

    /// Each example runs exactly as its `# Run:` line says, from the repository root, and prints its
    /// `.expected` file: the line a user copies is the line that is tested.
    @Test(arguments: ExampleScriptTests.examples)
    func example(_ name: String) throws {
        let stem = String(name.dropLast(3))
        let script = try String(contentsOfFile: Self.packageRoot + "/Examples/\(name)", encoding: .utf8)
        let runLine = try #require(script.split(separator: "\n").first { $0.hasPrefix("# Run: ") },
                                   "\(name) has no `# Run:` line")
        let words = Self.shellWords(String(runLine.dropFirst("# Run: ".count)))
        try #require(words.first == "eq", "the Run: line of \(name) does not start with eq")
        #expect(words.contains("Examples/\(name)"), "the Run: line of \(name) does not run it")
        let result = try Self.run(Array(words.dropFirst()))
        #expect(result.status == 0, "\(result.err)")
        try Self.check(result.out, againstFile: Self.packageRoot + "/Examples/\(stem).expected")
    }

    /// Splits a command line as a POSIX shell would for the plain words and quotes examples use.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test func shellWordsKeepQuotedBlanks() {
        #expect(Self.shellWords(#"eq -c 'users | count' --format csv"#) == ["eq", "-c", "users | count", "--format", "csv"])
    }

    @Test func pipedTranscript() throws {
        let path = Self.packageRoot + "/Tests/EQShellTests/Transcripts/piped.transcript"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let parts = text.components(separatedBy: "--- output\n")
        let header = parts[0]
        let input = try #require(header.components(separatedBy: "--- input\n").last)
        let result = try Self.run(["--data", Self.dataDirectory, "--today", "2024-06-30"], input: input)
        #expect(result.status == 0)
        let actual = header + "--- output\n" + result.out + (result.err.isEmpty ? "" : "--- stderr\n" + result.err)
        try Self.check(actual, againstFile: path)
    }

    /// Issue 10: the rules that decide who is contacted are one `.help` away.
    @Test func helpStatesTheDistinctAndHoldoutRules() throws {
        let result = try Self.run(["--data", Self.dataDirectory, "--today", "2024-06-30"],
                                  input: ".help distinct\n.help holdout\n")
        #expect(result.status == 0, "\(result.err)")
        let out = CommandLineTests.flattened(result.out)
        #expect(out.contains("Text is compared after trimming surrounding white space and lower-casing each code point"))
        #expect(out.contains("with `exact` it is compared byte for byte"))
        #expect(out.contains("LABEL cannot be `target`"))
        #expect(out.contains("Rows without an id are left out, and counted in the message."))
    }

    /// Issue 14: every statement, step and report has `.help` (these three said "no help"), piped too.
    @Test func helpExplainsEveryStatementStepAndReport() throws {
        let result = try Self.run(["--data", Self.dataDirectory, "--today", "2024-06-30"],
                                  input: ".help export\n.help retention\n.help segments\n.help\n")
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.err.contains("no help"), "\(result.err)")
        let out = CommandLineTests.flattened(result.out)
        #expect(out.contains("export \"FILE\" [(COL, ...)] [overwrite] [raw]"), "\(result.out)")
        #expect(out.contains("refuses to replace a file unless `overwrite` is given"), "\(result.out)")
        #expect(out.contains("retention PERIOD [WINDOW] [where COND]"), "\(result.out)")
        #expect(out.contains("Lists the segments defined with `let`: name, definition and current size."))
        #expect(out.contains("Reports: registrations, retention, active users, stickiness, trend"), "\(result.out)")
    }

    @Test func pipedInputStopsAtTheFirstErrorWithItsLine() throws {
        let result = try Self.run(["--data", Self.dataDirectory, "--today", "2024-06-30", "--format", "csv"],
                                  input: "users | count\nusers where nope = 1\nusers | count\n")
        #expect(result.status == 1)
        #expect(result.out == "count\n2000\n")
        #expect(result.err.contains("stdin:2:13"))
    }
}
