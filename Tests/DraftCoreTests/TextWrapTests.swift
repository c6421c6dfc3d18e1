import XCTest
import TestSupport
@testable import DraftCore

final class TextWrapTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private func rows(_ text: String, _ width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWrap.wrap([Span(String($0))], width: width) }.map { $0.map(\.text).joined() }
    }

    func testWrapsAtSpacesAndKeepsEmptyLines() {
        XCTAssertEqual(rows("the quick brown fox jumps", 10), ["the quick ", "brown fox ", "jumps"])
        XCTAssertEqual(rows("a\n\nb", 10), ["a", "", "b"])
    }

    func testARowTheWrapBeginsStartsAtItsText() {
        XCTAssertEqual(rows("34 words  (v: next view)", 9), ["34 words ", "(v: next ", "view)"])
        XCTAssertEqual(rows("  indented first row  and more", 12), ["  indented ", "first row  ", "and more"])
    }

    func testBreaksAWordOnlyWhenItIsWiderThanTheRow() {
        XCTAssertEqual(rows("abcdefghij kl", 4), ["abcd", "efgh", "ij ", "kl"])
    }

    func testWideCharactersWrapByDisplayWidth() {
        let wrapped = rows("中文中文中文", 5)
        XCTAssertEqual(wrapped, ["中文", "中文", "中文"])
        for width in 1...12 {
            for row in TextWrap.wrap([Span("Hi 中文 😀 e\u{301}e\u{301} %first_name% ok")], width: width) {
                XCTAssertLessThanOrEqual(DisplayWidth.of(row.map(\.text).joined()), max(width, 2), "width \(width)")
            }
        }
    }

    func testStylesSurviveWrapping() {
        let line: StyledLine = [Span("Hi "), Span("%first_name%", .variable), Span(" there")]
        let wrapped = TextWrap.wrap(line, width: 8)
        XCTAssertEqual(wrapped.flatMap { $0 }.filter { $0.role == .variable }.map(\.text).joined(), "%first_name%")
    }
}
