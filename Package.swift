// swift-tools-version:6.0
import PackageDescription

// The split follows helix: a pure core, a view layer and a terminal shell kept apart.
// Only `TerminalUI` knows curses; only `PuffleAPI` knows HTTP.
let package = Package(
    name: "puffle-draft",
    products: [
        .executable(name: "puffle-draft", targets: ["puffle-draft"]),
    ],
    targets: [
        .target(name: "CWidth"),
        .target(name: "CSignals"),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "PuffleAPI"),
        .target(name: "DraftCore", dependencies: ["CWidth"]),
        .target(name: "DraftApp", dependencies: ["PuffleAPI", "DraftCore"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "CSignals", "DraftCore"]),
        .executableTarget(name: "puffle-draft", dependencies: ["DraftApp", "TerminalUI", "PuffleAPI", "DraftCore"]),
        .target(name: "TestSupport", dependencies: ["PuffleAPI"], path: "Tests/TestSupport"),
        .testTarget(name: "PuffleAPITests", dependencies: ["PuffleAPI", "TestSupport"]),
        .testTarget(name: "DraftCoreTests", dependencies: ["DraftCore", "TestSupport"]),
        .testTarget(name: "DraftAppTests", dependencies: ["DraftApp", "PuffleAPI", "DraftCore", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
