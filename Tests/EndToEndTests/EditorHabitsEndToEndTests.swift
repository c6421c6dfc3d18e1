import Foundation
import PuffleAPI
import TestSupport
import XCTest

/// Selection, the clipboard over OSC 52, find, replace and the mouse, for real: keys and mouse
/// reports typed into tmux, the screen and tmux's paste buffer read back, PATCH bodies recorded
/// by the contract fake.
final class EditorHabitsEndToEndTests: EndToEndCase {
    private func waitForPatch() throws -> String {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let patch = try server.writes().first(where: { $0.method == "PATCH" }) { return patch.body }
            usleep(50_000)
        }
        throw TmuxError(message: "no PATCH arrived")
    }

    /// A session with many messages, one of them (or two) with a word to find.
    private func seedLong(messages count: Int, marked: [Int: String] = [:]) throws -> String {
        var json = SampleSessions.rich().objectValue!
        let id = "5d1f7c3a-2b4e-4c6d-8e9f-0a1b2c3d4e5f"
        json["id"] = .string(id)
        json["messages"] = .array(
            (0..<count).map { index in
                [
                    "role": .string(index % 2 == 0 ? "user" : "assistant"),
                    "content": .string(marked[index] ?? "Message number \(index) about routes.")
                ]
            })
        try server.seed(.object(json))
        return id
    }

    private func cursor(_ tmux: TmuxSession) throws -> String {
        try tmux.tmux(["display-message", "-p", "-t", "main", "#{cursor_x},#{cursor_y}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    private func mouseFlag(_ tmux: TmuxSession) throws -> String {
        try tmux.tmux(["display-message", "-p", "-t", "main", "#{mouse_any_flag}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    func testASelectionCopiedWithCtrlCReachesTmuxsPasteBufferThroughOSC52() throws {
        let tmux = try openRich()
        try tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
        try tmux.waitFor("Teams like yours")
        try tmux.send("M-3", "C-S-Right", "C-S-Right")
        try tmux.waitFor("2 of 15 words")
        try tmux.send("C-c")
        try tmux.waitFor("Copied 15 characters")
        XCTAssertEqual(try tmux.tmux(["show-buffer"]), "Hi %first_name%")
    }

    func testACutAndPasteThenSaveSendsExactlyTheMovedBody() throws {
        let tmux = try openRich()
        try tmux.waitFor("Teams like yours")
        try tmux.send("M-3", "C-k")
        try tmux.waitFor("Cut 17 characters")
        try tmux.send("C-End", "Enter", "C-u", "C-s")
        XCTAssertEqual(
            try waitForPatch(),
            #"{"draft_body":"\n&&Hook from the headline&&\n\nTeams like yours save 6 hours a week.\n\n{{sender_first}}\nHi %first_name%,\n","#
                + SampleSessions.richHistoryKeepingItsDraft + "}")
    }

    func testFindInATenThousandMessageTranscriptScrollsToTheMatchAndCountsIt() throws {
        let id = try seedLong(
            messages: 10_000, marked: [4_321: "This one mentions the needle.", 7_000: "A second needle."])
        let tmux = try launch(["--api-key-file", keyFile, id])
        try tmux.waitFor("Message number 9999")
        try tmux.send("M-4", "C-f")
        try tmux.type("needle")
        try tmux.waitFor(["1/2", "This one mentions the needle."])
        try tmux.send("Enter")
        try tmux.waitFor(["2/2", "A second needle."])
        try tmux.send("Escape")
        try tmux.waitUntilGone("Find:")
        XCTAssertTrue(try tmux.screen().contains("A second needle."), "Esc leaves the view at the match")
    }

    func testReplaceAllThenOneUndoTakesItBack() throws {
        let tmux = try openRich()
        try tmux.waitFor("Teams like yours")
        try tmux.send("M-3", "C-\\")
        try tmux.waitFor("Replace:")
        try tmux.type("ea")
        try tmux.send("Enter")
        try tmux.waitFor("with:")
        try tmux.type("EA")
        try tmux.send("Enter")
        try tmux.waitFor("Replace this one? (1 of 2)")
        try tmux.send("a")
        try tmux.waitFor(["Replaced 2 of 2", "TEAms like yours", "hEAdline"])
        try tmux.send("C-z")
        try tmux.waitFor(["Teams like yours", "headline"])
        try tmux.send("C-s")
        try tmux.waitFor("Nothing to save")
        XCTAssertEqual(try server.writes().count, 0)
    }

    func testAClickFocusesSubjectAndPutsTheCursorWhereItPoints() throws {
        let tmux = try openRich()
        try tmux.waitFor("Teams like yours")
        // Column 8, row 6 counted from 1: the sixth character of the subject.
        try tmux.type("\u{1B}[<0;8;6M\u{1B}[<0;8;6m")
        try tmux.waitFor("2 Subject · 42 characters")
        XCTAssertEqual(try cursor(tmux), "7,5")
        try tmux.type("X")
        try tmux.waitFor("%firsXt_name%, a faster week")
    }

    func testTheWheelScrollsTheTranscriptUnderThePointer() throws {
        let id = try seedLong(messages: 60)
        let tmux = try launch(["--api-key-file", keyFile, id])
        try tmux.waitFor("Message number 59")
        for _ in 0..<10 { try tmux.type("\u{1B}[<64;80;10M") }
        try tmux.waitUntil("the transcript to scroll back") {
            !$0.contains("Message number 59") && $0.contains("Message number 45")
        }
        try tmux.type("X")
        try tmux.waitFor("XHi %first_name%", timeout: 5)
    }

    func testMouseReportingIsOffWhileTheEditorRunsAndAfterQuitting() throws {
        let script = home.path + "/slow-editor"
        try "#!/bin/sh\nsleep 2\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let tmux = try launch(
            ["--api-key-file", keyFile, SampleSessions.richID], extraEnvironment: ["EDITOR": script, "VISUAL": ""])
        try tmux.waitFor("Teams like yours")
        XCTAssertEqual(try mouseFlag(tmux), "1", "on while the app runs")
        try tmux.send("M-2", "C-e")
        try tmux.waitUntilGone("Teams like yours")
        XCTAssertEqual(try mouseFlag(tmux), "0", "off while $EDITOR has the terminal")
        try tmux.waitFor("Teams like yours")
        XCTAssertEqual(try mouseFlag(tmux), "1")
        try tmux.send("C-q")
        XCTAssertEqual(try tmux.waitForExit(), 0)
        XCTAssertEqual(try mouseFlag(tmux), "0")

        let quiet = try launch(["--api-key-file", keyFile, "--no-mouse", SampleSessions.richID])
        try quiet.waitFor("Teams like yours")
        XCTAssertEqual(try mouseFlag(quiet), "0", "--no-mouse leaves the mouse to the terminal")
    }

    func testWithoutAnEditorSetCtrlEFindsNanoBeforeViAndSaysHowToLeaveVi() throws {
        for (program, footer) in [("nano", "Edited in nano"), ("vi", "Edited in vi")] {
            let bin = home.path + "/bin-\(program)"
            try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            for name in program == "nano" ? ["nano", "vi"] : ["vi"] {
                try "#!/bin/sh\nprintf ' via \(name)' >> \"$1\"\n".write(
                    toFile: "\(bin)/\(name)", atomically: true, encoding: .utf8)
                chmod("\(bin)/\(name)", 0o755)
            }
            let tmux = try launch(
                ["--api-key-file", keyFile, SampleSessions.richID],
                extraEnvironment: ["EDITOR": "", "VISUAL": "", "PATH": bin])
            // PATH holds no hunspell: its notice, which comes when the spelling process fails to
            // start, is let in first, so it cannot take the footer from the editor's.
            try tmux.waitFor("Spelling is off")
            try tmux.send("M-1", "C-e")
            let screen = try tmux.waitFor(footer)
            XCTAssertTrue(screen.contains("Ops leaders — step 1 via \(program)"), screen)
            if program == "vi" {
                XCTAssertTrue(tmux.rawText.contains("type :wq and Enter to save and come back"), "vi's way out is said")
            }
            try tmux.send("C-q", "d")
            _ = try tmux.waitForExit()
            try FileManager.default.removeItem(atPath: home.path + "/state/puffle-draft/recovery")
        }
    }
}
