import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// The copy checks for real, in a terminal against the contract fake: F8 walks the draft's
/// findings, `f` writes them to the composer and sends nothing, and `R` asks, then asks the
/// server for exactly one lead's example, adding it and deleting nothing.
final class CopyChecksEndToEndTests: EndToEndCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try server.seedCampaign(SampleCampaigns.draft(), prospects: SampleCampaigns.prospects(12))
        try server.configure(taskSeconds: 1)
    }

    func testF8WalksTheDraftsFindingsAndFWritesThemToTheComposerWithoutSending() throws {
        let tmux = try openRich()
        try tmux.waitFor(["email 1 of 3", "Body · 15 words · 2 checks"])
        try tmux.send("M-3", "F8")
        try tmux.waitFor("body length: 15 words · 50–125 words (body_words)")
        try tmux.send("f")
        try tmux.waitFor("the body is 15 words, outside 50–125")
        XCTAssertTrue(try tmux.screen().contains("Enter sends it (asks first)"))
        try tmux.send("Enter")
        try tmux.waitFor("costs your Puffle account money")
        try tmux.send("n")
        try server.expectNoMore(than: 0, within: 1.0) { $0.method != "GET" }
    }

    func testFOnAnExampleNamesItsLeadAndRRegeneratesExactlyThatLeadDeletingNothing() throws {
        let tmux = try openRich()
        try tmux.waitFor("email 1 of 3")
        try tmux.send("M-6")
        try tmux.waitFor("Lead1 Example")
        try tmux.send("f")
        try tmux.waitFor("In Lead1 Example's example")
        try tmux.send("M-6", "R")
        try tmux.waitFor("Generate Lead1 Example's example again")
        XCTAssertTrue(try server.writes().isEmpty, "nothing is asked of the server before y")
        try tmux.send("y")
        try tmux.waitFor("2 versions", timeout: 10)
        let requests = try server.writes()
        XCTAssertEqual(requests.count, 1, "one request: \(requests.map(\.path))")
        XCTAssertTrue(requests.first?.path.hasSuffix("\(SampleSessions.richID)/generate-examples") ?? false)
        let body = try XCTUnwrap(requests.first?.json)
        XCTAssertEqual(body["isFirstBatch"], .bool(false))
        XCTAssertEqual(
            body["leads"]?.arrayValue?.compactMap { $0["id"]?.stringValue },
            [
                "0a1b2c3d-1111-4a2b-8c3d-000000000001"
            ])
        let stored = try server.storedSession(SampleSessions.richID)
        XCTAssertEqual(stored["generated_examples"]?.arrayValue?.count, 2, "the earlier example is still there")
        XCTAssertTrue(try tmux.screen().contains("Hello Lead1"), "the new example shows in the old one's place")
        try tmux.send("v", "v", "v")
        try tmux.waitFor("the earlier version → this one")
    }

    func testTheConfigSetsThresholdsReportsABadOneAndTheUsersPhrasesCount() throws {
        let folder = home.path + "/config/puffle-draft"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "body_words = 10-20\nlinks = many\n".write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        try "# ours\nhours a week\n".write(toFile: folder + "/trigger-words", atomically: true, encoding: .utf8)
        let tmux = try openRich()
        try tmux.waitFor("config:2: links takes a whole number, not `many`; using 1")
        // 15 words fit 10-20; the user's phrase and the signature repeated are what is left.
        try tmux.waitFor("Body · 15 words · 2 checks")
        try tmux.send("M-3", "F8")
        try tmux.waitFor("trigger phrase: “hours a week” (yours)")
        try tmux.send("Escape", "C-q")
        _ = try tmux.waitForExit()
        try "checks = false\n".write(toFile: folder + "/config", atomically: true, encoding: .utf8)
        let off = try openRich()
        try off.waitFor("Body · 15 words · 3 checks")
        try off.send("M-3", "F8")
        try off.waitFor("Copy checks are off (checks = false in the config)")
    }
}
