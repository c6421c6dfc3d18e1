import Foundation
import PuffleAPI
import TestSupport
import XCTest

final class SessionScreenEndToEndTests: EndToEndCase {
    func testOpensASessionAndShowsEveryPane() throws {
        let tmux = try openRich()
        try tmux.waitFor([
            "Ops leaders — step 1", "%first_name%, a faster week for %company%?", "Teams like yours save 6 hours",
            "Write a first cold email", "Framework v3", "Open on their headline."
        ])
        try tmux.send("M-6")
        try tmux.waitFor(["Maya, a faster week?", "0a1b2c3d-1111-4a2b-8c3d-000000000001"])
        try tmux.send("M-7")
        try tmux.waitFor(["Old subject", "2026-11-20 09:12"])
        try tmux.send("F1")
        try tmux.waitFor(["Keys", "focus 4 Transcript", "previous pane"])
        try tmux.send("Escape")
        try tmux.waitUntilGone("previous pane")
        let requests = try server.requests()
        XCTAssertEqual(requests.map(\.method), ["GET", "GET", "GET", "GET"], "reading sends GETs and nothing else")
        XCTAssertEqual(
            Set(requests.map(\.path)),
            [
                "/api/campaigns/ai-chat-sessions/\(SampleSessions.richID)",
                "/api/campaigns/\(SampleSessions.campaignID)", "/api/campaigns/ai-chat-sessions",
                "/api/campaigns/\(SampleSessions.campaignID)/leads"
            ],
            "the session, and its campaign, the campaign's sessions and the roster's first page")
        XCTAssertEqual(requests.first?.authorization, "Bearer \(FakeServer.apiKey)")
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testTheDemoRunsWithNoAccount() throws {
        var env = environment
        env.removeValue(forKey: "PUFFLE_API_BASE_URL")
        let tmux = try TmuxSession([TmuxSession.binary, "--demo"], environment: env)
        // The demo starts where a start without an id does: the campaigns, newest first.
        try tmux.waitFor(["Your campaigns · 2", "RouteWise — ops leaders, Q1", "RouteWise — retail pilots (sending)"])
        try tmux.send("Enter")
        try tmux.waitFor([
            "Emails of campaign \"RouteWise — ops leaders, Q1\" (draft)", "Ops leaders — step 1: the first touch",
            "step 2: the follow-up", "no session yet", "Sessions whose email is no longer in the sequence"
        ])
        try tmux.send("Enter")
        try tmux.waitFor(["RouteWise", "%sender_first%", "Framework v3"])
        try tmux.send("M-6")
        try tmux.waitFor(["1 ! 4  Maya Okafor", "2 ! 6  Jonas Lindqvist", "3 ! 6  Aiko Tanaka"])
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: home.path + "/data/puffle-draft/demo/sessions/\(DemoSeed.fullSessionID).json"))
    }

    func testASessionThatAnswersAtOnceIsPaintedOnceAndASlowOneShowsItIsLoading() throws {
        var env = environment
        env.removeValue(forKey: "PUFFLE_API_BASE_URL")
        let demo = try TmuxSession([TmuxSession.binary, "--demo", DemoSeed.fullSessionID], environment: env)
        try demo.waitFor(["RouteWise", "%sender_first%"])
        XCTAssertFalse(demo.rawText.contains("Loading session"), "no frame of chrome before the draft")
        try demo.send("C-q")
        XCTAssertEqual(try demo.waitForExit(), 0)

        try server.fault(["method": "GET", "mode": "delay", "seconds": 1, "times": 1])
        let slow = try openRich()
        try slow.waitFor("Loading session")
        try slow.waitFor("Ops leaders — step 1")
        try slow.send("C-q")
        XCTAssertEqual(try slow.waitForExit(), 0)
    }

    func testTheBusyIndicatorAppearsAndClearsWithinAPoll() throws {
        var busy = SampleSessions.rich().objectValue!
        busy["task_status"] = "chat_processing"
        try server.seed(.object(busy))
        let tmux = try openRich()
        try tmux.waitFor(["chat processing", "Two questions first"])
        var messages = SampleSessions.rich()["messages"]!.arrayValue!
        messages.append(["role": "assistant", "content": "Here is the shorter version you asked for."])
        try server.finishTask(SampleSessions.richID, set: ["messages": .array(messages)])
        let cleared = Date()
        try tmux.waitUntilGone("chat processing", timeout: 8)
        XCTAssertLessThan(Date().timeIntervalSince(cleared), 6, "gone within one poll interval (2.5 s) plus a frame")
        try tmux.waitFor("Here is the shorter version you asked for.")
        // Idle now: no requests at all.
        let count = try server.requests().count
        sleep(6)
        XCTAssertEqual(try server.requests().count, count, "no polling while idle")
    }

    func testResizeReflowsTheLayout() throws {
        let tmux = try openRich()
        try tmux.waitFor("┌─ 4 Transcript")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor(["3 Body · 15 words · 1 check ─ 4 ─ 5 ─ 6 ─ 7", " 1 Title   Ops leaders"])
        try tmux.resize(width: 30, height: 10)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(width: 200, height: 50)
        try tmux.waitFor(["┌─ 5 Skeleton", "┌─ 6 Examples", "┌─ 7 History"])
    }

    func testHostileServerTextIsShownNotExecuted() throws {
        var json = SampleSessions.rich().objectValue!
        json["title"] = "EVIL\u{1B}[2Jtitle\u{07}"
        json["draft_subject"] = "OSC\u{1B}]0;pwned\u{07} and \u{1B}]52;c;ZXZpbA==\u{07}"
        json["draft_body"] = "line\rover\u{08}\u{08}write \u{202E}desrever\u{202C} \u{9B}31m"
        try server.seed(.object(json))
        let tmux = try openRich()
        try tmux.waitFor(["EVIL^[[2Jtitle^G", "OSC^[]0;pwned^G", "line^Mover^H^Hwrite <202E>desrever<202C> <9B>31m"])
        let raw = tmux.rawBytes
        func contains(_ needle: String) -> Bool {
            let n = Array(needle.utf8)
            return raw.count >= n.count
                && (0...(raw.count - n.count)).contains { raw[$0..<($0 + n.count)].elementsEqual(n) }
        }
        XCTAssertFalse(contains("\u{1B}]0;"), "no OSC 0 title change")
        XCTAssertFalse(contains("\u{1B}]52"), "no OSC 52 clipboard write")
        XCTAssertFalse(contains("EVIL\u{1B}[2J"), "the clear-screen after EVIL never went out raw")
        XCTAssertFalse(raw.contains(0x07), "no bell")
        XCTAssertFalse(contains("\u{202E}"), "no bidi override")
        XCTAssertFalse(contains("\u{C2}\u{9B}"), "no C1 CSI")
    }

    func testStartFailuresAreOneLineWithTheDocumentedStatus() throws {
        let unknown = try launch(["--api-key-file", keyFile, "11111111-2222-4333-8444-555555555555"])
        XCTAssertEqual(try unknown.waitForExit(), 1)
        XCTAssertEqual(unknown.stderr, "puffle-draft: HTTP 404: Session not found\n")

        let wrongKey = home.path + "/wrong"
        _ = FileManager.default.createFile(
            atPath: wrongKey, contents: Data("pk_live_nope".utf8), attributes: [.posixPermissions: 0o600])
        let refused = try launch(["--api-key-file", wrongKey, SampleSessions.richID])
        XCTAssertEqual(try refused.waitForExit(), 77)
        XCTAssertTrue(refused.stderr.hasPrefix("puffle-draft: HTTP 401: Invalid API key"))

        let offline = try launch(["--api-key-file", keyFile, "--base-url", "http://127.0.0.1:9", SampleSessions.richID])
        XCTAssertEqual(try offline.waitForExit(), 69)
        XCTAssertEqual(offline.stderr.split(separator: "\n").count, 1)
        XCTAssertTrue(offline.stderr.contains("cannot reach the server"))
    }

    func testTheTerminalIsRestoredAfterQuitting() throws {
        let tmux = try launch(
            ["--api-key-file", keyFile, SampleSessions.richID],
            before: "stty -g > \(home.path)/before;", after: "stty -g > \(home.path)/after;")
        try tmux.waitFor("Ops leaders")
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        let before = try String(contentsOfFile: home.path + "/before", encoding: .utf8)
        XCTAssertEqual(before, try FileWait.contents(of: home.path + "/after"))
    }
}

