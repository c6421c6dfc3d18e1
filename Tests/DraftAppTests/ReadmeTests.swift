import DraftCore
import Foundation
import PuffleAPI
import TestSupport
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

    /// The README's picture of the sequence review is the demo's screen as the app draws it now
    /// (100 × 30, the third lead): a change to the screen or the demo shows up here.
    func testTheReadmeSequenceReviewPictureIsTheDemosScreen() async throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try XCTUnwrap(text.range(of: "## Sequence review\n"))
        let rest = text[section.upperBound...]
        let open = try XCTUnwrap(rest.range(of: "```\n"))
        let close = try XCTUnwrap(rest[open.upperBound...].range(of: "\n```"))
        let picture = String(rest[open.upperBound..<close.lowerBound])

        let folder = try TemporaryDirectory()
        let demo = DemoPuffleService(directory: URL(fileURLWithPath: folder.path))
        var state = AppState(sessionID: nil, width: 100, height: 30)
        _ = Update.openCampaigns(state: &state)
        _ = apply(.campaignsListed(.success(try await demo.campaigns())), to: &state)
        press(.character("s"), &state)
        let id = DemoCampaigns.draftID
        _ = apply(.campaignLoaded(.success(try await demo.campaign(id: id))), to: &state)
        _ = apply(.sessionsListed(.success(try await demo.listSessions(campaignID: id))), to: &state)
        let page = try await demo.roster(campaignID: id, page: 1, limit: 100)
        _ = apply(
            .rosterLoaded(.success(page), for: .sequenceReview(opening: state.sequenceReview!.opening)), to: &state)
        press(.character("]"), &state)
        press(.character("]"), &state)
        let drawn = ScreenView.render(state).textLines.map {
            $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let shown = picture.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        XCTAssertEqual(
            shown, drawn, "README's sequence review picture is stale; the screen now:\n\(drawn.joined(separator: "\n"))"
        )
    }
}
