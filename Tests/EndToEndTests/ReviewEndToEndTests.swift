import Foundation
import PuffleAPI
import TestSupport
import XCTest

final class ReviewEndToEndTests: EndToEndCase {
    func testRollbackToAnEarlierDraftAndSave() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-7")
        try tmux.waitFor("Old subject")
        try tmux.send("Enter")
        try tmux.waitFor("From the current draft to this one")
        try tmux.send("r")
        try tmux.waitFor(["Restored the draft", "modified"])
        try tmux.send("C-s")
        try tmux.waitFor("Saved")
        let patches = try server.writes().filter { $0.method == "PATCH" }
        XCTAssertEqual(patches.count, 1)
        let body = try XCTUnwrap(patches.first?.json?.objectValue)
        XCTAssertEqual(body.keys, ["draft_subject", "draft_body", "draft_history"])
        XCTAssertEqual(body["draft_subject"], "Old subject")
        XCTAssertEqual(
            body["draft_history"]?.arrayValue?.last?["subject"], "%first_name%, a faster week for %company%?")
        let stored = try server.storedSession(SampleSessions.richID)
        XCTAssertEqual(stored["draft_history"]?.arrayValue?.count, 2, "no version is lost")
    }

    func testExampleReviewFlagsTheBadOnes() throws {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = [
            [
                "lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000001", "subject": "Maya, a faster week?",
                "body": .string("Hi Maya, " + String(repeating: "we plan routes for teams like yours. ", count: 8))
            ],
            [
                "lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000002", "subject": "%first_name%, a faster week?",
                "body": "Hi Jonas, &&Hook&& here"
            ]
        ]
        try server.seed(.object(json))
        let leads = home.path + "/leads.csv"
        try "first_name,last_name,company\nMaya,Okafor,Brightline\nJonas,Lindqvist,Fjord\n".write(
            toFile: leads, atomically: true, encoding: .utf8)
        let tmux = try launch(["--api-key-file", keyFile, "--leads", leads, SampleSessions.richID])
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-6")
        try tmux.waitFor(["1 ✓    Maya Okafor", "2 ! 3  Jonas Lindqvist"])
        try tmux.send("Down")
        try tmux.waitFor(["Check: unresolved variable: %first_name%", "leftover instruction: “&&Hook&&”"])
        try tmux.send("v", "v")
        try tmux.waitFor(["your draft for this lead", "Jonas, a faster week for Fjord?"])
    }

    func testABadLeadsFileIsReportedAndTheAppStarts() throws {
        let leads = home.path + "/bad.csv"
        try "first_name,company\nMaya,Brightline\nJonas\n".write(toFile: leads, atomically: true, encoding: .utf8)
        let tmux = try launch(["--api-key-file", keyFile, "--leads", leads, SampleSessions.richID])
        try tmux.waitFor(["Ops leaders", "bad.csv: line 3"])
    }
}
