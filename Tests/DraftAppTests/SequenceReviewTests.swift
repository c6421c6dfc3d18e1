import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// The sequence review as the user drives it: Alt-S and back with nothing lost, the leads one
/// by one, Enter on a check, and the roster read page by page against the contract fake.
final class SequenceReviewTests: XCTestCase {
    /// The sample campaign, whose third email repeats a sentence of the rich session's draft.
    private func repeatingCampaign() -> Campaign {
        var campaign = Campaign(answer: SampleCampaigns.draft())!
        var nodes = campaign.nodes
        nodes[4].body = "Hi %first_name%,\n\nOne last note. Teams like yours save 6 hours a week.\n\n{{sender_first}}"
        campaign = Campaign(
            id: campaign.id, name: campaign.name, type: campaign.type, status: campaign.status,
            signature: campaign.signature, senders: campaign.senders, nodes: nodes)
        return campaign
    }

    private func reviewing(roster: Int = 12) -> AppState {
        var state = campaignState(roster: 0)
        _ = apply(.campaignLoaded(.success(repeatingCampaign())), to: &state)
        press(.alt("s"), &state)
        let prospects = SampleCampaigns.prospects(roster).compactMap(Prospect.init(json:))
        let opening = state.sequenceReview!.opening
        _ = apply(
            .rosterLoaded(
                .success(RosterPage(prospects: prospects, total: roster, page: 1, limit: 100)),
                for: .sequenceReview(opening: opening)), to: &state)
        return state
    }

    /// No effect of the review writes, starts a task or costs anything.
    private func assertReadOnly(_ effects: [Effect], file: StaticString = #filePath, line: UInt = #line) {
        for effect in effects {
            switch effect {
            case .loadCampaign, .listSessions, .loadRoster, .after, .cancel, .repaintAll, .fetchSession: continue
            default: XCTFail("the review asked for \(effect)", file: file, line: line)
            }
        }
    }

    func testAltSOpensTheReviewReadingEverythingAfreshAndEscGoesBackWithNothingLost() {
        var state = campaignState(roster: 0)
        _ = type("Typed ", &state)
        let before = state
        let effects = press(.alt("s"), &state)
        assertReadOnly(effects)
        XCTAssertEqual(state.screen, .sequence)
        XCTAssertTrue(effects.contains(.loadCampaign(id: SampleCampaigns.campaignID)))
        XCTAssertTrue(effects.contains(.listSessions(campaignID: SampleCampaigns.campaignID)))
        let opening = state.sequenceReview!.opening
        XCTAssertTrue(
            effects.contains(
                .loadRoster(
                    campaignID: SampleCampaigns.campaignID, page: 1, limit: 100,
                    for: .sequenceReview(opening: opening))))
        let screen = screenText(state)
        XCTAssertTrue(screen.contains("1  Day 0 · email · not applied"), screen)
        XCTAssertTrue(screen.contains("2  Day 3 · email"), screen)
        XCTAssertTrue(screen.contains("3  Day 5 · email"), screen)
        XCTAssertTrue(screen.contains("Reading the first leads…"), screen)
        press(.escape, &state)
        XCTAssertEqual(state.screen, .session)
        XCTAssertEqual(state.editors, before.editors, "the edits are as they were")
        XCTAssertEqual(state.focus, before.focus)
        press(.alt("s"), &state)
        press(.control("o"), &state)
        XCTAssertEqual(state.screen, .session, "Ctrl-O leaves the review too")
    }

    func testTheLeadsAreSteppedAndAMissingValueStaysVisibleAsTheVariable() {
        var state = reviewing(roster: 12)
        XCTAssertTrue(screenText(state).contains("Lead 1 of 12: Lead1 Example"))
        XCTAssertTrue(screenText(state).contains("Hi Lead1,"))
        for _ in 0..<6 { press(.character("]"), &state) }
        let screen = screenText(state)
        XCTAssertTrue(screen.contains("Lead 7 of 12: (no name)"), screen)
        XCTAssertTrue(screen.contains("Hi %first_name%,"), "an empty value is never drawn as nothing")
        let surface = ScreenView.render(state)
        let row = surface.textLines.firstIndex { $0.contains("Hi %first_name%,") }!
        let x = surface.textLines[row].range(of: "%first_name%")!.lowerBound.utf16Offset(in: surface.textLines[row])
        XCTAssertEqual(surface[x, row].role, .statusError)
        press(.character("["), &state)
        XCTAssertEqual(state.sequenceReview?.lead, 5)
        for _ in 0..<20 { press(.character("]"), &state) }
        XCTAssertEqual(state.sequenceReview?.lead, 11, "the last lead, no further")
    }

