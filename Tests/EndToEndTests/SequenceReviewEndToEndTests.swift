import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// The sequence review and the campaigns screen in a real terminal: the demo's day as a
/// copywriter strings it (campaigns, review, a lead, a check, the session at the text, back),
/// and a start with no id against the contract fake, reading a roster whose page fails once.
final class SequenceReviewEndToEndTests: EndToEndCase {
    func testTheDemoFromItsCampaignsToTheReviewToTheSessionAtARepeatedSentence() throws {
        var env = environment
        env.removeValue(forKey: "PUFFLE_API_BASE_URL")
        let tmux = try TmuxSession([TmuxSession.binary, "--demo"], environment: env, width: 120, height: 45)
        try tmux.waitFor(["Your campaigns · 2", "RouteWise — ops leaders, Q1"])
        try tmux.send("s")
        let review = try tmux.waitFor([
            "Sequence of \"RouteWise — ops leaders, Q1\" (draft) · 3 emails", "Lead 1 of 40: Maya Okafor",
            "%first_name% empty for 3 of 40 leads", "%company% empty for 2 of 40 leads",
            "emails 1 and 2: same sentence", "1  Day 0 · email · not applied", "2  Day 3 · email · not applied",
            "Hi Maya,"
        ])
        print("[review] demo:\n\(review)")
        XCTAssertFalse(review.contains("reading leads"), "40 leads are one page")
        try tmux.send("Down", "Enter")
        let lacking = try tmux.waitFor(["Lead 6 of 40: (no name) · Northwind Traders", "Hi %first_name%,"])
        print("[review] a lead without a first name:\n\(lacking)")
        try tmux.send("]")
        try tmux.waitFor("Lead 16 of 40: Schmidt")
        try tmux.send("Escape")
        try tmux.waitFor("Your campaigns · 2")
        // The working day: the list, the first email's session, an edit, then the review from there.
        try tmux.send("Enter")
        try tmux.waitFor("Emails of campaign")
        try tmux.send("Enter")
        try tmux.waitFor("Ops leaders — step 1: the first touch")
        try tmux.send("M-3", "C-End")
        try tmux.type(" Word kept.")
        try tmux.send("M-s")
        try tmux.waitFor("Checks over the emails and 40 leads")
        try tmux.send("Escape")
        try tmux.waitFor("Word kept.")
        try tmux.send("M-s")
        try tmux.waitFor("Checks over the emails and 40 leads")
        try tmux.send("Down", "Down", "Down", "Enter")
        try tmux.waitFor("keep for later")
        try tmux.send("k")
        let second = try tmux.waitFor(["Ops leaders — step 2: the follow-up", "Just bumping this"])
        print("[review] the second email's session at the text:\n\(second)")
        try tmux.send("C-o")
        try tmux.waitFor(["Emails of campaign", "unsaved"])
        try tmux.send("C-o")
        try tmux.waitFor("Your campaigns · 2")
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testAStartWithNoIdListsTheCampaignsAndTheReviewReadsEveryLeadWritingNothing() throws {
        try server.seedCampaign(SampleCampaigns.draft(), prospects: SampleCampaigns.prospects(250))
        try server.fault(["method": "GET", "path_contains": "/leads", "mode": "status", "status": 503, "times": 1])
        let tmux = try launch(["--api-key-file", keyFile])
        try tmux.waitFor(["Your campaigns · 1", "draft  Ops leaders Q1  email · 6 nodes"])
        try tmux.send("s")
        let review = try tmux.waitFor(
            [
                "Checks over the emails and 250 leads", "Lead 1 of 250: Lead1 Example",
                "%first_name% empty for 35 of 250 leads"
            ],
            timeout: 20)
        print("[review] fake:\n\(review)")
        let pages = try server.requests().filter { $0.path.hasSuffix("/leads") }.map(\.query)
        XCTAssertEqual(pages, ["page=1&limit=100", "page=1&limit=100", "page=2&limit=100", "page=3&limit=100"])
        XCTAssertEqual(try server.requests().filter { $0.path == "/api/campaigns" }.count, 1)
        XCTAssertTrue(try server.writes().isEmpty, "the review costs nothing: no PATCH, PUT or POST")
        try tmux.send("/")
        try tmux.type("lead200@")
        try tmux.send("Enter")
        try tmux.waitFor("Lead 200 of 250: Lead200 Example")
        try tmux.send("Escape")
        try tmux.waitFor("Your campaigns · 1")
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertTrue(try server.writes().isEmpty)
    }
}
