import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// The campaign a session belongs to, through the update: loaded in the background, the sequence
/// context and the sample leads derived from it, the sender in the rendered draft, the header.
final class CampaignTests: XCTestCase {
    func testOpeningASessionLoadsItsCampaignInTheBackground() {
        var state = AppState(sessionID: SampleSessions.richID, width: 120, height: 40)
        let effects = apply(.sessionOpened(.success(SampleSessions.session(SampleSessions.rich()))), to: &state)
        XCTAssertEqual(
            Array(effects.dropFirst()),
            [
                .loadLeadChoice(sessionID: SampleSessions.richID, campaignID: SampleSessions.campaignID),
                .loadCampaign(id: SampleCampaigns.campaignID),
                .listSessions(campaignID: SampleCampaigns.campaignID),
                .loadRoster(campaignID: SampleCampaigns.campaignID, page: 1, limit: 100)
            ])
        XCTAssertTrue(
            screenText(state).contains("Ops leaders — step 1"), "the session shows without waiting for its campaign")
        XCTAssertNil(state.sequenceContext, "nothing to send until the campaign is read")
        _ = apply(.campaignLoaded(.failure(.unauthorized(status: 403, message: "Forbidden"))), to: &state)
        XCTAssertTrue(
            state.status?.text.contains("The campaign could not be read (HTTP 403: Forbidden") == true,
            state.status?.text ?? "")
        XCTAssertTrue(state.status?.isError == true)
        XCTAssertNil(state.sequenceContext)
        XCTAssertNil(state.campaignMatchesDraft, "the header says nothing it does not know")
    }

    func testTheHeaderNamesTheCampaignAndTheEmailsPlaceAndWhetherItHasTheDraft() {
        var state = campaignState()
        let header = screenText(state).components(separatedBy: "\n")[0]
        XCTAssertTrue(header.contains("email 1 of 3 · Ops leaders Q1"), header)
        XCTAssertTrue(header.contains("campaign differs"), header)
        _ = apply(
            .nodeUpdated(
                .success(
                    SequenceNode(
                        id: SampleCampaigns.firstEmailID, position: 0, type: "email",
                        subject: state.base?.draftSubject, body: state.base?.draftBody))), to: &state)
        XCTAssertEqual(state.campaignMatchesDraft, true)
        XCTAssertTrue(screenText(state).components(separatedBy: "\n")[0].contains("✓ in campaign"))
        type("x", &state)
        XCTAssertTrue(state.campaignMatchesDraft == true, "unsaved edits are not what the campaign would get")
    }

    func testTurnsCarryTheSequenceContextAndFiveRosterLeadsWithTheirIds() throws {
        var state = campaignState()
        var second = SampleSessions.session(SampleSessions.empty())
        second[.draftSubject] = "Following up"
        second[.draftBody] = "Hi again"
        _ = apply(.sessionsListed(.success([SampleSessions.session(SampleSessions.rich()), second])), to: &state)
        XCTAssertEqual(state.sequenceContext, SequenceContext(position: 0, totalNodes: 3))
        press(.alt("4"), &state)
        type("Shorter", &state)
        press(.enter, &state)
        guard case .startTurn(_, let turn)? = press(.character("y"), &state).first else { return XCTFail("no turn") }
        XCTAssertEqual(turn.sequenceContext, SequenceContext(position: 0, totalNodes: 3))
        let leads = try XCTUnwrap(turn.sampleLeads)
        XCTAssertEqual(
            leads.map { $0.fields["first_name"] }, ["Lead1", "Lead2", "Lead3", "Lead4", "Lead5"], "the first five named"
        )
        XCTAssertEqual(leads.first?.fields["id"], "0a1b2c3d-1111-4a2b-8c3d-000000000001")
        XCTAssertEqual(leads.first?.customFields["tier"], "gold")
        XCTAssertFalse(turn.availableVarNames?.contains("id") ?? true, "an id is not a variable")
        XCTAssertTrue(turn.availableVarNames?.contains("sender_name") ?? false, "the sender is known")
        let sequenceFile = SequenceContext(position: 2, totalNodes: 5)
        state.sequenceFromFile = sequenceFile
        XCTAssertEqual(state.sequenceContext, sequenceFile, "--sequence overrides the campaign's")
    }

    func testTheSequenceContextOfALaterEmailTakesAnEmptyEarlierEmailFromItsSession() {
        guard case .object(var later) = SampleSessions.rich() else { return XCTFail("the sample is an object") }
        later["node_id"] = .string(SampleCampaigns.thirdEmailID)
        var state = campaignState(.object(later))
        var second = SampleSessions.session(SampleSessions.empty())
        second[.draftSubject] = "Following up"
        second[.draftBody] = "Hi again"
        _ = apply(.sessionsListed(.success([second])), to: &state)
        XCTAssertEqual(state.sequenceContext?.position, 2)
        XCTAssertEqual(
            state.sequenceContext?.priorNodes.last, ["type": "email", "subject": "Following up", "body": "Hi again"])
    }