    func testPagingStopsAtTheLastRowSoPgUpMovesAtOnce() {
        var state = reviewing(roster: 12)
        let top = { (state: AppState) in
            ScreenView.render(state).textLines.drop { !$0.hasPrefix("│──") }.dropFirst().first ?? ""
        }
        for _ in 0..<30 { press(.pageDown, &state) }
        let end = screenText(state)
        XCTAssertTrue(end.contains("Closing the loop") || end.contains("One last note"), "the last email is shown")
        let atEnd = top(state), scroll = state.sequenceReview?.scroll
        press(.pageDown, &state)
        XCTAssertEqual(state.sequenceReview?.scroll, scroll, "no further than the last row")
        press(.pageUp, &state)
        XCTAssertNotEqual(top(state), atEnd, "one PgUp after paging past the end moves the view")
        XCTAssertLessThan(state.sequenceReview?.scroll ?? .max, scroll ?? 0)
    }

    func testEnterOnACoverageLineStepsThroughTheLeadsThatLackTheVariable() throws {
        var state = reviewing(roster: 30)
        let report = try XCTUnwrap(state.sequenceReport)
        let index = try XCTUnwrap(report.coverage.firstIndex { $0.name == "first_name" })
        XCTAssertEqual(report.coverage[index].sentence, "%first_name% empty for 4 of 30 leads")
        for _ in 0..<index { press(.down, &state) }
        press(.enter, &state)
        XCTAssertEqual(state.sequenceReview?.lead, 6)
        press(.character("]"), &state)
        XCTAssertEqual(state.sequenceReview?.lead, 13)
        press(.character("]"), &state)
        press(.character("]"), &state)
        XCTAssertEqual(state.sequenceReview?.lead, 27)
        press(.character("]"), &state)
        XCTAssertEqual(state.sequenceReview?.lead, 27)
        XCTAssertEqual(state.status?.text, "No later lead lacks %first_name%")
        press(.character("["), &state)
        XCTAssertEqual(state.sequenceReview?.lead, 20)
        press(.enter, &state)
        XCTAssertNil(state.sequenceReview?.lacking, "Enter again steps through every lead")
        press(.character("]"), &state)
        XCTAssertEqual(state.sequenceReview?.lead, 21)
    }

    func testSlashFindsALeadByNameCompanyOrEmailAndEscGoesBack() {
        var state = reviewing(roster: 30)
        press(.character("/"), &state)
        _ = type("company 17", &state)
        XCTAssertEqual(state.sequenceReview?.lead, 16)
        press(.escape, &state)
        XCTAssertEqual(state.sequenceReview?.lead, 0, "Esc goes back to the lead it started from")
        press(.character("/"), &state)
        _ = type("LEAD25@", &state)
        press(.enter, &state)
        XCTAssertEqual(state.sequenceReview?.lead, 24)
        XCTAssertNil(state.prompt)
        press(.character("/"), &state)
        _ = type("nobody", &state)
        XCTAssertEqual(state.status?.text, "No lead read so far matches “nobody”")
    }

    func testEnterOnARepeatInThisSessionPutsTheCursorOnTheText() throws {
        var state = reviewing()
        var effects: [Effect] = []
        let report = try XCTUnwrap(state.sequenceReport)
        XCTAssertEqual(
            report.repeats.map(\.sentence), ["emails 1 and 3: same sentence “Teams like yours save 6 hours a week.”"])
        for _ in 0..<report.coverage.count { effects += press(.down, &state) }
        effects += press(.enter, &state)
        assertReadOnly(effects)
        XCTAssertEqual(
            state.prompt,
            .startEmailSession(
                campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.thirdEmailID, place: 3),
            "the third email has no session: asked first")
        press(.character("n"), &state)
        XCTAssertEqual(state.screen, .sequence)
    }

    func testStartingTheSessionOfAnEmailLeavesTheOpenOneFirstKeepingItsEdits() throws {
        var state = reviewing()
        _ = apply(.input(.key(.escape)), to: &state)
        _ = type("Unsaved ", &state)
        press(.alt("s"), &state)
        let report = try XCTUnwrap(state.sequenceReport)
        for _ in 0..<report.coverage.count { press(.down, &state) }
        press(.enter, &state)
        press(.character("y"), &state)
        XCTAssertEqual(
            state.prompt,
            .leaveSession(then: .create(campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.thirdEmailID)),
            "unsaved edits: save, keep or cancel, as Ctrl-O asks")
        let effects = press(.character("k"), &state)
        XCTAssertTrue(effects.contains { if case .writeJournal = $0 { true } else { false } }, "kept in the journal")
        XCTAssertTrue(
            effects.contains(
                .createSession(campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.thirdEmailID)))
        XCTAssertNil(state.prompt, "nothing is left pending")
    }

