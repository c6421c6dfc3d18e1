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
}
