import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// The copy checks in the app: marks and counts in the editor, the F8 walk, `f` into the
/// composer, the examples' counts and order, `R`, and the names spelling accepts.
final class CopyChecksAppTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    /// The rich session with a body that breaks a few rules: a trigger, a shout, a long subject.
    private func flaggedState(marks: Bool = true, width: Int = 120, height: Int = 40) -> AppState {
        var json = SampleSessions.rich().objectValue!
        json["draft_subject"] = "A faster week for %company% and all your planners"
        json["draft_body"] = "Hi %first_name%,\n\nResults are guaranteed. Act\nnow, it is FREE.\n\n{{sender_first}}"
        var state = AppState(sessionID: SampleSessions.richID, width: width, height: height)
        state.copyChecks.marks = marks
        _ = apply(.sessionOpened(.success(SampleSessions.session(.object(json)))), to: &state)
        return state
    }

    func testFindingsAreMarkedInTheTextAndCountedInTheTitle() {
        let state = flaggedState()
        XCTAssertEqual(markedRuns(.check, in: .body, of: state), ["guaranteed", "Act", "now", "FREE"])
        XCTAssertEqual(markedRuns(.check, in: .subject, of: state), ["your planners"], "the words past the seventh")
        let text = screenText(state)
        XCTAssertTrue(text.contains("3 Body · 11 words · 5 checks"), text)
        XCTAssertTrue(screenWithMarks(state).contains("Results are guaranteed. Act"))
    }

    /// The marks and the walk as drawn: `!` under a finding, `s` under the finding F8 selected.
    func testCopyCheckSnapshots() {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = flaggedState(width: width, height: height)
            press(.alt("3"), &state)
            press(.function(8), &state)
            press(.function(8), &state)
            assertSnapshot(state, named: "copy-checks-\(width)x\(height)", marks: true)
        }
    }

    func testChecksOffDropsTheMarksAndTheWalkButKeepsTheCount() {
        var state = flaggedState(marks: false)
        XCTAssertEqual(markedRuns(.check, in: .body, of: state), [])
        XCTAssertTrue(screenText(state).contains("11 words · 5 checks"))
        press(.alt("3"), &state)
        press(.function(8), &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.status?.text, "Copy checks are off (checks = false in the config)")
    }

    func testF8WalksFromTheCursorSelectingEachFindingAndEscLeaves() {
        var state = flaggedState()
        press(.alt("3"), &state)
        press(.function(8), &state)
        guard case .copyFinding(let first)? = state.prompt else { return XCTFail("F8 shows a finding") }
        XCTAssertEqual(first.finding.rule, .bodyWords, "the body's whole-field finding comes first at its start")
        XCTAssertEqual(first.total, 5)
        XCTAssertEqual(first.index, 1, "after the subject's finding: the walk starts at the cursor")
        XCTAssertTrue(screenText(state).contains("2/5 body length: 11 words · 50–125 words (body_words)"))
        press(.function(8), &state)
        guard case .copyFinding(let second)? = state.prompt else { return XCTFail("F8 goes on") }
        XCTAssertEqual(second.finding.rule, .trigger)
        XCTAssertEqual(
            state.editors[.body]?.selection.map { state.editors[.body]!.text(from: $0.lowerBound, to: $0.upperBound) },
            "guaranteed")
        press(.alt("k"), &state)
        XCTAssertEqual(
            state.editors[.body]?.selection.map { state.editors[.body]!.text(from: $0.lowerBound, to: $0.upperBound) },
            "Act\nnow", "a phrase across a line break is selected whole")
        press(.function(8), &state)
        press(.function(8), &state)
        guard case .copyFinding(let wrapped)? = state.prompt else { return XCTFail("F8 wraps") }
        XCTAssertEqual(wrapped.finding.field, .subject)
        XCTAssertEqual(state.focus, .subject, "the field of the finding gets the focus")
        press(.escape, &state)
        XCTAssertNil(state.prompt)
        XCTAssertNil(state.editors[.subject]?.selection)
    }

    /// A finding's line asks nothing: another key closes it and does its work, the finding still
    /// selected. Typing replaces the flagged words; Ctrl-S saves (it was "not an answer").
    func testAKeyThatIsNotTheFindingsOwnClosesItAndDoesItsWork() {
        var state = flaggedState()
        press(.alt("3"), &state)
        press([.function(8), .function(8)], &state)
        XCTAssertEqual(
            state.editors[.body]?.selection.map { state.editors[.body]!.text(from: $0.lowerBound, to: $0.upperBound) },
            "guaranteed")
        type("sure", &state)
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.editors[.body]!.text.contains("sure"), "the flagged word was replaced")
        XCTAssertFalse(state.editors[.body]!.text.contains("guaranteed"))
        press(.function(8), &state)
        XCTAssertNotNil(state.prompt)
        XCTAssertEqual(savedPatch(&state)?.contains("sure"), true, "Ctrl-S saves from the finding's line")
        XCTAssertNil(state.prompt)
        press(.function(8), &state)
        _ = apply(.input(.paste("calm")), to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertNil(state.promptRefused)
        XCTAssertTrue(state.editors[.body]!.text.contains("calm"), "a paste replaces the finding too")
    }

    /// A hidden character is named to the AI by what it is, since the text shows nothing to quote.
    func testAHiddenCharacterIsNamedInTheMessageToTheAI() {
        let body = "We plan\u{200B} routes."
        let finding = CopyChecks.report(subject: "Quick idea", body: body, context: CopyContext()).all.first {
            $0.rule == .hiddenCharacter
        }
        XCTAssertEqual(
            finding.map { CopyFeedback.point($0, subject: "Quick idea", body: body, limits: CopyThresholds()) },
            "it hides an invisible character, a zero-width space (U+200B)")
    }

    func testFAfterF8WritesTheDraftsFindingsIntoTheComposerAndSendsNothing() {
        var state = flaggedState()
        press(.alt("4"), &state)
        type("My own words", &state)
        press(.alt("3"), &state)
        press(.function(8), &state)
        let effects = press(.character("f"), &state)
        XCTAssertFalse(effects.contains { if case .startTurn = $0 { true } else { false } })
        XCTAssertEqual(state.focus, .transcript)
        let message = state.editors[.transcript]!.text
        XCTAssertTrue(
            message.hasPrefix(
                "My own words\n\nIn the draft, the subject is 9 words, over 7; the body is 11 words, outside 50–125;"),
            message)
        XCTAssertTrue(message.contains("“guaranteed” reads as a spam trigger"), message)
        XCTAssertTrue(message.contains("“act now” reads as a spam trigger"), message)
        XCTAssertTrue(message.contains("“FREE” is in capitals"), message)
        XCTAssertTrue(message.hasSuffix("Please revise the draft to fix these, keeping its variables and structure."))
        press(.enter, &state)
        guard case .sendTurn? = state.prompt else { return XCTFail("Enter asks first, as for any turn") }
    }

    /// Examples of two leads, the second with more findings, and a third version of the first lead.
    private func examplesState() -> AppState {
        var json = SampleSessions.rich().objectValue!
        let fine = String(repeating: "We plan routes for teams like yours. ", count: 8)
        json["generated_examples"] = [
            ["lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000001", "subject": "Hi Lead1", "body": .string(fine)],
            ["lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000002", "subject": "Hi Lead2", "body": "Act now! FREE!!"]
        ]
        return campaignState(.object(json))
    }

    func testTheExamplesListCountsFindingsSortsWorstFirstAndFNamesTheLead() {
        var state = examplesState()
        press(.alt("6"), &state)
        var text = screenText(state)
        XCTAssertTrue(text.contains(" 1 ✓    Lead1 Example  Hi Lead1"), text)
        XCTAssertTrue(text.contains(" 2 ! 6  Lead2 Example  Hi Lead2"), text)
        press(.character("s"), &state)
        text = screenText(state)
        XCTAssertTrue(text.contains(" 1 ! 6  Lead2 Example"), "worst first\n\(text)")
        XCTAssertEqual(state.chosenExample, 0, "the chosen example stays chosen")
        press(.up, &state)
        XCTAssertEqual(state.chosenExample, 1)
        let effects = press(.character("f"), &state)
        XCTAssertTrue(effects.allSatisfy { if case .startTurn = $0 { false } else { true } })
        let message = state.editors[.transcript]!.text
        XCTAssertTrue(message.hasPrefix("In Lead2 Example's example, the body is 3 words, outside 50–125;"), message)
        XCTAssertTrue(message.hasSuffix("keep the draft's variables."), message)
    }

    func testRAsksThenSendsThatLeadAloneAndTheNewExampleTakesTheOldOnesPlace() {
        var state = examplesState()
        press(.alt("6"), &state)
        press(.down, &state)
        XCTAssertEqual(press(.character("R"), &state), [], "nothing is sent before y")
        guard case .regenerateExample(let lead, let name)? = state.prompt else { return XCTFail("R asks first") }
        XCTAssertEqual(name, "Lead2 Example")
        let effects = press(.character("y"), &state)
        guard case .generateExamples(_, let request)? = effects.first else { return XCTFail("y sends: \(effects)") }
        XCTAssertEqual(request.leads, [lead])
        XCTAssertEqual(request.leads.first?.fields["id"], "0a1b2c3d-1111-4a2b-8c3d-000000000002")
        XCTAssertFalse(request.isFirstBatch)
        // The task ends with the new example added after the others.
        var json = state.base!.json
        var examples = json["generated_examples"]!.arrayValue!
        examples.append(["lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000002", "subject": "Hi again", "body": "New one"])
        json["generated_examples"] = .array(examples)
        _ = apply(.sessionReloaded(.success(SampleSessions.session(.object(json)))), to: &state)
        let text = screenText(state)
        XCTAssertTrue(text.contains(" 2 ! 1  Lead2 Example  2 versions  Hi again"), text)
        XCTAssertTrue(
            text.contains("6 Examples · 2 · 1 flagged"), "two rows: the earlier example is not a row of its own")
        XCTAssertEqual(state.chosenExample, 2)
        press(.character("v"), &state)
        press(.character("v"), &state)
        press(.character("v"), &state)
        XCTAssertEqual(state.exampleView, .earlier)
        let earlier = screenText(state)
        XCTAssertTrue(earlier.contains("Example 2, the earlier of 2 versions, against this one"), earlier)
    }

    func testTheChosenLeadStaysChosenWhenItsNewExampleMovesItsRow() {
        var state = examplesState()
        press(.alt("6"), &state)
        press(.character("s"), &state)
        press(.up, &state)
        XCTAssertEqual(state.chosenExample, 1, "worst first: Lead2 on the first row")
        // Lead2's new example has no findings: worst first puts the lead's row second now.
        var json = state.base!.json
        var examples = json["generated_examples"]!.arrayValue!
        let fine = String(repeating: "We plan routes for teams like yours. ", count: 8)
        examples.append(["lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000002", "subject": "Hi", "body": .string(fine)])
        json["generated_examples"] = .array(examples)
        _ = apply(.sessionReloaded(.success(SampleSessions.session(.object(json)))), to: &state)
        XCTAssertEqual(state.exampleOrder, [0, 2])
        XCTAssertEqual(state.selectedExample, 1, "the selection went with Lead2 to its new row")
        XCTAssertEqual(state.chosenExample, 2, "showing Lead2's new example")
    }

    func testSpellingAcceptsTheCampaignsNames() {
        var state = campaignState()
        state.spelling = SpellState(enabled: true)
        _ = apply(.spellingChecked(["Rivera": .misspelled, "Teams": .misspelled]), to: &state)
        XCTAssertTrue(state.spelling.names.contains("Example"), "the roster's last names")
        XCTAssertTrue(state.spelling.names.contains("Rivera"), "the sender's last name")
        XCTAssertTrue(state.spelling.names.contains("Ops"), "the campaign's name")
        XCTAssertFalse(state.spelling.isMisspelled("Rivera"))
        XCTAssertTrue(state.spelling.isMisspelled("Teams"))
    }
}
