import XCTest
import TestSupport
@testable import PuffleAPI

final class SessionTests: XCTestCase {
    func testRichSessionDecodesEveryDocumentedField() throws {
        let session = try Session(json: SampleSessions.rich())
        XCTAssertEqual(session.id, SampleSessions.richID)
        XCTAssertEqual(session.campaignID, SampleSessions.campaignID)
        XCTAssertEqual(session.title, "Ops leaders — step 1")
        XCTAssertEqual(session.messages.map(\.role), ["user", "assistant"])
        XCTAssertEqual(session.draftSubject, "%first_name%, a faster week for %company%?")
        XCTAssertNotNil(session.draftBody)
        XCTAssertEqual(session.skeleton?["blocks"]?.arrayValue?.count, 1)
        XCTAssertEqual(session.skeletonHistory.count, 1)
        XCTAssertEqual(session.draftHistory.first?["subject"], "Old subject")
        XCTAssertEqual(session.frameworkVersion, 3)
        XCTAssertEqual(session.generatedExamples.first?.subject, "Maya, a faster week?")
        XCTAssertNil(session.taskStatus)
        XCTAssertEqual(session.updatedAt, "2026-11-20T09:41:00Z")
    }

    func testAFreshSessionHasEveryContentFieldNull() throws {
        let session = try Session(json: SampleSessions.empty())
        XCTAssertNil(session.title)
        XCTAssertEqual(session.messages, [])
        XCTAssertNil(session.draftSubject)
        XCTAssertNil(session.draftBody)
        XCTAssertNil(session.skeleton)
        XCTAssertEqual(session.draftHistory, [])
        XCTAssertEqual(session.generatedExamples, [])
        XCTAssertNil(session.frameworkVersion)
        XCTAssertNil(session.taskStatus)
    }

    func testBothSkeletonShapesAndTaskStatusesDecode() throws {
        var json = SampleSessions.empty().objectValue!
        json["skeleton"] = ["hook": "h", "value_prop": "v"]
        json["task_status"] = "generating_examples"
        let loose = try Session(json: json)
        XCTAssertEqual(loose.skeleton?["hook"], "h")
        XCTAssertEqual(loose.taskStatus, .generatingExamples)
        XCTAssertEqual(loose.taskStatus?.label, "generating examples")
        json["task_status"] = "thinking_hard"
        XCTAssertEqual(try Session(json: json).taskStatus, .other("thinking_hard"))
    }

    func testDecodeEncodeDecodeIsIdenticalIncludingUnknownFields() throws {
        let text = JSONWriter.string(SampleSessions.rich())
        let first = try Session(json: JSONParser.parse(text))
        let encoded = JSONWriter.string(.object(first.json))
        XCTAssertEqual(encoded, text, "unknown keys keep their order and large integers their digits")
        let second = try Session(json: JSONParser.parse(encoded))
        XCTAssertEqual(first, second)
        XCTAssertEqual(second.json["x_future_field"]?["nested"]?.objectValue?.keys, ["z", "a"])
        XCTAssertEqual(second.json["x_future_field"]?["big"], .number(JSONNumber(literal: "9007199254740991")!))
    }

    func testWronglyTypedFieldsAreNamedInTheError() {
        let cases: [(String, JSONValue, String)] = [
            ("title", 42, "title"), ("messages", "hi", "messages"), ("messages", [1], "messages"),
            ("skeleton", [1, 2], "skeleton"), ("framework_version", "3", "framework_version"),
            ("framework_version", .number(JSONNumber(literal: "1.5")!), "framework_version"),
            ("task_status", true, "task_status"), ("generated_examples", ["x"], "generated_examples")
        ]
        for (field, value, expected) in cases {
            var json = SampleSessions.rich().objectValue!
            json[field] = value
            XCTAssertThrowsError(try Session(json: json)) { error in
                let message = "\(error)"
                XCTAssertTrue(message.contains(expected), message)
            }
        }
        XCTAssertThrowsError(try Session(json: .array([])))
        XCTAssertThrowsError(try Session(json: ["title": "no id"]))
    }

    func testMessageContentThatIsNotAStringIsShownAsJSON() throws {
        var json = SampleSessions.empty().objectValue!
        json["messages"] = [["role": "assistant", "content": [["type": "text", "text": "hi"]]]]
        let session = try Session(json: json)
        XCTAssertEqual(session.messages.first?.content, #"[{"type":"text","text":"hi"}]"#)
    }
}
