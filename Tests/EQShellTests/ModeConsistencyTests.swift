import EQTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One statement means the same thing whichever way eq runs it: typed (see ShellTerminalTests), piped
/// (`cat s.eq | eq`), `-c`, `-i` and `eq run`. Each case runs the same script through every batch mode
/// of the built binary and expects the same output and exit status from each.
@Suite struct ModeConsistencyTests {
    static let usersFile = ExampleScriptTests.dataDirectory + "/users.csv"

    enum Mode: String, CaseIterable {
        case piped, command, run
    }

    /// Runs `script` in `mode` with extra arguments; standard output, standard error and the status.
    static func run(_ script: String, mode: Mode, arguments: [String] = []) throws -> (out: String, err: String, status: Int32) {
        switch mode {
        case .piped:
            return try ExampleScriptTests.run(arguments, input: script)
        case .command:
            return try ExampleScriptTests.run(["-c", script] + arguments)
        case .run:
            let path = try TemporaryFile.directory() + "/script.eq"
            try script.write(toFile: path, atomically: true, encoding: .utf8)
            return try ExampleScriptTests.run(["run", path] + arguments)
        }
    }

    /// The current UTC month, `2026-12`, as the reports label it.
    static var currentMonth: String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let month = Int(parts.tm_mon) + 1
        return "\(Int(parts.tm_year) + 1900)-\(month < 10 ? "0" : "")\(month)"
    }

    /// The old piped mode joined a script's own users to the demo's events and printed a number; the
    /// demo leaves as a whole at the first load, so every mode says there are no events.
    @Test(arguments: Mode.allCases)
    func aLoadRemovesTheWholeDemo(mode: Mode) throws {
        let script = "load users from \"\(Self.usersFile)\"\nactive users monthly last 2 months\n"
        let result = try Self.run(script, mode: mode, arguments: ["--format", "csv"])
        #expect(result.status == 1, "\(mode): \(result.out)")
        #expect(result.out.isEmpty, "\(mode): \(result.out)")
        #expect(result.err.contains("this report needs an `events` table"), "\(mode): \(result.err)")
    }

    /// Without a load the demo data is there, both tables of it, in every mode.
    @Test(arguments: Mode.allCases)
    func theDemoIsThereUntilALoad(mode: Mode) throws {
        let result = try Self.run("users | count\nevents | count\n", mode: mode, arguments: ["--format", "csv"])
        #expect(result.status == 0, "\(mode): \(result.err)")
        #expect(result.out == "count\n50000\n\ncount\n501550\n", "\(mode)")
    }

    /// Once the demo has gone, `today` is the current date (the old piped mode kept the demo's
    /// 2024-06-30); a date chosen with `set today` stays.
    @Test(arguments: Mode.allCases)
    func todayIsTheCurrentDateOnceTheDemoLeaves(mode: Mode) throws {
        let load = "load users from \"\(Self.usersFile)\"\n"
        let current = try Self.run(load + "registrations monthly last 1 months\n", mode: mode, arguments: ["--format", "csv"])
        #expect(current.status == 0, "\(mode): \(current.err)")
        #expect(current.out.hasPrefix("period,count\n\(Self.currentMonth),"), "\(mode): \(current.out)")

        let chosen = try Self.run("set today = 2024-06-30\n" + load + "registrations monthly last 1 months\n",
                                  mode: mode, arguments: ["--format", "csv"])
        #expect(chosen.status == 0, "\(mode): \(chosen.err)")
        #expect(chosen.out.hasPrefix("period,count\n2024-06,"), "\(mode): \(chosen.out)")
    }

    /// `--keep-going` ran on only under `eq run` and `-c`; piped input stopped at the first error.
    @Test(arguments: Mode.allCases)
    func keepGoingRunsOnAfterAFailure(mode: Mode) throws {
        let script = "users | count\nusers where nope = 1\nusers | count\n"
        let data = ["--data", ExampleScriptTests.dataDirectory, "--format", "csv"]
        let stopped = try Self.run(script, mode: mode, arguments: data)
        #expect(stopped.status == 1)
        #expect(stopped.out == "count\n2000\n", "\(mode)")
        let going = try Self.run(script, mode: mode, arguments: data + ["--keep-going"])
        #expect(going.status == 1)
        #expect(going.out == "count\n2000\n\ncount\n2000\n", "\(mode): \(going.err)")
        #expect(going.err.contains(":2:13"), "\(mode): \(going.err)")
    }

    /// A lexical error (`30days`, an integer out of range) used to fail the whole text before anything
    /// ran; now it fails its own statement, like a parse error.
    @Test(arguments: Mode.allCases)
    func aLexicalErrorFailsOnlyItsStatement(mode: Mode) throws {
        let script = "users | count\nusers where created_at last 30days | count\nusers where score > 99999999999999999999\nusers | count\n"
        let data = ["--data", ExampleScriptTests.dataDirectory, "--format", "csv"]
        let stopped = try Self.run(script, mode: mode, arguments: data)
        #expect(stopped.status == 1)
        #expect(stopped.out == "count\n2000\n", "\(mode): \(stopped.err)")
        #expect(stopped.err.contains("invalid number `30days`"), "\(mode): \(stopped.err)")
        let going = try Self.run(script, mode: mode, arguments: data + ["--keep-going"])
        #expect(going.out == "count\n2000\n\ncount\n2000\n", "\(mode): \(going.err)")
        #expect(going.err.contains("is too large"), "\(mode): \(going.err)")
    }

    /// A value no row holds is a warning in every mode, and an error with `--strict`.
    @Test(arguments: Mode.allCases)
    func anUnmatchedValueWarnsOrFails(mode: Mode) throws {
        let script = "users where role = studnt | count\nusers | count\n"
        // The test data's reference date, so no stale-data warning comes before the one under test.
        let data = ["--data", ExampleScriptTests.dataDirectory, "--today", "2024-06-30", "--format", "csv"]
        let warned = try Self.run(script, mode: mode, arguments: data)
        #expect(warned.status == 0, "\(mode): \(warned.err)")
        #expect(warned.out == "count\n0\n\ncount\n2000\n", "\(mode)")
        #expect(warned.err.hasPrefix("warning: no user has role \"studnt\""), "\(mode): \(warned.err)")
        #expect(warned.err.contains("did you mean \"student\" ("), "\(mode): \(warned.err)")
        let strict = try Self.run(script, mode: mode, arguments: data + ["--strict"])
        #expect(strict.status == 1, "\(mode)")
        #expect(strict.out.isEmpty, "\(mode): \(strict.out)")
        #expect(strict.err.hasPrefix("error: no user has role \"studnt\""), "\(mode): \(strict.err)")
    }

    /// `--param` values are checked like values written in the script.
    @Test func aParameterValueIsChecked() throws {
        let result = try Self.run("users where role = $role | count\n", mode: .run,
                                  arguments: ["--data", ExampleScriptTests.dataDirectory, "--format", "csv",
                                              "--param", "role=STUDENT"])
        #expect(result.out == "count\n0\n")
        #expect(result.err.contains("no user has role \"STUDENT\""), "\(result.err)")
        #expect(result.err.contains("did you mean \"student\" ("), "\(result.err)")
    }

    /// A file or a pipe gets every row of the table view; only a terminal cuts (ShellTerminalTests).
    @Test(arguments: Mode.allCases)
    func theTableViewShowsEveryRowOffATerminal(mode: Mode) throws {
        let result = try Self.run("users | show id\n", mode: mode, arguments: ["--data", ExampleScriptTests.dataDirectory])
        #expect(result.status == 0, "\(mode): \(result.err)")
        #expect(result.out.contains("│ 2000 │") || result.out.contains("│ 2,000 │"), "\(mode)")
        #expect(!result.out.contains("rows shown"), "\(mode)")
        #expect(result.out.split(separator: "\n").count >= 2000 + 4, "\(mode)")
    }

    /// A program that drives eq through a pipe writes a statement and waits for its answer before it
    /// writes the next. eq used to hold every statement until the next line showed it did not continue
    /// with `|`, so both sides waited for ever; a `;` now runs the statement at once. The read has a
    /// generous deadline only so a regression fails the test instead of hanging the suite.
    @Test func aStatementEndingInASemicolonRunsBeforeTheNextLine() throws {
        let binary = try #require(PTYSession.eqBinary())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--data", ExampleScriptTests.dataDirectory, "--format", "csv"]
        process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("users | count;\n".utf8))
        let answer = Self.read(from: output.fileHandleForReading.fileDescriptor, until: "count\n2000\n", seconds: 120)
        #expect(answer == "count\n2000\n", "eq did not answer before the next line: \(answer)")
    }

    /// Reads until `expected` has arrived, the pipe closes, or the deadline passes.
    static func read(from fd: Int32, until expected: String, seconds: Int) -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var waited = 0
        while !String(decoding: received, as: UTF8.self).contains(expected) && waited < seconds * 10 {
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if ready == 0 { waited += 1; continue }
            if ready < 0 { if errno == EINTR { continue } else { break } }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
