import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// Editing and saving, for real: keys in tmux, PATCH bodies recorded by the contract fake.
final class EditingEndToEndTests: EndToEndCase {
    private func patches() throws -> [String] { try server.writes().filter { $0.method == "PATCH" }.map(\.body) }
    private var journalPath: String { home.path + "/state/puffle-draft/recovery/\(SampleSessions.richID).json" }

    private func waitForPatch(count: Int = 1) throws -> [String] {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let found = try patches()
            if found.count >= count { return found }
            usleep(50_000)
        }
        throw TmuxError(message: "no PATCH arrived")
    }

    func testATitleEditSavesExactlyTheTitle() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders — step 1")
        try tmux.send("M-1", "End")
        try tmux.type(" (v2)")
        try tmux.waitFor(["Ops leaders — step 1 (v2)", "modified"])
        try tmux.send("C-s")
        try tmux.waitFor("Saved")
        XCTAssertEqual(try patches(), [#"{"title":"Ops leaders — step 1 (v2)"}"#])
        try tmux.waitUntilGone("modified")
        XCTAssertEqual(try server.storedSession(SampleSessions.richID)["title"], "Ops leaders — step 1 (v2)")
        XCTAssertEqual(
            try server.storedSession(SampleSessions.richID)["draft_body"], SampleSessions.rich()["draft_body"])
    }

    func testAUnicodeBodyEditIsSentIntact() throws {
        let tmux = try openRich()
        try tmux.waitFor("Teams like yours")
        try tmux.send("M-3", "C-Home")
        try tmux.type("中文 😀 café — ")
        try tmux.send("Enter")
        try tmux.waitFor("中文 😀 café —")
        try tmux.send("C-s")
        let body = try XCTUnwrap(waitForPatch().first)
        XCTAssertEqual(
            try JSONParser.parse(body).objectValue?.keys, ["draft_body", "draft_history"], "the replaced draft is kept")
        XCTAssertEqual(
            try JSONParser.parse(body)["draft_body"]?.stringValue?.hasPrefix("中文 😀 café — \nHi %first_name%,"), true)
    }

    func testSavingWithoutChangesSendsNothing() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("C-s")
        try tmux.waitFor("Nothing to save")
        XCTAssertEqual(try server.writes().count, 0)
    }

    /// Opens the rich session, lets the server change `field` behind its back, then appends
    /// `typed` to the title and presses Ctrl-S.
    private func saveTitleEdit(_ typed: String, afterTheServerSets field: String, to value: String) throws
        -> TmuxSession
    {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        var changed = SampleSessions.rich().objectValue!
        changed[field] = .string(value)
        try server.seed(.object(changed))
        try tmux.send("M-1", "End")
        try tmux.type(typed)
        try tmux.send("C-s")
        return tmux
    }

    func testASameFieldConflictAsksAndKeepMineSaves() throws {
        let tmux = try saveTitleEdit(" (mine)", afterTheServerSets: "title", to: "Renamed by a colleague")
        try tmux.waitFor(["changed on the server", "keep mine", "take theirs"])
        XCTAssertEqual(try patches(), [], "nothing is written before the user decides")
        try tmux.send("d")
        try tmux.waitFor("Renamed by a colleague")
        try tmux.send("Escape")
        try tmux.waitUntilGone("Server's version")  // a key sent at once would read as Alt-key
        try tmux.send("m")
        XCTAssertEqual(try waitForPatch(), [#"{"title":"Ops leaders — step 1 (mine)"}"#])
    }

    func testARemoteChangeToAnotherFieldIsTakenInAndNotOverwritten() throws {
        let tmux = try saveTitleEdit("!", afterTheServerSets: "draft_subject", to: "A subject from the web app")
        try tmux.waitFor(["Saved", "A subject from the web app"])
        XCTAssertEqual(try patches(), [#"{"title":"Ops leaders — step 1!"}"#])
        XCTAssertEqual(try server.storedSession(SampleSessions.richID)["draft_subject"], "A subject from the web app")
    }

    func testSavingWhileATaskRunsAsksFirst() throws {
        var busy = SampleSessions.rich().objectValue!
        busy["task_status"] = "chat_processing"
        try server.seed(.object(busy))
        let tmux = try openRich()
        try tmux.waitFor("chat processing")
        try tmux.type("x")
        try tmux.send("C-s")
        try tmux.waitFor(["busy", "save anyway"])
        try tmux.send("n")
        try tmux.waitFor("Cancelled")
        XCTAssertEqual(try patches(), [])
        try tmux.send("C-s")
        try tmux.waitFor("save anyway")
        try tmux.send("y")
        XCTAssertEqual(try waitForPatch().count, 1)
    }

    func testQuittingWithUnsavedChangesAsksAndDiscardKeepsTheRecoveryCopy() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.type("unsaved words ")
        try tmux.send("C-q")
        try tmux.waitFor(["unsaved", "save and quit", "discard and quit"])
        try tmux.send("c")
        try tmux.waitUntilGone("save and quit")
        try tmux.send("C-q")
        try tmux.waitFor("discard and quit")
        try tmux.send("d")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertEqual(try patches(), [])
        let journal = try String(contentsOfFile: journalPath, encoding: .utf8)
        XCTAssertTrue(journal.contains("unsaved words "))
    }

    func testAHangUpKeepsEverythingAndARestartRecoversIt() throws {
        let tmux = try launch(
            ["--api-key-file", keyFile, SampleSessions.richID],
            before: "stty -g > \(home.path)/before;", after: "stty -g > \(home.path)/after;")
        try tmux.waitFor("Ops leaders")
        try tmux.type("typed before the line dropped")
        try tmux.waitFor("typed before the line dropped")
        kill(try tmux.programPID(), SIGHUP)
        XCTAssertEqual(try tmux.waitForExit(), 129)
        var info = stat()
        XCTAssertEqual(stat(journalPath, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        let text = try String(contentsOfFile: journalPath, encoding: .utf8)
        XCTAssertTrue(text.contains("typed before the line dropped"))
        XCTAssertFalse(text.contains(FakeServer.apiKey))
        XCTAssertEqual(
            try String(contentsOfFile: home.path + "/before", encoding: .utf8),
            try FileWait.contents(of: home.path + "/after"), "the terminal mode is restored")

        let again = try openRich()
        try again.waitFor(["recover", "restore the unsaved edits"])
        try again.send("y")
        try again.waitFor(["typed before the line dropped", "modified"])
        try again.send("C-s")
        let body = try XCTUnwrap(waitForPatch().first)
        XCTAssertTrue(body.contains("typed before the line dropped"))
        try again.waitFor("Saved")
        XCTAssertTrue(FileWait.isRemoved(journalPath), "removed after a successful save")
    }

    func testKillNineLosesAtMostTheLastSecond() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.type("words typed a second before kill -9")
        try FileWait.text("words typed a second before kill -9", in: journalPath)
        kill(try tmux.programPID(), SIGKILL)
        _ = try tmux.waitForExit()
        let again = try openRich()
        try again.waitFor("recover")
        try again.send("y")
        try again.waitFor("words typed a second before kill -9")
    }

    func testTheExternalEditorRoundTrip() throws {
        let script = home.path + "/fake-editor"
        try
            "#!/bin/sh\nprintf 'Edited in the fake editor: %s\\n' \"$(cat \"$1\")\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let tmux = try launch(
            ["--api-key-file", keyFile, SampleSessions.richID], extraEnvironment: ["EDITOR": script, "VISUAL": ""])
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-2", "C-e")
        try tmux.waitFor(["Edited in the fake editor: %first_name%", "Ctrl-Z undoes it"])
        try tmux.send("C-s")
        XCTAssertEqual(
            try waitForPatch(),
            [
                #"{"draft_subject":"Edited in the fake editor: %first_name%, a faster week for %company%?","#
                    + SampleSessions.richHistoryKeepingItsDraft + "}"
            ])

        let missing = try launch(
            ["--api-key-file", keyFile, SampleSessions.richID],
            extraEnvironment: ["EDITOR": "no-such-editor-anywhere", "VISUAL": ""])
        try missing.waitFor("Ops leaders")
        try missing.send("M-1", "C-e")
        try missing.waitFor(["was not found", "Ops leaders — step 1"])
    }

    func testAHundredKilobytePasteIsOneEdit() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try tmux.send("M-3", "C-End")
        let paste = (0..<2200).map { "Pasted line \($0) with %first_name% and 中文.\n" }.joined()
        XCTAssertGreaterThan(paste.utf8.count, 100_000)
        try tmux.paste(paste)
        try tmux.waitFor("Pasted line 2199 with", timeout: 20)
        try tmux.send("C-z")
        try tmux.waitUntilGone("modified")
        try tmux.send("C-y")
        try tmux.waitFor("Pasted line 2199 with")
        try tmux.send("C-s")
        let body = try XCTUnwrap(waitForPatch().first)
        XCTAssertEqual(try JSONParser.parse(body)["draft_body"]?.stringValue?.hasSuffix(paste), true)
    }
}

/// Every way the process can die leaves the terminal as it found it.
final class TerminalRestoreEndToEndTests: EndToEndCase {
    func testTerminationAndCrashSignalsRestoreTheTerminal() throws {
        for signal in [SIGTERM, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGTRAP, SIGFPE] {
            // Start clean each time: the previous round's recovery copy would open with a prompt.
            try? FileManager.default.removeItem(atPath: home.path + "/state/puffle-draft/recovery")
            let before = home.path + "/before-\(signal)", after = home.path + "/after-\(signal)"
            let tmux = try launch(
                ["--api-key-file", keyFile, SampleSessions.richID],
                before: "stty -g > \(before);", after: "stty -g > \(after);")
            try tmux.waitFor("Ops leaders")
            try tmux.type("x")
            try tmux.waitFor("modified")
            kill(try tmux.programPID(), signal)
            let status = try? tmux.waitForExit()
            XCTAssertEqual(status, 128 + signal, "signal \(signal): \((try? tmux.screen()) ?? "")")
            XCTAssertEqual(
                try String(contentsOfFile: before, encoding: .utf8), try FileWait.contents(of: after),
                "stty after signal \(signal)")
            let screen = try tmux.screen()
            XCTAssertFalse(screen.contains("┌─ 1 Title"), "the alternate screen is gone after signal \(signal)")
        }
    }
}
