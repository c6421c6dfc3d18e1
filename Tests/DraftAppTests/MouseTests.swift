import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// Clicks, drags and the wheel, as the terminal backend decodes them, through update.
final class MouseTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private func content(_ pane: Pane, _ state: AppState) -> Rect { state.layout.slot(for: pane)!.content }

    func testAClickFocusesThePaneAndPutsTheCursorUnderThePointer() {
        var state = loadedState(width: 120, height: 40)
        let subject = content(.subject, state)
        mouse(.press(clicks: 1), x: subject.x + 5, y: subject.y, &state)
        mouse(.release, x: subject.x + 5, y: subject.y, &state)
        XCTAssertEqual(state.focus, .subject)
        XCTAssertEqual(state.editors[.subject]?.cursor, TextPosition(line: 0, offset: 5))
        let body = content(.body, state)
        mouse(.press(clicks: 1), x: body.x + 3, y: body.y + 4, &state)
        XCTAssertEqual(state.focus, .body)
        XCTAssertEqual(state.editors[.body]?.cursor, TextPosition(line: 4, offset: 3))
        mouse(.press(clicks: 1), x: body.x + 40, y: body.y + 20, &state)
        XCTAssertEqual(state.editors[.body]?.cursor, state.editors[.body]?.end, "below the text: its end")
    }

    func testAClickOnEitherHalfOfAWideCharacterLandsBeforeIt() {
        var state = loadedState(Sessions.unicode(), width: 120, height: 40)
        let subject = content(.subject, state)
        // "%first_name%" takes 12 columns; "さ" the next two.
        mouse(.press(clicks: 1), x: subject.x + 13, y: subject.y, &state)
        XCTAssertEqual(state.editors[.subject]?.cursor, TextPosition(line: 0, offset: 12))
        mouse(.press(clicks: 1), x: subject.x + 14, y: subject.y, &state)
        XCTAssertEqual(state.editors[.subject]?.cursor, TextPosition(line: 0, offset: 15))
    }

    func testDragSelectsAndDoubleAndTripleClicksSelectAWordAndALine() {
        var state = loadedState(width: 120, height: 40)
        let body = content(.body, state)
        mouse(.press(clicks: 1), x: body.x, y: body.y + 4, &state)
        mouse(.drag, x: body.x + 10, y: body.y + 4, &state)
        mouse(.release, x: body.x + 10, y: body.y + 4, &state)
        XCTAssertEqual(state.editors[.body]?.selectedText, "Teams like")
        mouse(.press(clicks: 2), x: body.x + 5, y: body.y, &state)
        XCTAssertEqual(state.editors[.body]?.selectedText, "%first_name%")
        mouse(.press(clicks: 3), x: body.x + 5, y: body.y, &state)
        XCTAssertEqual(state.editors[.body]?.selectedText, "Hi %first_name%,")
        mouse(.press(clicks: 1), x: body.x, y: body.y, &state)
        mouse(.press(clicks: 1), x: body.x + 2, y: body.y, modifiers: .shift, &state)
        XCTAssertEqual(state.editors[.body]?.selectedText, "Hi", "Shift-click extends")
    }

    func testAnEditDuringADragEndsIt() {
        var state = loadedState(width: 120, height: 40)
        let body = content(.body, state)
        mouse(.press(clicks: 1), x: body.x + 10, y: body.y + 4, &state)
        press(.control("a"), &state)
        press(.backspace, &state)
        mouse(.drag, x: body.x, y: body.y, &state)
        XCTAssertNil(state.editors[.body]?.selection, "the drag's start no longer exists")
    }

    func testTheWheelScrollsThePaneUnderThePointerAndLeavesTheFocus() {
        var json = SampleSessions.rich().objectValue!
        json["messages"] = .array((0..<60).map { ["role": "user", "content": .string("Message number \($0)")] })
        var state = loadedState(.object(json), width: 120, height: 40)
        let transcript = content(.transcript, state)
        mouse(.wheelUp, x: transcript.x + 3, y: transcript.y + 3, &state)
        XCTAssertEqual(state.focus, .body)
        let after = state.scroll[.transcript]
        XCTAssertNotNil(after, "no longer pinned to the end")
        mouse(.wheelUp, x: transcript.x + 3, y: transcript.y + 3, &state)
        XCTAssertEqual(
            state.scroll[.transcript]?.block, after!.block - 1, "three rows a notch: one message of three rows")
        for _ in 0..<5 { mouse(.wheelDown, x: transcript.x + 3, y: transcript.y + 3, &state) }
        XCTAssertNil(state.scroll[.transcript], "back at the end, following it")
    }

    func testClicksOnTabsAndPromptAnswers() {
        var state = loadedState(width: 80, height: 24)
        let slot = state.layout.slot(for: .body)!
        let transcriptTab = PaneFrame.titles(slot, note: PaneFrame.note(for: .body, in: state)).first {
            $0.pane == .transcript
        }!
        mouse(.press(clicks: 1), x: transcriptTab.columns.lowerBound + 1, y: slot.frame.y, &state)
        XCTAssertEqual(state.focus, .transcript)
        press([.alt("3")], &state)
        type("x", &state)
        _ = apply(.input(.resize(width: 120, height: 24)), to: &state)
        press(.control("q"), &state)
        XCTAssertEqual(state.prompt, .unsavedOnQuit(saveWaiting: false))
        let footer = state.layout.footer
        let cancel = FooterView.layout(FooterView.promptLine(state)!, area: footer).answers.first {
            $0.answer == .cancel
        }!
        mouse(.press(clicks: 1), x: cancel.columns.lowerBound + 3, y: footer.y, &state)
        XCTAssertNil(state.prompt, "the click answered c")
        XCTAssertEqual(state.status?.text, "Cancelled")
    }

    func testADragInAReadingPaneSelectsWhatItCoversForCtrlC() {
        var state = loadedState(width: 120, height: 40)
        press(.alt("4"), &state)
        press(.home, &state)
        let messages = PaneGeometry.scrollArea(for: .transcript, in: state)!
        mouse(.press(clicks: 1), x: messages.x + 2, y: messages.y + 1, &state)
        mouse(.drag, x: messages.x + 14, y: messages.y + 1, &state)
        XCTAssertTrue(screenWithMarks(state).contains("sssssssssssss"))
        press(.control("c"), &state)
        XCTAssertEqual(state.clipboard, "Write a first")
        press(.down, &state)
        XCTAssertFalse(
            screenWithMarks(state).contains("sssssssssssss"), "a scroll leaves it behind, not over other text")
    }

    /// A selection begun where the pane no longer reaches (the layout moved under a drag) selects
    /// nothing there and the rows it still covers inside; it trapped on drawing.
    func testASelectionOutsideItsPaneSelectsOnlyWhatIsInside() {
        let state = loadedState(width: 120, height: 40)
        let area = Rect(x: 0, y: 2, width: 40, height: 10)
        func rows(from start: CellPoint, to end: CellPoint) -> [Int] {
            ReadingSelection(pane: .transcript, start: start, end: end, state: state).rows(in: area).map(\.y)
        }
        XCTAssertEqual(rows(from: CellPoint(x: 5, y: 30), to: CellPoint(x: 2, y: 35)), [])
        XCTAssertEqual(rows(from: CellPoint(x: 5, y: 1), to: CellPoint(x: 2, y: 0)), [])
        XCTAssertEqual(rows(from: CellPoint(x: 5, y: 0), to: CellPoint(x: 2, y: 35)), Array(2...11))
        XCTAssertEqual(rows(from: CellPoint(x: 5, y: 4), to: CellPoint(x: 2, y: 35)), Array(4...11))
    }

    func testEventsOutsideEveryPaneOrTheScreenAreIgnored() {
        var state = loadedState(width: 120, height: 40)
        let before = (state.focus, state.editors, state.scroll)
        for (x, y) in [(-1, -1), (0, 0), (500, 10), (10, 500), (119, 39)] {
            mouse(.press(clicks: 1), x: x, y: y, &state)
            mouse(.drag, x: x, y: y, &state)
            mouse(.wheelDown, x: x, y: y, &state)
        }
        XCTAssertEqual(state.focus, before.0)
        XCTAssertEqual(state.editors[.body], before.1[.body])
        XCTAssertEqual(state.scroll, before.2)
    }
}