final class ThemeEndToEndTests: EndToEndCase {
    func testAUserThemeShadowsTheShippedOneAndABadLineIsReportedWithItsPlace() throws {
        let folder = home.path + "/config/puffle-draft/themes"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "header = red green bold\nthis is not a theme line\n".write(
            toFile: folder + "/dark.theme", atomically: true, encoding: .utf8)
        let tmux = try launch(["--api-key-file", keyFile, "--theme", "dark", SampleSessions.richID])
        try tmux.waitFor(["Ops leaders", "dark.theme:2: expected `role = foreground background attributes`"])
        let colours = try tmux.tmux(["capture-pane", "-p", "-e", "-t", "main"])
        XCTAssertTrue(
            colours.contains("\u{1B}[31m\u{1B}[42m"), "the user's header colours are in use:\n\(colours.prefix(300))")
    }

    func testNoColorKeepsFocusVisibleWithAttributesOnly() throws {
        let tmux = try launch(["--api-key-file", keyFile, SampleSessions.richID], extraEnvironment: ["NO_COLOR": "1"])
        try tmux.waitFor("Ops leaders")
        let styled = try tmux.tmux(["capture-pane", "-p", "-e", "-t", "main"])
        let colourCodes = [
            "[30m", "[31m", "[32m", "[33m", "[34m", "[35m", "[36m", "[37m", "38;5;", "48;5;", "[41m", "[46m"
        ]
        XCTAssertFalse(colourCodes.contains { styled.contains($0) }, "no colour escapes under NO_COLOR")
        XCTAssertTrue(
            styled.contains("\u{1B}[7m") || styled.contains(";7m") || styled.contains("[1;7m"), "focus still reversed")
        try tmux.send("M-7", "Enter")
        // Without colour the diff marks its words in the text, as wdiff does.
        try tmux.waitFor([
            "From the current draft to this one", "([-…-]: only in the", "{+…+}: only in this one)",
            "{+Old subject+}", "{+Old body+}"
        ])
    }
}

final class PickerEndToEndTests: EndToEndCase {
    func testTheCampaignPickerListsSessionsAndOpensOne() throws {
        var busy = SampleSessions.empty().objectValue!
        busy["task_status"] = "generating_examples"
        try server.seed(.object(busy))
        let tmux = try launch(["--api-key-file", keyFile, "--campaign", SampleSessions.campaignID])
        try tmux.waitFor([
            "Sessions of campaign 4f6b2a9e", "Ops leaders — step 1", "untitled", "generating examples",
            "2 messages", "0 messages", "2026-11-20 09:41"
        ])
        try tmux.send("Down")
        try tmux.send("Enter")
        try tmux.waitFor(["No draft yet", "generating examples"])
        // The campaign and its roster are asked for beside these, in no fixed order.
        let paths = try server.requests().map(\.path).filter { $0.hasPrefix("/api/campaigns/ai-chat-sessions") }
        XCTAssertEqual(paths.first, "/api/campaigns/ai-chat-sessions")
        XCTAssertEqual(paths[1], "/api/campaigns/ai-chat-sessions/\(SampleSessions.emptyID)")
    }
}
