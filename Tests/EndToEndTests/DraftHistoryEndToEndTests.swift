import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// `draft_history` on the server after a day's saves, for real against the contract fake: each
/// replaced draft kept once, in the order the saves made them, and theirs kept after "keep mine".
final class DraftHistoryEndToEndTests: EndToEndCase {
    private func storedHistory() throws -> [String] {
        try (server.storedSession(SampleSessions.richID)["draft_history"]?.arrayValue ?? []).map {
            "\($0["subject"]?.stringValue ?? "")|\($0["body"]?.stringValue ?? "")"
        }
    }

    private func waitForSaves(_ count: Int) throws {
        try FileWait.until(timeout: 10) {
            ((try? self.server.writes().filter { $0.method == "PATCH" }.count) ?? 0) >= count
        }
    }

    func testARollbackAndSeveralSavesKeepEachReplacedDraftOnceInOrder() throws {
        let rich = SampleSessions.rich()
        let current = "\(rich["draft_subject"]!.stringValue!)|\(rich["draft_body"]!.stringValue!)"
        let tmux = try openRich()
        try tmux.waitFor("Teams like yours")
        try tmux.send("M-7", "r")
        try tmux.waitFor("Restored the draft")
        try tmux.send("C-s")
        try waitForSaves(1)
        try tmux.waitFor("Saved")
        XCTAssertEqual(try storedHistory(), ["Old subject|Old body", current])
        try tmux.send("M-3", "C-End")
        for (index, word) in [" one", " two", " three"].enumerated() {
            try tmux.type(word)
            try tmux.waitFor("modified")
            try tmux.send("C-s")
            try waitForSaves(2 + index)
            try tmux.waitUntilGone("modified")
        }
        XCTAssertEqual(
            try storedHistory(),
            [
                "Old subject|Old body", current, "Old subject|Old body one",
                "Old subject|Old body one two"
            ],
            "the first save after the rollback replaced a draft already kept; each later one keeps its own")
    }

    func testKeepMineAfterAConflictKeepsTheirsAsAVersion() throws {
        let tmux = try openRich()
        try tmux.waitFor("Teams like yours")
        try tmux.send("M-2", "End")
        try tmux.type(" (mine)")
        // A teammate changes the subject meanwhile.
        var theirs = try server.storedSession(SampleSessions.richID).objectValue!
        theirs["draft_subject"] = "Their subject"
        try server.seed(.object(theirs))
        try tmux.send("C-s")
        try tmux.waitFor("changed on the server since you loaded it")
        try tmux.send("m")
        try waitForSaves(1)
        try tmux.waitFor("Saved")
        let stored = try server.storedSession(SampleSessions.richID)
        XCTAssertEqual(stored["draft_subject"], "%first_name%, a faster week for %company%? (mine)")
        XCTAssertEqual(
            try storedHistory().last, "Their subject|\(SampleSessions.rich()["draft_body"]!.stringValue!)",
            "their subject is kept, not lost")
        XCTAssertEqual(try storedHistory().count, 2)
    }
}
