import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// Spelling through the update: which words are asked about, what is marked, F7's suggestions.
final class SpellingTests: XCTestCase {
    private func spellingState(_ json: JSONValue = SampleSessions.rich()) -> AppState {
        var state = AppState(sessionID: json["id"]?.stringValue, width: 120, height: 40)
        state.spelling = SpellState(enabled: true, yours: ["Puffle"])
        _ = apply(.sessionOpened(.success(SampleSessions.session(json))), to: &state)
        return state
    }

    private func asked(_ effects: [Effect]) -> [String] {
        effects.flatMap { effect -> [String] in if case .checkSpelling(let words) = effect { words } else { [] } }
    }

    func testTheWordsOnScreenAreAskedAboutOnceAndTheOneBeingTypedWaits() {
        var state = AppState(sessionID: SampleSessions.richID, width: 120, height: 40)
        state.spelling = SpellState(enabled: true)
        let first = asked(apply(.sessionOpened(.success(SampleSessions.session(SampleSessions.rich()))), to: &state))
        XCTAssertTrue(first.contains("Teams") && first.contains("headline") && first.contains("Ops"), "\(first)")
        XCTAssertFalse(first.contains("first_name") || first.contains("sender_first"), "variables are not words")
        XCTAssertEqual(Set(first).count, first.count, "each word once")
        XCTAssertTrue(asked(press(.control("l"), &state)).isEmpty, "asked already: not again")
        press(.controlEnd, &state)
        XCTAssertEqual(asked(type(" Hellp", &state)), [], "the word under the cursor is not asked about while typed")
        XCTAssertEqual(asked(type(" ", &state)), ["Hellp"], "once the cursor leaves it, it is")
    }

    /// A body that is one 20 KB line (a paste with no line breaks): only the words the screen shows
    /// of it are asked about, and those on screen are marked whole, at its start and at its end.
    func testInALongLineTheWordsOnScreenAreAskedAboutAndMarked() {
        var json = SampleSessions.rich().objectValue!
        let middle = (0..<2000).map { $0 % 37 == 0 ? "Zorbl " : "alpha beta " }.joined()
        json["draft_body"] = .string("Hi Startwordy " + middle + "Quoxend")
        var state = AppState(sessionID: SampleSessions.richID, width: 120, height: 40)
        state.spelling = SpellState(enabled: true)
        let first = asked(apply(.sessionOpened(.success(SampleSessions.session(.object(json)))), to: &state))
        XCTAssertTrue(first.contains("Startwordy") && first.contains("Zorbl"), "the start on screen: \(first)")
        XCTAssertFalse(first.contains("Quoxend"), "the line's end is far below the screen")
        press(.alt("3"), &state)
        press(.controlEnd, &state)
        XCTAssertTrue(asked(type(" ", &state)).contains("Quoxend"), "at the end, the words there are asked about")
        _ = apply(.spellingChecked(["Zorbl": .misspelled, "Startwordy": .misspelled, "Quoxend": .correct]), to: &state)
        let marked = markedRuns(.misspelled, in: .body, of: state)
        XCTAssertGreaterThan(marked.count, 3, "the marks on screen at the line's end")
        XCTAssertEqual(Set(marked), ["Zorbl"], "whole words, none cut where the screen's part of the line begins")
        press(.controlHome, &state)
        XCTAssertEqual(markedRuns(.misspelled, in: .body, of: state).first, "Startwordy", "and at its start")
    }

    /// A session whose example has a word of its own (Routewize) beside words the draft uses (Teams).
    private func exampleWithItsOwnWord() -> JSONValue {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = [
            [
                "lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000001", "subject": "Maya, a faster week?",
                "body": "Hi Maya,\n\nTeams like yours save 6 hours a week with Routewize."
            ]
        ]
        return .object(json)
    }

