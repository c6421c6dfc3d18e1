import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

/// Saves that fail for a passing reason try again by themselves, each attempt a fresh check;
/// paid requests that got no answer are looked up, never sent again.
final class SaveRetryTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    private let dropped = APIError.unreachable(.droppedBeforeAnswer)

    private func editedState() -> AppState {
        var state = loadedState()
        press(.alt("1"), &state)
        press(.end, &state)
        type(" v2", &state)
        return state
    }

    private func retryDelay(_ effects: [Effect]) -> Double? {
        // The first step of the countdown, plus the whole seconds it will still count.
        for case .after(let step, let action, .saveRetry) in effects {
            if case .saveRetryTick(let left) = action { return step + Double(left) }
            return step
        }
        return nil
    }

    /// The save's check fails with `error`: the effects of that.
    private func failCheck(_ error: APIError, _ state: inout AppState) -> [Effect] {
        apply(.saveChecked(.failure(error)), to: &state)
    }

    func testATransientFailureIsTriedAgainWithGrowingWaits() throws {
        var state = editedState()
        press(.control("s"), &state)
        var delays: [Double] = []
        for attempt in 1...7 {
            let effects = failCheck(
                attempt % 2 == 0 ? .serverError(status: 503, message: "Maintenance") : dropped, &state)
            let delay = try XCTUnwrap(retryDelay(effects), "attempt \(attempt) waits")
            delays.append(delay)
            XCTAssertEqual(state.saveRetry?.attempt, attempt)
            XCTAssertTrue(
                screenText(state).contains("unsaved · retrying in \(Int(delay.rounded(.up))) s"), screenText(state))
            XCTAssertEqual(
                apply(.saveRetryDue, to: &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)],
                "each attempt checks the server afresh")
        }
        for (index, expected) in [1.0, 2, 4, 8, 16, 30, 30].enumerated() {
            XCTAssertEqual(delays[index], expected, accuracy: expected * 0.2 + 0.001, "attempt \(index + 1)")
            XCTAssertLessThanOrEqual(delays[index], 30)
        }
        let effects = apply(.saveChecked(.success(state.base!)), to: &state)
        XCTAssertEqual(patchBody(effects), #"{"title":"Ops leaders — step 1 v2"}"#)
        var saved = state.base!
        saved[.title] = "Ops leaders — step 1 v2"
        _ = apply(.saveFinished(.success(saved)), to: &state)
        XCTAssertNil(state.saveRetry)
        XCTAssertEqual(state.status?.text, "Saved")
    }

    func testAnUnreachableHostShowsOfflineAndTheCountdownFollowsTheTicks() throws {
        var state = editedState()
        press(.control("s"), &state)
        _ = failCheck(.unreachable(.refused), &state)
        XCTAssertTrue(screenText(state).contains("offline · retrying in 1 s"))
        XCTAssertTrue(
            state.status!.text.hasPrefix(
                "The server cannot be reached: cannot reach the server: connection refused. Trying again"))
        let waiting = state
        XCTAssertEqual(failCheck(.unreachable(.refused), &state), [], "a failure with no check on its way is stale")
        XCTAssertEqual(state, waiting, "and changes nothing")
        XCTAssertEqual(
            apply(.saveRetryDue, to: &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)])
        let delay = try XCTUnwrap(retryDelay(failCheck(.unreachable(.refused), &state)), "the second attempt waits")
        XCTAssertTrue(screenText(state).contains("offline · retrying in \(Int(delay.rounded(.up))) s"))
        _ = apply(.saveRetryTick(secondsLeft: 1), to: &state)
        XCTAssertTrue(screenText(state).contains("offline · retrying in 1 s"))
    }

    func testRetryAfterIsWaitedFor() {
        var state = editedState()
        press(.control("s"), &state)
        XCTAssertEqual(retryDelay(failCheck(.rateLimited(retryAfter: 20, message: "Slow down"), &state)), 20)
    }

    func testAPermanentAnswerStopsAndSaysWhatToDo() {
        for error in [
            APIError.rejected(status: 400, message: "Unknown fields: x"),
            .unauthorized(status: 401, message: "Invalid API key"),
            .notFound(message: "Session not found"),
            .invalidResponse(status: 200, detail: "no \"session\" in the answer")
        ] {
            var state = editedState()
            press(.control("s"), &state)
            XCTAssertNil(retryDelay(failCheck(error, &state)), "\(error)")
            XCTAssertNil(state.saveRetry)
            XCTAssertTrue(state.status!.text.contains("HTTP \(error.status!)"))
            XCTAssertTrue(screenText(state).contains("modified"))
        }
    }

    func testWhetherARequestWentOutIsTheErrorsKindNotItsWording() {
        for why in [APIError.Unreachable.refused, .unknownHost("x.invalid"), .noNetwork, .tlsFailed("bad certificate")]
        {
            XCTAssertTrue(APIError.unreachable(why).isOffline, "\(why)")
            XCTAssertFalse(APIError.unreachable(why).mayHaveReachedServer, "\(why)")
        }
        for why in [APIError.Unreachable.dropped, .droppedBeforeAnswer, .other("connection refused")] {
            XCTAssertFalse(APIError.unreachable(why).isOffline, "\(why): words that look offline do not decide it")
            XCTAssertTrue(APIError.unreachable(why).mayHaveReachedServer, "\(why)")
        }
        XCTAssertFalse(APIError.unexpected(detail: "something").isTransient, "an error nobody foresaw is shown once")
    }

    func testCtrlSDuringTheWaitTriesAtOnceAndLaterTypingGoesWithTheNextAttempt() {
        var state = editedState()
        press(.control("s"), &state)
        _ = failCheck(dropped, &state)
        type(" and more", &state)
        XCTAssertEqual(
            press(.control("s"), &state),
            [.cancel(.saveRetry), .fetchSession(id: SampleSessions.richID, reason: .saveCheck)])
        XCTAssertEqual(state.status?.text, "Saving (attempt 2)…")
        let effects = apply(.saveChecked(.success(state.base!)), to: &state)
        XCTAssertEqual(patchBody(effects), #"{"title":"Ops leaders — step 1 v2 and more"}"#)
        XCTAssertEqual(
            retryDelay(apply(.saveFinished(.failure(.timedOut)), to: &state)).map { $0 >= 1.6 }, true,
            "a PATCH that timed out waits too, longer")
    }

    func testNoAttemptWhileAPromptWaitsForTheUser() {
        var state = editedState()
        press(.control("s"), &state)
        _ = failCheck(dropped, &state)
        press(.control("f"), &state)
        XCTAssertEqual(apply(.saveRetryDue, to: &state), [.after(seconds: 1, .saveRetryDue, id: .saveRetry)])
        press(.escape, &state)
        XCTAssertEqual(apply(.saveRetryDue, to: &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)])
    }

    func testARetryThatFindsAConflictAsksAndStops() {
        var state = editedState()
        press(.control("s"), &state)
        _ = failCheck(dropped, &state)
        _ = apply(.saveRetryDue, to: &state)
        var theirs = state.base!
        theirs[.title] = "Changed by a colleague"
        _ = apply(.saveChecked(.success(theirs)), to: &state)
        XCTAssertEqual(state.prompt, .conflict(fields: [.title], theirs: theirs))
        XCTAssertNil(state.saveRetry)
    }

    func testQuittingWithASaveWaitingAsks() {
        var state = editedState()
        press(.control("s"), &state)
        _ = failCheck(dropped, &state)
        press(.control("q"), &state)
        XCTAssertEqual(state.prompt, .unsavedOnQuit(saveWaiting: true))
        XCTAssertTrue(screenText(state).contains("the save is waiting to try again"))
    }

    // MARK: Paid requests

    private func sentTurn() -> AppState {
        var state = loadedState()
        press(.alt("4"), &state)
        type("Make it shorter", &state)
        press([.enter, .character("y")], &state)
        return state
    }

    func testATurnWhoseAnswerWasLostIsLookedUpNotSentAgainAndRunsWhenClaimed() {
        var state = sentTurn()
        let effects = apply(.taskStarted(.failure(dropped), .chatProcessing), to: &state)
        XCTAssertEqual(effects, [.fetchSession(id: SampleSessions.richID, reason: .taskCheck(.chatProcessing))])
        var claimed = state.base!
        claimed[.taskStatus] = "chat_processing"
        let after = apply(.taskChecked(.success(claimed), .chatProcessing), to: &state)
        XCTAssertEqual(
            after,
            [
                .after(seconds: Timers.spinnerInterval, .spinnerTick, id: .spinner),
                .after(seconds: PollState.interval, .pollDue, id: .poll)
            ])
        XCTAssertEqual(state.pendingTurn?.accepted, true)
        XCTAssertTrue(screenText(state).contains("waiting for the reply"))
        XCTAssertEqual(state.editors[.transcript]?.text, "")
        XCTAssertFalse(after.contains { if case .startTurn = $0 { true } else { false } })
    }

    func testATurnTheServerNeverGotGoesBackToTheComposer() {
        var state = sentTurn()
        _ = apply(.taskStarted(.failure(.timedOut), .chatProcessing), to: &state)
        let after = apply(.taskChecked(.success(state.base!), .chatProcessing), to: &state)
        XCTAssertFalse(after.contains { if case .startTurn = $0 { true } else { false } }, "never sent again by itself")
        XCTAssertEqual(state.editors[.transcript]?.text, "Make it shorter")
        XCTAssertNil(state.pendingTurn)
        XCTAssertTrue(state.status!.text.hasPrefix("The message was not sent"))
    }

    func testATurnAlreadyAnsweredCountsAsSent() {
        var state = sentTurn()
        _ = apply(.taskStarted(.failure(dropped), .chatProcessing), to: &state)
        var done = state.base!
        done[.messages] = .array(
            (done[.messages].arrayValue ?? []) + [
                ["role": "user", "content": "Make it shorter"],
                ["role": "assistant", "content": "Shorter."]
            ])
        _ = apply(.taskChecked(.success(done), .chatProcessing), to: &state)
        XCTAssertNil(state.pendingTurn)
        XCTAssertEqual(state.editors[.transcript]?.text, "")
        XCTAssertTrue(screenText(state).contains("Shorter."))
    }

    func testARefusedConnectionNeedsNoLookUp() {
        var state = sentTurn()
        let effects = apply(.taskStarted(.failure(.unreachable(.refused)), .chatProcessing), to: &state)
        XCTAssertEqual(effects, [], "nothing can have reached the server")
        XCTAssertEqual(state.editors[.transcript]?.text, "Make it shorter")
    }

    func testExamplesWhoseAnswerWasLostAreLookedUpToo() {
        var state = loadedState()
        state.leads = [Lead(fields: ["first_name": "Maya"])]
        press([.alt("6"), .character("g"), .character("y")], &state)
        XCTAssertEqual(
            apply(
                .taskStarted(.failure(.serverError(status: 504, message: "Gateway Timeout")), .generatingExamples),
                to: &state),
            [.fetchSession(id: SampleSessions.richID, reason: .taskCheck(.generatingExamples))])
        var claimed = state.base!
        claimed[.taskStatus] = "generating_examples"
        _ = apply(.taskChecked(.success(claimed), .generatingExamples), to: &state)
        XCTAssertTrue(screenText(state).contains("generating examples"))
    }

    func testWhenTheLookUpFailsTooTheMessageIsKeptAndTheUserWarned() {
        var state = sentTurn()
        _ = apply(.taskStarted(.failure(dropped), .chatProcessing), to: &state)
        _ = apply(.taskChecked(.failure(.timedOut), .chatProcessing), to: &state)
        XCTAssertEqual(state.editors[.transcript]?.text, "Make it shorter")
        XCTAssertTrue(state.status!.text.contains("Ctrl-R before sending again"))
    }
}
