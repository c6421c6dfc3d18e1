import XCTest
@testable import PuffleAPI

final class TemplateRendererTests: XCTestCase {
    func testFillsBothSyntaxesAndLeavesUnknownsVisible() {
        let lead = Lead(
            fields: ["first_name": "Maya", "last_name": "Okafor", "company": "Brightline"],
            customFields: ["tier": "gold"])
        let result = TemplateRenderer.render(
            "Hi %first_name% ({{ full_name }}) at %company%, %custom_fields.tier%, %position%, 50% off, {{nope}}",
            lead: lead)
        XCTAssertEqual(result.text, "Hi Maya (Maya Okafor) at Brightline, gold, %position%, 50% off, {{nope}}")
        XCTAssertEqual(result.unresolved, ["position", "nope"])
    }
}
