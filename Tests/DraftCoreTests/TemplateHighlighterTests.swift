import XCTest
@testable import DraftCore

final class TemplateHighlighterTests: XCTestCase {
    private func roles(_ line: StyledLine) -> [String] { line.map { "\($0.role.rawValue):\($0.text)" } }

    func testBothVariableSyntaxesAndFillRegions() {
        XCTAssertEqual(roles(TemplateHighlighter.line("Hi %first_name%, {{ company }} && hook &&!")),
                       ["normal:Hi ", "variable:%first_name%", "normal:, ", "variable:{{ company }}", "normal: ",
                        "ai_fill:&& hook &&", "normal:!"])
        XCTAssertEqual(roles(TemplateHighlighter.line("%custom_fields.tier%")), ["variable:%custom_fields.tier%"])
    }

    func testPercentagesAndBracesInProseAreNotVariables() {
        XCTAssertEqual(roles(TemplateHighlighter.line("50% off, 20% more")), ["normal:50% off, 20% more"])
        XCTAssertEqual(roles(TemplateHighlighter.line("{{}} and {{ a b }}")), ["normal:{{}} and {{ a b }}"])
    }

    func testAFillRegionMayRunAcrossLines() {
        let lines = TemplateHighlighter.lines("a &&one\ntwo&& b")
        XCTAssertEqual(roles(lines[0]), ["normal:a ", "ai_fill:&&one"])
        XCTAssertEqual(roles(lines[1]), ["ai_fill:two&&", "normal: b"])
    }

    func testTheTextIsNeverChanged() {
        let text = "Hi %first_name%,\n&&x&& {{y}} 100%"
        XCTAssertEqual(TemplateHighlighter.lines(text).map { $0.map(\.text).joined() }.joined(separator: "\n"), text)
    }
}
