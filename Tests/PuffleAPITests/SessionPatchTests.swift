import XCTest
import TestSupport
@testable import PuffleAPI

final class SessionPatchTests: XCTestCase {
    let base = SampleSessions.session(SampleSessions.rich())

    func testNoChangeMeansNoRequest() {
        XCTAssertNil(SessionPatch.body(from: base, to: base))
    }

    func testOnlyChangedKeysAreSentInFieldOrder() {
        var edited = base
        edited.draftBody = "new body"
        edited.title = "new title"
        let patch = SessionPatch.body(from: base, to: edited)
        XCTAssertEqual(patch?.keys, ["title", "draft_body"])
        XCTAssertEqual(JSONWriter.string(.object(patch!)), #"{"title":"new title","draft_body":"new body"}"#)
    }

    func testAFieldSetBackToItsOriginalValueIsNotSent() {
        var edited = base
        edited.title = "changed"
        edited.title = base.title
        XCTAssertNil(SessionPatch.body(from: base, to: edited))
    }

    func testClearingAFieldSendsAnExplicitNull() {
        var edited = base
        edited.draftSubject = nil
        XCTAssertEqual(
            JSONWriter.string(.object(SessionPatch.body(from: base, to: edited)!)), #"{"draft_subject":null}"#)
    }

    func testEveryFieldTypeIsCompared() {
        let changes: [(SessionField, JSONValue)] = [
            (.messages, [["role": "user", "content": "x"]]), (.skeleton, ["hook": "new"]),
            (.skeletonHistory, []), (.draftHistory, [["subject": "s"]]), (.frameworkVersion, 4),
            (.generatedExamples, []), (.taskStatus, "chat_processing")
        ]
        for (field, value) in changes {
            var edited = base
            edited[field] = value
            XCTAssertEqual(
                SessionPatch.body(from: base, to: edited).map { JSONValue.object($0) },
                JSONValue.object(JSONObject([(field.rawValue, value)])), "\(field)")
        }
    }

    func testUnicodeEditsAreComparedByTheirBytes() {
        var edited = base
        edited.draftBody = "中文 😀 👩‍👩‍👧 e\u{301}"
        let patch = SessionPatch.body(from: base, to: edited)!
        XCTAssertEqual(patch["draft_body"], .string("中文 😀 👩‍👩‍👧 e\u{301}"))
        // Swift's == calls é and e + combining acute equal; the server stores bytes, so the PATCH
        // goes by them, as the modified marker and the journal do.
        var precomposed = edited
        precomposed.draftBody = "中文 😀 👩‍👩‍👧 \u{e9}"
        let change = SessionPatch.body(from: edited, to: precomposed)
        XCTAssertEqual(change?["draft_body"]?.stringValue.map { Array($0.utf8) }, Array("中文 😀 👩‍👩‍👧 \u{e9}".utf8))
        XCTAssertNil(SessionPatch.body(from: precomposed, to: precomposed))
        let bytes = JSONWriter.bytes(.object(patch))
        XCTAssertEqual(try JSONParser.parse(bytes)["draft_body"], .string("中文 😀 👩‍👩‍👧 e\u{301}"))
    }

    func testATitleEditOnA50MBSessionIsAFewHundredBytes() throws {
        var json = SampleSessions.rich().objectValue!
        let paragraph = String(repeating: "Lorem ipsum dolor sit amet, %first_name% at %company%. ", count: 18)
        let messages: [JSONValue] = (0..<50_000).map { i in
            ["role": i % 2 == 0 ? "user" : "assistant", "content": .string(paragraph)]
        }
        json["messages"] = .array(messages)
        let text = JSONWriter.bytes(.object(json))
        XCTAssertGreaterThan(text.count, 50_000_000)
        let loaded = try Session(json: JSONParser.parse(text))
        var edited = loaded
        edited.title = "A sharper title for the ops leaders"
        let body = JSONWriter.bytes(.object(SessionPatch.body(from: loaded, to: edited)!))
        XCTAssertEqual(String(decoding: body, as: UTF8.self), #"{"title":"A sharper title for the ops leaders"}"#)
        XCTAssertLessThan(body.count, 300)
    }
}
