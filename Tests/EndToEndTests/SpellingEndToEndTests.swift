import Foundation
import TestSupport
import XCTest

/// Spelling with the real `hunspell` and its en_US dictionary (`.ci/run` installs both): marks,
/// suggestions, the user's words, a checker that dies, and none at all.
final class SpellingEndToEndTests: EndToEndCase {
    private var wordsFile: String { home.path + "/data/puffle-draft/words" }

    /// Waits until `word` is drawn underlined (or, with `underlined: false`, is on screen and is not).
    @discardableResult
    private func waitForMark(_ word: String, underlined: Bool = true, in tmux: TmuxSession, timeout: Double = 5) throws
        -> String
    {
        let deadline = Date().addingTimeInterval(timeout)
        var styled = ""
        while Date() < deadline {
            styled = try tmux.styledScreen()
            if styled.contains(word) && TmuxSession.isUnderlined(word, in: styled) == underlined { return styled }
            usleep(50_000)
        }
        XCTFail("\(word) is \(underlined ? "not " : "")underlined; screen:\n\(try tmux.screen())")
        return styled
    }

    private func typeAtTheEndOfTheBody(_ text: String, in tmux: TmuxSession) throws {
        try tmux.send("M-3", "C-End")
        try tmux.type(text)
    }

    func testATypoIsUnderlinedAndTheVariableBesideItIsNot() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try typeAtTheEndOfTheBody(" Teh wrold for %company% ", in: tmux)
        let styled = try waitForMark("wrold", in: tmux)
        XCTAssertTrue(TmuxSession.isUnderlined("Teh", in: styled))
        XCTAssertFalse(TmuxSession.isUnderlined("%company%", in: styled), "a variable is never a misspelling")
        XCTAssertFalse(TmuxSession.isUnderlined("yours", in: styled))
    }

    func testF7OffersTheSuggestionAndADigitReplacesTheWord() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try typeAtTheEndOfTheBody(" the wrold ", in: tmux)
        try waitForMark("wrold", in: tmux)
        try tmux.send("F7")
        try tmux.waitFor(["\"wrold\":", "1 world"])
        try tmux.send("1")
        try tmux.waitFor("the world")
        try waitForMark("world", underlined: false, in: tmux)
        try tmux.send("C-z")
        try tmux.waitFor("the wrold", timeout: 2)
    }

    func testAnAddedWordIsNoLongerMarkedAfterARestart() throws {
        var tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try typeAtTheEndOfTheBody(" Routewise helps ", in: tmux)
        try waitForMark("Routewise", in: tmux)
        try tmux.send("F7")
        try tmux.waitFor("\"Routewise\"")
        try tmux.send("a")
        try tmux.waitFor("Added \"Routewise\" to your words")
        try waitForMark("Routewise", underlined: false, in: tmux)
        XCTAssertEqual(try String(contentsOfFile: wordsFile, encoding: .utf8), "Routewise\n")
        try tmux.send("C-q")
        try tmux.waitFor("unsaved")
        try tmux.send("d")
        _ = try tmux.waitForExit()
        tmux = try openRich()
        try tmux.waitFor("recover")
        try tmux.send("y")
        try tmux.waitFor("Routewise helps")
        try tmux.type(" wrold ")
        try waitForMark("wrold", in: tmux)
        XCTAssertFalse(
            TmuxSession.isUnderlined("Routewise", in: try tmux.styledScreen()),
            "your words are given to the checker at start")
    }

    func testAKilledCheckerIsStartedAgain() throws {
        let tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try typeAtTheEndOfTheBody(" wrold ", in: tmux)
        try waitForMark("wrold", in: tmux)
        let app = try tmux.programPID()
        let checker = try XCTUnwrap(
            pid_t(
                try Spawn.run(["pgrep", "-P", String(app), "hunspell"]).stdout
                    .trimmingCharacters(in: .whitespacesAndNewlines)), "the checker runs as the app's child")
        kill(checker, SIGKILL)
        try tmux.type(" speling ")
        try waitForMark("speling", in: tmux)
        XCTAssertFalse(try tmux.screen().contains("Spelling is off"))
        let log = try String(contentsOfFile: home.path + "/state/puffle-draft/log", encoding: .utf8)
        XCTAssertTrue(log.contains("starting the checker again"), log)
    }

    func testWithoutACheckerTheNoticeSaysWhatToInstallAndTheAppWorks() throws {
        let tmux = try launch(
            ["--api-key-file", keyFile, SampleSessions.richID], extraEnvironment: ["PATH": "/nonexistent"])
        try tmux.waitFor([
            "Ops leaders",
            "Spelling is off: hunspell is not installed; install the Debian packages hunspell and hunspell-en-us"
        ])
        try typeAtTheEndOfTheBody(" wrold ", in: tmux)
        try tmux.waitFor("wrold")
        try waitForMark("wrold", underlined: false, in: tmux)
        try tmux.send("C-s")
        try tmux.waitFor("Saved")
    }

    func testTheConfigChoosesTheLanguageOrTurnsSpellingOff() throws {
        let config = home.path + "/config/puffle-draft"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "spell_lang = xx_NOPE\n".write(toFile: config + "/config", atomically: true, encoding: .utf8)
        var tmux = try openRich()
        try tmux.waitFor(
            "Spelling is off: hunspell started without a dictionary for xx_NOPE; install the Debian packages hunspell and"
        )
        try tmux.send("C-q")
        _ = try tmux.waitForExit()
        try "spell = false\n".write(toFile: config + "/config", atomically: true, encoding: .utf8)
        tmux = try openRich()
        try tmux.waitFor("Ops leaders")
        try typeAtTheEndOfTheBody(" wrold ", in: tmux)
        try tmux.waitFor("wrold")
        // F7 answers at once from the running program's own state: a wait for a mark that never
        // comes would prove nothing, this cannot pass with spelling on.
        try tmux.send("F7")
        try tmux.waitFor("Spelling is off (spell = false in the config, or no checker)")
        let app = try tmux.programPID()
        XCTAssertEqual(try Spawn.run(["pgrep", "-P", String(app), "hunspell"]).stdout, "", "no checker is started")
        XCTAssertFalse(TmuxSession.isUnderlined("wrold", in: try tmux.styledScreen()))
    }
}
