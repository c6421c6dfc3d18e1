import Foundation
import TestSupport
import XCTest

/// What the program says before any screen starts: usage, keys, URLs.
final class CommandLineTests: XCTestCase {
    var home: TemporaryDirectory!

    override func setUpWithError() throws { home = try TemporaryDirectory() }

    private func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        var environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state",
            "XDG_DATA_HOME": home.path + "/data", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"
        ]
        environment.merge(extra) { $1 }
        return try Spawn.run([TmuxSession.binary] + arguments, environment: environment)
    }

    func testHelpAndVersion() throws {
        let help = try run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--campaign ID"))
        XCTAssertTrue(help.stdout.contains("--api-key-file PATH"))
        let version = try run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("puffle-draft 0."))
    }

    func testUsageErrorsExit64() throws {
        for arguments in [
            ["--frobnicate"], ["a", "b"], ["--campaign"], ["not-a-uuid"],
            ["--api-key", "pk_live_x", "7c9e6679-7425-40de-944b-e07fc1f90ae7"]
        ] {
            let result = try run(arguments, environment: ["PUFFLE_API_KEY": "pk_test"])
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("puffle-draft: "), "\(arguments)")
            XCTAssertFalse(result.stderr.contains("Fatal error"))
            XCTAssertEqual(
                result.stderr.split(separator: "\n").count, 1, "one line, not the whole usage: \(result.stderr)")
        }
        let typo = try run(["--no-colour", "--demo"])
        XCTAssertEqual(
            typo.stderr,
            "puffle-draft: unknown option --no-colour (did you mean --no-color?); puffle-draft --help lists the options\n"
        )
        XCTAssertTrue(
            try run(["--campaign", "--demo"]).stderr.contains("--campaign needs a value, not the option --demo"))
    }

    func testABadIdIsReportedBeforeAMissingKey() throws {
        for arguments in [["not-a-uuid"], ["--campaign", "not-a-uuid"]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): the arguments are checked first: \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("not-a-uuid is not a valid"), result.stderr)
        }
    }

    func testAMissingKeyIsOneClearLine() throws {
        let result = try run(["7c9e6679-7425-40de-944b-e07fc1f90ae7"])
        XCTAssertEqual(result.status, 77)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(result.stderr.contains("PUFFLE_API_KEY"))
    }

    func testKeyFilesReadableByOthersAreRefused() throws {
        let key = home.path + "/key"
        _ = FileManager.default.createFile(
            atPath: key, contents: Data("pk_live_secret".utf8), attributes: [.posixPermissions: 0o644])
        let result = try run(["--api-key-file", key, "7c9e6679-7425-40de-944b-e07fc1f90ae7"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("chmod 600"))
        XCTAssertFalse(result.stderr.contains("pk_live_secret"))

        try FileManager.default.createDirectory(
            atPath: home.path + "/config/puffle-draft", withIntermediateDirectories: true)
        let credentials = home.path + "/config/puffle-draft/credentials"
        _ = FileManager.default.createFile(
            atPath: credentials, contents: Data("pk_live_secret".utf8), attributes: [.posixPermissions: 0o640])
        let fromCredentials = try run(["7c9e6679-7425-40de-944b-e07fc1f90ae7"])
        XCTAssertEqual(fromCredentials.status, 64)
        XCTAssertTrue(fromCredentials.stderr.contains("credentials"))
    }

    func testPlainHTTPIsRefusedOffLoopback() throws {
        let result = try run(
            ["--base-url", "http://api.example.com", "7c9e6679-7425-40de-944b-e07fc1f90ae7"],
            environment: ["PUFFLE_API_KEY": "pk_test"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("refusing plain http://"))
    }

    func testDumbTerminalsAreRefusedClearly() throws {
        let result = try run(["--demo"], environment: ["TERM": "dumb"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("TERM=dumb"))
    }
}