    func testVerdictsMarkTheWordsInEveryFieldAndTheExample() {
        var state = spellingState(exampleWithItsOwnWord())
        state.leads = [Lead(fields: ["first_name": "Maya", "id": "0a1b2c3d-1111-4a2b-8c3d-000000000001"])]
        _ = apply(
            .spellingChecked([
                "Teams": .misspelled, "leaders": .correct, "faster": .correct, "Maya": .misspelled,
                "Routewize": .misspelled
            ]),
            to: &state)
        let marks = screenWithMarks(state)
        XCTAssertTrue(marks.contains("│ Teams like yours save 6 hours a week.") && marks.contains("\n  ~~~~~\n"), marks)
        XCTAssertEqual(markedRuns(.misspelled, in: .body, of: state), ["Teams"])
        press(.alt("6"), &state)
        XCTAssertEqual(
            markedRuns(.misspelled, in: .examples, of: state), ["Routewize"],
            "the example's own word is marked; Teams, which the draft uses, and the lead's name are not")
        XCTAssertTrue(
            screenText(state).contains("misspelled: “Routewize”"), "the example check names it\n\(screenText(state))")
        XCTAssertFalse(screenText(state).contains("“Teams”"), "a word of the session's draft is not a misspelling")
        XCTAssertFalse(screenText(state).contains("“Maya”"), "the lead's own name is not a misspelling")
        press(.function(7), &state)
        XCTAssertEqual(
            state.prompt,
            .spelling(
                SpellingChoice(
                    pane: .examples, word: "Routewize", range: TextPosition.start..<TextPosition.start, suggestions: nil
                )),
            "F7 works in Examples too")
    }

    func testTheExampleCheckIsKeptUntilWhatItReadsChanges() {
        var state = spellingState(exampleWithItsOwnWord())
        press(.alt("6"), &state)
        XCTAssertFalse(screenText(state).contains("“Routewize”"))
        _ = apply(.spellingChecked(["Routewize": .misspelled]), to: &state)
        XCTAssertTrue(
            screenText(state).contains("misspelled: “Routewize”"),
            "a new verdict is checked again\n\(screenText(state))")
        _ = apply(.spellingStopped("hunspell died, again"), to: &state)
        XCTAssertFalse(
            screenText(state).contains("“Routewize”"), "with spelling off the check no longer names it")
        XCTAssertFalse(screenWithMarks(state).contains("~~~~"), "nor is anything marked")
    }

    func testF7AsksForSuggestionsOffersThemAndADigitReplacesAsOneUndoStep() {
        var state = spellingState()
        _ = apply(.spellingChecked(["Teams": .misspelled]), to: &state)
        XCTAssertEqual(
            press(.function(7), &state), [.suggestSpelling("Teams")], "suggestions are asked for the word F7 offers")
        guard case .spelling(let choice)? = state.prompt else { return XCTFail("no prompt") }
        XCTAssertEqual(choice.word, "Teams")
        XCTAssertTrue(
            screenText(state).contains("\"Teams\": looking for suggestions…  a add to your words  i ignore"),
            screenText(state))
        XCTAssertEqual(state.editors[.body]?.selectedText, "Teams", "the word is shown selected")
        XCTAssertEqual(press(.character("2"), &state), [], "no digit before the suggestions")
        XCTAssertTrue(state.editors[.body]?.text.contains("\nTeams like yours") == true)
        _ = apply(.spellingSuggested("Teams", ["Team's", "Steams"]), to: &state)
        XCTAssertTrue(
            screenText(state).contains("\"Teams\":  1 Team's  2 Steams  a add to your words  i ignore"),
            screenText(state))
        press(.character("2"), &state)
        XCTAssertTrue(state.editors[.body]?.text.contains("Steams like yours") == true)
        press(.control("z"), &state)
        XCTAssertTrue(state.editors[.body]?.text.contains("\nTeams like yours") == true, "one undo step")
        press(.function(7), &state)
        guard case .spelling(let again)? = state.prompt else { return XCTFail("no prompt") }
        XCTAssertEqual(again.suggestions, ["Team's", "Steams"], "kept for the word: not asked again")
        press(.escape, &state)
        XCTAssertNil(state.prompt)
        XCTAssertNil(state.editors[.body]?.selection, "Esc lets the word go")
        let before = state.editors[.body]?.text ?? ""
        type("x", &state)
        XCTAssertEqual(state.editors[.body]?.text.count, before.count + 1, "the next key typed does not replace it")
        XCTAssertTrue(state.editors[.body]?.text.contains("Teamsx like yours") == true)
    }

