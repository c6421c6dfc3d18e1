import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// The campaign's list as its sequence, Ctrl-P putting the saved draft on the campaign's email,
/// and Ctrl-O going back to the list: through the update, effects asserted.
final class CampaignListTests: XCTestCase {
    private var campaign: Campaign { Campaign(answer: SampleCampaigns.draft())! }

    private func listState(campaign result: Result<Campaign, APIError>? = nil) -> AppState {
        var state = AppState(sessionID: nil, width: 120, height: 30)
        let effects = Update.openList(campaignID: SampleCampaigns.campaignID, state: &state)
        XCTAssertEqual(
            effects,
            [
                .loadCampaign(id: SampleCampaigns.campaignID), .listSessions(campaignID: SampleCampaigns.campaignID),
                .loadRoster(campaignID: SampleCampaigns.campaignID, page: 1, limit: 100), .listJournals
            ])
        _ = apply(.campaignLoaded(result ?? .success(campaign)), to: &state)
        let orphan = SampleSessions.session([
            "id": "b1c2d3e4-0000-4000-8000-000000000009", "campaign_id": .string(SampleCampaigns.campaignID),
            "node_id": "0f0f0f0f-0000-4000-8000-000000000000", "title": "From a deleted email"
        ])
        _ = apply(
            .sessionsListed(
                .success([
                    SampleSessions.session(SampleSessions.rich()),
                    SampleSessions.session(SampleSessions.empty()), orphan
                ])), to: &state)
        return state
    }

