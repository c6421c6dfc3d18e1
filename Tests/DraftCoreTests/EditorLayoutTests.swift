import XCTest
import TestSupport
@testable import DraftCore

final class EditorLayoutTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testRowRangesMatchTheReadingWrap() {
        let line = "the quick brown fox jumps over 中文 dogs"
        for width in 3...20 {
            let ranges = TextWrap.rowRanges(line, width: width)
            let drawn = TextWrap.wrap([Span(line)], width: width).map { $0.map(\.text).joined() }
            XCTAssertEqual(ranges.count, drawn.count, "width \(width)")
            XCTAssertEqual(ranges.first?.lowerBound, 0)
            XCTAssertEqual(ranges.last?.upperBound, line.utf8.count)
            for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertEqual(a.upperBound, b.lowerBound) }
        }
    }

    func testTheCursorIsFoundOnItsVisualRow() {
        let buffer = TextBuffer("hello big world")
        let layout = EditorLayout(width: 6)
        XCTAssertEqual(TextWrap.rowRanges("hello big world", width: 6), [0..<6, 6..<10, 10..<15])
        XCTAssertEqual(layout.locate(TextPosition(line: 0, offset: 3), in: buffer).row, 0)
        XCTAssertEqual(layout.locate(TextPosition(line: 0, offset: 6), in: buffer).row, 1)
        XCTAssertEqual(layout.locate(TextPosition(line: 0, offset: 12), in: buffer).column, 2)
        XCTAssertEqual(layout.locate(TextPosition(line: 0, offset: 15), in: buffer).row, 2)
    }

    func testMovingByVisualRowsKeepsTheColumn() {
        var buffer = TextBuffer("hello big world\nab")
        let layout = EditorLayout(width: 6)
        buffer.moveRight()
        buffer.moveRight()
        layout.moveVertically(&buffer, byRows: 1)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 8))
        layout.moveVertically(&buffer, byRows: 2)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 1, offset: 2))
        layout.moveVertically(&buffer, byRows: -1)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 12))
        layout.moveVertically(&buffer, byRows: -10)
        XCTAssertEqual(buffer.cursor, TextPosition(line: 0, offset: 2))
    }

    func testTheViewScrollsJustEnoughToShowTheCursor() {
        var buffer = TextBuffer((0..<50).map { "line \($0)" }.joined(separator: "\n"))
        let layout = EditorLayout(width: 20)
        buffer.moveToEnd()
        XCTAssertEqual(layout.anchorShowingCursor(buffer, from: .top, height: 10), ScrollAnchor(block: 40, row: 0))
        buffer.moveToStart()
        XCTAssertEqual(layout.anchorShowingCursor(buffer, from: ScrollAnchor(block: 40, row: 0), height: 10), .top)
        XCTAssertEqual(layout.anchorShowingCursor(buffer, from: .top, height: 10), .top)
    }
}
