import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

final class ChatTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private let leads = [
        Lead(fields: ["first_name": "Maya", "company": "Brightline"], customFields: ["tier": "gold"]),
        Lead(fields: ["first_name": "Jonas", "position": "CTO"])
    ]

    func testATurnIsConfirmedSentShownAsPendingAndSettledByThePoll() {
        var state = loadedState()
        state.leads = leads
        press(.alt("4"), &state)
        type("Make it shorter", &state)
        XCTAssertTrue(screenText(state).contains("› Make it shorter"))
        XCTAssertEqual(press(.enter, &state), [])
        XCTAssertEqual(state.prompt, .sendTurn("Make it shorter"))
        XCTAssertTrue(screenText(state).contains("costs your Puffle account money"))
        let effects = press(.character("y"), &state)
        guard case .startTurn(let id, let request)? = effects.first else { return XCTFail("no turn") }
        XCTAssertEqual(id, SampleSessions.richID)
        XCTAssertEqual(request.message, "Make it shorter")
        XCTAssertEqual(request.sampleLeads?.count, 2)
        XCTAssertEqual(
            request.availableVarNames,
            [
                "first_name", "last_name", "full_name", "company", "position", "headline", "linkedin_url",
                "email", "sender_first", "custom_fields.tier"
            ])
        XCTAssertEqual(state.editors[.transcript]?.text, "")
        XCTAssertTrue(screenText(state).contains("sending…"))

        let started = apply(
            .taskStarted(.success(RunHandle(runID: "run_1", publicAccessToken: nil)), .chatProcessing), to: &state)
        XCTAssertEqual(
            started,
            [
                .after(seconds: Timers.spinnerInterval, .spinnerTick, id: .spinner),
                .after(seconds: PollState.interval, .pollDue, id: .poll)
            ])
        XCTAssertTrue(screenText(state).contains("chat processing"))
        XCTAssertTrue(screenText(state).contains("waiting for the reply…"))

        var done = SampleSessions.session(SampleSessions.rich())
        done[.messages] = .array(
            (SampleSessions.rich()["messages"]?.arrayValue ?? [])
                + [["role": "user", "content": "Make it shorter"], ["role": "assistant", "content": "Shorter now."]])
        done[.draftBody] = "Short body"
        _ = apply(.pollDue, to: &state)
        _ = apply(.pollAnswered(.success(done)), to: &state)
        XCTAssertNil(state.pendingTurn)
        XCTAssertTrue(screenText(state).contains("Shorter now."))
        XCTAssertEqual(state.editors[.body]?.text, "Short body", "an untouched draft refreshes")
    }

    func testARefusedTurnPutsTheMessageBackAndWatchesABusySession() {
        var state = loadedState()
        press(.alt("4"), &state)
        type("Hello", &state)
        press(.enter, &state)
        _ = press(.character("y"), &state)
        let effects = apply(
            .taskStarted(.failure(.busy(message: "Session is busy (generating_examples)")), .chatProcessing), to: &state
        )
        XCTAssertEqual(
            effects, [.fetchSession(id: SampleSessions.richID, reason: .poll)], "one look, not a retry storm")
        XCTAssertEqual(state.editors[.transcript]?.text, "Hello")
        XCTAssertTrue(state.status!.text.contains("409"))
        press(.enter, &state)
        _ = press(.character("y"), &state)
        _ = apply(
            .taskStarted(.failure(.serverError(status: 500, message: "Dispatch failed")), .chatProcessing), to: &state)
        XCTAssertEqual(state.editors[.transcript]?.text, "Hello")
        XCTAssertTrue(state.status!.text.contains("not sent"))
    }

    func testATurnWithUnsavedDraftEditsOffersToSaveThemFirst() {
        var state = loadedState()
        press(.alt("3"), &state)
        type("Edited. ", &state)
        press(.alt("4"), &state)
        type("Make it shorter", &state)
        XCTAssertEqual(press(.enter, &state), [], "nothing is sent yet")
        XCTAssertEqual(state.prompt, .sendTurnWithEdits("Make it shorter"))
        XCTAssertTrue(screenText(state).contains("s save, then send  w send without them  c cancel"), screenText(state))
        press(.character("c"), &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.editors[.transcript]?.text, "Make it shorter", "cancel keeps the message")

        press(.enter, &state)
        XCTAssertEqual(
            press(.character("s"), &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)],
            "the save comes first")
        let written = apply(.saveChecked(.success(state.base!)), to: &state)
        guard case .patchSession(_, let patch)? = written.first else { return XCTFail("no PATCH") }
        XCTAssertFalse(
            written.contains { if case .startTurn = $0 { true } else { false } }, "no turn before the save lands")
        var saved = state.base!
        saved[.draftBody] = patch["draft_body"]!
        let after = apply(.saveFinished(.success(saved)), to: &state)
        guard case .startTurn(_, let request)? = after.first(where: { if case .startTurn = $0 { true } else { false } })
        else {
            return XCTFail("the turn follows the save: \(after)")
        }
        XCTAssertEqual(request.message, "Make it shorter")

        var other = loadedState()
        press(.alt("2"), &other)
        type("x", &other)
        press(.alt("4"), &other)
        type("Go", &other)
        press(.enter, &other)
        guard case .startTurn? = press(.character("w"), &other).first else { return XCTFail("w sends as it is") }
        XCTAssertTrue(other.isDirty, "the edits stay, unsaved")
    }

    func testTheComposerTakesSeveralLinesGrowsWithThemAndSendsThemAsWritten() {
        var state = loadedState(width: 120, height: 40)
        press(.alt("4"), &state)
        type("Rewrite it:", &state)
        press(.special(.enter, .alt), &state)
        _ = apply(.input(.paste("- shorter\n- friendlier\n")), to: &state)
        press(Key.enter.shifted, &state)
        type("Thanks", &state)
        XCTAssertEqual(state.editors[.transcript]?.text, "Rewrite it:\n- shorter\n- friendlier\n\nThanks")
        let screen = screenText(state)
        for line in ["› Rewrite it:", "- shorter", "- friendlier", "Thanks"] {
            XCTAssertTrue(screen.contains(line), "every line of the message is on screen: \(line)\n\(screen)")
        }
        XCTAssertEqual(press(.enter, &state), [])
        guard case .startTurn(_, let request)? = press(.character("y"), &state).first else { return XCTFail("no turn") }
        XCTAssertEqual(request.message, "Rewrite it:\n- shorter\n- friendlier\n\nThanks", "sent with its line breaks")
        XCTAssertEqual(state.editors[.transcript]?.text, "")

        type(String(repeating: "word ", count: 200), &state)
        let tall = screenText(state).split(separator: "\n").filter { $0.contains("word word") }.count
        XCTAssertEqual(
            tall, Composer.maxRows, "a long message takes at most \(Composer.maxRows) rows and follows the cursor")
    }

    func testNoTurnWhileBusyAndNoEmptyTurns() {
        var state = loadedState(Sessions.busy())
        press(.alt("4"), &state)
        XCTAssertEqual(press(.enter, &state), [])
        XCTAssertNil(state.prompt)
        type("x", &state)
        XCTAssertEqual(press(.enter, &state), [])
        XCTAssertNil(state.prompt)
        XCTAssertTrue(state.status!.text.contains("Wait for the running task"))
    }

    func testGeneratingExamplesAsksWithTheLeadCountAndAppendsOnlyForNewLeads() {
        var state = loadedState()
        press(.alt("6"), &state)
        XCTAssertEqual(press(.character("g"), &state), [])
        XCTAssertEqual(
            state.status?.text, "No sample leads: the campaign's roster is still loading",
            "without leads, the user is told why")
        state.leads = leads
        press(.character("g"), &state)
        XCTAssertEqual(state.prompt, .generateExamples(leads: leads, firstBatch: true))
        XCTAssertTrue(screenText(state).contains("Generate examples for 2 leads"))
        let effects = press(.character("y"), &state)
        XCTAssertEqual(
            effects,
            [
                .generateExamples(
                    sessionID: SampleSessions.richID, GenerateExamplesRequest(leads: leads, isFirstBatch: true))
            ])
        press(.character("G"), &state)
        XCTAssertEqual(
            state.prompt, .generateExamples(leads: [leads[1]], firstBatch: false), "the first lead has its example")
    }

    func testTheSequenceContextGoesWithTurnsAndExampleRequests() {
        var state = loadedState()
        state.leads = leads
        let context = SequenceContext(position: 2, totalNodes: 3, priorNodes: [["subject": "Quick idea"]])
        state.sequenceFromFile = context
        press(.alt("4"), &state)
        type("Refer back to the first email", &state)
        press(.enter, &state)
        guard case .startTurn(_, let turn)? = press(.character("y"), &state).first else { return XCTFail("no turn") }
        XCTAssertEqual(turn.sequenceContext, context)
        _ = apply(.taskStarted(.failure(.rejected(status: 400, message: "no")), .chatProcessing), to: &state)
        press(.alt("6"), &state)
        press(.character("g"), &state)
        XCTAssertEqual(
            press(.character("y"), &state),
            [
                .generateExamples(
                    sessionID: SampleSessions.richID,
                    GenerateExamplesRequest(leads: leads, isFirstBatch: true, sequenceContext: context))
            ])
    }

    func testATaskThatNeverEndsIsReportedAndPollingSlowsDown() {
        var state = loadedState(Sessions.busy())
        var delays: [Double] = []
        for _ in 0..<60 {
            _ = apply(.pollDue, to: &state)
            for case .after(let d, .pollDue, _) in apply(
                .pollAnswered(.success(SampleSessions.session(Sessions.busy()))), to: &state)
            {
                delays.append(d)
            }
        }
        XCTAssertTrue(state.poll.warnedSlow)
        XCTAssertTrue(state.status!.text.contains("over 2 min"))
        XCTAssertEqual(delays.last, PollState.slowInterval)
        XCTAssertEqual(delays.first, PollState.interval)
        press(.alt("3"), &state)
        press(.character("k"), &state)
        XCTAssertTrue(state.editors[.body]!.text.hasPrefix("k"), "the notice never takes the keyboard")
    }

    func testTheComposerIsJournaledSoAnUnsentMessageSurvives() {
        var state = loadedState()
        press(.alt("4"), &state)
        type("half a thought", &state)
        guard case .writeJournal(let journal)? = apply(.journalDue, to: &state).first else { return XCTFail() }
        XCTAssertEqual(journal.composer, "half a thought")
        var fresh = loadedState()
        _ = apply(.journalLoaded(journal), to: &fresh)
        press(.escape, &fresh)
        press(.character("y"), &fresh)
        XCTAssertEqual(fresh.editors[.transcript]?.text, "half a thought")
    }

    func testASessionThatFailsToOpenFromTheListLeavesTheListOnScreen() {
        var state = AppState(sessionID: nil, width: 120, height: 40)
        _ = Update.openList(campaignID: SampleSessions.campaignID, state: &state)
        _ = apply(.sessionsListed(.success([SampleSessions.session(SampleSessions.rich())])), to: &state)
        XCTAssertEqual(press(.enter, &state), [.fetchSession(id: SampleSessions.richID, reason: .open)])
        XCTAssertEqual(apply(.sessionOpened(.failure(.notFound(message: "Session not found"))), to: &state), [])
        XCTAssertTrue(screenText(state).contains("Cannot open it: HTTP 404: Session not found"))
        XCTAssertTrue(screenText(state).contains("Ops leaders — step 1"))
    }

    func testThePickerCreatesAndDeletesThroughTheService() {
        var state = AppState(sessionID: nil, width: 120, height: 40)
        _ = Update.openList(campaignID: SampleSessions.campaignID, state: &state)
        _ = apply(
            .sessionsListed(
                .success([SampleSessions.session(SampleSessions.rich()), SampleSessions.session(Sessions.busy())])),
            to: &state)
        press(.character("n"), &state)
        for c in "not-a-uuid" { press(.character(c), &state) }
        XCTAssertEqual(press(.enter, &state), [])
        XCTAssertTrue(state.status!.text.contains("not a UUID"))
        for _ in 0..<10 { press(.backspace, &state) }
        for c in "2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2" { press(.character(c), &state) }
        XCTAssertEqual(
            press(.enter, &state),
            [.createSession(campaignID: SampleSessions.campaignID, nodeID: "2c5ea4c0-4067-41fa-8f4b-0bd1a3c6e8f2")])
        press(.down, &state)
        press(.character("D"), &state)
        XCTAssertTrue(screenText(state).contains("does not stop its running task"), "a busy session warns")
        XCTAssertEqual(press(.character("y"), &state), [.deleteSession(id: SampleSessions.richID)])
        _ = apply(.sessionCreated(.success(SampleSessions.session(SampleSessions.empty()))), to: &state)
        XCTAssertEqual(state.sessionID, SampleSessions.emptyID)
        XCTAssertTrue(screenText(state).contains("No draft yet"))
    }
}
