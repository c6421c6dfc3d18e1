import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// The campaign a session belongs to, for real against the contract fake: what a turn sends
/// without any file, Ctrl-P's PUT, the refusal of an active campaign, and the list as the sequence.
final class CampaignEndToEndTests: EndToEndCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try server.seedCampaign(SampleCampaigns.draft(), prospects: SampleCampaigns.prospects(12))
    }

    func testATurnCarriesTheSequenceContextAndTheRosterLeadsWithNoFilesGiven() throws {
        let tmux = try launch(["--api-key-file", keyFile, SampleSessions.emptyID])
        try tmux.waitFor(["untitled", "email 2 of 3 · Ops leaders Q1"])
        try composeTurn("Write the follow-up", in: tmux)
        try tmux.send("y")
        try tmux.waitFor("chat processing")
        let turn = try XCTUnwrap(server.writes().first { $0.path.hasSuffix("/turn") })
        print("[campaign] turn body: \(turn.body)")
        let body = try XCTUnwrap(turn.json)
        XCTAssertEqual(
            body["sequenceContext"],
            [
                "position": 1, "total_nodes": 3,
                "prior_nodes": [["type": "email", "subject": "Old subject", "body": "Old body"]]
            ])
        let leads = try XCTUnwrap(body["sampleLeads"]?.arrayValue)
        XCTAssertEqual(leads.map { $0["first_name"] }, ["Lead1", "Lead2", "Lead3", "Lead4", "Lead5"])
        XCTAssertEqual(leads.first?["id"], "0a1b2c3d-1111-4a2b-8c3d-000000000001")
        XCTAssertEqual(
            try server.requests().filter { $0.path.hasSuffix("/leads") }.count, 1, "the roster's first page, once")
    }

    func testChosenLeadsAreRememberedAndExamplesAreNamedByThem() throws {
        var tmux = try launch(["--api-key-file", keyFile, SampleSessions.richID])
        try tmux.waitFor("email 1 of 3")
        try tmux.send("M-l")
        try tmux.waitFor("5 chosen · 12 leads")
        try tmux.send("Space", "/")
        try tmux.type("Lead12")
        try tmux.send("Enter", "Space", "Enter")
        try tmux.waitFor("5 leads chosen")
        try tmux.send("C-q")
        _ = try tmux.waitForExit()
        let file = home.path + "/state/puffle-draft/leads/\(SampleSessions.richID).json"
        XCTAssertTrue(
            try String(contentsOfFile: file, encoding: .utf8).contains("0a1b2c3d-1111-4a2b-8c3d-000000000012"))
        // The campaign's other email starts from the same choice.
        let other = try launch(["--api-key-file", keyFile, SampleSessions.emptyID])
        try other.waitFor("email 2 of 3")
        try other.send("M-l")
        try other.waitFor("5 chosen · 12 leads")
        XCTAssertTrue(try other.screen().contains("[x] Lead12"), "the lead chosen for email 1 is chosen for email 2")
        try other.send("Escape", "C-q")
        _ = try other.waitForExit()
        try server.configure(taskSeconds: 1)
        tmux = try launch(["--api-key-file", keyFile, SampleSessions.richID])
        try tmux.waitFor("email 1 of 3")
        try tmux.send("M-6", "g")
        try tmux.waitFor("Generate examples for 5 leads")
        try tmux.send("y")
        try tmux.waitFor("Hello Lead12", timeout: 10)
        let request = try XCTUnwrap(server.writes().first { $0.path.hasSuffix("/generate-examples") })
        XCTAssertEqual(
            request.json?["leads"]?.arrayValue?.compactMap { $0["first_name"]?.stringValue },
            ["Lead2", "Lead3", "Lead4", "Lead5", "Lead12"], "the choice came back after the restart")
        try tmux.send("Down", "Down", "Down", "Down")
        try tmux.waitFor(["Lead     Lead12 Example", "0a1b2c3d"])
    }

    func testApplyingPutsExactlyTheSavedDraftOnTheCampaignsEmail() throws {
        let tmux = try openRich()
        try tmux.waitFor("campaign differs")
        try tmux.send("C-p")
        try tmux.waitFor(["The campaign's email 1 of 3 → the saved draft", "Apply the saved subject and body"])
        XCTAssertTrue(try server.writes().isEmpty, "nothing before the yes")
        try tmux.send("y")
        try tmux.waitFor("✓ in campaign")
        let put = try XCTUnwrap(server.writes().first)
        print("[campaign] PUT \(put.path) body: \(put.body)")
        XCTAssertEqual(put.method, "PUT")
        XCTAssertEqual(
            put.path, "/api/campaigns/\(SampleCampaigns.campaignID)/sequence/nodes/\(SampleCampaigns.firstEmailID)")
        let rich = SampleSessions.rich()
        XCTAssertEqual(put.json, ["subject": rich["draft_subject"]!, "body": rich["draft_body"]!])
        let node = try server.storedCampaign(SampleCampaigns.campaignID)["sequence_nodes"]?.arrayValue?.first
        XCTAssertEqual(node?["body"], rich["draft_body"])
    }

    func testAnActiveCampaignIsRefusedWithNothingSent() throws {
        try server.seedCampaign(SampleCampaigns.draft(status: "active"), prospects: [])
        let tmux = try openRich()
        try tmux.waitFor("email 1 of 3")
        try tmux.send("C-p")
        let screen = try tmux.waitFor("The campaign is active: Puffle only changes the emails of draft campaigns")
        print("[campaign] refusal:\n\(screen)")
        XCTAssertTrue(try server.writes().isEmpty, "no PUT")
    }

    func testTheListIsTheSequenceAndNStartsTheSessionOfAnEmailWithoutOne() throws {
        let tmux = try launch(["--api-key-file", keyFile, "--campaign", SampleCampaigns.campaignID])
        let list = try tmux.waitFor(["Emails of campaign \"Ops leaders Q1\" (draft)", "after 2 days", "no session yet"])
        print("[campaign] list:\n\(list)")
        try tmux.send("Down", "Down", "n")
        try tmux.waitFor(["untitled", "email 3 of 3"])
        let create = try XCTUnwrap(server.writes().first { $0.method == "POST" })
        print("[campaign] POST body: \(create.body)")
        XCTAssertEqual(create.json?["node_id"], .string(SampleCampaigns.thirdEmailID))
        try tmux.type("Last note")
        try tmux.send("C-o")
        try tmux.waitFor("keep for later")
        try tmux.send("k")
        let back = try tmux.waitFor(["Closing the loop", "unsaved"])
        XCTAssertFalse(back.contains("no session yet"), "the third email has its session now")
        try tmux.send("Enter")
        try tmux.waitFor("recover")
        try tmux.send("y")
        try tmux.waitFor("Last note")
        XCTAssertEqual(
            try server.requests().filter { $0.path.hasSuffix("/leads") }.count, 2,
            "the roster once per visit to the list")
    }
}
