// swift-tools-version:6.0
import PackageDescription

/// One library target per stage; each may import only the stages beneath it
/// (syntax -> binding -> planning -> execution -> storage), so a layering leak is a compile error.
let package = Package(
    name: "eq",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "eq", targets: ["eq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Only EQPostgres imports it: NIO stays out of every stage below the back end.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "EQDiagnostics"),
        .target(name: "EQTypes", dependencies: ["EQDiagnostics"]),
        .target(name: "EQSyntax", dependencies: ["EQDiagnostics", "EQTypes"]),
        .target(name: "EQBinder", dependencies: ["EQSyntax", "EQTypes", "EQDiagnostics"]),
        .target(name: "EQPlan", dependencies: ["EQBinder"]),
        .target(name: "EQStore", dependencies: ["EQTypes", "EQDiagnostics"]),
        .target(name: "EQExec", dependencies: ["EQPlan", "EQStore"]),
        // The one protocol every back end implements; it sees plans only, never storage or a driver.
        .target(name: "EQBackend", dependencies: ["EQPlan"]),
        .target(name: "EQLocalBackend", dependencies: ["EQBackend", "EQExec"]),
        .target(name: "EQOutput", dependencies: ["EQTypes", "EQStore"]),
        .target(name: "EQEngine", dependencies: ["EQExec", "EQLocalBackend", "EQOutput", "EQSyntax"]),
        .target(
            name: "EQPostgres",
            dependencies: ["EQBackend", "EQExec", "EQStore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // PostgreSQL for the session: sees the engine and the driver, so neither EQEngine nor EQShell imports NIO.
        .target(name: "EQPostgresConnector", dependencies: ["EQEngine", "EQPostgres"]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "EQShell", dependencies: ["EQEngine", "CLibEdit"]),
        .executableTarget(
            name: "eq",
            dependencies: ["EQShell", "EQPostgresConnector", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "EQTestSupport", dependencies: ["EQEngine"]),
        .testTarget(name: "EQFoundationTests", dependencies: ["EQDiagnostics", "EQTypes"]),
        .testTarget(name: "EQSyntaxTests", dependencies: ["EQSyntax"]),
        .testTarget(name: "EQStoreTests", dependencies: ["EQStore"]),
        .testTarget(name: "EQBinderTests", dependencies: ["EQBinder", "EQPlan"]),
        .testTarget(name: "EQExecTests", dependencies: ["EQEngine", "EQTestSupport"]),
        .testTarget(name: "EQOutputTests", dependencies: ["EQOutput"]),
        .testTarget(name: "GoldenTests", dependencies: ["EQTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "EQShellTests", dependencies: ["EQShell", "EQTestSupport"], exclude: ["Transcripts", "Fixtures"]),
        .testTarget(name: "EQPostgresTests", dependencies: ["EQPostgres", "EQPostgresConnector", "EQTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["EQTestSupport", "EQEngine", "EQShell"]),
    ],
    swiftLanguageModes: [.v6]
)
