import TestSupport
import XCTest
@testable import PuffleAPI

final class SequenceContextTests: XCTestCase {
    private func parse(_ text: String) throws(InputFileError) -> SequenceContext {
        try SequenceContext.parse(Array(text.utf8))
    }

    func testPriorNodesPassThroughAsWrittenAndGoIntoBothRequestBodies() throws {
        let context = try parse(
            #"{"position": 2, "total_nodes": 3, "prior_nodes": [{"subject": "Quick idea", "wait_days": 3}]}"#)
        XCTAssertEqual(
            context,
            SequenceContext(position: 2, totalNodes: 3, priorNodes: [["subject": "Quick idea", "wait_days": 3]]))
        let expected = #"{"position":2,"total_nodes":3,"prior_nodes":[{"subject":"Quick idea","wait_days":3}]}"#
        XCTAssertEqual(
            JSONWriter.string(TurnRequest(message: "hi", sequenceContext: context).json["sequenceContext"]!), expected)
        XCTAssertEqual(
            JSONWriter.string(
                GenerateExamplesRequest(leads: [], isFirstBatch: true, sequenceContext: context).json[
                    "sequenceContext"]!),
            expected)
        XCTAssertNil(TurnRequest(message: "hi").json["sequenceContext"], "absent unless known")
    }

    func testTheFirstEmailNeedsNoPriorNodes() throws {
        XCTAssertEqual(try parse(#"{"position": 0, "total_nodes": 1}"#), SequenceContext(position: 0, totalNodes: 1))
        XCTAssertEqual(try parse(#"{"position": 1, "total_nodes": 4, "prior_nodes": null}"#).priorNodes, [])
    }

    func testBadFilesSayWhatToFix() {
        let cases: [(String, String)] = [
            (#"[1, 2]"#, "expected an object with position, total_nodes and prior_nodes"),
            (#"{"total_nodes": 3}"#, "position must be a whole number from 0 up"),
            (#"{"position": -1, "total_nodes": 3}"#, "position must be a whole number from 0 up"),
            (#"{"position": 1.5, "total_nodes": 3}"#, "position must be a whole number from 0 up"),
            (#"{"position": "2", "total_nodes": 3}"#, "position must be a whole number from 0 up"),
            (#"{"position": 0, "total_nodes": 0}"#, "total_nodes must be a whole number from 1 up"),
            (
                #"{"position": 3, "total_nodes": 3}"#,
                "position 3 is past the last (total_nodes 3; positions count from 0)"
            ),
            (#"{"position": 1, "total_nodes": 3, "prior_nodes": {}}"#, "prior_nodes must be an array, not an object")
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try parse(text), text) { error in
                XCTAssertEqual((error as? InputFileError)?.message, message, text)
            }
        }
        XCTAssertThrowsError(try parse("{\n\"position\": 1,\n\"total_nodes\": 2,,\n}")) { error in
            XCTAssertEqual((error as? InputFileError)?.line, 3, "a JSON mistake names its line")
        }
    }

    func testTheContextFromTheSequenceCountsEmailsFromZeroAndFillsEmptyOnesFromTheirSession() throws {
        let campaign = try XCTUnwrap(Campaign(answer: SampleCampaigns.draft()))
        XCTAssertEqual(
            SequenceContext(campaign: campaign, nodeID: SampleCampaigns.firstEmailID, sessions: []),
            SequenceContext(position: 0, totalNodes: 3))
        var second = SampleSessions.session(SampleSessions.empty())
        second[.draftSubject] = "Following up"
        second[.draftBody] = "Hi again %first_name%"
        let third = try XCTUnwrap(
            SequenceContext(campaign: campaign, nodeID: SampleCampaigns.thirdEmailID, sessions: [second]))
        XCTAssertEqual(third.position, 2, "delays are not counted")
        XCTAssertEqual(third.totalNodes, 3)
        XCTAssertEqual(
            third.priorNodes,
            [
                ["type": "email", "subject": "Old subject", "body": "Old body"],
                ["type": "email", "subject": "Following up", "body": "Hi again %first_name%"]
            ],
            "the empty second email is taken from its session's draft")
        XCTAssertNil(
            SequenceContext(campaign: campaign, nodeID: "a05b6c7d-8e9f-4a01-9c2d-3e4f5a6b7c8d", sessions: []),
            "the end node is not an email")
        XCTAssertNil(SequenceContext(campaign: campaign, nodeID: "00000000-0000-4000-8000-000000000000", sessions: []))
    }

    func testNodesOutOfOrderRepeatedOrOfUnknownTypesAreSortedAndSkipped() {
        let campaign = Campaign(
            id: "c",
            nodes: [
                SequenceNode(id: "b", position: 3, type: "message", body: "Second"),
                SequenceNode(id: "x", position: 1, type: "ai"),
                SequenceNode(id: "a", position: 0, type: "connection_request", subject: "ignored", body: "First"),
                SequenceNode(id: "c", position: 3, type: "email")
            ])
        let context = SequenceContext(campaign: campaign, nodeID: "c", sessions: [])
        XCTAssertEqual(context?.position, 2)
        XCTAssertEqual(
            context?.priorNodes,
            [
                ["type": "connection_request", "subject": .null, "body": "First"],
                ["type": "message", "subject": .null, "body": "Second"]
            ])
    }
}
