import TestSupport
import XCTest
@testable import DraftCore

final class TemplateHighlighterTests: XCTestCase {
    private func roles(_ line: StyledLine) -> [String] { line.map { "\($0.role.name):\($0.text)" } }

    func testBothVariableSyntaxesAndFillRegions() {
        XCTAssertEqual(
            roles(TemplateHighlighter.line("Hi %first_name%, {{ company }} && hook &&!")),
            [
                "normal:Hi ", "variable:%first_name%", "normal:, ", "variable:{{ company }}", "normal: ",
                "ai_fill:&& hook &&", "normal:!"
            ])
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

    /// The role of every byte of a highlighted line, from `offset` on.
    private func byteRoles(_ line: StyledLine, from offset: Int) -> [StyleRole] {
        Array(line.flatMap { span in Array(repeating: span.role, count: span.text.utf8.count) }.dropFirst(offset))
    }

    func testHighlightingFromAResumePointMatchesHighlightingTheWholeLine() {
        var random = SeededGenerator(seed: 11)
        let fragments = [
            "&&", "&", "%first_name%", "%", "{{ company }}", "{{", "}}", " ", "word", "中文", "😀", "e\u{301}",
            "%custom_fields.tier%"
        ]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...80, using: &random)).map { _ in fragments.randomElement(using: &random)!
            }.joined()
            var starts = [0]
            for character in text { starts.append(starts.last! + character.utf8.count) }
            let offset = starts.randomElement(using: &random)!
            let lookBehind = Int.random(in: 0...1, using: &random) == 0 ? 128 : Int.random(in: 0...20, using: &random)
            let resume = TemplateHighlighter.resumePoint(in: text, before: offset, lookBehind: lookBehind)
            XCTAssertLessThanOrEqual(resume.offset, offset)
            let partial = TemplateHighlighter.line(text.utf8Suffix(from: resume.offset), insideFill: resume.insideFill)
            let whole = TemplateHighlighter.line(text)
            if lookBehind == 128 {
                XCTAssertEqual(
                    byteRoles(partial, from: offset - resume.offset), byteRoles(whole, from: offset),
                    "\(text.debugDescription) from \(offset)")
            }
            // Whatever the look-behind, `&&` regions are never inverted.
            XCTAssertEqual(
                byteRoles(partial, from: offset - resume.offset).map { $0 == .aiFill },
                byteRoles(whole, from: offset).map { $0 == .aiFill },
                "\(text.debugDescription) from \(offset), look-behind \(lookBehind)")
        }
    }
}
