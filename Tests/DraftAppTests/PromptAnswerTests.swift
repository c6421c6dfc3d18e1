import DraftCore
import PuffleAPI
import TestSupport
import XCTest

@testable import DraftApp

/// A prompt's answers are one list: the key the footer shows gives the answer listed beside it,
/// a click on it gives the same, and no two answers share a key.
final class PromptAnswerTests: XCTestCase {
    private var prompts: [Prompt] {
        let session = SampleSessions.session(SampleSessions.rich())
        let word = SpellingChoice(
            pane: .body, word: "teh", range: TextPosition(line: 0, offset: 0)..<TextPosition(line: 0, offset: 3),
            suggestions: (1...12).map { "the\($0)" })
        return [
            .unsavedOnQuit(saveWaiting: false), .unsavedOnQuit(saveWaiting: true, onlyMessage: true), .busySave,
            .conflict(fields: [.title], theirs: session), .restoreSkeleton(index: 0), .sendTurn("hi"),
            .sendTurnWithEdits("hi"),
            .generateExamples(leads: [], firstBatch: true), .deleteSession(session), .saveBeforeApply,
            .applyToCampaign(nodeID: "n", body: JSONObject(), place: "first email"), .leaveSession(), .spelling(word)
        ]
    }

    func testEachListedKeyGivesItsAnswerInEitherCase() {
        for prompt in prompts {
            let keys = prompt.answers.map(\.key)
            XCTAssertEqual(Set(keys).count, keys.count, "\(prompt): a key answers twice")
            for choice in prompt.answers {
                XCTAssertEqual(prompt.answer(for: .character(choice.key)), choice.answer, "\(prompt) \(choice.key)")
                XCTAssertEqual(
                    prompt.answer(for: .character(Character(choice.key.uppercased()))), choice.answer,
                    "\(prompt) \(choice.key)")
            }
            XCTAssertNotNil(prompt.answer(for: .escape), "\(prompt): Esc always leaves")
            XCTAssertNil(prompt.answer(for: .character("z")), "\(prompt): an unlisted key does nothing")
        }
    }

    func testSpellingOffersNineSuggestionsByDigitAndEnterTakesTheFirst() {
        guard case .spelling(let choice)? = prompts.last else { return XCTFail() }
        let prompt = Prompt.spelling(choice)
        XCTAssertEqual(prompt.answers.filter { $0.key.isNumber }.count, 9, "one digit each, never \"10\"")
        XCTAssertEqual(prompt.answer(for: .character("3")), .suggestion(2))
        XCTAssertEqual(prompt.answer(for: .enter), .suggestion(0))
    }

    func testAClickOnAnAnswerDoesWhatItsKeyDoes() {
        for key: Character in ["s", "k", "c"] {
            var byKey = loadedState()
            press(.alt("1"), &byKey)
            type("x", &byKey)
            byKey.prompt = .leaveSession()
            var byClick = byKey
            let keyEffects = apply(.input(.key(.character(key))), to: &byKey)
            let footer = byClick.layout.footer
            let meant = Prompt.leaveSession().answer(for: .character(key))
            let place = FooterView.layout(FooterView.promptLine(byClick)!, area: footer).answers.first {
                $0.answer == meant
            }!
            let clickEffects = mouse(.press(clicks: 1), x: place.columns.lowerBound + 2, y: footer.y, &byClick)
            XCTAssertEqual(keyEffects, clickEffects, "\(key)")
            XCTAssertEqual(byKey.prompt, byClick.prompt, "\(key)")
            XCTAssertEqual(byKey.status, byClick.status, "\(key)")
        }
    }

    func testTheHelpListsEveryQuestionWithTheAnswersTheFooterShows() {
        let help = HelpOverlay.lines(for: loadedState()).map { $0.map(\.text).joined() }.joined(separator: "\n")
        XCTAssertGreaterThanOrEqual(
            PromptHelp.questions.count, 14, "every kind of question, the conflict and the delete too")
        for (when, prompt) in PromptHelp.questions {
            XCTAssertTrue(help.contains(when), when)
            let shown = prompt.answers.map { "\($0.key) \($0.label)" }.joined(separator: " · ")
            XCTAssertTrue(help.contains(shown), "\(when): \(shown)")
        }
        XCTAssertTrue(help.contains("s save and quit · d discard and quit (the recovery copy is kept) · c cancel"))
    }

    /// A key that is not an answer, typed by someone who thought the editor had the keyboard,
    /// does nothing and says so; the question stays, and its answers still work by key or click.
    func testAKeyThatIsNotAnAnswerSaysSoBesideTheQuestion() {
        var state = loadedState(width: 120, height: 40)
        press(.alt("3"), &state)
        type("x", &state)
        press(.control("q"), &state)
        let body = state.editors[.body]?.text
        XCTAssertFalse(screenText(state).contains("is not an answer"))
        type("h", &state)
        XCTAssertEqual(state.prompt, .unsavedOnQuit(saveWaiting: false), "the question is still open")
        XCTAssertEqual(state.editors[.body]?.text, body, "the key typed nothing behind the question")
        let footer = screenText(state).components(separatedBy: "\n").last!
        XCTAssertTrue(footer.contains("You have unsaved changes.  “h” is not an answer  s save"), footer)
        _ = apply(.input(.paste("a pasted line")), to: &state)
        let pasted = screenText(state).components(separatedBy: "\n").last!
        XCTAssertTrue(pasted.contains("pasted text is not an answer"), pasted)
        var conflict = state
        conflict.prompt = .conflict(fields: [.draftBody], theirs: SampleSessions.session(SampleSessions.rich()))
        type("h", &conflict)
        XCTAssertEqual(conflict.promptRefused, "“h”")
        type("d", &conflict)
        XCTAssertNotNil(conflict.overlay, "d shows the diff and keeps the question open")
        XCTAssertNil(conflict.promptRefused, "an answer, even one that keeps the question open, clears the notice")
        let line = FooterView.promptLine(state)!
        let cancel = FooterView.layout(line, area: state.layout.footer).answers.first { $0.answer == .cancel }!
        XCTAssertEqual(Array(pasted)[cancel.columns.lowerBound + 1], "c", "the click layout moved with the words")
        _ = mouse(.press(clicks: 1), x: cancel.columns.lowerBound + 1, y: state.layout.footer.y, &state)
        XCTAssertNil(state.prompt, "a click on c still cancels")
        press(.control("q"), &state)
        XCTAssertFalse(screenText(state).contains("is not an answer"), "a new question starts without the notice")
    }
}
