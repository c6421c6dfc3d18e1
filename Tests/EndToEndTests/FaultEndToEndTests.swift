import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// Network and server faults at save and at load, for real: after each, the edits are still
/// there, the message says what happened, a retry succeeds once the fault is gone, and the
/// server ends up with exactly what was typed.
final class FaultEndToEndTests: EndToEndCase {
    struct Fault {
        let name: String
        let inject: (FakeServer) throws -> Void
        let message: String
        /// True when the client gets through by itself (429 with a short Retry-After).
        var healsItself = false
        /// False when the same request would fail the same way (a 4xx, an answer of another
        /// shape): shown once, not tried again every 30 s.
        var retried = true
    }

    func testSaveSurvivesEveryFaultAndARetrySucceeds() throws {
        try FileManager.default.createDirectory(
            atPath: home.path + "/config/puffle-draft", withIntermediateDirectories: true)
        try "timeout = 1\n".write(toFile: home.path + "/config/puffle-draft/config", atomically: true, encoding: .utf8)
        let faults: [Fault] = [
            Fault(name: "connection refused", inject: { $0.stop() }, message: "cannot reach the server"),
            Fault(
                name: "dropped connection", inject: { try $0.fault(["method": "GET", "mode": "drop", "times": 3]) },
                message: "Not saved"),
            Fault(
                name: "timeout", inject: { try $0.fault(["method": "GET", "mode": "delay", "seconds": 3]) },
                message: "did not answer in time"),
            Fault(
                name: "500",
                inject: {
                    try $0.fault(["method": "PATCH", "mode": "status", "status": 500, "message": "Internal boom"])
                },
                message: "HTTP 500: Internal boom"),
            Fault(
                name: "HTML 502", inject: { try $0.fault(["method": "PATCH", "mode": "html502"]) },
                message: "HTTP 502: 502 Bad Gateway"),
            Fault(
                name: "invalid JSON", inject: { try $0.fault(["method": "GET", "mode": "invalid_json"]) },
                message: "not JSON", retried: false),
            Fault(
                name: "wrongly-typed JSON", inject: { try $0.fault(["method": "PATCH", "mode": "wrong_type"]) },
                message: "title is wrong",
                retried: false),
            Fault(
                name: "401 mid-session",
                inject: {
                    try $0.fault(["method": "PATCH", "mode": "status", "status": 401, "message": "Key revoked"])
                },
                message: "HTTP 401: Key revoked", retried: false),
            Fault(
                name: "429 with Retry-After",
                inject: { try $0.fault(["method": "PATCH", "mode": "status", "status": 429, "retry_after": 1]) },
                message: "", healsItself: true)
        ]
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-1", "End")
        var expected = "Ops leaders — step 1"
        for (round, fault) in faults.enumerated() {
            let words = " r\(round)"
            try tmux.type(words)
            expected += words
            try tmux.waitFor([expected, "modified"])
            try fault.inject(server)
            try tmux.send("C-s")
            if fault.healsItself {
                try tmux.waitFor("Saved", timeout: 8)
            } else {
                let screen = try tmux.waitFor(fault.message, timeout: 8)
                // A fault that may pass is retried by itself; the header says so instead of "modified".
                let pending = fault.retried ? "retrying in" : "modified"
                XCTAssertTrue(
                    screen.contains(pending), "\(fault.name): the edits are kept and the header says \(pending)")
                XCTAssertTrue(screen.contains(expected), "\(fault.name): the text is on screen")
                try? server.clearFaults()
                if fault.name == "connection refused" {
                    try server.start()
                    try server.seed(SampleSessions.rich())
                    try server.seed(SampleSessions.empty())
                    // The server came back empty: everything typed so far is still unsaved here.
                }
                try tmux.send("C-s")
                try tmux.waitFor("Saved", timeout: 8)
            }
            try tmux.waitUntilGone("modified")
            XCTAssertEqual(try server.storedSession(SampleSessions.richID)["title"], .string(expected), "\(fault.name)")
        }
    }

    func testAReloadThatFailsKeepsTheEdits() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.type("kept words ")
        try server.fault([
            "method": "GET", "path_contains": .string(SampleSessions.richID), "mode": "status", "status": 503,
            "message": "Down for maintenance"
        ])
        try tmux.send("C-r")
        let screen = try tmux.waitFor("Reload failed: HTTP 503: Down for maintenance")
        XCTAssertTrue(screen.contains("kept words"))
        XCTAssertTrue(screen.contains("modified"))
        try tmux.send("C-r")
        try tmux.waitFor("Reloaded")
        XCTAssertTrue(try tmux.screen().contains("kept words"))
    }
}

/// The process dies or loses its terminal: the recovery journal holds what was typed (for a
/// kill -9 or a crash, all but at most the last second) and a restart brings it back.
final class ProcessFaultEndToEndTests: EndToEndCase {
    enum Death: CustomStringConvertible {
        case signal(Int32)
        case paneClosed

        var description: String {
            switch self {
            case .signal(let s): "signal \(s)"
            case .paneClosed: "pane closed"
            }
        }
    }