    func testSuggestionsForAWordNoLongerOfferedAreKeptButNotShown() {
        var state = spellingState()
        _ = apply(.spellingChecked(["Teams": .misspelled, "Hook": .misspelled]), to: &state)
        press(.function(7), &state)
        guard case .spelling(let first)? = state.prompt else { return XCTFail("no prompt") }
        press(.escape, &state)
        _ = apply(.spellingSuggested(first.word, ["Other"]), to: &state)
        XCTAssertNil(state.prompt, "a late answer opens nothing")
        XCTAssertEqual(state.spelling.suggestions(for: first.word), ["Other"])
    }

    func testAddingAndIgnoringUnmarkTheWord() {
        var state = spellingState()
        _ = apply(.spellingChecked(["Teams": .misspelled, "Hook": .misspelled]), to: &state)
        press(.function(7), &state)
        guard case .spelling(let first)? = state.prompt else { return XCTFail("no prompt") }
        XCTAssertEqual(press(.character("a"), &state), [.addToWords(first.word)])
        XCTAssertFalse(state.spelling.isMisspelled(first.word[...]))
        press(.control("t"), &state)
        guard case .spelling(let second)? = state.prompt else { return XCTFail("no prompt") }
        XCTAssertNotEqual(second.word, first.word)
        XCTAssertEqual(press(.character("i"), &state), [], "ignoring is for this run: nothing written")
        XCTAssertFalse(state.spelling.isMisspelled(second.word[...]))
        press(.function(7), &state)
        XCTAssertTrue(state.status?.text.hasPrefix("No misspellings in the body") == true, state.status?.text ?? "")
    }

    func testAStoppedCheckerTurnsSpellingOffWithOneLine() {
        var state = spellingState()
        _ = apply(
            .spellingStopped("hunspell is not installed; install the Debian packages hunspell and hunspell-en-us"),
            to: &state)
        XCTAssertFalse(state.spelling.enabled)
        XCTAssertEqual(
            state.status?.text,
            "Spelling is off: hunspell is not installed; install the Debian packages hunspell and hunspell-en-us")
        XCTAssertTrue(asked(type("more wrods ", &state)).isEmpty, "nothing is asked any more")
    }

    func testSpellingStaysOnWhenWalkingListSessionListSession() {
        var state = AppState(sessionID: nil, width: 120, height: 40)
        state.spelling = SpellState(enabled: true, yours: ["Puffle"])
        _ = Update.openList(campaignID: SampleCampaigns.campaignID, state: &state)
        _ = apply(.campaignLoaded(.success(Campaign(answer: SampleCampaigns.draft())!)), to: &state)
        _ = apply(.sessionsListed(.success([SampleSessions.session(SampleSessions.rich())])), to: &state)
        for round in 0..<2 {
            XCTAssertEqual(
                press(.enter, &state), [.fetchSession(id: SampleSessions.richID, reason: .open)], "round \(round)")
            _ = apply(.sessionOpened(.success(SampleSessions.session(SampleSessions.rich()))), to: &state)
            _ = apply(.spellingChecked(["Teams": .misspelled]), to: &state)
            press(.alt("3"), &state)
            XCTAssertEqual(press(.function(7), &state), [.suggestSpelling("Teams")], "F7 works in round \(round)")
            XCTAssertFalse(state.status?.text.contains("off") ?? false, state.status?.text ?? "")
            press(.character("i"), &state)
            XCTAssertFalse(state.isDirty, "i ignored the word; nothing was typed")
            press(.control("o"), &state)
            XCTAssertNil(state.base, "back on the list")
            XCTAssertTrue(state.spelling.enabled, "spelling is a setting: it stays on")
            XCTAssertTrue(state.spelling.yours.contains("Puffle"), "and your words stay")
        }
    }
}
