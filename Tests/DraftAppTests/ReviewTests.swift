import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

final class ReviewTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private func example(_ subject: String?, _ body: String?, lead: String = "0a1b2c3d-1111-4a2b-8c3d-000000000001")
        -> JSONValue
    {
        ["lead_id": .string(lead), "subject": JSONValue(subject), "body": JSONValue(body)]
    }

    private func problems(_ examples: [JSONValue]) -> [[CopyRule]] {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = .array(examples)
        // Bodies of a fitting length, so each example shows only the rule it is about.
        let context = ExampleReview.Context(
            copy: CopyContext(
                thresholds: {
                    var t = CopyThresholds(); t.bodyWords = 0...125; return t
                }(),
                kind: .example(filledAtSend: [])))
        return ExampleReview.problems(SampleSessions.session(.object(json)).generatedExamples, context: context)
            .map { $0.map(\.rule) }
    }

    func testEachCheckOfTheListRunsOnEveryExample() {
        let found = problems([
            example("Hi Maya", "All good here."),
            example("Hi %first_name%", "From {{ sender_first }}"),
            example("Hi Jonas", "&&Hook from the headline&& then text"),
            example("Hi Aiko", "Fast — and simple"),
            example("", "Body"),
            example("Subject", "   "),
            example(String(repeating: "x", count: 51), "Body"),
            example("Same", "Twin"),
            example("Same", "Twin"),
            example("Hi Lena", "It is guaranteed. Act now!!")
        ])
        XCTAssertEqual(found[0], [])
        XCTAssertEqual(found[1], [.unresolved, .unresolved])
        XCTAssertEqual(found[2], [.leftoverInstruction])
        XCTAssertEqual(found[3], [.emDash])
        XCTAssertEqual(found[4], [.emptySubject])
        XCTAssertEqual(found[5], [.emptyBody])
        XCTAssertEqual(found[6], [.subjectCharacters])
        XCTAssertEqual(found[7], [.identical])
        XCTAssertEqual(found[8], [.identical])
        XCTAssertEqual(found[9], [.trigger, .trigger, .exclamationRun, .exclamations])
        XCTAssertEqual(problems([example(nil, nil)])[0], [.emptySubject, .emptyBody])
    }

    func testTheExamplesPaneFlagsABadExampleWithItsReasons() {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = [
            example("Maya, hello", String(repeating: "We plan routes for teams like yours. ", count: 8)),
            example("%first_name%, hello", "&&Hook&& — really", lead: "0a1b2c3d-1111-4a2b-8c3d-000000000002")
        ]
        var state = loadedState(.object(json))
        press(.alt("6"), &state)
        press(.down, &state)
        let text = screenText(state)
        XCTAssertTrue(text.contains("2 ! "), text)
        XCTAssertTrue(text.contains("1 ✓ "))
        let joined = text.replacingOccurrences(of: "│", with: "").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(
            joined.contains(
                "Check: unresolved variable: %first_name%; body length: 2 words; leftover instruction: “&&Hook&&”; "
                    + "em-dash: “—”"),
            joined)
    }

    func testExampleViewsCycleAndRenderTheDraftForTheLead() {
        var state = loadedState()
        state.leads = [Lead(fields: ["first_name": "Maya", "company": "Brightline"])]
        press(.alt("6"), &state)
        press(.character("v"), &state)
        XCTAssertEqual(state.exampleView, .diff)
        XCTAssertTrue(screenText(state).contains("changes from your draft"))
        let diff = screenWithMarks(state)
        XCTAssertTrue(
            diff.contains("Maya, a faster week?"), "the draft filled for Maya is compared, not the template\n\(diff)")
        XCTAssertFalse(
            diff.split(separator: "\n").contains { $0.contains("%first_name%") && $0.contains("Maya") },
            "no variable shows as a change where the example filled it")
        press(.character("v"), &state)
        XCTAssertEqual(state.exampleView, .rendered)
        let text = screenText(state)
        XCTAssertTrue(text.contains("Maya, a faster week for Brightline?"), text)
        XCTAssertTrue(text.contains("No value for this lead: %sender_first%"))
        press(.character("v"), &state)
        XCTAssertEqual(state.exampleView, .example)
        state.leads = []
        press(.character("v"), &state)
        press(.character("v"), &state)
        XCTAssertEqual(state.exampleView, .example, "without leads there is no rendered view")
    }

    func testRestoringAHistoryDraftSavesSubjectBodyAndTheReplacedDraftInOnePatch() {
        var state = loadedState()
        press(.alt("7"), &state)
        press(.enter, &state)
        XCTAssertTrue(screenText(state).contains("From the current draft to this one"))
        press(.character("r"), &state)
        XCTAssertEqual(state.editors[.subject]?.text, "Old subject")
        XCTAssertEqual(state.editors[.body]?.text, "Old body")
        XCTAssertTrue(state.isDirty)
        press(.control("s"), &state)
        let effects = apply(.saveChecked(.success(SampleSessions.session(SampleSessions.rich()))), to: &state)
        guard case .patchSession(_, let body)? = effects.first else { return XCTFail("no PATCH") }
        XCTAssertEqual(body.keys, ["draft_subject", "draft_body", "draft_history"])
        XCTAssertEqual(body["draft_subject"], "Old subject")
        XCTAssertEqual(body["draft_history"]?.arrayValue?.count, 2)
        XCTAssertEqual(
            body["draft_history"]?.arrayValue?.last,
            [
                "subject": "%first_name%, a faster week for %company%?",
                "body": SampleSessions.rich()["draft_body"]!, "created_at": "2026-11-20T09:41:00Z"
            ])
    }

    func testDiffLegendsNameWhatTheTerminalDraws() {
        var state = loadedState()
        press(.alt("7"), &state)
        press(.enter, &state)
        func legend() -> String {
            let version = PaneContent.historyNewestFirst(state.base!)[state.selectedHistory]
            return PaneContent.versionDiffParagraphs(version, input: ReadingPane(.history, state: state)!)[0].text
        }
        XCTAssertEqual(
            legend(), "From the current draft to this one  (red: only in the current draft, green: only in this one)")
        state.diffLegend = DiffLegend(removed: "dim underlined", added: "bold")
        XCTAssertEqual(
            legend(),
            "From the current draft to this one  (dim underlined: only in the current draft, bold: only in this one)",
            "no colour words on a screen without colour")
    }

    func testUndoingARestoreLeavesNothingToSave() {
        var state = loadedState()
        press(.alt("7"), &state)
        press(.character("r"), &state)
        press(.alt("2"), &state)
        press(.control("z"), &state)
        press(.alt("3"), &state)
        press(.control("z"), &state)
        XCTAssertFalse(state.isDirty)
        XCTAssertEqual(press(.control("s"), &state), [])
    }

    func testRestoringAnEarlierSkeletonAsksAndSavesItWithTheReplacedOneInTheHistory() {
        var state = loadedState()
        press(.alt("5"), &state)
        press(.enter, &state)
        XCTAssertEqual(state.skeletonBrowse, 0)
        XCTAssertTrue(screenText(state).contains("Earlier skeleton 1 of 1"))
        press(.character("r"), &state)
        XCTAssertEqual(state.prompt, .restoreSkeleton(index: 0))
        XCTAssertTrue(screenText(state).contains("no longer match"))
        press(.character("y"), &state)
        XCTAssertTrue(state.isDirty)
        XCTAssertTrue(screenText(state).contains("not saved yet"))
        press(.control("s"), &state)
        let effects = apply(.saveChecked(.success(SampleSessions.session(SampleSessions.rich()))), to: &state)
        guard case .patchSession(_, let body)? = effects.first else { return XCTFail("no PATCH") }
        XCTAssertEqual(body.keys, ["skeleton", "skeleton_history"])
        XCTAssertEqual(body["skeleton"], ["hook": "old hook", "value_prop": "old value"])
        XCTAssertEqual(body["skeleton_history"]?.arrayValue?.last, SampleSessions.rich()["skeleton"])
    }

    func testEmptyHistoriesSayNothingYet() {
        var state = loadedState(SampleSessions.empty())
        press(.alt("5"), &state)
        press(.enter, &state)
        XCTAssertNil(state.skeletonBrowse)
        XCTAssertEqual(state.status, StatusMessage("No earlier skeletons in this session"))
        press(.alt("7"), &state)
        XCTAssertEqual(press(.character("r"), &state), [])
        XCTAssertFalse(state.isDirty)
    }

    func testHistoryEntriesOfUnknownShapeAreShownNotRestored() {
        var json = SampleSessions.rich().objectValue!
        json["draft_history"] = [["version": 7, "note": "legacy"], "just a string"]
        var state = loadedState(.object(json))
        press(.alt("7"), &state)
        XCTAssertTrue(screenText(state).contains("just a string"))
        press(.down, &state)
        XCTAssertTrue(screenText(state).contains("legacy"))
        press(.character("r"), &state)
        XCTAssertFalse(state.isDirty)
        XCTAssertEqual(state.status?.isError, true)
    }

    func testReviewSnapshots() {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = [
            example("Maya, a faster week?", "Hi Maya,\n\nTeams like yours save 6 hours a week."),
            example(
                "%first_name%, a faster week?", "Hi Jonas,\n\n&&Hook&& — and more.",
                lead: "0a1b2c3d-1111-4a2b-8c3d-000000000002")
        ]
        var examples = loadedState(.object(json), width: 120, height: 40)
        press(.alt("6"), &examples)
        press(.down, &examples)
        assertSnapshot(examples, named: "review-examples-120x40")
        var history = loadedState(width: 120, height: 40)
        press(.alt("7"), &history)
        press(.enter, &history)
        assertSnapshot(history, named: "review-history-diff-120x40")
        var skeleton = loadedState(width: 120, height: 40)
        press(.alt("5"), &skeleton)
        press(.enter, &skeleton)
        assertSnapshot(skeleton, named: "review-skeleton-history-120x40")
    }

    func testListsSayHowManyTheyHoldAndMarkRowsOutOfView() {
        var json = SampleSessions.rich().objectValue!
        let clean = (1...5).map { i -> JSONValue in
            [
                "lead_id": .string("0a1b2c3d-1111-4a2b-8c3d-00000000000\(i)"), "subject": .string("Hello \(i)"),
                // Of a length the copy checks pass: only the sixth is flagged.
                "body": .string(String(repeating: "We plan routes for teams like yours. ", count: 8))
            ]
        }
        let flagged: JSONValue = [
            "lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000006", "subject": "Hi %first_name%", "body": "&&left&&"
        ]
        json["generated_examples"] = .array(clean + [flagged])
        json["draft_history"] = .array(
            (1...7).map { ["subject": .string("v\($0)"), "body": "b", "created_at": "2026-11-20T09:00:00Z"] })
        var state = loadedState(.object(json), width: 120, height: 40)
        press(.alt("6"), &state)
        let examples = screenText(state)
        XCTAssertTrue(examples.contains("6 Examples · 6 · 1 flagged"), examples)
        XCTAssertTrue(examples.contains("↓ 1 more"), "the sixth example is below the view, and said so\n\(examples)")
        press(.controlEnd, &state)
        for _ in 0..<5 { press(.down, &state) }
        XCTAssertTrue(screenText(state).contains("↑ 1 more"), screenText(state))
        press(.alt("7"), &state)
        XCTAssertTrue(screenText(state).contains("7 History · 7 versions"), screenText(state))
        XCTAssertTrue(screenText(state).contains("more"), "versions out of view are marked")
    }

    func testNoExamplesSaysHowToGetThemOnceASkeletonExists() {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = .null
        var state = loadedState(.object(json))
        press(.alt("6"), &state)
        XCTAssertTrue(screenText(state).contains("No examples yet: g generates one per sample lead"), screenText(state))
    }
}