    func testF1OnTheListShowsTheHelpWithTheListsKeysFirst() {
        var state = listState()
        press(.function(1), &state)
        XCTAssertEqual(state.overlay, .help(scroll: 0))
        XCTAssertTrue(screenText(state).contains("Session list  (works here)"), screenText(state))
        press(.escape, &state)
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.screen, .list)
    }

    func testAt100ColumnsEachSessionStillSaysItsMessagesAndMarks() {
        for unsaved in [false, true] {
            var state = listState()
            _ = apply(.input(.resize(width: 100, height: 30)), to: &state)
            _ = apply(.journalsListed(unsaved ? [SampleSessions.richID] : []), to: &state)
            _ = apply(
                .sessionsListed(
                    .success([
                        SampleSessions.session(unsaved ? SampleSessions.rich() : Sessions.busy()),
                        SampleSessions.session(SampleSessions.empty())
                    ])), to: &state)
            let first = screenText(state).components(separatedBy: "\n").first { $0.contains(" 1 email") } ?? ""
            for fact in [unsaved ? "unsaved" : "chat processing", "campaign differs", "messages", "Ops"] {
                XCTAssertTrue(first.contains(fact), "\(fact): \(first)")
            }
        }
    }

    func testTheListIsTheSequenceWithDelaysSessionsAndOrphansLast() {
        var state = listState()
        _ = apply(.journalsListed([SampleSessions.emptyID]), to: &state)
        let lines = screenText(state).components(separatedBy: "\n")
        XCTAssertTrue(
            lines[1].contains("Emails of campaign \"Ops leaders Q1\" (draft) · 3 emails · 1 other session "), lines[1])
        XCTAssertTrue(
            lines[2].contains(" 1 email  first") && lines[2].contains("Old subject")
                && lines[2].contains("Ops leaders — step 1")
                && lines[2].contains("campaign differs") && lines[2].contains("2 messages"), lines[2])
        XCTAssertTrue(
            lines[3].contains(" 2 email  after 3 days") && lines[3].contains("(empty)") && lines[3].contains("unsaved"),
            lines[3])
        XCTAssertTrue(lines[3].contains("✓ in campaign"), "an empty email and an empty draft agree: \(lines[3])")
        XCTAssertTrue(
            lines[4].contains(" 3 email  after 2 days") && lines[4].contains("Closing the loop")
                && lines[4].contains("no session yet"),
            lines[4])
        XCTAssertTrue(lines[5].contains(PickerRow.orphansHeading), lines[5])
        XCTAssertTrue(lines[6].contains("From a deleted email"), lines[6])
        press(.down, &state)
        press(.down, &state)
        XCTAssertEqual(press(.enter, &state), [], "no session to open")
        XCTAssertEqual(state.status?.text, "This email has no session yet: n starts one")
        XCTAssertEqual(
            press(.character("n"), &state),
            [.createSession(campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.thirdEmailID)],
            "no id to type")
        press(.down, &state)
        XCTAssertEqual(
            press(.enter, &state), [.fetchSession(id: "b1c2d3e4-0000-4000-8000-000000000009", reason: .open)],
            "the heading is skipped, the orphan opens")
    }

    func testALongTitleIsCutAndTheRowsMarksStillShow() {
        var state = listState()
        var long = SampleSessions.rich().objectValue!
        long["title"] = .string("Ops leaders — step 1: " + String(repeating: "a very long title ", count: 10))
        _ = apply(
            .sessionsListed(
                .success([SampleSessions.session(.object(long)), SampleSessions.session(SampleSessions.empty())])),
            to: &state)
        _ = apply(.journalsListed([SampleSessions.richID]), to: &state)
        for width in [120, 80] {
            _ = apply(.input(.resize(width: width, height: 30)), to: &state)
            let row = screenText(state).components(separatedBy: "\n")[2]
            XCTAssertTrue(row.contains("Ops lead"), "the title's start says which session: \(row)")
            XCTAssertTrue(row.contains("…"), "the title is cut: \(row)")
            XCTAssertTrue(
                row.contains("unsaved") && row.contains("campaign differs"), "the marks always show at \(width): \(row)"
            )
        }
    }

    func testWaitsAreToldInDaysHoursAndMinutes() {
        XCTAssertEqual(PickerRow.waitText(minutes: 0, place: 1), "first")
        XCTAssertEqual(PickerRow.waitText(minutes: 3 * 1440, place: 2), "after 3 days")
        XCTAssertEqual(PickerRow.waitText(minutes: 1440 + 12 * 60 + 1, place: 3), "after 1 day 12 hours 1 minute")
        XCTAssertEqual(PickerRow.waitText(minutes: 0, place: 2), "right after")
    }

    func testWithoutASequenceTheListIsItsSessionsAndNAsksForANodeID() {
        var state = listState(campaign: .failure(.notFound(message: "Campaign not found")))
        XCTAssertTrue(screenText(state).contains("Ops leaders — step 1"))
        XCTAssertFalse(screenText(state).contains("no session yet"))
        let count = state.campaign?.sessions?.count ?? 0
        XCTAssertTrue(
            screenText(state).contains("Sessions of campaign 4f6b2a9e · \(count) sessions "), screenText(state))
        press(.character("n"), &state)
        guard case .newSession? = state.prompt else { return XCTFail("the node id is asked for") }
    }

    /// Ctrl-P reads the campaign again before asking; the answer given is `campaign`, or the one known.
    private func pressApply(_ state: inout AppState, answering campaign: Campaign? = nil) {
        XCTAssertEqual(
            press(.control("p"), &state), [.loadCampaign(id: SampleCampaigns.campaignID)],
            "the email is read again before anything is asked or sent")
        XCTAssertEqual(apply(.campaignLoaded(.success(campaign ?? state.campaign!.campaign!)), to: &state), [])
    }

    func testApplyingShowsTheDiffAsksAndPutsOnlyTheKeysThatDiffer() throws {
        var state = openedFromTheList()
        pressApply(&state)
        guard case .applyToCampaign(let node, let body, _)? = state.prompt else { return XCTFail("no question") }
        XCTAssertEqual(node, SampleCampaigns.firstEmailID)
        XCTAssertEqual(
            JSONWriter.string(.object(body)),
            #"{"subject":"%first_name%, a faster week for %company%?","#
                + #""body":"Hi %first_name%,\n\n&&Hook from the headline&&\n\nTeams like yours save 6 hours a week.\n\n{{sender_first}}"}"#
        )
        guard case .diff(let title, _, _)? = state.overlay else { return XCTFail("no diff") }
        XCTAssertEqual(title, "The campaign's email 1 of 3 → the saved draft")
        XCTAssertTrue(screenText(state).contains("Apply the saved subject and body to the campaign's email 1 of 3?"))
        XCTAssertEqual(
            press(.character("y"), &state),
            [
                .updateNode(
                    campaignID: SampleCampaigns.campaignID, nodeID: SampleCampaigns.firstEmailID,
                    body: body)
            ])
        XCTAssertNil(state.overlay)
        _ = apply(
            .nodeUpdated(.failure(.rejected(status: 400, message: "Only draft campaigns can be edited"))), to: &state)
        XCTAssertEqual(state.status?.text, "Not applied: HTTP 400: Only draft campaigns can be edited")
        XCTAssertEqual(state.campaignMatchesDraft, false)
    }

    func testAMessageNodeGetsOnlyItsBody() {
        var state = openedFromTheList()
        let message = Campaign(
            id: SampleCampaigns.campaignID, status: "draft",
            nodes: [SequenceNode(id: SampleCampaigns.firstEmailID, position: 0, type: "message", body: "Old")])
        _ = apply(.campaignLoaded(.success(message)), to: &state)
        pressApply(&state)
        guard case .applyToCampaign(_, let body, _)? = state.prompt else { return XCTFail("no question") }
        XCTAssertEqual(body.entries.map(\.key), ["body"])
    }

    func testUnsavedEditsAreSavedFirstAndThenWhatWasSavedIsApplied() {
        var state = openedFromTheList()
        type("New ", &state)
        press(.control("p"), &state)
        XCTAssertEqual(state.prompt, .saveBeforeApply)
        XCTAssertEqual(press(.character("s"), &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)])
        let written = apply(.saveChecked(.success(state.base!)), to: &state)
        guard case .patchSession(_, let patch)? = written.first else { return XCTFail("no PATCH") }
        var saved = state.base!
        saved[.draftBody] = patch["draft_body"]!
        XCTAssertEqual(
            apply(.saveFinished(.success(saved)), to: &state),
            [.removeJournal(sessionID: SampleSessions.richID), .loadCampaign(id: SampleCampaigns.campaignID)])
        _ = apply(.campaignLoaded(.success(state.campaign!.campaign!)), to: &state)
        guard case .applyToCampaign(_, let body, _)? = state.prompt else {
            return XCTFail("the apply follows the save")
        }
        XCTAssertTrue(body["body"]?.stringValue?.hasPrefix("New Hi") == true)
    }

    func testAnEmailChangedInTheCampaignSinceItWasReadIsShownBeforeTheQuestion() {
        var state = openedFromTheList()
        var changed = state.campaign!.campaign!
        changed.update(
            SequenceNode(
                id: SampleCampaigns.firstEmailID, position: 0, type: "email", subject: "Old subject",
                body: "A teammate's new body"))
        pressApply(&state, answering: changed)
        guard case .diff(_, let lines, _)? = state.overlay else { return XCTFail("no diff") }
        let text = lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
        XCTAssertTrue(text.hasPrefix("Changed in the campaign since this session read it:"), text)
        XCTAssertTrue(text.contains("teammate's"), text)
        guard case .applyToCampaign? = state.prompt else { return XCTFail("still asked, having shown it") }
        _ = apply(.campaignLoaded(.failure(.timedOut)), to: &state)
    }

    func testAnApplyWhoseCampaignCannotBeReadAgainIsNotSent() {
        var state = openedFromTheList()
        press(.control("p"), &state)
        XCTAssertEqual(apply(.campaignLoaded(.failure(.timedOut)), to: &state), [])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(
            state.status?.text, "Not applied: the campaign could not be read again (the server did not answer in time)")
    }

    func testTheListSaysHowManyRowsItHoldsAndMarksThoseOutOfView() {
        var state = listState()
        let orphans = (1...9).map { i in
            SampleSessions.session([
                "id": .string("b1c2d3e4-0000-4000-8000-00000000001\(i)"),
                "campaign_id": .string(SampleCampaigns.campaignID),
                "node_id": "0f0f0f0f-0000-4000-8000-000000000000", "title": .string("Orphan \(i)")
            ])
        }
        _ = apply(.sessionsListed(.success(orphans)), to: &state)
        _ = apply(.input(.resize(width: 120, height: 12)), to: &state)
        let screen = screenText(state)
        // Said by kind: the sessions whose email left the sequence are not more emails.
        XCTAssertTrue(
            screen.contains("Emails of campaign \"Ops leaders Q1\" (draft) · 3 emails · 9 other sessions "), screen)
        XCTAssertTrue(screen.contains("↓ 5 more"), screen)
        press(Array(repeating: .down, count: 11), &state)
        XCTAssertTrue(screenText(state).contains("↑ 5 more"), screenText(state))
    }

    func testEscOnTheListNeverQuits() {
        var state = listState()
        XCTAssertEqual(press(.escape, &state), [], "Esc cancels elsewhere; here it does nothing")
        XCTAssertNotNil(state.picker)
        XCTAssertEqual(press(.control("q"), &state), [.exit(status: 0, message: nil)])
    }

    func testQuittingWithAnUnsentChatMessageAsksAndKeepsIt() {
        var state = openedFromTheList()
        press(.alt("4"), &state)
        type("Make it shorter", &state)
        XCTAssertEqual(press(.control("q"), &state), [], "not without asking")
        XCTAssertEqual(state.prompt, .unsavedOnQuit(saveWaiting: false, onlyMessage: true))
        XCTAssertTrue(screenText(state).contains("Your chat message is not sent."))
        let effects = press(.character("d"), &state)
        guard case .writeJournal(let journal)? = effects.first else {
            return XCTFail("the message is kept: \(effects)")
        }
        XCTAssertEqual(journal.composer, "Make it shorter")
        XCTAssertEqual(effects.last, .exit(status: 0, message: nil))
    }

    func testACampaignNotInDraftIsRefusedBeforeAnythingIsSent() {
        var state = openedFromTheList()
        _ = apply(.campaignLoaded(.success(Campaign(answer: SampleCampaigns.draft(status: "active"))!)), to: &state)
        XCTAssertEqual(press(.control("p"), &state), [])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.status?.text, "The campaign is active: Puffle only changes the emails of draft campaigns")
    }

    func testBackToTheListAsksAboutUnsavedEditsAndKeepsThemForLater() throws {
        var state = openedFromTheList()
        type("Kept ", &state)
        XCTAssertEqual(press(.control("o"), &state), [])
        XCTAssertEqual(state.prompt, .leaveSession())
        XCTAssertTrue(screenText(state).contains("s save  k keep for later (recovery copy)  c cancel"))
        press(.character("c"), &state)
        XCTAssertNotNil(state.base, "cancel stays")
        press(.control("o"), &state)
        let effects = press(.character("k"), &state)
        XCTAssertNil(state.base)
        XCTAssertNotNil(state.picker)
        guard
            case .writeJournal(let journal)? = effects.first(where: {
                if case .writeJournal = $0 { true } else { false }
            })
        else {
            return XCTFail("the edits go to the recovery journal")
        }
        XCTAssertTrue(journal.edits["draft_body"]?.stringValue?.hasPrefix("Kept ") == true)
        XCTAssertTrue(
            effects.contains(.loadCampaign(id: SampleCampaigns.campaignID)),
            "a fresh look at the campaign, once per visit")
        XCTAssertTrue(effects.contains(.cancel(.poll)))
        XCTAssertTrue(state.campaign?.unsavedSessions.contains(SampleSessions.richID) == true)
        XCTAssertTrue(screenText(state).contains("unsaved"), "the list marks the email")
        XCTAssertEqual(
            apply(.pollAnswered(.success(SampleSessions.session(SampleSessions.rich()))), to: &state), [],
            "a late answer about the session left is dropped")
        XCTAssertNil(state.base)
    }

    /// The rich session, opened from the campaign's list.
    private func openedFromTheList() -> AppState {
        var state = listState()
        XCTAssertEqual(press(.enter, &state), [.fetchSession(id: SampleSessions.richID, reason: .open)])
        let effects = apply(.sessionOpened(.success(SampleSessions.session(SampleSessions.rich()))), to: &state)
        XCTAssertFalse(
            effects.contains(.loadCampaign(id: SampleCampaigns.campaignID)), "the visit has the campaign already")
        return state
    }
}
