import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

final class UpdateTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    func testTabAndAltDigitsMoveTheFocusThroughAllSevenPanes() {
        var state = loadedState()
        XCTAssertEqual(state.focus, .body)
        var seen: [Pane] = []
        for _ in 0..<7 { press(.tab, &state); seen.append(state.focus) }
        XCTAssertEqual(seen, [.transcript, .skeleton, .examples, .history, .title, .subject, .body])
        press(.backTab, &state)
        XCTAssertEqual(state.focus, .subject)
        for pane in Pane.allCases {
            press(.alt(Character(String(pane.rawValue))), &state)
            XCTAssertEqual(state.focus, pane)
        }
    }

    func testAFocusedPaneInATabGroupIsTheOneShown() {
        var state = loadedState(width: 80, height: 24)
        press(.alt("6"), &state)
        let layout = state.layout
        XCTAssertEqual(layout.mode, .narrow)
        XCTAssertNotNil(layout.slot(for: .examples))
        XCTAssertNil(layout.slot(for: .body))
        XCTAssertNotNil(layout.slot(for: .title), "title and subject stay visible as lines")
    }

    func testHelpOpensAndClosesAndQuitAndReloadAskForEffects() {
        var state = loadedState()
        press(.function(1), &state)
        XCTAssertEqual(state.overlay, .help(scroll: 0))
        press(.tab, &state)
        XCTAssertEqual(state.focus, .body, "keys other than the help's own do nothing while help is open")
        press(.escape, &state)
        XCTAssertNil(state.overlay)
        press(.control("g"), &state)
        XCTAssertNotNil(state.overlay)
        press(.control("g"), &state)
        XCTAssertNil(state.overlay)
        XCTAssertEqual(
            press(.control("r"), &state),
            [
                .fetchSession(id: SampleSessions.richID, reason: .reload),
                .loadCampaign(id: SampleSessions.campaignID), .listSessions(campaignID: SampleSessions.campaignID)
            ],
            "the session and, in the background, its campaign")
        XCTAssertEqual(press(.control("l"), &state), [.repaintAll])
        XCTAssertEqual(press(.control("q"), &state), [.exit(status: 0, message: nil)])
    }

    func testABusySessionStartsTheSpinnerAndPollsUntilTheFlagClears() {
        var state = AppState(sessionID: SampleSessions.richID, width: 120, height: 40)
        let busy = SampleSessions.session(Sessions.busy())
        XCTAssertEqual(
            apply(.sessionOpened(.success(busy)), to: &state),
            [
                .loadJournal(sessionID: SampleSessions.richID),
                .loadLeadChoice(sessionID: SampleSessions.richID, campaignID: SampleSessions.campaignID),
                .loadCampaign(id: SampleSessions.campaignID), .listSessions(campaignID: SampleSessions.campaignID),
                .loadRoster(campaignID: SampleSessions.campaignID, page: 1, limit: Roster.pageSize),
                .after(seconds: Timers.spinnerInterval, .spinnerTick, id: .spinner),
                .after(seconds: PollState.interval, .pollDue, id: .poll)
            ])
        XCTAssertTrue(screenText(state).contains("chat processing"))
        XCTAssertEqual(apply(.pollDue, to: &state), [.fetchSession(id: SampleSessions.richID, reason: .poll)])
        XCTAssertEqual(apply(.pollDue, to: &state), [], "no second request while one is in flight")
        XCTAssertEqual(
            apply(.pollAnswered(.success(busy)), to: &state), [.after(seconds: PollState.interval, .pollDue, id: .poll)]
        )
        _ = apply(.pollDue, to: &state)
        let done = SampleSessions.session(SampleSessions.rich())
        XCTAssertEqual(apply(.pollAnswered(.success(done)), to: &state), [.cancel(.spinner), .cancel(.poll)])
        XCTAssertFalse(screenText(state).contains("chat processing"))
        XCTAssertEqual(apply(.spinnerTick, to: &state), [], "a late frame sets no next one")
        XCTAssertEqual(apply(.pollDue, to: &state), [], "idle: no requests")
    }

    func testPollFailuresBackOff() {
        var state = AppState(sessionID: SampleSessions.richID, width: 120, height: 40)
        _ = apply(.sessionOpened(.success(SampleSessions.session(Sessions.busy()))), to: &state)
        var delays: [Double] = []
        for _ in 0..<6 {
            _ = apply(.pollDue, to: &state)
            let effects = apply(.pollAnswered(.failure(.serverError(status: 502, message: "Bad Gateway"))), to: &state)
            if case .after(let d, .pollDue, _)? = effects.first { delays.append(d) }
        }
        XCTAssertEqual(delays, [5, 10, 20, 30, 30, 30])
        XCTAssertEqual(state.status?.isError, true)
        XCTAssertTrue(state.status!.text.contains("HTTP 502"))
    }

    func testTheSpinnerAdvances() {
        var state = loadedState(Sessions.busy("generating_examples"))
        let before = screenText(state)
        _ = apply(.spinnerTick, to: &state)
        XCTAssertNotEqual(screenText(state), before)
        XCTAssertTrue(screenText(state).contains("generating examples"))
    }

    func testAFailedFirstLoadExitsWithTheDocumentedStatus() {
        let cases: [(APIError, Int32)] = [
            (.unauthorized(status: 401, message: "Invalid API key"), 77), (.unreachable(.refused), 69),
            (.timedOut, 69), (.notFound(message: "Session not found"), 1)
        ]
        for (error, status) in cases {
            var state = AppState(sessionID: SampleSessions.richID, width: 80, height: 24)
            let effects = apply(.sessionOpened(.failure(error)), to: &state)
            XCTAssertEqual(effects, [.exit(status: status, message: "puffle-draft: \(error.message)")])
        }
    }

    func testAFailedReloadKeepsTheSessionAndSaysWhy() {
        var state = loadedState()
        _ = press(.control("r"), &state)
        _ = apply(.sessionReloaded(.failure(.serverError(status: 500, message: "boom"))), to: &state)
        XCTAssertNotNil(state.base)
        XCTAssertEqual(
            state.status, StatusMessage("Reload failed: HTTP 500: boom — the server failed; try again", isError: true))
    }

    func testTranscriptScrollsFromTheEndAndFollowsAgainAtTheBottom() {
        var json = SampleSessions.rich().objectValue!
        json["messages"] = .array(
            (0..<200).map { ["role": $0 % 2 == 0 ? "user" : "assistant", "content": .string("message \($0)")] })
        var state = loadedState(.object(json))
        press(.alt("4"), &state)
        XCTAssertTrue(screenText(state).contains("message 199"))
        press(.pageUp, &state)
        press(.pageUp, &state)
        XCTAssertNotNil(state.scroll[.transcript])
        XCTAssertFalse(screenText(state).contains("message 199"))
        press(.home, &state)
        XCTAssertTrue(screenText(state).contains("message 0"))
        press(.end, &state)
        XCTAssertNil(state.scroll[.transcript], "End follows new messages again")
        XCTAssertTrue(screenText(state).contains("message 199"))
    }

    func testExampleAndHistorySelectionMovesAndStaysInRange() {
        var json = SampleSessions.rich().objectValue!
        json["generated_examples"] = .array((0..<3).map { ["subject": .string("Example \($0)"), "body": "Hi"] })
        json["draft_history"] = .array((0..<3).map { ["subject": .string("Draft \($0)"), "body": "Old"] })
        var state = loadedState(.object(json))
        for (pane, selected) in [("6", \AppState.selectedExample), ("7", \AppState.selectedHistory)] {
            press(.alt(Character(pane)), &state)
            press(.up, &state)
            XCTAssertEqual(state[keyPath: selected], 0, "Up at the first stays there")
            press(.down, &state)
            XCTAssertEqual(state[keyPath: selected], 1, "Down chooses the next")
            press([.down, .down, .down], &state)
            XCTAssertEqual(state[keyPath: selected], 2, "Down at the last stays there")
            press(.up, &state)
            XCTAssertEqual(state[keyPath: selected], 1, "Up chooses the one before")
        }
    }

    func testASlowReloadIsShownUntilItEndsAndNotSentTwice() {
        var state = loadedState()
        let first = press(.control("r"), &state)
        XCTAssertTrue(first.contains(.fetchSession(id: SampleSessions.richID, reason: .reload)))
        let header = { (state: AppState) in screenText(state).components(separatedBy: "\n")[0] }
        XCTAssertTrue(header(state).contains("reloading…"), header(state))
        XCTAssertFalse(
            press(.control("r"), &state).contains(.fetchSession(id: SampleSessions.richID, reason: .reload)),
            "a second Ctrl-R while one is on its way sends nothing")
        _ = apply(.statusExpired(state.status!), to: &state)
        XCTAssertTrue(header(state).contains("reloading…"), "after the footer's message has gone: \(header(state))")
        _ = apply(.sessionReloaded(.success(SampleSessions.session(SampleSessions.rich()))), to: &state)
        XCTAssertFalse(header(state).contains("reloading…"), header(state))
        XCTAssertEqual(state.status?.text, "Reloaded")
        XCTAssertTrue(press(.control("r"), &state).contains(.fetchSession(id: SampleSessions.richID, reason: .reload)))
        _ = apply(.sessionReloaded(.failure(.timedOut)), to: &state)
        XCTAssertFalse(state.reloadInFlight, "a failed reload ends too")
    }

    func testResizeIsTakenAndTinySizesDoNotCrash() {
        var state = loadedState()
        for (w, h) in [(1, 1), (0, 0), (39, 11), (40, 12), (300, 100), (80, 24)] {
            _ = apply(.input(.resize(width: w, height: h)), to: &state)
            let surface = ScreenView.render(state)
            XCTAssertEqual(surface.width, w)
            XCTAssertEqual(surface.height, h)
        }
    }
}
