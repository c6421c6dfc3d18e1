import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// The sequence review's checks as pure functions of (sequence, drafts, roster, sender): the
/// days, which text each email sends, variable coverage and the texts repeated across emails.
final class SequenceChecksTests: XCTestCase {
    private let campaignID = SampleCampaigns.campaignID

    private func email(_ id: String, _ position: Int, subject: String? = "S", body: String?) -> SequenceNode {
        SequenceNode(id: id, position: position, type: "email", subject: subject, body: body)
    }

    private func delay(_ position: Int, days: Int = 0, hours: Int = 0, minutes: Int = 0) -> SequenceNode {
        SequenceNode(
            id: "de1a0000-0000-4000-8000-00000000000\(position)", position: position, type: "delay", delayDays: days,
            delayHours: hours, delayMinutes: minutes)
    }

    private func campaign(_ nodes: [SequenceNode], signature: String? = nil, senders: [SenderAccount]? = nil)
        -> Campaign
    {
        Campaign(
            id: campaignID, name: "Test", status: "draft", signature: signature,
            senders: senders ?? [SenderAccount(firstName: "Sam", lastName: "Rivera")], nodes: nodes)
    }

    private func report(
        _ campaign: Campaign, sessions: [Session] = [], prospects: [Prospect] = []
    ) -> SequenceReport {
        SequenceReport(
            emails: SequenceEmail.sequence(of: campaign, sessions: sessions), signature: campaign.signature,
            prospects: prospects, senders: campaign.senders, context: CopyContext())
    }

    private func session(node: String, subject: String?, body: String?, updated: String = "2026-12-01T00:00:00Z")
        -> Session
    {
        var json = SampleSessions.rich().objectValue ?? JSONObject()
        json["id"] = .string(UUID().uuidString.lowercased())
        json["node_id"] = .string(node)
        json["draft_subject"] = JSONValue(subject)
        json["draft_body"] = JSONValue(body)
        json["updated_at"] = .string(updated)
        return SampleSessions.session(.object(json))
    }

    private let ids = (1...7).map { "e0000000-0000-4000-8000-00000000000\($0)" }

    func testEachEmailGoesOutOnTheDayItsDelaysAddUpTo() {
        let sequence = campaign([
            email(ids[0], 0, body: "One"), delay(1, days: 3), email(ids[1], 2, body: "Two"),
            delay(3, days: 4, hours: 12), SequenceNode(id: ids[6], position: 4, type: "message", body: "Three"),
            delay(5, hours: 2, minutes: 30), email(ids[2], 6, body: "Four"),
            SequenceNode(id: ids[3], position: 7, type: "end")
        ])
        let emails = SequenceEmail.sequence(of: sequence, sessions: [])
        XCTAssertEqual(emails.map(\.day), ["Day 0", "Day 3", "Day 7, 12 h", "Day 7, 14 h 30 min"])
        XCTAssertEqual(emails.map(\.place), [1, 2, 3, 4])
        XCTAssertEqual(emails[2].subject, "", "a message has no subject")
    }

    func testASessionsSavedDraftIsShownWhenTheEmailDiffersAndMarkedNotApplied() {
        let sequence = campaign([
            email(ids[0], 0, subject: "Old", body: "Old body"), email(ids[1], 1, subject: "Same", body: "Same body"),
            email(ids[2], 2, subject: "Mine", body: "Kept")
        ])
        let sessions = [
            session(node: ids[0], subject: "New", body: "New body", updated: "2026-12-02T00:00:00Z"),
            session(node: ids[0], subject: "Older", body: "Older body", updated: "2026-12-01T00:00:00Z"),
            session(node: ids[1], subject: "Same", body: "Same body"),
            session(node: ids[2], subject: nil, body: nil)
        ]
        let emails = SequenceEmail.sequence(of: sequence, sessions: sessions)
        XCTAssertEqual(
            emails.map(\.subject), ["New", "Same", "Mine"], "the draft saved last; a fresh session hides nothing")
        XCTAssertEqual(emails.map(\.notApplied), [true, false, false])
        XCTAssertEqual(emails[0].sessionID, sessions[0].id)
        XCTAssertEqual(emails[2].sessionID, sessions[3].id, "Enter still finds the fresh session")
    }

    func testCoverageCountsTheLeadsThatWouldGetNothing() {
        let sequence = campaign(
            [email(ids[0], 0, subject: "For {{ company }}", body: "Hi %first_name%,\n\nAbout %custom_fields.tier%.")],
            signature: "Cheers,\n%sender_first% %sender_last%")
        let prospects = [
            Prospect(id: "a", firstName: "Zoë", company: "Ærø Fisk", customFields: ["tier": "gold"]),
            Prospect(id: "b", firstName: "  ", company: "B", customFields: [:]),
            Prospect(id: "c", firstName: nil, company: nil),
            Prospect(id: "d", firstName: "李", company: "北京物流", customFields: ["tier": ""])
        ]
        let coverage = report(sequence, prospects: prospects).coverage
        XCTAssertEqual(
            coverage.map(\.sentence),
            [
                "%custom_fields.tier% empty for 3 of 4 leads", "%first_name% empty for 2 of 4 leads",
                "%company% empty for 1 of 4 leads"
            ], "the most often empty first; blank counts as empty; Unicode values count as values")
        XCTAssertFalse(coverage.contains { $0.filler == .senders }, "the sender has both names")
    }

