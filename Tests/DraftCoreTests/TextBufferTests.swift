import XCTest
import TestSupport
@testable import DraftCore

final class TextBufferTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private func typed(_ text: String, into buffer: inout TextBuffer) {
        for character in text { buffer.insert(String(character)) }
    }

    func testTypingGroupsIntoWordsForUndo() {
        var buffer = TextBuffer("")
        typed("Hi there friend", into: &buffer)
        XCTAssertEqual(buffer.text, "Hi there friend")
        buffer.undo()
        XCTAssertEqual(buffer.text, "Hi there ")
        buffer.undo()
        XCTAssertEqual(buffer.text, "Hi ")
        buffer.redo()
        buffer.redo()
        XCTAssertEqual(buffer.text, "Hi there friend")
        XCTAssertFalse(buffer.canRedo)
    }

    func testAMoveStartsANewUndoStep() {
        var buffer = TextBuffer("")
        typed("abc", into: &buffer)
        buffer.moveLeft()
        typed("X", into: &buffer)
        XCTAssertEqual(buffer.text, "abXc")
        buffer.undo()
        XCTAssertEqual(buffer.text, "abc")
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 2))
    }

    func testAPasteOfAnySizeIsOneEditAndOneUndoStep() {
        var buffer = TextBuffer("start ")
        buffer.moveToEnd()
        let paste = String(repeating: "line of pasted text 中文\n", count: 5000)
        buffer.insert(paste, isPaste: true)
        XCTAssertEqual(buffer.lines.count, 5001)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 5000, offset: 0))
        buffer.undo()
        XCTAssertEqual(buffer.text, "start ")
    }

    func testCursorStepsOverWholeGraphemeClusters() {
        var buffer = TextBuffer("a😀e\u{301}中👩‍👩‍👧b")
        var stops: [Int] = []
        for _ in 0..<7 { buffer.moveRight(); stops.append(buffer.cursor.offset) }
        XCTAssertEqual(stops, [1, 5, 8, 11, 29, 30, 30])
        buffer.backspace()
        buffer.backspace()
        XCTAssertEqual(buffer.text, "a😀e\u{301}中")
        buffer.backspace()
        buffer.backspace()
        XCTAssertEqual(buffer.text, "a😀")
        buffer.undo()
        XCTAssertEqual(buffer.text, "a😀e\u{301}中👩‍👩‍👧b", "one run of backspaces is one undo step")
    }

    /// A letter typed before a lone accent (server text, a paste) becomes one character with it:
    /// the cursor goes after the accent, the next letter starts an undo step of its own, and
    /// undo takes each back. Joining a line that starts with an accent to a letter does too.
    func testTextThatJoinsAnAccentLeavesTheCursorAfterIt() {
        var buffer = TextBuffer("\u{301}x")
        typed("ab", into: &buffer)
        XCTAssertEqual(buffer.text, "a\u{301}bx")
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 4))
        buffer.undo()
        XCTAssertEqual(buffer.text, "a\u{301}x")
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 3))
        buffer.undo()
        XCTAssertEqual(buffer.text, "\u{301}x")
        buffer.insert("y")
        buffer.backspace()  // trapped: the cursor was inside "ý"
        XCTAssertEqual(buffer.text, "x")

        var joined = TextBuffer("e\n\u{301}")
        joined.moveRight()
        joined.deleteForward()
        XCTAssertEqual(joined.text, "e\u{301}")
        XCTAssertEqual(joined.cursor, TextPosition(line: 0, offset: 3))
        joined.undo()
        XCTAssertEqual(joined.text, "e\n\u{301}")
    }

    /// A range found in bytes (a copy check's, on text with joiners and lone accents) can cut a
    /// character: selecting it takes whole characters, and placing the cursor in one goes to its start.
    func testSelectingOrPlacingInsideACharacterTakesWholeCharacters() {
        var buffer = TextBuffer("Z\u{200D}\u{301} e\u{301}x")  // "Z‍́" is one character of 6 bytes
        buffer.select(from: TextPosition(line: 0, offset: 1), to: TextPosition(line: 0, offset: 8))
        XCTAssertEqual(buffer.selection, TextPosition(line: 0, offset: 0)..<TextPosition(line: 0, offset: 10))
        buffer.select(from: TextPosition(line: 0, offset: 8), to: TextPosition(line: 0, offset: 3))
        XCTAssertEqual(buffer.anchor, TextPosition(line: 0, offset: 10))
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 0))
        buffer.place(TextPosition(line: 0, offset: 4), goalColumn: nil)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 0))
        buffer.place(TextPosition(line: 0, offset: 8), goalColumn: nil)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 7))
    }

    func testDeleteAndBackspaceJoinLines() {
        var buffer = TextBuffer("ab\ncd")
        buffer.moveVertically(by: 1)
        buffer.moveToLineStart()
        buffer.backspace()
        XCTAssertEqual(buffer.text, "abcd")
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 2))
        buffer.insert("\n")
        XCTAssertEqual(buffer.lines, ["ab", "cd"])
        buffer.moveToStart()
        buffer.moveToLineEnd()
        buffer.deleteForward()
        XCTAssertEqual(buffer.text, "abcd")
    }

    func testWordMoves() {
        var buffer = TextBuffer("Hi %first_name%, how are you")
        buffer.moveWordRight()
        XCTAssertEqual(buffer.cursor.offset, 2)
        buffer.moveWordRight()
        XCTAssertEqual(buffer.cursor.offset, 15)
        buffer.moveToLineEnd()
        buffer.moveWordLeft()
        XCTAssertEqual(buffer.cursor.offset, 25)
    }

    func testVerticalMovesKeepTheDisplayColumn() {
        var buffer = TextBuffer("中文中文中文\nab\nabcdefgh")
        buffer.moveToLineEnd()
        XCTAssertEqual(buffer.displayColumn(of: buffer.cursor), 12)
        buffer.moveVertically(by: 1)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 1, offset: 2))
        buffer.moveVertically(by: 1)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 2, offset: 8), "the goal column survives a short line")
        buffer.moveToStart()
        buffer.moveRight()
        buffer.moveRight()
        buffer.moveRight()  // display column 6
        buffer.moveVertically(by: 2)
        buffer.moveVertically(by: -2)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 9))
    }

    func testSingleLineFieldsTurnLineBreaksIntoSpaces() {
        var buffer = TextBuffer("a\nb", singleLine: true)
        XCTAssertEqual(buffer.text, "a b")
        buffer.moveToEnd()
        buffer.insert("\nc\nd", isPaste: true)
        XCTAssertEqual(buffer.lines, ["a b c d"])
    }

    func testReplaceAllIsOneUndoableEdit() {
        var buffer = TextBuffer("old body\nline 2")
        buffer.moveToEnd()
        buffer.replaceAll(with: "new")
        XCTAssertEqual(buffer.text, "new")
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 3))
        buffer.undo()
        XCTAssertEqual(buffer.text, "old body\nline 2")
    }

    func testRandomEditsUndoBackToTheStartAndKeepTheCursorOnBoundaries() {
        var generator = SeededGenerator(seed: 0x5EED)
        let pieces = [
            "a", " ", "中", "😀", "e\u{301}", "\n", "👩‍👩‍👧", "%x%", "long paste\nwith lines\n", "\u{301}", "\u{200D}"
        ]
        for round in 0..<200 {
            let original = "Hi %first_name%,\n中文 text 😀"
            var buffer = TextBuffer(original)
            for _ in 0..<40 {
                switch Int.random(in: 0..<15, using: &generator) {
                case 0, 1, 2: buffer.insert(pieces.randomElement(using: &generator)!)
                case 3: buffer.insert(pieces.randomElement(using: &generator)!, isPaste: true)
                case 4: buffer.backspace()
                case 5: buffer.deleteForward()
                case 6: buffer.moveLeft()
                case 7: buffer.moveVertically(by: Int.random(in: -2...2, using: &generator))
                case 8: buffer.extendSelection { $0.moveWordLeft() }
                case 9: buffer.extendSelection { $0.moveVertically(by: 1) }
                case 10: buffer.deleteWordBackward()
                case 11: buffer.deleteWordForward()
                case 12: _ = buffer.cutLine()
                case 13:
                    if let found = TextSearch("e")?.ranges(in: buffer.lines[0]).first {
                        buffer.replace(
                            TextPosition(
                                line: 0, offset: found.lowerBound)..<TextPosition(line: 0, offset: found.upperBound),
                            with: "É")
                    }
                default: buffer.moveWordRight()
                }
                for position in [buffer.cursor] + (buffer.anchor.map { [$0] } ?? []) {
                    let line = buffer.lines[position.line]
                    let index = line.utf8Index(position.offset)
                    XCTAssertEqual(
                        index.samePosition(in: line), index, "round \(round): cursor or anchor inside a grapheme")
                }
                let recount = TextBuffer(buffer.text)
                XCTAssertEqual(
                    buffer.counts.words, recount.counts.words, "round \(round): word count kept by the edits")
            }
            let edited = buffer.text
            XCTAssertEqual(buffer.utf8Count, edited.utf8.count, "round \(round)")
            XCTAssertEqual(buffer.differs(from: original), edited != original)
            while buffer.undo() {}
            XCTAssertEqual(buffer.text, original, "round \(round)")
            while buffer.redo() {}
            XCTAssertEqual(buffer.text, edited, "round \(round)")
        }
    }

    /// Typing inside long runs with no space (a pasted blob; a run of dashes with one letter far
    /// from the edit) counts only the bytes near the edit, and the word count stays what counting
    /// the text afresh gives.
    func testTheWordCountInLongRunsWithNoSpaceStaysExact() {
        var generator = SeededGenerator(seed: 0xB10B)
        let typed = ["x", "-", " ", "é", "+", "中", "\t", "7"]
        for round in 0..<60 {
            let dashes = String(repeating: "-", count: Int.random(in: 300...900, using: &generator))
            let blob = String(repeating: "Qwerty+uiop/", count: Int.random(in: 30...90, using: &generator))
            var buffer = TextBuffer("Hi " + dashes + "a" + dashes + " " + blob + " —" + dashes + "—\nend")
            for _ in 0..<30 {
                let line = Int.random(in: 0..<buffer.lines.count, using: &generator)
                let bytes = Array(buffer.lines[line].utf8)
                var offset = Int.random(in: 0...bytes.count, using: &generator)
                // The text has no combining marks: a scalar's start is a grapheme's.
                while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
                buffer.place(TextPosition(line: line, offset: offset), goalColumn: nil)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: buffer.backspace()
                case 1: buffer.deleteForward()
                default: buffer.insert(typed.randomElement(using: &generator)!)
                }
                XCTAssertEqual(buffer.counts.words, TextBuffer(buffer.text).counts.words, "round \(round)")
            }
        }
    }
}

