import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// Hostile terminals: storms of resizes, absurd sizes, unknown or missing TERM, a locale
/// without UTF-8. No crash, and Ctrl-L leaves a clean screen.
final class TerminalAbuseEndToEndTests: EndToEndCase {
    func testFiveHundredResizesAndEverySizeFromOneByOneTo300By100() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        var random = SeededGenerator(seed: 500)
        for _ in 0..<500 {
            try tmux.resize(
                width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random))
        }
        for (w, h) in [(1, 1), (2, 1), (1, 2), (39, 11), (40, 12), (300, 100)] { try tmux.resize(width: w, height: h) }
        try tmux.resize(width: 120, height: 40)
        try tmux.send("C-l")
        // A capture may still show a frame painted for an earlier size; what matters is that the
        // program catches up and the redraw leaves a clean 120×40 screen.
        try tmux.waitUntil("a clean 120×40 screen with the header on top") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return ["┌─ 1 Title", "Ops leaders — step 1", "Ctrl-S save"].allSatisfy(screen.contains)
                && lines.first?.hasPrefix(" puffle-draft") == true
                && lines.allSatisfy { $0.count <= 120 }
        }
        XCTAssertNil(tmux.exitStatus, "still running")
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
    }

    func testUnknownAndMissingTERMFallBack() throws {
        for term in ["xterm-kitty-does-not-exist", ""] {
            let command = term.isEmpty ? "unset TERM;" : "export TERM=\(term);"
            let tmux = try TmuxSession(
                [
                    "sh", "-c", "\(command) exec \"$0\" \"$@\"", TmuxSession.binary, "--api-key-file", keyFile,
                    SampleSessions.richID
                ],
                environment: environment)
            try tmux.waitFor(["Ops leaders", "┌─ 1 Title"])
            try tmux.send("C-q")
            XCTAssertEqual(try tmux.waitForExit(), 0, "TERM=\(term)")
        }
    }

    func testALocaleWithoutUTF8WarnsAndASCIIStillWorks() throws {
        let tmux = try launch(
            ["--api-key-file", keyFile, SampleSessions.richID], extraEnvironment: ["LANG": "C", "LC_ALL": "C"])
        try tmux.waitFor(["locale is not UTF-8", "+- 1 Title"])
        try tmux.send("M-1", "End")
        try tmux.type(" ascii ok")
        try tmux.waitFor("ascii ok")
        try tmux.send("C-s")
        try tmux.waitFor("Saved")
        XCTAssertEqual(
            try server.storedSession(SampleSessions.richID)["title"], "Ops leaders — step 1 ascii ok",
            "non-ASCII text survives unseen")
    }
}
