import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// Shared set-up: a contract fake with the sample sessions, a private XDG home, a key file.
class EndToEndCase: XCTestCase {
    var server: FakeServer!
    var home: TemporaryDirectory!
    var keyFile: String { home.path + "/key" }

    override func setUpWithError() throws {
        server = try FakeServer()
        try server.seed(SampleSessions.rich())
        try server.seed(SampleSessions.empty())
        home = try TemporaryDirectory()
        _ = FileManager.default.createFile(
            atPath: keyFile, contents: Data(FakeServer.apiKey.utf8), attributes: [.posixPermissions: 0o600])
        XCTAssertTrue(
            FileManager.default.isExecutableFile(atPath: TmuxSession.binary),
            "build the executable first: \(TmuxSession.binary)")
    }

    override func tearDown() {
        server = nil
        home = nil
    }

    var environment: [String: String] {
        [
            "XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state",
            "XDG_DATA_HOME": home.path + "/data",
            "HOME": home.path, "LANG": "C.UTF-8", "PUFFLE_API_BASE_URL": server.baseURL.absoluteString
        ]
    }

    func launch(
        _ arguments: [String], width: Int = 120, height: Int = 40, extraEnvironment: [String: String] = [:],
        before: String = "", after: String = ""
    ) throws -> TmuxSession {
        try TmuxSession(
            [TmuxSession.binary] + arguments, environment: environment.merging(extraEnvironment) { $1 },
            width: width, height: height, before: before, after: after)
    }

    func openRich(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try launch(["--api-key-file", keyFile, SampleSessions.richID], width: width, height: height)
    }

    /// Types a message in the Transcript's composer and presses Enter: the cost question shows.
    func composeTurn(_ message: String, in tmux: TmuxSession) throws {
        try tmux.send("M-4")
        try tmux.type(message)
        try tmux.send("Enter")
        try tmux.waitFor("costs your Puffle account money")
    }
}
