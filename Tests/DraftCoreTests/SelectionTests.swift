import XCTest
import TestSupport
@testable import DraftCore

/// Selecting, and the edits that act on a selection: they replace or remove it in one undo step
/// and never leave it pointing at text that changed.
final class SelectionTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testShiftMovesExtendAndAPlainMoveDrops() {
        var buffer = TextBuffer("Hi %first_name%, quick question")
        buffer.extendSelection { $0.moveWordRight() }
        XCTAssertEqual(buffer.selectedText, "Hi")
        buffer.extendSelection { $0.moveWordRight() }
        XCTAssertEqual(buffer.selectedText, "Hi %first_name%", "a variable is one word")
        buffer.extendSelection { $0.moveLeft() }
        XCTAssertEqual(buffer.selectedText, "Hi %first_name")
        buffer.moveRight()
        XCTAssertNil(buffer.selection)
        buffer.moveToEnd()
        buffer.extendSelection { $0.moveWordLeft() }
        XCTAssertEqual(buffer.selectedText, "question", "backwards from the cursor")
        XCTAssertEqual(buffer.selection?.lowerBound.offset, 23)
    }

    func testASelectionNeverSplitsAGrapheme() {
        var buffer = TextBuffer("a👩‍👩‍👧e\u{301}中b")
        buffer.moveRight()
        buffer.extendSelection { $0.moveRight() }
        XCTAssertEqual(buffer.selectedText, "👩‍👩‍👧")
        buffer.extendSelection { $0.moveRight() }
        XCTAssertEqual(buffer.selectedText, "👩‍👩‍👧e\u{301}")
        buffer.extendSelection { $0.moveRight() }
        XCTAssertEqual(buffer.selectedText, "👩‍👩‍👧e\u{301}中")
        XCTAssertEqual(buffer.counts(from: buffer.selection!.lowerBound, to: buffer.selection!.upperBound).words, 1)
    }

    func testTypingOverASelectionReplacesItAsOneUndoStep() {
        var buffer = TextBuffer("Hello RouteWise team")
        buffer.place(TextPosition(line: 0, offset: 6), goalColumn: nil)
        buffer.extendSelection { $0.moveWordRight() }
        for character in "Acme" { buffer.insert(String(character)) }
        XCTAssertEqual(buffer.text, "Hello Acme team")
        XCTAssertNil(buffer.selection)
        buffer.undo()
        XCTAssertEqual(buffer.text, "Hello RouteWise team", "the replacement and the word typed are one step")
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 15))
        buffer.redo()
        XCTAssertEqual(buffer.text, "Hello Acme team")
    }

    func testBackspaceDeleteAndPasteActOnTheSelection() {
        var buffer = TextBuffer("one\ntwo\nthree")
        buffer.moveToStart()
        buffer.extendSelection { $0.moveVertically(by: 1) }
        buffer.backspace()
        XCTAssertEqual(buffer.text, "two\nthree")
        buffer.selectAll()
        XCTAssertEqual(buffer.selectedText, "two\nthree")
        buffer.insert("pasted\ntext", isPaste: true)
        XCTAssertEqual(buffer.text, "pasted\ntext")
        buffer.undo()
        XCTAssertEqual(buffer.text, "two\nthree")
        buffer.undo()
        XCTAssertEqual(buffer.text, "one\ntwo\nthree")
        XCTAssertNil(buffer.selection, "undo drops the selection")
    }

    func testAServerResetDropsTheSelection() {
        var buffer = TextBuffer("Hi there")
        buffer.selectAll()
        let fresh = buffer.reset(to: "Something else entirely")
        XCTAssertNil(fresh.selection)
        XCTAssertFalse(fresh.canUndo)
    }

    func testWordDeletesAreOneUndoStepEachAndGraphemeSafe() {
        var buffer = TextBuffer("Grüße an café 👩‍👩‍👧 team")
        buffer.moveToEnd()
        buffer.deleteWordBackward()
        XCTAssertEqual(buffer.text, "Grüße an café 👩‍👩‍👧 ")
        buffer.deleteWordBackward()
        XCTAssertEqual(buffer.text, "Grüße an café ", "the emoji sequence goes whole")
        buffer.deleteWordBackward()
        XCTAssertEqual(buffer.text, "Grüße an ")
        buffer.moveToStart()
        buffer.deleteWordForward()
        XCTAssertEqual(buffer.text, " an ")
        buffer.undo()
        XCTAssertEqual(buffer.text, "Grüße an ")
        buffer.undo()
        XCTAssertEqual(buffer.text, "Grüße an café ")
        buffer.undo()
        buffer.undo()
        XCTAssertEqual(buffer.text, "Grüße an café 👩‍👩‍👧 team")
    }

    func testAWordDeleteAtALineStartJoinsTheLines() {
        var buffer = TextBuffer("first\nsecond")
        buffer.place(TextPosition(line: 1, offset: 0), goalColumn: nil)
        buffer.deleteWordBackward()
        XCTAssertEqual(buffer.text, "second", "the line break and the word before it")
    }

    func testCutLineTakesTheLineAndItsBreak() {
        var buffer = TextBuffer("a\nb\nc")
        XCTAssertEqual(buffer.cutLine(), "a\n")
        XCTAssertEqual(buffer.text, "b\nc")
        buffer.moveToEnd()
        XCTAssertEqual(buffer.cutLine(), "c", "the last line keeps its place, empty")
        XCTAssertEqual(buffer.text, "b\n")
        var title = TextBuffer("A title", singleLine: true)
        XCTAssertEqual(title.cutLine(), "A title")
        XCTAssertEqual(title.text, "")
    }

    func testGroupedReplacementsUndoAsOne() {
        var buffer = TextBuffer("x y x\nx")
        let depth = buffer.undoDepth
        buffer.replace(TextPosition(line: 0, offset: 0)..<TextPosition(line: 0, offset: 1), with: "zz")
        buffer.replace(TextPosition(line: 0, offset: 5)..<TextPosition(line: 0, offset: 6), with: "zz")
        buffer.replace(TextPosition(line: 1, offset: 0)..<TextPosition(line: 1, offset: 1), with: "zz")
        buffer.groupUndo(since: depth)
        XCTAssertEqual(buffer.text, "zz y zz\nzz")
        buffer.undo()
        XCTAssertEqual(buffer.text, "x y x\nx")
        buffer.redo()
        XCTAssertEqual(buffer.text, "zz y zz\nzz")
    }

    func testDoubleClickWordsAreWordsSpacesOrPunctuation() {
        let buffer = TextBuffer("Hi %first_name%, 中文 — ok")
        func word(at offset: Int) -> String {
            let range = buffer.word(at: TextPosition(line: 0, offset: offset))
            return buffer.text(from: range.lowerBound, to: range.upperBound)
        }
        XCTAssertEqual(word(at: 5), "%first_name%")
        XCTAssertEqual(word(at: 15), ",")
        XCTAssertEqual(word(at: 17), "中文")
    }

    func testCountsFollowEditsAndSelections() {
        var body = TextBuffer("Hi %first_name%,\n\nTeams like yours — cut route planning.")
        XCTAssertEqual(body.counts.words, 8, "a lone dash is not a word, a variable is")
        body.moveToEnd()
        body.insert(" More words here")
        XCTAssertEqual(body.counts.words, 11)
        body.place(TextPosition(line: 2, offset: 0), goalColumn: nil)
        body.extendSelection { $0.moveToLineEnd() }
        XCTAssertEqual(body.counts(from: body.selection!.lowerBound, to: body.selection!.upperBound).words, 9)
        body.insert("\n", isPaste: true)
        XCTAssertEqual(body.counts.words, 2)
        var subject = TextBuffer("Café ☕ for %company%", singleLine: true)
        XCTAssertEqual(subject.counts.characters, 20)
        subject.moveToEnd()
        subject.insert("e\u{301}")
        XCTAssertEqual(subject.counts.characters, 21, "a letter with its mark is one character")
        subject.backspace()
        XCTAssertEqual(subject.counts.characters, 20)
    }
}
