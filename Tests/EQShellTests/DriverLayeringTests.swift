import Foundation
import Testing

/// The engine and the shell reach PostgreSQL only through `ConnectedBackend`, which the `eq`
/// executable installs: no source of theirs (nor of a stage below) imports the driver or NIO.
struct DriverLayeringTests {
    static let driverModules: Set<String> = ["PostgresNIO", "NIO", "NIOCore", "NIOPosix", "NIOSSL", "EQPostgres",
                                             "EQPostgresConnector", "Logging"]
    static let targetsWithoutDriver = ["EQDiagnostics", "EQTypes", "EQSyntax", "EQBinder", "EQPlan", "EQBackend", "EQStore",
                                       "EQExec", "EQLocalBackend", "EQOutput", "EQEngine", "EQShell"]

    @Test func noStageBelowTheExecutableImportsTheDriver() throws {
        var checked = 0
        for target in Self.targetsWithoutDriver {
            let directory = ExampleScriptTests.packageRoot + "/Sources/" + target
            guard let walker = FileManager.default.enumerator(atPath: directory) else {
                Issue.record("no directory \(directory)")
                continue
            }
            for case let path as String in walker where path.hasSuffix(".swift") {
                let text = try String(contentsOfFile: directory + "/" + path, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.contains(" import ") {
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { continue }
                    let module = String(words[index + 1])
                    #expect(!Self.driverModules.contains(module), "\(target)/\(path) imports \(module)")
                }
                checked += 1
            }
        }
        #expect(checked > 100, "only \(checked) files were read")
    }
}
