import XCTest
import TestSupport
@testable import DraftCore

/// Kept rows must always equal a fresh wrap of the text: a repaired row that disagrees would
/// put the cursor on the wrong row or draw text twice.
final class LineRowsTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    /// Words of every kind the wrapper treats differently: spaces, wide CJK, emoji (also with
    /// ZWJ and skin tone), combining marks, flags, long unbreakable runs and variables.
    static let fragments = [
        "a", "word", " ", "  ", "中文", "😀", "👩‍👩‍👧", "👍🏽", "e\u{301}", "\u{301}", "🇫🇷", "🇩🇪", "\u{1F1E6}",
        "%first_name%", "supercalifragilistic", "&&", "x\u{200D}", "\t"
    ]

    private func randomText(_ random: inout SeededGenerator, pieces: ClosedRange<Int>) -> String {
        (0..<Int.random(in: pieces, using: &random)).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
    }

    /// A valid UTF-8 offset on a grapheme boundary, as the editor's cursor always is.
    private func boundary(in line: String, _ random: inout SeededGenerator) -> Int {
        var offsets = [0]
        for character in line { offsets.append(offsets.last! + character.utf8.count) }
        return offsets.randomElement(using: &random)!
    }

    /// Rows found on the bytes of ASCII text must be the rows the grapheme wrapper finds.
    func testRowsOfAsciiTextMatchTheGraphemeWrapper() {
        var random = SeededGenerator(seed: 20261201)
        let words = ["a", "word", " ", "  ", "%first_name%", "supercalifragilistic", "&&", "x", ".", "é"]
        for _ in 0..<3000 {
            let width = Int.random(in: 1...30, using: &random)
            let line = (0..<Int.random(in: 0...60, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined()
            var offsets: [Int] = []
            var pieces: [TextWrap.Piece] = []
            var offset = 0
            for character in line {
                offsets.append(offset)
                pieces.append(TextWrap.Piece(width: DisplayText.width(of: character), isSpace: character == " "))
                offset += character.utf8.count
            }
            offsets.append(offset)
            let expected = TextWrap.rows(pieces, width: width).map { offsets[$0.lowerBound]..<offsets[$0.upperBound] }
            XCTAssertEqual(
                LineRows(line, width: width).ranges, expected.isEmpty ? [0..<0] : expected,
                "\(line.debugDescription) at \(width)")
        }
    }

    func testRepairedRowsEqualAFreshWrapAfterEveryEdit() {
        var random = SeededGenerator(seed: 20261129)
        var edits = 0
        for _ in 0..<300 {
            let width = Int.random(in: 1...40, using: &random)
            var line = randomText(&random, pieces: 0...120)
            var rows = LineRows(line, width: width)
            for _ in 0..<20 {
                let start = boundary(in: line, &random)
                let tail = String(line.utf8Suffix(from: start))
                var end = start
                if Bool.random(using: &random) { end = start + boundary(in: tail, &random) }
                let removed = String(line.utf8Prefix(end).utf8Suffix(from: start))
                let inserted = Int.random(in: 0...3, using: &random) == 0 ? "" : randomText(&random, pieces: 1...4)
                line = line.utf8Prefix(start) + inserted + line.utf8Suffix(from: end)
                rows.repair(line, editAt: start, removed: removed, inserted: inserted)
                let fresh = LineRows(line, width: width)
                XCTAssertEqual(
                    rows, fresh,
                    "width \(width), edit at \(start): \(removed.debugDescription) → \(inserted.debugDescription) in \(line.debugDescription)"
                )
                if rows != fresh { return }
                edits += 1
            }
        }
        XCTAssertEqual(edits, 6_000)
    }

    func testAnEditInARunOfFlagsRegroupsTheWholeRun() {
        let flags = String(repeating: "🇫🇷", count: 40) + " and the rest"
        for width in 1...6 {
            for (offset, inserted) in [(0, "\u{1F1E6}"), (4, "x"), (8, "\u{1F1E6}"), (160, "\u{1F1E6}"), (12, "ab")] {
                var rows = LineRows(flags, width: width)
                let line = flags.utf8Prefix(offset) + inserted + flags.utf8Suffix(from: offset)
                rows.repair(line, editAt: offset, removed: "", inserted: inserted)
                XCTAssertEqual(
                    rows, LineRows(line, width: width), "width \(width), \(inserted.debugDescription) at \(offset)")
            }
        }
    }

    func testTypingInTheMiddleOfAHugeLineRewrapsOnlyNearbyRows() {
        let word = "planning "
        var line = String(repeating: word, count: 10_000)
        var rows = LineRows(line, width: 60)
        let before = rows.ranges
        let offset = word.utf8.count * 5_000
        line = line.utf8Prefix(offset) + "x" + line.utf8Suffix(from: offset)
        rows.repair(line, editAt: offset, removed: "", inserted: "x")
        XCTAssertEqual(rows, LineRows(line, width: 60))
        let changed = zip(before, rows.ranges).filter { $0.0 != $0.1 }.count
        XCTAssertGreaterThan(changed, 0)
        XCTAssertEqual(
            Array(before.prefix(800)), Array(rows.ranges.prefix(800)), "the rows well before the edit are kept")
    }

    func testTheBufferKeepsRowsThroughEditsUndoAndNewLines() {
        var random = SeededGenerator(seed: 7)
        let long = String(repeating: "route planning at %company% ", count: 200)
        var buffer = TextBuffer("short\n" + long + "\nafter\n" + long)
        let layout = EditorLayout(width: 37)
        buffer.place(TextPosition(line: 1, offset: 2_000), goalColumn: nil)
        for step in 0..<400 {
            layout.keepRowsInView(&buffer, from: ScrollAnchor(block: 0, row: 0), height: 400)
            XCTAssertFalse(buffer.keptRows.isEmpty)
            switch Int.random(in: 0..<8, using: &random) {
            case 0: buffer.insert("\n")
            case 1: buffer.backspace()
            case 2: buffer.undo()
            case 3: buffer.redo()
            case 4: buffer.insert("pasted 中文 text\nover two lines", isPaste: true)
            case 5: buffer.moveVertically(by: Int.random(in: -2...2, using: &random))
            default: buffer.insert(Self.fragments.randomElement(using: &random)!)
            }
            for (line, kept) in buffer.keptRows {
                XCTAssertEqual(kept, LineRows(buffer.lines[line], width: 37), "step \(step), line \(line)")
            }
            for line in buffer.lines.indices {
                XCTAssertEqual(
                    layout.rows(buffer, line: line), TextWrap.rowRanges(buffer.lines[line], width: 37), "step \(step)")
            }
        }
    }
}
