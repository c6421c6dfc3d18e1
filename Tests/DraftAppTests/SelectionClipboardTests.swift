import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// Selecting, copying, cutting and pasting, and the word deletes, through update as keys.
final class SelectionClipboardTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private var body: String {
        "Hi %first_name%,\n\n&&Hook from the headline&&\n\nTeams like yours save 6 hours a week.\n\n{{sender_first}}"
    }

    func testShiftMovesSelectAndTypingReplacesTheSelectionAsOneUndoStep() {
        var state = loadedState()
        press([Key.controlRight.shifted], &state)
        XCTAssertEqual(state.editors[.body]?.selectedText, "Hi")
        press([Key.controlRight.shifted, Key.down.shifted], &state)
        XCTAssertEqual(state.editors[.body]?.selectedText, "Hi %first_name%,\n")
        type("Hello", &state)
        XCTAssertEqual(state.editors[.body]?.lines.prefix(2), ["Hello", "&&Hook from the headline&&"])
        press(.control("z"), &state)
        XCTAssertEqual(state.editors[.body]?.text, body)
        XCTAssertNil(state.editors[.body]?.selection, "undo leaves no selection over other text")
    }

    func testLeftAndRightLandOnTheSelectionsEdge() {
        var state = loadedState()
        press([Key.end.shifted], &state)
        press(.left, &state)
        XCTAssertEqual(state.editors[.body]?.cursor, TextPosition(line: 0, offset: 0))
        XCTAssertNil(state.editors[.body]?.selection)
    }

    func testCtrlASelectsTheFieldAndTheTitleCountsIt() {
        var state = loadedState(width: 120, height: 40)
        XCTAssertTrue(screenText(state).contains("3 Body · 15 words"))
        XCTAssertTrue(screenText(state).contains("2 Subject · 42 characters"))
        press([.control("a")], &state)
        XCTAssertEqual(state.editors[.body]?.selectedText, body)
        XCTAssertTrue(screenText(state).contains("3 Body · 15 of 15 words"))
        press([Key.controlHome, Key.end.shifted], &state)
        XCTAssertTrue(screenText(state).contains("3 Body · 2 of 15 words"))
    }

    func testCopyGoesToTheAppAndTheTerminalClipboard() {
        var state = loadedState()
        press([Key.controlRight.shifted], &state)
        XCTAssertEqual(press(.control("c"), &state), [.setTerminalClipboard("Hi")])
        XCTAssertEqual(state.status, StatusMessage("Copied 2 characters"))
        press([.controlEnd], &state)
        press(.control("v"), &state)
        XCTAssertTrue(state.editors[.body]!.text.hasSuffix("{{sender_first}}Hi"))
    }

    func testCutAndPasteMoveALineAndTheSaveSendsExactlyThatBody() {
        var state = loadedState()
        let effects = press(.control("k"), &state)
        XCTAssertTrue(effects.contains(.setTerminalClipboard("Hi %first_name%,\n")))
        XCTAssertEqual(state.status, StatusMessage("Cut 17 characters (1 line, Ctrl-U pastes)"))
        press([.controlEnd, .enter], &state)
        press(.control("u"), &state)
        XCTAssertEqual(
            savedPatch(&state),
            #"{"draft_body":"\n&&Hook from the headline&&\n\nTeams like yours save 6 hours a week.\n\n{{sender_first}}\nHi %first_name%,\n","#
                + SampleSessions.richHistoryKeepingItsDraft + "}")
    }

    func testConsecutiveCtrlKGatherLinesAndAnyOtherKeyStartsAfresh() {
        var state = loadedState()
        press([.control("k"), .control("k"), .control("k")], &state)
        XCTAssertEqual(state.clipboard, "Hi %first_name%,\n\n&&Hook from the headline&&\n")
        XCTAssertEqual(state.status?.text, "Cut 45 characters (3 lines, Ctrl-U pastes)")
        press([.right, .control("k")], &state)
        XCTAssertEqual(state.clipboard, "Teams like yours save 6 hours a week.\n", "a move ends the gathering")
        press(.control("u"), &state)
        press(.control("u"), &state)
        XCTAssertTrue(
            state.editors[.body]!.text.hasPrefix(
                "\nTeams like yours save 6 hours a week.\nTeams like yours save 6 hours a week.\n"))
    }

    func testCtrlXCutsTheSelectionOrTheLine() {
        var state = loadedState()
        press(.alt("2"), &state)
        press([.home, Key.controlRight.shifted, Key.controlRight.shifted], &state)
        press(.control("x"), &state)
        XCTAssertEqual(state.clipboard, "%first_name%,")
        XCTAssertEqual(state.editors[.subject]?.text, " a faster week for %company%?")
        press(.control("x"), &state)
        XCTAssertEqual(state.clipboard, " a faster week for %company%?", "nothing selected: the line")
        XCTAssertEqual(state.editors[.subject]?.text, "")
        XCTAssertEqual(savedPatch(&state), #"{"draft_subject":"","# + SampleSessions.richHistoryKeepingItsDraft + "}")
    }

    func testTheComposerSelectsAndCutsToo() {
        var state = loadedState()
        press(.alt("4"), &state)
        type("hello world", &state)
        press([Key.home.shifted], &state)
        XCTAssertEqual(state.editors[.transcript]?.selectedText, "hello world")
        press(.control("x"), &state)
        XCTAssertEqual(state.editors[.transcript]?.text, "")
        XCTAssertEqual(state.clipboard, "hello world")
    }

    func testCopyInReadingPanesTakesTheChosenItem() {
        var state = loadedState()
        press([.alt("6"), .control("c")], &state)
        XCTAssertEqual(state.clipboard, "Maya, a faster week?\n\nHi Maya,\n\nTeams like yours save 6 hours a week.")
        XCTAssertEqual(state.status?.text, "Copied \(state.clipboard!.count) characters (the example)")
        press([.alt("7"), .control("c")], &state)
        XCTAssertEqual(state.clipboard, "Old subject\n\nOld body")
        press([.alt("4"), .home, .control("c")], &state)
        XCTAssertEqual(
            state.clipboard, "Write a first cold email for operations leaders.", "the message at the top of the view")
        press([.alt("5"), .control("c")], &state)
        XCTAssertTrue(
            state.clipboard!.hasPrefix("Subject\n  %first_name%, a faster week?\nBody\n  Hi %first_name%,"),
            state.clipboard!)
    }

    func testCopiedControlCharactersGoOutAsTheyAreOnlyInsideTheEffect() {
        var state = loadedState(Sessions.hostile())
        press([.control("a"), .control("c")], &state)
        XCTAssertEqual(state.clipboard, "line\rover\u{08}\u{08}write \u{202E}desrever\u{202C} \u{9B}31m")
        XCTAssertFalse(screenText(state).contains("\u{1B}"), "the screen still shows them made visible")
    }

    func testTooLongForTheTerminalStaysInTheApp() {
        var state = loadedState()
        press(.control("a"), &state)
        _ = apply(.input(.paste(String(repeating: "0123456789", count: 12_000))), to: &state)
        press(.control("a"), &state)
        XCTAssertEqual(press(.control("c"), &state), [], "no OSC 52 above 100 KB")
        XCTAssertEqual(state.status?.isError, true)
        XCTAssertTrue(state.status!.text.contains("too long for the terminal's clipboard"))
        XCTAssertEqual(state.clipboard?.utf8.count, 120_000)
    }

    func testNothingSelectedOrNothingCopiedSaysSo() {
        var state = loadedState()
        XCTAssertEqual(press(.control("c"), &state), [])
        XCTAssertEqual(state.status?.isError, true)
        XCTAssertEqual(press(.control("v"), &state), [])
        XCTAssertTrue(state.status!.text.hasPrefix("Nothing to paste yet"))
    }

    func testWordDeletesOverUnicodeAreOneUndoStepEach() {
        var state = loadedState(Sessions.unicode())
        press(.alt("2"), &state)
        press(.end, &state)
        press(.special(.backspace, .alt), &state)
        XCTAssertEqual(state.editors[.subject]?.text, "%first_name%さん、%company%の配送を速く ")
        press(.special(.backspace, .control), &state)
        XCTAssertEqual(
            state.editors[.subject]?.text, "%first_name%さん、",
            "Ctrl-Backspace too; a run of letters with no space is one word")
        press([.home, .alt("d")], &state)
        XCTAssertEqual(state.editors[.subject]?.text, "、")
        press([.control("z"), .control("z"), .control("z")], &state)
        XCTAssertEqual(state.editors[.subject]?.text, "%first_name%さん、%company%の配送を速く 😀")
    }

    func testEscDropsTheSelection() {
        var state = loadedState()
        press([Key.end.shifted, .escape], &state)
        XCTAssertNil(state.editors[.body]?.selection)
    }

    func testSelectionSnapshots() {
        for (width, height) in [(80, 24), (200, 50)] {
            var state = loadedState(width: width, height: height)
            press([.down, .down, .controlRight, Key.down.shifted, Key.down.shifted, Key.controlRight.shifted], &state)
            assertSnapshot(state, named: "selection-\(width)x\(height)", marks: true)
        }
    }
}
