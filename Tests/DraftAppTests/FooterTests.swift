import DraftCore
import PuffleAPI
import TestSupport
import XCTest

@testable import DraftApp

/// The bottom line tells the truth: messages go after a while and never push the keys off, keys
/// that do not fit are one F1 away, and the list explains what "campaign differs" means.
final class FooterTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private func footer(_ state: AppState) -> String {
        String(screenText(state).split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
    }

    func testKeysThatDoNotFitAreOneF1AwayAndAMessageNeverPushesThemOff() {
        var state = loadedState(width: 80, height: 24)
        XCTAssertTrue(footer(state).hasSuffix("F1 more keys"), footer(state))
        state.status = StatusMessage(String(repeating: "Applied the saved draft to the campaign ", count: 6))
        let line = footer(state)
        XCTAssertTrue(line.contains("…"), "the message is cut, not the line: \(line)")
        XCTAssertTrue(line.hasSuffix("F1 more keys"), line)
    }

    func testStartupWarningsShowOneAtATimeAndStayInHelp() {
        var state = loadedState(width: 80, height: 24)
        state.warnAtStart(["~/.config/puffle-draft/config:3: timeout = soon is not a number", "theme `x` not found"])
        XCTAssertEqual(
            state.status?.text,
            "1 of 2 (F1 lists them): ~/.config/puffle-draft/config:3: timeout = soon is not a number")
        let first = state.status!
        let effects = Update.apply(.statusExpired(first), to: &state)
        XCTAssertEqual(state.status?.text, "2 of 2 (F1 lists them): theme `x` not found", "the next one on its own")
        XCTAssertTrue(effects.contains(Timers.expiry(of: state.status!)), "and it goes in its turn")
        _ = apply(.statusExpired(state.status!), to: &state)
        XCTAssertNil(state.status)
        press(.function(1), &state)
        let help = screenText(state)
        XCTAssertTrue(help.contains("Found at start"), help)
        XCTAssertTrue(help.contains("timeout = soon is not a number") && help.contains("theme `x` not found"), help)
    }

    func testAMessageGoesWhenItsTimeIsUpUnlessAnotherTookItsPlace() {
        var state = loadedState()
        let saved = StatusMessage("Saved")
        state.status = saved
        _ = Update.apply(.statusExpired(StatusMessage("Something older")), to: &state)
        XCTAssertEqual(state.status, saved, "a newer message stays")
        _ = Update.apply(.statusExpired(saved), to: &state)
        XCTAssertNil(state.status)
        XCTAssertFalse(footer(state).contains("Saved"))
    }

    func testEachNewMessageAsksForItsOwnTimerAndErrorsStayLonger() {
        var state = loadedState()
        press(.alt("1"), &state)
        type("x", &state)
        let saving = Update.apply(.input(.key(.control("s"))), to: &state)
        XCTAssertTrue(
            saving.contains(.after(seconds: 5, .statusExpired(StatusMessage("Saving…")), id: .status)), "\(saving)")
        let failed = Update.apply(.saveChecked(.failure(.notFound(message: "gone"))), to: &state)
        let error = try! XCTUnwrap(state.status)
        XCTAssertTrue(error.isError)
        XCTAssertTrue(failed.contains(.after(seconds: 10, .statusExpired(error), id: .status)), "\(failed)")
        XCTAssertEqual(state.timers, [.journal, .status], "the state knows its timers from the effects")
        XCTAssertFalse(
            Update.apply(.input(.key(.right)), to: &state).contains {
                if case .after(_, _, .status) = $0 { true } else { false }
            },
            "the same message again sets no new timer")
        _ = Update.apply(.statusExpired(error), to: &state)
        XCTAssertEqual(state.timers, [.journal], "a timer that fired is no longer set")
    }