    func testExamplesNameTheirLeadFromTheRosterAndTheSenderIsNotUnresolved() {
        guard case .object(var object) = SampleSessions.rich() else { return XCTFail("the sample is an object") }
        object["generated_examples"] = [
            ["lead_id": "0a1b2c3d-1111-4a2b-8c3d-000000000002", "subject": "Hi", "body": "Best,\n%sender_first%"]
        ]
        let json = JSONValue.object(object)
        var state = campaignState(json)
        press(.alt("6"), &state)
        let screen = screenText(state)
        XCTAssertTrue(screen.contains("Lead2 Example"), screen)
        XCTAssertFalse(screen.contains("unresolved"), "Puffle fills the sender's name: not flagged\n\(screen)")
        var unknown = AppState(sessionID: SampleSessions.richID, width: 120, height: 40)
        _ = apply(.sessionOpened(.success(SampleSessions.session(json))), to: &unknown)
        press(.alt("6"), &unknown)
        let flattened = screenText(unknown).replacingOccurrences(of: "│", with: "").split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(
            flattened.contains("unresolved variable: %sender_first%"),
            "without the campaign it is flagged\n\(flattened)")
    }

    func testTheDraftRenderedForALeadHasTheSendersNameAndEndsWithTheSignature() {
        var state = campaignState()
        press(.alt("6"), &state)
        press(.character("v"), &state)
        press(.character("v"), &state)
        XCTAssertEqual(state.exampleView, .rendered)
        let screen = screenText(state)
        XCTAssertTrue(screen.contains("Hi Lead1,"), screen)
        XCTAssertTrue(screen.contains("Cheers,"), "the signature")
        XCTAssertTrue(screen.contains("Sam"), "%sender_first% in the signature")
        XCTAssertFalse(screen.contains("No value for this lead: %sender_first%"))
    }

    func testALeadChoiceIsMadeKeptAndRemembered() {
        var state = campaignState()
        press(.alt("l"), &state)
        XCTAssertEqual(state.leadChooser?.chosen.count, 5)
        XCTAssertTrue(screenText(state).contains("5 chosen · 12 leads"))
        press([.character(" "), .down, .down, .down, .down, .down, .down, .character(" ")], &state)
        press(.character("/"), &state)
        type("company 12", &state)
        XCTAssertEqual(state.leadChooser.map { $0.visible(in: state.campaign!.roster).map(\.company) }, ["Company 12"])
        press(.enter, &state)
        press(.character(" "), &state)
        let effects = press(.enter, &state)
        XCTAssertNil(state.leadChooser)
        let ids = [
            "0a1b2c3d-1111-4a2b-8c3d-000000000002", "0a1b2c3d-1111-4a2b-8c3d-000000000003",
            "0a1b2c3d-1111-4a2b-8c3d-000000000004", "0a1b2c3d-1111-4a2b-8c3d-000000000005",
            "0a1b2c3d-1111-4a2b-8c3d-000000000007", "0a1b2c3d-1111-4a2b-8c3d-000000000012"
        ]
        XCTAssertEqual(
            effects,
            [.saveLeadChoice(sessionID: SampleSessions.richID, campaignID: SampleSessions.campaignID, ids: ids)])
        XCTAssertEqual(state.sampleLeads.count, 6, "g and G generate for all chosen")
        XCTAssertEqual(state.turnLeads.count, 5, "a turn shows the LLM five")
        XCTAssertEqual(state.sampleLeads[4].displayName, "lead7@example.com", "a lead without a name is still a lead")
        var again = campaignState()
        _ = apply(.leadChoiceLoaded(sessionID: SampleSessions.richID, ids), to: &again)
        XCTAssertEqual(again.sampleLeads.map { $0.fields["id"] }, ids)
    }

    func testTheChooserReadsMorePagesAsTheSelectionNearsTheEndOrAFilterLooks() {
        var state = campaignState(roster: 0)
        let page: (Int) -> RosterPage = { number in
            RosterPage(
                prospects: SampleCampaigns.prospects(2_500)[(number - 1) * 100..<number * 100].compactMap(
                    Prospect.init(json:)),
                total: 2_500, page: number, limit: 100)
        }
        XCTAssertEqual(apply(.rosterLoaded(.success(page(1))), to: &state), [], "nothing more is read until wanted")
        press(.alt("l"), &state)
        XCTAssertTrue(screenText(state).contains("100 of 2500 read"))
        var effects: [Effect] = []
        for _ in 0..<85 { effects += press(.down, &state) }
        XCTAssertEqual(
            effects, [.loadRoster(campaignID: SampleCampaigns.campaignID, page: 2, limit: 100)], "one page, once")
        _ = apply(.rosterLoaded(.success(page(2))), to: &state)
        XCTAssertEqual(state.campaign?.roster.prospects.count, 200)
        press(.character("/"), &state)
        XCTAssertEqual(
            type("Lead2499", &state).first, .loadRoster(campaignID: SampleCampaigns.campaignID, page: 3, limit: 100))
        XCTAssertEqual(
            apply(.rosterLoaded(.success(page(3))), to: &state),
            [.loadRoster(campaignID: SampleCampaigns.campaignID, page: 4, limit: 100)],
            "a filter reads on until it finds")
    }
}
