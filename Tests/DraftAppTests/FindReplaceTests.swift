import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// Ctrl-F in every pane and Ctrl-\ in the fields, through update as keys.
final class FindReplaceTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private func session(body: String? = nil, messages: [String]? = nil) -> JSONValue {
        var json = SampleSessions.rich().objectValue!
        if let body { json["draft_body"] = .string(body) }
        if let messages {
            json["messages"] = .array(
                messages.enumerated().map { index, text in
                    ["role": .string(index % 2 == 0 ? "user" : "assistant"), "content": .string(text)]
                })
        }
        return .object(json)
    }

    func testFindInTheBodyCountsMovesTheCursorAndSteps() {
        var state = loadedState(session(body: "Acme is great.\nAcme ships fast.\nCall acme today."))
        press([.down, .control("f")], &state)
        type("acme", &state)
        XCTAssertEqual(state.find?.summary, "2/3", "from the cursor on, case ignored for a query in lower case")
        XCTAssertEqual(state.editors[.body]?.cursor, TextPosition(line: 1, offset: 0))
        press(.enter, &state)
        XCTAssertEqual(state.find?.summary, "3/3")
        press(.function(3), &state)
        XCTAssertEqual(state.find?.summary, "1/3 (wrapped)", "round the end, and it says so")
        press(Key.function(3).shifted, &state)
        XCTAssertEqual(state.find?.summary, "3/3 (wrapped)")
        press(.escape, &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(
            state.editors[.body]?.cursor, TextPosition(line: 2, offset: 5), "Esc leaves the cursor at the match")
        press(.control("n"), &state)
        XCTAssertEqual(state.find?.summary, "1/3 (wrapped)", "Ctrl-N goes on after the prompt closed")
        XCTAssertEqual(state.status?.text, "Match 1/3 (wrapped), from the top")
        press(.escape, &state)
        XCTAssertNil(state.find, "Esc in the pane drops the marks")
    }

    func testSmartCaseAndLiteralVariables() {
        var state = loadedState(session(body: "Acme is great.\nAcme ships fast.\nCall acme today. %first_name% .*"))
        press(.control("f"), &state)
        type("Acme", &state)
        XCTAssertEqual(state.find?.summary, "1/2", "a capital makes the case count")
        var fresh = loadedState(session(body: "Hi %first_name%, and first_name."))
        press(.control("f"), &fresh)
        type("%first_name%", &fresh)
        XCTAssertEqual(fresh.find?.total, 1)
    }

    func testNoMatchSaysSoAndNothingMoves() {
        var state = loadedState()
        press([.down, .control("f")], &state)
        type("zebra", &state)
        XCTAssertEqual(state.find?.summary, "no match")
        XCTAssertEqual(state.editors[.body]?.cursor, TextPosition(line: 1, offset: 0))
        XCTAssertTrue(screenText(state).contains("no match"))
        press(.enter, &state)
        XCTAssertEqual(state.editors[.body]?.cursor, TextPosition(line: 1, offset: 0))
    }

    func testAnEmptyQueryDoesNothing() {
        var state = loadedState()
        press([.control("f"), .enter], &state)
        XCTAssertNil(state.find)
        XCTAssertEqual(state.editors[.body]?.cursor, .start)
    }

    func testTheQueryIsPrefilledWithTheSelectionSelected() {
        var state = loadedState()
        press([Key.controlRight.shifted, .control("f")], &state)
        XCTAssertEqual(state.prompt?.input?.text, "Hi")
        XCTAssertEqual(state.find?.summary, "1/1")
        type("Teams", &state)
        XCTAssertEqual(state.prompt?.input?.text, "Teams", "typing replaces the filled-in query")
    }

    func testFindInALongTranscriptScrollsToTheMatchAndCountsThemAll() {
        var messages = (0..<10_000).map { "Message \($0) about route planning." }
        messages[4_321] = "This one mentions the needle."
        messages[7_000] = "And a second needle here."
        var state = loadedState(session(messages: messages), width: 120, height: 40)
        press([.alt("4"), .control("f")], &state)
        type("needle", &state)
        XCTAssertEqual(state.find?.summary, "1/2", "from the top of the view (the end) it wraps to the first")
        XCTAssertEqual(state.scroll[.transcript]?.block, 4_320, "a couple of rows of context above the match")
        let screen = screenWithMarks(state)
        XCTAssertTrue(screen.contains("This one mentions the needle."))
        XCTAssertTrue(screen.contains("MMMMMM"), "the current match is marked")
        XCTAssertTrue(screenText(state).contains("1/2"))
        press(.enter, &state)
        XCTAssertEqual(state.scroll[.transcript]?.block, 6_999)
        XCTAssertTrue(screenText(state).contains("And a second needle here."))
    }

    func testAMatchCutByTheWrapIsMarkedOnBothRows() {
        let word = String(repeating: "x", count: 30)
        var state = loadedState(session(messages: ["\(word) \(word) quick question \(word)"]), width: 80, height: 24)
        press([.alt("4"), .control("f")], &state)
        type("quick question", &state)
        let rows = screenWithMarks(state).split(separator: "\n")
        let marked = rows.filter { $0.allSatisfy { $0 == " " || $0 == "M" } && $0.contains("M") }
        XCTAssertEqual(marked.count, 2, "two rows of marks:\n\(rows.joined(separator: "\n"))")
    }

    func testFindInTheExampleAndTheHistoryScrollsTheirView() {
        var state = loadedState(width: 120, height: 40)
        press([.alt("6"), .control("f")], &state)
        type("6 hours", &state)
        XCTAssertEqual(state.find?.summary, "1/1")
        press([.escape, .alt("7"), .control("n")], &state)
        XCTAssertEqual(state.find?.pane, .history, "F3 carries the query to the focused pane")
        XCTAssertEqual(state.find?.total, 0)
    }

    func testReplaceStepsYesNoAllAndUndoesAsOne() {
        let original = "Acme is great. Acme ships.\nCall Acme, or email acme@acme.test."
        var state = loadedState(session(body: original))
        press(.control("\\"), &state)
        type("Acme", &state)
        press(.enter, &state)
        type("Globex", &state)
        press(.enter, &state)
        XCTAssertEqual(state.prompt?.question, "Replace this one? (1 of 3)")
        press(.character("y"), &state)
        press(.character("n"), &state)
        XCTAssertEqual(state.prompt?.question, "Replace this one? (3 of 3)")
        press(.character("a"), &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.status?.text, "Replaced 2 of 3 (Ctrl-Z undoes them all)")
        XCTAssertEqual(
            state.editors[.body]?.text, "Globex is great. Acme ships.\nCall Globex, or email acme@acme.test.")
        XCTAssertEqual(
            savedPatch(&state),
            #"{"draft_body":"Globex is great. Acme ships.\nCall Globex, or email acme@acme.test.","#
                + #""draft_history":[{"subject":"Old subject","body":"Old body","created_at":"2026-11-20T09:12:00Z"},"#
                + #"{"subject":"%first_name%, a faster week for %company%?","body":"Acme is great. Acme ships.\nCall Acme, "#
                + #"or email acme@acme.test.","created_at":"2026-11-20T09:41:00Z"}]}"#)
        press(.control("z"), &state)
        XCTAssertEqual(state.editors[.body]?.text, original, "one Ctrl-Z takes back the whole replace")
    }

    func testReplaceAllStartsAtTheCursorAndGoesRound() {
        var state = loadedState(session(body: "q b q b q"))
        press([.controlEnd, .alt("r")], &state)
        type("q", &state)
        press(.enter, &state)
        type("xyz", &state)
        press([.enter, .character("a")], &state)
        XCTAssertEqual(
            state.editors[.body]?.text, "xyz b xyz b xyz",
            "replacements that grow the line keep the later matches in place")
        XCTAssertEqual(state.status?.text, "Replaced 3 of 3 (Ctrl-Z undoes them all)")
    }

    func testReplaceGoesThroughSubjectAndBodyTogetherAndUpRecallsTheWords() {
        var state = loadedState(session(body: "Hi %first_name%, a faster week awaits."))
        press([.alt("2"), .home, .control("\\")], &state)
        type("faster", &state)
        press(.enter, &state)
        type("quicker", &state)
        press(.enter, &state)
        XCTAssertEqual(state.prompt?.question, "Replace this one? (1 of 2)")
        press(.character("y"), &state)
        XCTAssertEqual(state.focus, .body, "on to the Body's match, shown where it is")
        XCTAssertEqual(state.prompt?.question, "Replace this one? (2 of 2)")
        press(.character("y"), &state)
        XCTAssertEqual(state.editors[.subject]?.text, "%first_name%, a quicker week for %company%?")
        XCTAssertEqual(state.editors[.body]?.text, "Hi %first_name%, a quicker week awaits.")
        XCTAssertEqual(
            state.status?.text, "Replaced 2 of 2 in Subject and Body (Ctrl-Z in each field undoes its share)")
        press(.control("z"), &state)
        XCTAssertEqual(state.editors[.body]?.text, "Hi %first_name%, a faster week awaits.")
        XCTAssertEqual(state.editors[.subject]?.text, "%first_name%, a quicker week for %company%?")

        press(.control("\\"), &state)
        press(.up, &state)
        XCTAssertEqual(state.prompt?.input?.text, "faster", "Up brings back the last words replaced")
        press(.enter, &state)
        press(.up, &state)
        XCTAssertEqual(state.prompt?.input?.text, "quicker", "and what they became")
        press(.enter, &state)
        XCTAssertEqual(state.prompt?.question, "Replace this one? (1 of 1)")
    }

    func testReplaceNeverBreaksASingleLineField() {
        var state = loadedState()
        press(.alt("2"), &state)
        press(.alt("r"), &state)
        type("faster", &state)
        press(.enter, &state)
        _ = apply(.input(.paste("much\nquicker")), to: &state)
        press([.enter, .character("y")], &state)
        XCTAssertEqual(state.editors[.subject]?.text, "%first_name%, a much quicker week for %company%?")
    }

    func testReplaceWithNoMatchOrAnEmptyQueryChangesNothing() {
        var state = loadedState()
        press([.alt("r"), .enter], &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.status?.text, "Nothing to replace")
        press(.alt("r"), &state)
        type("zebra", &state)
        press([.enter, .enter], &state)
        XCTAssertEqual(state.status?.text, "No match for \"zebra\"")
        XCTAssertFalse(state.isDirty)
    }

    func testReplaceOnlyWorksInTheFields() {
        var state = loadedState()
        press([.alt("4"), .alt("r")], &state)
        XCTAssertNil(state.prompt)
    }

    func testFindSnapshots() {
        for (width, height) in [(80, 24), (200, 50)] {
            var state = loadedState(width: width, height: height)
            press(.control("f"), &state)
            type("e", &state)
            press(.enter, &state)
            assertSnapshot(state, named: "find-\(width)x\(height)", marks: true)
        }
    }
}
