import Foundation
import PuffleAPI
import TestSupport
import XCTest

final class ChatEndToEndTests: EndToEndCase {
    private var leadsFile: String { home.path + "/leads.json" }
    private var sequenceFile: String { home.path + "/sequence.json" }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try server.configure(taskSeconds: 2)
        try
            #"[{"first_name":"Maya","last_name":"Okafor","company":"Brightline","custom_fields":{"tier":"gold"}},{"first_name":"Jonas","company":"Fjord"}]"#
            .write(toFile: leadsFile, atomically: true, encoding: .utf8)
        try #"{"position": 2, "total_nodes": 3, "prior_nodes": [{"subject": "Quick idea for %company%"}]}"#
            .write(toFile: sequenceFile, atomically: true, encoding: .utf8)
    }

    func testAFullTurnSendBusyReply() throws {
        let tmux = try launch([
            "--api-key-file", keyFile, "--leads", leadsFile, "--sequence", sequenceFile, SampleSessions.richID
        ])
        try tmux.waitFor("Ops leaders")
        try composeTurn("Make it shorter, please", in: tmux)
        XCTAssertEqual(try server.writes().count, 0, "nothing is sent before the yes")
        try tmux.send("y")
        try tmux.waitFor(["chat processing", "waiting for the reply…"])
        try tmux.waitFor("Fake reply to: Make it shorter, please", timeout: 10)
        try tmux.waitUntilGone("chat processing")
        let turn = try XCTUnwrap(server.writes().first { $0.path.hasSuffix("/turn") })
        let body = try XCTUnwrap(turn.json)
        XCTAssertEqual(body["message"], "Make it shorter, please")
        XCTAssertEqual(body["sampleLeads"]?.arrayValue?.count, 2)
        XCTAssertEqual(body["availableVarNames"]?.arrayValue?.last, "custom_fields.tier")
        XCTAssertEqual(
            body["sequenceContext"],
            ["position": 2, "total_nodes": 3, "prior_nodes": [["subject": "Quick idea for %company%"]]])
    }

    func testAnInstructionOfSeveralLinesIsShownWholeAndSentWithItsLines() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-4")
        try tmux.type("Rewrite it:")
        try tmux.send("M-Enter")
        try tmux.paste("- shorter\n- friendlier")
        try tmux.waitFor(["› Rewrite it:", "  - shorter", "  - friendlier"])
        try tmux.send("Enter")
        try tmux.waitFor("costs your Puffle account money")
        try tmux.send("y")
        try tmux.waitFor("chat processing")
        let turn = try XCTUnwrap(server.writes().first { $0.path.hasSuffix("/turn") })
        XCTAssertEqual(turn.json?["message"], "Rewrite it:\n- shorter\n- friendlier")
    }

    func testABadSequenceFileIsReportedAndTurnsGoWithoutIt() throws {
        try #"{"position": 4, "total_nodes": 3}"#.write(toFile: sequenceFile, atomically: true, encoding: .utf8)
        let tmux = try launch(["--api-key-file", keyFile, "--sequence", sequenceFile, SampleSessions.richID])
        try tmux.waitFor([
            "Ops leaders", "sequence.json: line 1: position 4 is past the last (total_nodes 3; positions count from 0)"
        ])
        try composeTurn("Hello", in: tmux)
        try tmux.send("y")
        try tmux.waitFor("chat processing")
        let turn = try XCTUnwrap(server.writes().first { $0.path.hasSuffix("/turn") })
        XCTAssertEqual(turn.json?.objectValue?.keys.map { $0 }, ["message", "availableVarNames"])
    }

    /// Opens a session with the two leads and asks for examples: `g` in Examples, then yes.
    private func generateExamples(in session: String, seeing title: String) throws -> TmuxSession {
        let tmux = try launch(["--api-key-file", keyFile, "--leads", leadsFile, session])
        try tmux.waitFor(title)
        try tmux.send("M-6", "g")
        try tmux.waitFor("Generate examples for 2 leads")
        try tmux.send("y")
        return tmux
    }

    func testExampleGeneration() throws {
        let tmux = try generateExamples(in: SampleSessions.richID, seeing: "Ops leaders")
        try tmux.waitFor("generating examples")
        try tmux.waitFor(["Hello Maya", "Hello Jonas"], timeout: 10)
        let request = try XCTUnwrap(server.writes().first { $0.path.hasSuffix("/generate-examples") })
        XCTAssertEqual(request.json?["isFirstBatch"], .bool(true))
        XCTAssertEqual(request.json?["leads"]?.arrayValue?.count, 2)
    }

    func testWithoutASkeletonTheServersMessageIsShown() throws {
        let tmux = try generateExamples(in: SampleSessions.emptyID, seeing: "untitled")
        try tmux.waitFor("Session has no framework yet. Chat first to create one.")
    }

    func testThePickerCreatesAndDeletesSessions() throws {
        let tmux = try launch(["--api-key-file", keyFile, "--campaign", SampleSessions.campaignID])
        try tmux.waitFor("Ops leaders — step 1")
        try tmux.send("Down", "D")
        try tmux.waitFor("cannot be undone")
        try tmux.send("y")
        try tmux.waitUntilGone("untitled")
        XCTAssertEqual(try server.writes().last?.method, "DELETE")
        try tmux.send("n")
        try tmux.waitFor("sequence node id")
        try tmux.type("2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2")
        try tmux.send("Enter")
        try tmux.waitFor(["No draft yet", "untitled"])
        XCTAssertEqual(try server.writes().last?.json?["node_id"], "2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2")
    }
}