    func testAVariableNoLeadCanHaveIsSaidSoAndComesFirst() {
        let sequence = campaign([
            email(ids[0], 0, body: "Hi %first_name%, %custom_fields.industry% teams like %industry%.")
        ])
        let prospects = [Prospect(id: "a", firstName: "A", customFields: ["tier": "x"]), Prospect(id: "b")]
        let sentences = report(sequence, prospects: prospects).coverage.map(\.sentence)
        XCTAssertEqual(
            sentences,
            ["no lead has %custom_fields.industry%", "no lead has %industry%", "%first_name% empty for 1 of 2 leads"])
    }

    func testSenderVariablesAreCheckedAgainstTheSenderAccounts() {
        let nodes = [email(ids[0], 0, body: "Best, %sender_first% %sender_last%")]
        let one = report(
            campaign(
                nodes, senders: [SenderAccount(firstName: "Sam"), SenderAccount(firstName: "Ana", lastName: "Costa")]))
        XCTAssertEqual(one.coverage.map(\.sentence), ["%sender_last% empty for 1 of 2 senders"])
        let none = report(campaign(nodes, senders: []))
        XCTAssertEqual(none.coverage.map(\.sentence), ["no sender has %sender_first%", "no sender has %sender_last%"])
    }

    func testAnEmptyRosterAndEmptyEmailsReportWithoutFailing() {
        let sequence = campaign([email(ids[0], 0, subject: nil, body: nil)])
        let checked = report(sequence)
        XCTAssertTrue(checked.coverage.isEmpty)
        XCTAssertTrue(checked.repeats.isEmpty)
        XCTAssertEqual(checked.figures[0].words, 0)
        XCTAssertEqual(
            Set(checked.figures[0].findings.map(\.rule)), [.emptySubject, .emptyBody],
            "an email that will be sent needs both")
        XCTAssertTrue(report(campaign([])).emails.isEmpty)
    }

    func testRepeatsAcrossEmailsNameThePlacesAndIgnoreCaseSpacingPunctuationAndVariableSpelling() {
        let sequence = campaign([
            email(
                ids[0], 0, subject: "Quick idea for %company%",
                body: "Hi %first_name%,\n\nTeams like yours cut planning by 6 hours a week. Worth a look?\n\nBest,"),
            email(
                ids[1], 1, subject: "quick  idea for {{company}}!",
                body: "Hi {{first_name}},\n\nteams like YOURS cut planning by 6 hours a week!\n\nBest,"),
            email(
                ids[2], 2, subject: "Other",
                body: "Hi %first_name%,\n\nA new thought here. Worth   a look?\n\nBest,")
        ])
        let repeats = report(sequence).repeats
        XCTAssertEqual(
            repeats.map(\.sentence),
            [
                "emails 1 and 2: same subject “quick idea for {{company}}!”",
                "emails 1 and 2: same first sentence “teams like YOURS cut planning by 6 hours…”",
                "emails 1 and 3: same sentence “Worth a look?”"
            ])
        XCTAssertEqual(repeats[1].start, TextPosition(line: 2, offset: 0), "Enter goes to the later email's text")
        XCTAssertEqual(repeats[2].start, TextPosition(line: 2, offset: 20))
        XCTAssertFalse(
            repeats.contains { $0.text.hasPrefix("Hi") || $0.text == "Best," }, "greetings are shared by design")
    }

    func testASequenceWithNothingToReportSaysSo() throws {
        let sequence = campaign([email(ids[0], 0, subject: "One", body: "Hello there my friend.")])
        let prospects = [Prospect(id: "a", firstName: "A")]
        XCTAssertTrue(report(sequence, prospects: prospects).isClean)
        var state = AppState(sessionID: nil, width: 100, height: 30)
        state.campaign = CampaignState(id: campaignID)
        state.campaign?.campaign = sequence
        state.campaign?.sessions = []
        state.sequenceReview = SequenceReviewState(campaignID: campaignID, opening: 1)
        XCTAssertTrue(screenText(state).contains("Checks: nothing to report across the emails"))
    }

    func testPerEmailFiguresComeFromTheCopyChecksRuleList() {
        let sequence = campaign([
            email(ids[0], 0, subject: "A subject", body: "Hi %first_name% — &&say hello&& now.")
        ])
        let figures = report(sequence).figures[0]
        XCTAssertEqual(figures.subjectCharacters, 9)
        XCTAssertTrue(figures.findings.contains { $0.rule == .emDash })
        XCTAssertTrue(figures.findings.contains { $0.rule == .leftoverInstruction })
        XCTAssertTrue(figures.summary.contains(" words · subject 9 characters · "), figures.summary)
        XCTAssertTrue(figures.summary.contains("em-dash"), figures.summary)
    }

    func testDaysAndNumbersRead() {
        XCTAssertEqual(SequenceEmail.day(minutes: 0), "Day 0")
        XCTAssertEqual(SequenceEmail.day(minutes: 3 * 1440 + 5), "Day 3, 5 min")
        XCTAssertEqual(1_204.grouped, "1,204")
        XCTAssertEqual(999.grouped, "999")
        XCTAssertEqual(1_000_000.grouped, "1,000,000")
    }

    func testAProspectGivesEveryVariableAsItsLeadWould() {
        let prospects = SampleCampaigns.prospects(8).compactMap(Prospect.init(json:))
        for prospect in prospects {
            for name in TemplateFields.lead + ["custom_fields.tier", "custom_fields.seats", "custom_fields.none", "x"] {
                XCTAssertEqual(prospect.value(forVariable: name), prospect.lead.value(forVariable: name), name)
            }
        }
    }
}
