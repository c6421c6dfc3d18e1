import XCTest

@testable import PuffleAPI

/// The demo's stand-in LLM follows the simple requests a user tries first, and never copies the
/// instruction into the draft.
final class DemoRevisionTests: XCTestCase {
    private let subject = "%first_name%, a faster week for %company%'s planners?"
    private let body =
        "Hi %first_name%,\n\n&&One sentence that ties the lead's headline to route planning&&\n\n"
        + "Teams like yours use RouteWise to cut route planning by 6 hours a week, "
        + "without changing their dispatch tools. Setup takes an afternoon. Your dispatchers keep their screens."
        + "\n\nWould it be worth a look for %company%?\n\n%sender_first%"

    private func revised(_ instruction: String, body: String? = nil) -> DemoRevision {
        var revision = DemoRevision(subject: subject, body: body ?? self.body)
        revision.apply(instruction)
        return revision
    }

    func testShorterUnderALimitCutsSentencesAndKeepsGreetingHookAndAsk() {
        let result = revised("make it shorter, under 50 words")
        let before = DemoRevision.words(body)
        let after = DemoRevision.words(result.body)
        XCTAssertLessThan(after, before)
        XCTAssertLessThanOrEqual(after, 50)
        XCTAssertFalse(
            result.body.lowercased().contains("shorter") || result.body.contains("P.S."),
            "the instruction is not copied")
        for kept in ["Hi %first_name%,", "&&One sentence", "Would it be worth a look for %company%?", "%sender_first%"]
        {
            XCTAssertTrue(result.body.contains(kept), kept)
        }
        XCTAssertEqual(revised("make it shorter, under 50 words"), result, "deterministic")
    }

    func testLongerFriendlierFormalSubjectMentionAndDroppingThePS() {
        XCTAssertGreaterThan(DemoRevision.words(revised("make it longer").body), DemoRevision.words(body))
        XCTAssertTrue(revised("friendlier please").body.contains("Hope your week is off to a good start."))
        let formal = revised("more formal")
        XCTAssertTrue(formal.body.hasPrefix("Hello %first_name%,"))
        XCTAssertNotEqual(revised("write a new subject line").subject, subject)
        let mentioned = revised("Mention our free pilot.")
        XCTAssertTrue(mentioned.body.contains("It might help to know about our free pilot."), mentioned.body)
        XCTAssertFalse(mentioned.body.contains("Mention"))
        let withPS = body + "\n\nP.S. We are hiring."
        XCTAssertFalse(revised("drop the P.S.", body: withPS).body.contains("P.S."))
        XCTAssertTrue(revised("drop the P.S.").notes.contains("There is no P.S. to drop."))
    }

    func testARequestItCannotFollowLeavesTheDraftAndSaysSo() {
        let result = revised("translate it into Klingon")
        XCTAssertEqual(result.body, body)
        XCTAssertEqual(result.subject, subject)
        XCTAssertEqual(result.notes, [])
    }
}
