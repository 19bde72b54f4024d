import EQTestSupport
import Foundation
import Testing

/// Two `eq` processes saving segments to one file at the same time: the lock and the merge under it
/// keep every segment of both.
@Suite(.enabled(if: PTYSession.eqBinary() != nil, "the eq binary is not built next to the tests; run `swift build` first"))
struct SegmentSaveProcessTests {
    @Test func twoProcessesSavingAtOnceLoseNothing() throws {
        let folder = try TemporaryFile.directory()
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try "id,name\n1,a\n2,b\n3,c\n".write(toFile: folder + "/data/users.csv", atomically: false, encoding: .utf8)
        let path = folder + "/eq.segments"
        let saves = 25
        let processes = try ["left", "right"].map { side in
            let script = (1...saves).map { "let \(side)_\($0) = users where id > \($0 % 3)\nsave segments" }
                .joined(separator: "\n")
            return try RunningEQ(["--data", folder + "/data", "-c", script], environment: ["EQ_SEGMENTS": path])
        }
        for process in processes {
            let outcome = try #require(process.finish(), "did not finish")
            #expect(outcome.status == 0, "\(outcome)")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let names = text.split(separator: "\n").compactMap { line in
            line.hasPrefix("let ") ? line.dropFirst(4).split(separator: " ").first.map(String.init) : nil
        }
        let expected = ["left", "right"].flatMap { side in (1...saves).map { "\(side)_\($0)" } }
        #expect(Set(names) == Set(expected), "\(text)")
        #expect(names.count == expected.count)
        // Nothing beside the file but its lock: no temporary file is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                == [".eq.segments.lock", "data", "eq.segments"])
    }
}
