import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// The network misbehaving under a real client: a dead connection is an error at once, a save
/// comes through by itself once the fault passes, a paid request goes out exactly once, and typing
/// is echoed while the server is slow. Each test prints the time to the first message.
final class NetworkFaultEndToEndTests: EndToEndCase {
    private func patches() throws -> [FakeServer.RecordedRequest] {
        try server.writes().filter { $0.method == "PATCH" }
    }

    private func posts(to suffix: String) throws -> [FakeServer.RecordedRequest] {
        try server.writes().filter { $0.method == "POST" && $0.path.hasSuffix(suffix) }
    }

    /// Waits for `text` and says how long it took from `start`.
    private func secondsUntil(_ text: String, in tmux: TmuxSession, since start: Date, timeout: TimeInterval = 8) throws
        -> Double
    {
        try tmux.waitFor(text, timeout: timeout)
        let seconds = Date().timeIntervalSince(start)
        print("[network] \(name): \"\(text)\" after \(String(format: "%.2f", seconds)) s")
        return seconds
    }

    func testAPatchWhoseConnectionDropsFailsAtOnceAndTheSaveComesThroughByItself() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-1", "End")
        try tmux.type(" dropped")
        try tmux.waitFor("modified")
        try server.fault(["method": "PATCH", "mode": "drop", "times": 1])
        let start = Date()
        try tmux.send("C-s")
        XCTAssertLessThan(
            try secondsUntil("retrying in", in: tmux, since: start), 2, "a dead connection is not the 30 s timeout")
        XCTAssertTrue(try tmux.screen().contains("Trying again by itself"), "the footer says what happens next")
        try tmux.type(" later")
        try tmux.waitFor("Saved", timeout: 10)
        try tmux.waitUntilGone("modified")
        XCTAssertEqual(
            try server.storedSession(SampleSessions.richID)["title"], "Ops leaders — step 1 dropped later",
            "words typed while waiting go with the next attempt")
        XCTAssertEqual(try patches().count, 2, "the dropped PATCH and the retry")
        XCTAssertEqual(
            try server.requests().filter { $0.method == "GET" && $0.path.hasSuffix(SampleSessions.richID) }.count, 3,
            "open, then a fresh GET before each attempt")
        let log = try String(contentsOfFile: home.path + "/state/puffle-draft/log", encoding: .utf8)
        XCTAssertEqual(
            log.components(separatedBy: "PATCH session 7c9e6679: title").count - 1, 2, "each attempt is logged\n\(log)")
        XCTAssertTrue(log.contains("save failed; trying again in 1 s"), log)
        XCTAssertFalse(log.contains(FakeServer.apiKey))
    }

    func testAnUnreachableServerIsOfflineAndTheSaveGoesOutWhenItIsBack() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-1", "End")
        try tmux.type(" offline")
        try tmux.waitFor("modified")
        server.stop()
        let start = Date()
        try tmux.send("C-s")
        XCTAssertLessThan(try secondsUntil("offline · retrying in", in: tmux, since: start), 2)
        XCTAssertTrue(try tmux.screen().contains("The server cannot be reached"))
        try server.start()
        try server.seed(SampleSessions.rich())
        try tmux.waitFor("Saved", timeout: 12)
        XCTAssertEqual(try server.storedSession(SampleSessions.richID)["title"], "Ops leaders — step 1 offline")
    }

    func testAPermanentAnswerStopsTheRetriesAndSaysWhatToDo() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.type("x")
        try server.fault([
            "method": "PATCH", "mode": "status", "status": 403, "message": "Not your session", "times": -1
        ])
        try tmux.send("C-s")
        let screen = try tmux.waitFor("HTTP 403: Not your session")
        XCTAssertTrue(screen.contains("Your edits are kept"), screen)
        XCTAssertFalse(screen.contains("retrying"), "no retry after a permanent answer")
        // A retry would come after 1 s (±20 %): twice that and nothing more is sent by itself.
        try server.expectNoMore(than: 1, within: 2.4) { $0.method == "PATCH" }
    }

    func testQuittingWithASavePendingAsks() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.type("pending ")
        try server.fault(["method": "PATCH", "mode": "status", "status": 503, "message": "Busy", "times": -1])
        try tmux.send("C-s")
        try tmux.waitFor("retrying in")
        try tmux.send("C-q")
        try tmux.waitFor("the save is waiting to try again")
        try tmux.send("Escape")
        try tmux.waitUntilGone("the save is waiting")
        XCTAssertTrue(try tmux.screen().contains("pending"))
    }

    // MARK: Paid requests

    func testATurnTakenWhoseAnswerIsLostIsFollowedNotSentAgain() throws {
        try server.configure(taskSeconds: 2)
        try server.fault(["method": "POST", "path_contains": "/turn", "mode": "lose_answer"])
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try composeTurn("Shorter, please", in: tmux)
        let start = Date()
        try tmux.send("y")
        XCTAssertLessThan(
            try secondsUntil("chat processing", in: tmux, since: start), 2, "the claimed task is followed")
        try tmux.waitFor("Fake reply to: Shorter, please", timeout: 10)
        XCTAssertEqual(try posts(to: "/turn").count, 1, "the turn went out once")
    }

    func testATurnDroppedBeforeTheServerTookItIsKeptAndNotSentAgain() throws {
        try server.fault(["method": "POST", "path_contains": "/turn", "mode": "drop"])
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try composeTurn("Keep me", in: tmux)
        let start = Date()
        try tmux.send("y")
        XCTAssertLessThan(try secondsUntil("was not sent", in: tmux, since: start), 2)
        XCTAssertTrue(try tmux.screen().contains("Keep me"), "the composer keeps the text")
        try server.expectNoMore(than: 1, within: 2.4) { $0.method == "POST" && $0.path.hasSuffix("/turn") }
    }

    func testExamplesWhoseAnswerIsLostAreFollowedNotRequestedAgain() throws {
        try server.configure(taskSeconds: 2)
        try server.fault(["method": "POST", "path_contains": "/generate-examples", "mode": "lose_answer"])
        let leads = home.path + "/leads.json"
        try #"[{"first_name":"Maya","company":"Brightline"}]"#.write(toFile: leads, atomically: true, encoding: .utf8)
        let tmux = try launch(["--api-key-file", keyFile, "--leads", leads, SampleSessions.richID])
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-6", "g")
        try tmux.waitFor("Generate examples", timeout: 4)
        try tmux.send("y")
        try tmux.waitFor("generating examples", timeout: 4)
        XCTAssertEqual(try posts(to: "/generate-examples").count, 1)
    }

    // MARK: Typing while the network is slow

    func testTypingIsEchoedDuringASlowSave() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-1", "End")
        try server.fault(["mode": "delay", "seconds": 2, "times": -1])
        try tmux.type(" slow")
        try tmux.send("C-s")
        try tmux.waitFor("Saving…")
        let start = Date()
        try tmux.type(" still typing")
        let echoed = try secondsUntil("still typing", in: tmux, since: start, timeout: 1)
        XCTAssertLessThan(echoed, 0.5)
        let during = try tmux.screen()
        XCTAssertTrue(during.contains("saving…"), "read before the save answered\n\(during)")
        try tmux.waitFor("Saved", timeout: 12)
        try tmux.waitUntilGone("modified")
        XCTAssertEqual(
            try server.storedSession(SampleSessions.richID)["title"], "Ops leaders — step 1 slow still typing",
            "typed while the check travelled, so it goes with the PATCH")
    }

    func testTypingIsEchoedWhileATwelveMegabyteSessionTricklesIn() throws {
        guard case .object(var big) = SampleSessions.rich() else { return XCTFail("the sample is an object") }
        let filler = String(repeating: "Quarterly numbers and a long, patient answer. ", count: 40)
        big["messages"] = .array(
            (0..<6_000).map { ["role": $0 % 2 == 0 ? "user" : "assistant", "content": .string("\($0) \(filler)")] })
        try server.seed(.object(big))
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders", timeout: 15)
        try tmux.send("M-1", "End")
        try server.fault([
            "method": "GET", "path_contains": .string(SampleSessions.richID), "mode": "trickle",
            "bytes_per_second": 1_000_000
        ])
        try tmux.send("C-r")
        try tmux.waitFor("reloading…")
        for word in [" one", " two", " three"] {
            let start = Date()
            try tmux.type(word)
            XCTAssertLessThan(try secondsUntil(word, in: tmux, since: start, timeout: 1), 0.5, "echoed during the load")
        }
        XCTAssertTrue(try tmux.screen().contains("reloading…"), "the words were typed while the session came in")
        try tmux.waitFor("Reloaded", timeout: 30)
        XCTAssertTrue(try tmux.screen().contains("one two three"), "the edits outlive the reload")
    }
}