/// What a buffer says its edits touched: the copy checks redo only those lines.
final class TextBufferChangeTests: XCTestCase {
    func testTheChangeSinceARevisionCoversEveryEditSinceIt() {
        var buffer = TextBuffer("a\nb\nc\nd\ne")
        let start = buffer.revision
        buffer.place(TextPosition(line: 1, offset: 1), goalColumn: nil)
        buffer.insert("x")
        XCTAssertEqual(
            buffer.change(since: start), .init(before: start, replaced: 1...1, lineDelta: 0, bytes: 1..<1, inserted: 1))
        buffer.place(TextPosition(line: 3, offset: 1), goalColumn: nil)
        buffer.insert("\n")
        XCTAssertEqual(
            buffer.change(since: start), .init(before: start, replaced: 1...3, lineDelta: 1),
            "two edits: the lines between them too, in the text before both")
        buffer.place(TextPosition(line: 0, offset: 0), goalColumn: nil)
        buffer.insert("y")
        XCTAssertEqual(buffer.change(since: start), .init(before: start, replaced: 0...3, lineDelta: 1))
        buffer.undo()
        buffer.undo()
        buffer.undo()
        XCTAssertEqual(buffer.text, "a\nb\nc\nd\ne")
        XCTAssertEqual(buffer.change(since: start)?.lineDelta, 0)
        XCTAssertNil(buffer.change(since: -1), "a revision the buffer never had")
    }
}
