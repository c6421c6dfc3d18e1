import DraftCore
import PuffleAPI
import TestSupport
import XCTest

@testable import DraftApp

/// `draft_history` keeps every draft a save replaces, once each, and nothing else: after a
/// rollback, after plain saves, and after a conflict answered "keep mine".
final class DraftHistoryTests: XCTestCase {
    /// The server as the fake keeps it: a PATCH writes its keys and moves `updated_at`.
    private var server = SampleSessions.rich().objectValue!
    private var clock = 0

    private func serverSession() -> Session { SampleSessions.session(.object(server)) }

    /// Ctrl-S answered the way the server would: the check gets the server's copy, the PATCH is applied.
    @discardableResult
    private func save(_ state: inout AppState) -> JSONObject? {
        press(.control("s"), &state)
        let effects = apply(.saveChecked(.success(serverSession())), to: &state)
        guard case .patchSession(_, let body)? = effects.first else { return nil }
        for (key, value) in body { server[key] = value }
        clock += 1
        server["updated_at"] = .string("2026-11-20T10:0\(clock):00Z")
        _ = apply(.saveFinished(.success(serverSession())), to: &state)
        return body
    }

    private var history: [String] {
        (server["draft_history"]?.arrayValue ?? []).map {
            "\($0["subject"]?.stringValue ?? "")|\($0["body"]?.stringValue ?? "")"
        }
    }

    func testARollbackThenSeveralSavesKeepsEachReplacedDraftOnce() {
        var state = loadedState(.object(server))
        let current = "\(server["draft_subject"]!.stringValue!)|\(server["draft_body"]!.stringValue!)"
        press(.alt("7"), &state)
        press(.character("r"), &state)
        XCTAssertEqual(save(&state)?.keys.sorted(), ["draft_body", "draft_history", "draft_subject"])
        XCTAssertEqual(history, ["Old subject|Old body", current], "the rollback keeps the draft it replaced")

        press(.alt("3"), &state)
        press(.controlEnd, &state)
        type(" one", &state)
        XCTAssertEqual(
            save(&state)?.keys.sorted(), ["draft_body"], "the replaced draft (Old) is kept already: no history key")
        XCTAssertEqual(history, ["Old subject|Old body", current])
        type(" two", &state)
        save(&state)
        XCTAssertEqual(
            history, ["Old subject|Old body", current, "Old subject|Old body one"],
            "a plain save keeps what it replaced")
        press(.alt("1"), &state)
        type(" title only", &state)
        XCTAssertEqual(save(&state)?.keys.sorted(), ["title"], "a title edit replaces no draft")
        XCTAssertEqual(history.count, 3)
        XCTAssertEqual(
            server["draft_history"]?.arrayValue?.last?["created_at"], "2026-11-20T10:02:00Z",
            "a kept draft carries the time it was saved")
    }

    func testAConflictAnsweredKeepMineKeepsTheirsAsAVersion() {
        var state = loadedState(.object(server))
        press(.alt("2"), &state)
        press(.end, &state)
        type(" mine", &state)
        // A teammate (or a chat turn) changed the subject meanwhile.
        server["draft_subject"] = "Their subject"
        press(.control("s"), &state)
        _ = apply(.saveChecked(.success(serverSession())), to: &state)
        guard case .conflict? = state.prompt else { return XCTFail("a conflict is asked about") }
        let effects = press(.character("m"), &state)
        guard case .patchSession(_, let body)? = effects.first else { return XCTFail("no PATCH") }
        XCTAssertEqual(body.keys.sorted(), ["draft_history", "draft_subject"])
        XCTAssertEqual(body["draft_history"]?.arrayValue?.last?["subject"], "Their subject", "theirs is kept")
        XCTAssertEqual(body["draft_history"]?.arrayValue?.count, 2)
    }

    func testANewSessionsFirstSaveKeepsNoEmptyVersion() {
        var state = loadedState(SampleSessions.empty())
        press(.alt("3"), &state)
        type("First words", &state)
        press(.control("s"), &state)
        let effects = apply(
            .saveChecked(.success(SampleSessions.session(SampleSessions.empty()))), to: &state)
        XCTAssertEqual(patchBody(effects), #"{"draft_body":"First words"}"#)
    }
}
