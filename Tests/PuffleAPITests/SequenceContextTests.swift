import XCTest
@testable import PuffleAPI

final class SequenceContextTests: XCTestCase {
    private func parse(_ text: String) throws(InputFileError) -> SequenceContext {
        try SequenceContext.parse(Array(text.utf8))
    }

    func testPriorNodesPassThroughAsWrittenAndGoIntoBothRequestBodies() throws {
        let context = try parse(#"{"position": 2, "total_nodes": 3, "prior_nodes": [{"subject": "Quick idea", "wait_days": 3}]}"#)
        XCTAssertEqual(context, SequenceContext(position: 2, totalNodes: 3, priorNodes: [["subject": "Quick idea", "wait_days": 3]]))
        let expected = #"{"position":2,"total_nodes":3,"prior_nodes":[{"subject":"Quick idea","wait_days":3}]}"#
        XCTAssertEqual(JSONWriter.string(TurnRequest(message: "hi", sequenceContext: context).json["sequenceContext"]!), expected)
        XCTAssertEqual(JSONWriter.string(GenerateExamplesRequest(leads: [], isFirstBatch: true, sequenceContext: context).json["sequenceContext"]!),
                       expected)
        XCTAssertNil(TurnRequest(message: "hi").json["sequenceContext"], "absent unless known")
    }

    func testTheFirstEmailNeedsNoPriorNodes() throws {
        XCTAssertEqual(try parse(#"{"position": 1, "total_nodes": 1}"#), SequenceContext(position: 1, totalNodes: 1))
        XCTAssertEqual(try parse(#"{"position": 1, "total_nodes": 4, "prior_nodes": null}"#).priorNodes, [])
    }

    func testBadFilesSayWhatToFix() {
        let cases: [(String, String)] = [
            (#"[1, 2]"#, "expected an object with position, total_nodes and prior_nodes"),
            (#"{"total_nodes": 3}"#, "position must be a whole number from 1 up"),
            (#"{"position": 0, "total_nodes": 3}"#, "position must be a whole number from 1 up"),
            (#"{"position": 1.5, "total_nodes": 3}"#, "position must be a whole number from 1 up"),
            (#"{"position": "2", "total_nodes": 3}"#, "position must be a whole number from 1 up"),
            (#"{"position": 4, "total_nodes": 3}"#, "position 4 is past total_nodes 3"),
            (#"{"position": 1, "total_nodes": 3, "prior_nodes": {}}"#, "prior_nodes must be an array, not an object"),
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
}