    func testEnterOnARepeatInTheOpenSessionClosesTheReviewAtTheText() throws {
        var state = campaignState(roster: 3)
        var campaign = repeatingCampaign()
        var nodes = campaign.nodes
        // The first email now repeats the third's opening, so the later one is the rich session's.
        nodes[0].body = "Teams like yours save 6 hours a week."
        nodes.swapAt(0, 4)
        for index in nodes.indices { nodes[index].position = index }
        campaign = Campaign(
            id: campaign.id, name: campaign.name, status: "draft", senders: campaign.senders, nodes: nodes)
        _ = apply(.campaignLoaded(.success(campaign)), to: &state)
        press(.alt("s"), &state)
        let report = try XCTUnwrap(state.sequenceReport)
        let found = try XCTUnwrap(report.repeats.first)
        XCTAssertEqual(found.second, 3)
        for _ in 0..<report.coverage.count { press(.down, &state) }
        let effects = press(.enter, &state)
        assertReadOnly(effects)
        XCTAssertEqual(state.screen, .session)
        XCTAssertEqual(state.focus, .body)
        XCTAssertEqual(state.editors[.body]?.cursor, TextPosition(line: 4, offset: 0))
    }

    func testTheCampaignsAreTheStartWithoutAnIdAndCtrlOComesBackUpFromTheList() {
        var state = AppState(sessionID: nil, width: 100, height: 30)
        XCTAssertEqual(Update.openCampaigns(state: &state), [.listCampaigns])
        XCTAssertTrue(screenText(state).contains("Reading your campaigns…"))
        let campaigns = [
            CampaignSummary(
                id: SampleCampaigns.campaignID, name: "Ops leaders Q1", type: "email", status: "draft", nodeCount: 6),
            CampaignSummary(
                id: "5e7a9c1b-3d5f-4a7b-9c1d-3e5f7a9b1c3d", name: "Read in full", status: "draft", nodeCount: 6,
                messageCount: 3),
            CampaignSummary(
                id: "6f8b0d2c-4e6a-4b8c-9d2e-4f6a8b0c2d4e", name: "On LinkedIn", type: "linkedin", status: "draft",
                messageCount: 2),
            CampaignSummary(
                id: "8d0c2f4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f", name: "Retail \u{1B}[31mpilots", status: "active")
        ]
        _ = apply(.campaignsListed(.success(campaigns)), to: &state)
        XCTAssertEqual(state.screen, .campaigns)
        let screen = screenText(state)
        // The list's node count includes delays and the end: named as nodes, never as emails or steps.
        XCTAssertTrue(screen.contains("draft   Ops leaders Q1  email · 6 nodes"), screen)
        XCTAssertTrue(screen.contains("draft   Read in full  3 emails"), screen)
        XCTAssertTrue(screen.contains("draft   On LinkedIn  linkedin · 2 messages"), screen)
        XCTAssertFalse(screen.contains("\u{1B}"), "server text is never drawn raw")
        var long = campaigns
        long[0].name = "Ops leaders Q1 " + String(repeating: "with a very long name ", count: 6)
        _ = apply(.campaignsListed(.success(long)), to: &state)
        let cut = screenText(state).components(separatedBy: "\n").first { $0.contains("Ops leaders") } ?? ""
        XCTAssertTrue(cut.contains("…  email · 6 nodes │"), "a long name is cut, never the size after it: \(cut)")
        _ = apply(.campaignsListed(.success(campaigns)), to: &state)
        press(.character("/"), &state)
        _ = type("retail", &state)
        XCTAssertEqual(state.campaigns?.shown.map(\.status), ["active"])
        press(.escape, &state)
        XCTAssertEqual(state.campaigns?.shown.count, 4, "Esc drops the filter")
        let opened = press(.enter, &state)
        XCTAssertTrue(opened.contains(.loadCampaign(id: SampleCampaigns.campaignID)))
        XCTAssertEqual(state.screen, .list)
        press(.control("o"), &state)
        XCTAssertEqual(state.screen, .campaigns)
        XCTAssertNil(state.campaign)
        let review = press(.character("s"), &state)
        XCTAssertEqual(state.screen, .sequence)
        assertReadOnly(review)
        press(.escape, &state)
        XCTAssertEqual(state.screen, .campaigns, "back to where s was pressed")
    }

    func testAFailedListOfCampaignsAtStartEndsWithTheStartsStatus() {
        var state = AppState(sessionID: nil, width: 100, height: 30)
        _ = Update.openCampaigns(state: &state)
        let effects = apply(
            .campaignsListed(.failure(.unauthorized(status: 401, message: "Invalid API key"))), to: &state)
        guard case .exit(let status, _)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(status, ExitStatus.authentication)
    }
}