    func testTheListExplainsCampaignDiffers() {
        var state = AppState(sessionID: nil, width: 200, height: 30)
        _ = Update.openList(campaignID: SampleCampaigns.campaignID, state: &state)
        _ = Update.apply(.campaignLoaded(.success(Campaign(answer: SampleCampaigns.draft())!)), to: &state)
        _ = Update.apply(.sessionsListed(.success([SampleSessions.session(SampleSessions.rich())])), to: &state)
        XCTAssertTrue(screenText(state).contains("campaign differs"), screenText(state))
        XCTAssertTrue(footer(state).contains("its saved draft is not on the campaign yet"), footer(state))
    }

    func testANewSessionsBodyPlaceholderIsNotCut() {
        var state = loadedState(SampleSessions.empty(), width: 80, height: 24)
        press(.alt("3"), &state)
        let screen = screenText(state)
        XCTAssertTrue(screen.contains("chat with the AI in pane 4."), screen)
    }

    func testAFindsHintsShowWholeOrNotAtAllAndKeepTheirPlaceAsTheCountChanges() {
        let hints = ["Enter next", "Esc close", "Shift-F3 previous"]
        for (width, height) in [(200, 50), (80, 24), (60, 20), (40, 12)] {
            var state = loadedState(width: width, height: height)
            press([.alt("3"), .control("f")], &state)
            type("e", &state)
            let line = footer(state)
            for hint in hints {
                let key = String(hint.split(separator: " ")[0])
                XCTAssertTrue(
                    line.contains(" \(hint) ") || line.hasSuffix(" \(hint)") || !line.contains(" \(key) "),
                    "at \(width): \(hint) is cut: \(line)")
            }
            XCTAssertTrue(line.contains("Esc close") || width < 60, "at \(width) the way out shows: \(line)")
            let before = line.range(of: "Enter next")?.lowerBound.utf16Offset(in: line)
            type("xq", &state)  // no match: a longer count
            XCTAssertTrue(footer(state).contains("no match"), footer(state))
            XCTAssertEqual(footer(state).range(of: "Enter next")?.lowerBound.utf16Offset(in: footer(state)), before)
        }
    }

    func testApplyingToTheCampaignIsHintedEvenAt80Columns() {
        for pane: Character in ["1", "3", "4", "6"] {
            var state = campaignState()
            _ = apply(.input(.resize(width: 80, height: 24)), to: &state)
            press(.alt(pane), &state)
            XCTAssertTrue(footer(state).contains("Ctrl-P apply"), "pane \(pane): \(footer(state))")
            XCTAssertTrue(footer(state).hasSuffix("F1 more keys"), footer(state))
        }
    }

    func testEveryPromptShowsAllItsAnswerKeysAtEverySize() {
        for (width, height) in [(120, 40), (80, 24), (40, 12)] {
            for (when, prompt) in PromptHelp.questions {
                var state = loadedState(width: width, height: height)
                state.prompt = prompt
                let line = screenText(state).components(separatedBy: "\n").last!
                let layout = FooterView.layout(FooterView.promptLine(state)!, area: state.layout.footer)
                for (choice, place) in zip(prompt.answers, layout.answers) {
                    XCTAssertLessThanOrEqual(
                        place.columns.upperBound, width, "\(when) at \(width): \(choice.key) is off the line")
                    let cells = Array(line)
                    XCTAssertEqual(
                        cells.indices.contains(place.columns.lowerBound + 1)
                            ? cells[place.columns.lowerBound + 1] : nil,
                        choice.key, "\(when) at \(width)×\(height): \(line)")
                }
            }
        }
        var standard = loadedState(width: 120, height: 40)
        standard.prompt = .generateExamples(leads: [], firstBatch: true)
        XCTAssertTrue(
            screenText(standard).contains("It costs your Puffle account money.  y generate  n cancel"),
            "at 120 columns the cost warning and the answers show whole")
        var wide = loadedState(width: 200, height: 50)
        wide.prompt = .unsavedOnQuit(saveWaiting: false)
        XCTAssertTrue(
            screenText(wide).contains("d discard and quit (the recovery copy is kept)"),
            "a wide screen shows every word")
    }
}
