// swift-tools-version:6.0
import PackageDescription

// The split follows helix: a pure core, a view layer and a terminal shell kept apart.
// Only `TerminalUI` knows curses; only `PuffleAPI` knows HTTP; only `SpellCheck` knows the checker's pipe.
/// The libcurl functions CCurlOnDemand defines (gold takes names, not patterns).
let curlExports = ["curl_global_init", "curl_easy_init", "curl_easy_setopt", "curl_easy_getinfo", "curl_easy_cleanup", "curl_easy_pause", "curl_easy_strerror", "curl_free",
                   "curl_multi_init", "curl_multi_add_handle", "curl_multi_remove_handle", "curl_multi_assign", "curl_multi_cleanup", "curl_multi_info_read", "curl_multi_setopt", "curl_multi_socket_action",
                   "curl_slist_append", "curl_slist_free_all", "curl_url", "curl_url_get", "curl_url_set", "curl_version", "curl_version_info"]

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
        .target(name: "DraftApp", dependencies: ["PuffleAPI", "DraftCore", "TemplateSyntax"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "CSignals", "DraftCore"]),
        // The spelling checker's pipe (`hunspell -a`): the only code that knows the protocol.
        .target(name: "SpellCheck"),
        // The curl functions CCurlOnDemand defines are exported, so that in a dynamic build too
        // FoundationNetworking calls them (and libcurl's reading stops at max_response_mb) rather
        // than binding straight to libcurl; the static build links them in place of libcurl anyway.
        // The command line, parsed by a function the tests call.
        .target(name: "LaunchOptions"),
        .executableTarget(name: "puffle-draft", dependencies: ["DraftApp", "TerminalUI", "PuffleAPI", "DraftCore", "SpellCheck", "LaunchOptions"],
                          linkerSettings: [.unsafeFlags(curlExports.flatMap { ["-Xlinker", "--export-dynamic-symbol=\($0)"] })]),
        // Figures, not tests: `swift run -c release puffle-draft-bench` (see the README).
        .executableTarget(name: "puffle-draft-bench", dependencies: ["DraftApp", "DraftCore", "PuffleAPI", "TestSupport"]),
        .target(name: "TestSupport", dependencies: ["PuffleAPI"], path: "Tests/TestSupport"),
        // The client's tests run in-process: exported the same way, so libcurl's limit is the one tested.
        .testTarget(name: "PuffleAPITests", dependencies: ["PuffleAPI", "TestSupport"],
                    linkerSettings: [.unsafeFlags(curlExports.flatMap { ["-Xlinker", "--export-dynamic-symbol=\($0)"] })]),
        .testTarget(name: "DraftCoreTests", dependencies: ["DraftCore", "TestSupport"]),
        .testTarget(name: "DraftAppTests", dependencies: ["DraftApp", "PuffleAPI", "DraftCore", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "DraftCore", "TestSupport"]),
        .testTarget(name: "SpellCheckTests", dependencies: ["SpellCheck"]),
        .testTarget(name: "LaunchOptionsTests", dependencies: ["LaunchOptions"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
