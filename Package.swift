// swift-tools-version:6.0
import PackageDescription

// The split follows helix: a pure core, a view layer and a terminal shell kept apart.
// Only `TerminalUI` knows curses; only `PuffleAPI` knows HTTP; only `SpellCheck` knows the checker's pipe.
let package = Package(
    name: "puffle-draft",
    products: [
        .executable(name: "puffle-draft", targets: ["puffle-draft"]),
        .executable(name: "puffle-draft-bench", targets: ["puffle-draft-bench"]),
    ],
    targets: [
        .target(name: "CWidth"),
        .target(name: "CSignals"),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "TemplateSyntax"),
        // libcurl loaded on the first request rather than at start (see its header for why): the
        // API layer links CCurlOnDemand's forwarding functions instead of libcurl itself.
        .target(name: "CCurlOnDemand"),
        .target(name: "PuffleAPI", dependencies: ["TemplateSyntax", "CCurlOnDemand", "DraftCore"],
                // FoundationNetworking would ask the linker for libcurl; CCurlOnDemand defines what
                // URLSession calls instead (its import is internal, so no other module asks).
                swiftSettings: [.unsafeFlags(["-Xfrontend", "-disable-autolink-library", "-Xfrontend", "curl"])]),
        .target(name: "DraftCore", dependencies: ["CWidth", "TemplateSyntax"]),
        .target(name: "DraftApp", dependencies: ["PuffleAPI", "DraftCore"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "CSignals", "DraftCore"]),
        // The spelling checker's pipe (`hunspell -a`): the only code that knows the protocol.
        .target(name: "SpellCheck"),
        .executableTarget(name: "puffle-draft", dependencies: ["DraftApp", "TerminalUI", "PuffleAPI", "DraftCore", "SpellCheck"]),
        // Figures, not tests: `swift run -c release puffle-draft-bench` (see the README).
        .executableTarget(name: "puffle-draft-bench", dependencies: ["DraftApp", "DraftCore", "PuffleAPI", "TestSupport"]),
        .target(name: "TestSupport", dependencies: ["PuffleAPI"], path: "Tests/TestSupport"),
        .testTarget(name: "PuffleAPITests", dependencies: ["PuffleAPI", "TestSupport"]),
        .testTarget(name: "DraftCoreTests", dependencies: ["DraftCore", "TestSupport"]),
        .testTarget(name: "DraftAppTests", dependencies: ["DraftApp", "PuffleAPI", "DraftCore", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "DraftCore", "TestSupport"]),
        .testTarget(name: "SpellCheckTests", dependencies: ["SpellCheck"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
