import DraftCore
import Foundation
import XCTest
@testable import DraftApp

final class ReadmeTests: XCTestCase {
    /// README.md lists the keys between two markers; the list must be what the key table says.
    func testTheReadmeKeyListIsGeneratedFromTheKeyTable() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "<!-- keys:begin -->\n"))
        let end = try XCTUnwrap(text.range(of: "\n<!-- keys:end -->"))
        let listed = String(text[start.upperBound..<end.lowerBound])
        if listed != KeyTable.markdown() {
            XCTFail("README.md's key list is stale; replace it with:\n\(KeyTable.markdown())")
        }
    }

    /// The README's Copy checks section names every rule of the list and every threshold's key
    /// with its default, so the rules users read are the rules that run.
    func testTheReadmeGivesEveryCopyRuleAndItsDefault() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "## Copy checks\n"))
        let rest = text[start.upperBound...]
        let section = String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
        let limits = CopyThresholds()
        for rule in CopyRule.allCases {
            let named = rule == .emptySubject || rule == .emptyBody ? "empty subject, empty body" : rule.name
            XCTAssertTrue(section.contains("| \(named) |"), "the README's table lacks \(rule.name)")
            if let key = rule.configKey {
                XCTAssertTrue(section.contains("`\(key)"), "the README does not give \(key)")
            }
        }
        XCTAssertTrue(section.contains("| \(limits.subjectCharacters) characters |"))
        XCTAssertTrue(section.contains("\(limits.bodyWords.lowerBound)–\(limits.bodyWords.upperBound) words"))
        XCTAssertTrue(section.contains("\(TriggerPhrases.shipped.count) phrases"))
    }
}
