import XCTest
@testable import DraftCore

final class SpanMarksTests: XCTestCase {
    func testMarksCutSpansAndKeepTheirRoles() {
        let line: StyledLine = [Span("Hi "), Span("%first_name%", .variable), Span(", hello")]
        let marked = line.marked([SpanMark(1..<6, .match), SpanMark(4..<8, .selectedText)])
        XCTAssertEqual(marked.map(\.text).joined(), "Hi %first_name%, hello", "the text is unchanged")
        XCTAssertEqual(
            marked,
            [
                Span("H"), Span("i ", overlay: .match), Span("%", .variable, overlay: .match),
                Span("firs", .variable, overlay: .selectedText), Span("t_name%", .variable), Span(", hello")
            ])
    }

    func testAnEmptyOrMissedMarkLeavesTheLine() {
        let line: StyledLine = [Span("abc")]
        XCTAssertEqual(line.marked([SpanMark(1..<1, .match)]), line)
        XCTAssertEqual(line.marked([SpanMark(5..<7, .match)]), line)
    }
}