    func testEveryWayOfDyingKeepsTheWordsAndTheTerminal() throws {
        let journal = home.path + "/state/puffle-draft/recovery/\(SampleSessions.richID).json"
        for (round, death) in [
            Death.signal(SIGHUP), .signal(SIGTERM), .signal(SIGINT), .signal(SIGKILL), .signal(SIGSEGV), .paneClosed
        ].enumerated() {
            try? FileManager.default.removeItem(atPath: journal)
            let before = home.path + "/before-\(round)", after = home.path + "/after-\(round)"
            // After a kill -9 the guardian restores the terminal a moment after the shell regains it.
            let tmux = try launch(
                ["--api-key-file", keyFile, SampleSessions.richID],
                before: "stty -g > \(before);", after: "sleep 0.3; stty -g > \(after);")
            try tmux.waitFor("Ops leaders")
            let words = "words of round \(round) "
            try tmux.type(words)
            try tmux.waitFor(words)
            switch death {
            case .signal(let signal):
                // A kill -9 or a crash cannot write anything: what survives is the journal written as typed.
                if signal == SIGKILL || signal == SIGSEGV { try FileWait.text(words, in: journal) }
                kill(try tmux.programPID(), signal)
                _ = try tmux.waitForExit()
                XCTAssertEqual(
                    try String(contentsOfFile: before, encoding: .utf8), try FileWait.contents(of: after),
                    "stty after \(death)")
                XCTAssertEqual(
                    try tmux.tmux(["display-message", "-p", "-t", "main", "#{mouse_any_flag}"]), "0\n",
                    "no mouse mode left on after \(death)")
            case .paneClosed:
                let pid = try tmux.programPID()
                try tmux.tmux(["kill-pane", "-t", "main"])
                let deadline = Date().addingTimeInterval(5)
                while kill(pid, 0) == 0 && Date() < deadline { usleep(50_000) }
                XCTAssertNotEqual(kill(pid, 0), 0, "the program left when its terminal went away")
            }
            let saved = try String(contentsOfFile: journal, encoding: .utf8)
            XCTAssertTrue(saved.contains(words), "\(death): the journal has the words")
            let again = try openRich()
            try again.waitFor("recover")
            try again.send("y")
            try again.waitFor([words, "modified"])
            try again.send("C-q")
            try again.waitFor("discard and quit")
            try again.send("d")
            _ = try again.waitForExit()
        }
    }
}

/// A recovery copy that cannot be read is never silently replaced by the next one.
final class UnreadableJournalEndToEndTests: EndToEndCase {
    func testAnUnreadableRecoveryCopyIsKeptAsideSaidAndNotOverwritten() throws {
        let folder = home.path + "/state/puffle-draft/recovery"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let garbled = Data(
            "{\"session_id\": \"\(SampleSessions.richID)\", \"edits\": {\"draft_body\": \"my only copy".utf8)
        try garbled.write(to: URL(fileURLWithPath: folder + "/\(SampleSessions.richID).json"))
        let tmux = try openRich()
        try tmux.waitFor([
            "The recovery copy could not be read", "kept as recovery/\(SampleSessions.richID).json.unreadable"
        ])
        try tmux.send("M-3")
        try tmux.type("new words ")
        kill(try tmux.programPID(), SIGHUP)
        _ = try tmux.waitForExit()
        let kept = try Data(contentsOf: URL(fileURLWithPath: folder + "/\(SampleSessions.richID).json.unreadable"))
        XCTAssertEqual(kept, garbled, "the earlier words are still there, byte for byte")
        let fresh = try String(contentsOfFile: folder + "/\(SampleSessions.richID).json", encoding: .utf8)
        XCTAssertTrue(fresh.contains("new words"), "the new copy is a file of its own")
    }
}

/// A declined recovery copy is kept under a name of its own, and the footer names the file it became.
final class DeclinedJournalEndToEndTests: EndToEndCase {
    func testEachDeclinedCopyIsKeptAndNamedNoneReplaced() throws {
        let folder = home.path + "/state/puffle-draft/recovery/"
        for (round, words) in ["first copy words ", "second copy words "].enumerated() {
            let tmux = try openRich()
            try tmux.waitFor("Ops leaders")
            if round > 0 {
                try tmux.waitFor("Unsaved edits from")
                try tmux.send("n")
                try tmux.waitFor("copy in recovery/\(SampleSessions.richID).json.bak")
            }
            try tmux.send("M-3")
            try tmux.type(words)
            try tmux.waitFor(String(words.dropLast()))
            kill(try tmux.programPID(), SIGHUP)
            _ = try tmux.waitForExit()
        }
        let tmux = try openRich()
        try tmux.waitFor("Unsaved edits from")
        try tmux.send("n")
        try tmux.waitFor("copy in recovery/\(SampleSessions.richID).json.bak-2")
        let first = try String(contentsOfFile: folder + SampleSessions.richID + ".json.bak", encoding: .utf8)
        let second = try String(contentsOfFile: folder + SampleSessions.richID + ".json.bak-2", encoding: .utf8)
        XCTAssertTrue(first.contains("first copy words"))
        XCTAssertTrue(second.contains("second copy words"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + SampleSessions.richID + ".json"))
    }
}
