import DraftCore
import PuffleAPI
import TestSupport
import XCTest
@testable import DraftApp

final class EditingTests: XCTestCase {
    override func setUp() { useUTF8Locale() }

    /// The session as the server has it after some fields changed there.
    private func server(_ changes: [(SessionField, JSONValue)], from json: JSONValue = SampleSessions.rich()) -> Session
    {
        var session = SampleSessions.session(json)
        for (field, value) in changes { session[field] = value }
        return session
    }

    func testATitleEditSavesAsAMinimalPatchAfterACheck() {
        var state = loadedState()
        press(.alt("1"), &state)
        press(.end, &state)
        XCTAssertEqual(
            type(" v2", &state), [.after(seconds: JournalUpdate.delay, .journalDue, id: .journal)],
            "the journal is scheduled once")
        XCTAssertTrue(state.isDirty)
        XCTAssertTrue(screenText(state).contains("modified"))
        XCTAssertEqual(press(.control("s"), &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)])
        let effects = apply(.saveChecked(.success(server([]))), to: &state)
        XCTAssertEqual(patchBody(effects), #"{"title":"Ops leaders — step 1 v2"}"#)
        var saved = server([(.title, "Ops leaders — step 1 v2")])
        saved[.frameworkVersion] = 3
        XCTAssertEqual(
            apply(.saveFinished(.success(saved)), to: &state), [.removeJournal(sessionID: SampleSessions.richID)])
        XCTAssertFalse(state.isDirty)
        XCTAssertEqual(state.status, StatusMessage("Saved"))
        XCTAssertFalse(screenText(state).contains("modified"))
    }

    func testSavingWithNothingChangedSendsNothing() {
        var state = loadedState()
        XCTAssertEqual(press(.control("s"), &state), [])
        XCTAssertEqual(state.status, StatusMessage("Nothing to save"))
        press(.alt("1"), &state)
        _ = type("x", &state)
        press(.backspace, &state)
        XCTAssertEqual(press(.control("s"), &state), [], "typing and deleting back is no change")
    }

    func testCanonicallyEqualButDifferentBytesIsOneChangeForTheMarkerThePatchAndTheJournal() {
        var fields = SampleSessions.rich().objectValue!
        fields["title"] = "Caf\u{E9} leaders"
        let json = JSONValue.object(fields)
        var state = loadedState(json)
        state.editors[.title]?.replaceAll(with: "Cafe\u{301} leaders")
        XCTAssertEqual("Caf\u{E9} leaders", "Cafe\u{301} leaders", "Swift's == calls them equal")
        XCTAssertTrue(state.isDirty, "the marker says modified")
        XCTAssertTrue(screenText(state).contains("modified"))
        let journal = try! XCTUnwrap(RecoveryJournal.snapshot(of: state), "the journal keeps it")
        XCTAssertEqual(journal.edits["title"]?.stringValue.map { Array($0.utf8) }, Array("Cafe\u{301} leaders".utf8))
        let patch = try! XCTUnwrap(savedPatch(&state), "the PATCH carries it")
        XCTAssertEqual(Array(patch.utf8), Array(#"{"title":"Cafe\#u{301} leaders"}"#.utf8))

        var back = loadedState(json)
        back.editors[.title]?.replaceAll(with: "Cafe\u{301} leaders")
        back.editors[.title]?.replaceAll(with: "Caf\u{E9} leaders")
        XCTAssertFalse(back.isDirty, "the same bytes again is no change")
        XCTAssertNil(RecoveryJournal.snapshot(of: back))
        XCTAssertNil(savedPatch(&back))
    }

    func testEveryFailureKeepsTheEditsAndALaterSaveRetries() {
        var state = loadedState()
        _ = type("Edited. ", &state)
        let failures: [APIError] = [
            .unreachable(.refused), .timedOut, .serverError(status: 502, message: "Bad Gateway"),
            .invalidResponse(status: 200, detail: "not JSON: “{”")
        ]
        for error in failures {
            press(.control("s"), &state)
            _ = apply(.saveChecked(.failure(error)), to: &state)
            XCTAssertTrue(state.isDirty)
            XCTAssertEqual(state.status?.isError, true)
            XCTAssertTrue(state.status!.text.contains(error.message), state.status!.text)
            press(.control("s"), &state)
            _ = apply(.saveChecked(.success(server([]))), to: &state)
            _ = apply(.saveFinished(.failure(error)), to: &state)
            XCTAssertTrue(state.isDirty)
            XCTAssertNil(state.saving)
        }
        press(.control("s"), &state)
        let effects = apply(.saveChecked(.success(server([]))), to: &state)
        XCTAssertEqual(
            patchBody(effects),
            #"{"draft_body":"Edited. Hi %first_name%,\n\n&&Hook from the headline&&\n\nTeams like yours save 6 hours a week.\n\n{{sender_first}}","#
                + SampleSessions.richHistoryKeepingItsDraft + "}")
    }

    func testAFieldChangedOnBothSidesAsksAndKeepMineWins() {
        var state = loadedState()
        press(.alt("1"), &state)
        _ = type("Mine: ", &state)
        press(.control("s"), &state)
        _ = apply(.saveChecked(.success(server([(.title, "Theirs")]))), to: &state)
        guard case .conflict(let fields, _)? = state.prompt else { return XCTFail("no conflict prompt") }
        XCTAssertEqual(fields, [.title])
        XCTAssertTrue(screenText(state).contains("changed on the server"))
        press(.character("d"), &state)
        guard case .diff(_, let lines, _)? = state.overlay else { return XCTFail("no diff") }
        XCTAssertTrue(lines.flatMap { $0 }.contains { $0.role == .diffRemoved && $0.text.contains("Theirs") })
        press(.escape, &state)
        XCTAssertNil(state.overlay)
        XCTAssertNotNil(state.prompt, "closing the diff returns to the question")
        let effects = press(.character("m"), &state)
        XCTAssertEqual(patchBody(effects), #"{"title":"Mine: Ops leaders — step 1"}"#)
    }

    func testTakeTheirsReplacesTheFieldUndoably() {
        var state = loadedState()
        press(.alt("1"), &state)
        _ = type("Mine: ", &state)
        press(.control("s"), &state)
        _ = apply(.saveChecked(.success(server([(.title, "Theirs")]))), to: &state)
        XCTAssertEqual(press(.character("t"), &state), [.removeJournal(sessionID: SampleSessions.richID)])
        XCTAssertEqual(state.editors[.title]?.text, "Theirs")
        XCTAssertFalse(state.isDirty)
        press(.control("z"), &state)
        XCTAssertEqual(state.editors[.title]?.text, "Mine: Ops leaders — step 1", "nothing typed is lost")
    }

    func testChangesOnlyOnTheServerAreTakenInWithoutTouchingTheEdits() {
        var state = loadedState()
        press(.alt("1"), &state)
        _ = type("Mine: ", &state)
        press(.control("s"), &state)
        let effects = apply(
            .saveChecked(.success(server([(.draftSubject, "Their subject"), (.frameworkVersion, 4)]))), to: &state)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(patchBody(effects), #"{"title":"Mine: Ops leaders — step 1"}"#)
        XCTAssertEqual(state.editors[.subject]?.text, "Their subject")
    }

    func testAPollThatChangesAnEditedFieldKeepsTheEditsAndMarksIt() {
        var state = loadedState(Sessions.busy())
        press(.alt("3"), &state)
        _ = type("My line. ", &state)
        var fresh = server([(.draftBody, "The AI's new body")])
        fresh[.messages] = [["role": "assistant", "content": "new reply"]]
        _ = apply(.pollDue, to: &state)
        _ = apply(.pollAnswered(.success(fresh)), to: &state)
        XCTAssertTrue(state.editors[.body]!.text.hasPrefix("My line. "))
        XCTAssertEqual(state.serverChanged, [.draftBody])
        XCTAssertEqual(state.base?.messages.first?.content, "new reply")
        press(.control("s"), &state)
        _ = apply(.saveChecked(.success(fresh)), to: &state)
        guard case .conflict(let fields, _)? = state.prompt else { return XCTFail("the save must ask, not overwrite") }
        XCTAssertEqual(fields, [.draftBody])
    }

    func testSavingWhileBusyAsksFirst() {
        var state = loadedState(Sessions.busy("generating_examples"))
        _ = type("x", &state)
        XCTAssertEqual(press(.control("s"), &state), [])
        XCTAssertEqual(state.prompt, .busySave)
        XCTAssertTrue(screenText(state).contains("busy"))
        press(.character("n"), &state)
        XCTAssertNil(state.prompt)
        press(.control("s"), &state)
        XCTAssertEqual(press(.character("y"), &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)])
        let effects = apply(
            .saveChecked(.success(SampleSessions.session(Sessions.busy("generating_examples")))), to: &state)
        XCTAssertNotNil(patchBody(effects), "confirmed once, not asked again")
    }

    func testQuittingWithUnsavedChangesAsks() {
        var state = loadedState()
        _ = type("x", &state)
        XCTAssertEqual(press(.control("q"), &state), [])
        XCTAssertEqual(state.prompt, .unsavedOnQuit(saveWaiting: false))
        XCTAssertTrue(screenText(state).contains("unsaved"))
        press(.character("c"), &state)
        XCTAssertNil(state.prompt)
        press(.control("q"), &state)
        let discard = press(.character("d"), &state)
        guard case .writeJournal(let journal)? = discard.first else { return XCTFail("the recovery copy is kept") }
        XCTAssertEqual(journal.edits["draft_body"]?.stringValue?.hasPrefix("xHi"), true)
        XCTAssertEqual(discard.last, .exit(status: 0, message: nil))
    }

    func testSaveAndQuitLeavesOnlyAfterTheSave() {
        var state = loadedState()
        _ = type("x", &state)
        press(.control("q"), &state)
        XCTAssertEqual(press(.character("s"), &state), [.fetchSession(id: SampleSessions.richID, reason: .saveCheck)])
        _ = apply(.saveChecked(.success(server([]))), to: &state)
        let done = apply(
            .saveFinished(.success(server([(.draftBody, .string(state.editors[.body]!.text))]))), to: &state)
        XCTAssertEqual(done.last, .exit(status: 0, message: nil))
    }

    func testTheJournalFollowsTheEdits() {
        var state = loadedState()
        _ = type("ab", &state)
        guard case .writeJournal(let journal)? = apply(.journalDue, to: &state).first else { return XCTFail() }
        XCTAssertEqual(journal.sessionID, SampleSessions.richID)
        XCTAssertEqual(journal.edits.keys, ["draft_body"])
        XCTAssertEqual(journal.base["draft_body"], SampleSessions.rich()["draft_body"])
        XCTAssertEqual(
            journal.json.objectValue?.keys, ["format", "session_id", "saved_at", "base", "edits", "composer"],
            "session text only: nothing but the format, the session's id and its text")
        XCTAssertEqual(journal.base.keys, ["draft_body"], "of the session, only the fields edited")
        press(.control("z"), &state)
        XCTAssertEqual(apply(.journalDue, to: &state), [.removeJournal(sessionID: SampleSessions.richID)])
    }

    /// The shell draws no frame after the journal's timer alone (`Action.leavesScreen`): that is
    /// only right while its update changes nothing on screen, wherever the user is.
    func testTheJournalsTimerLeavesTheScreenAsItWas() {
        XCTAssertTrue(Action.journalDue.leavesScreen)
        XCTAssertFalse(Action.spinnerTick.leavesScreen)
        XCTAssertFalse(Action.input(.key(.character("x"))).leavesScreen)
        var state = loadedState(width: 120, height: 40)
        for keys in [["x"], ["y", "z"]] {
            press(.alt("3"), &state)
            for key in keys { type(key, &state) }
            let before = ScreenView.render(state)
            _ = apply(.journalDue, to: &state)
            XCTAssertEqual(ScreenView.render(state), before, "after \(keys)")
            press(.control("s"), &state)
            let asking = ScreenView.render(state)
            _ = apply(.journalDue, to: &state)
            XCTAssertEqual(ScreenView.render(state), asking, "while a save asks the server")
        }
    }

    func testAHangUpWritesTheJournalBeforeLeaving() {
        var state = loadedState()
        _ = type("typed just now", &state)
        let effects = apply(.hangUp(signal: 1), to: &state)
        guard case .writeJournal(let journal)? = effects.first else { return XCTFail() }
        XCTAssertTrue(journal.edits["draft_body"]!.stringValue!.hasPrefix("typed just now"))
        XCTAssertEqual(effects.last, .exit(status: 129, message: nil))
    }

    func testARecoveryCopyIsOfferedAndRestoredAsUnsavedEdits() {
        var state = loadedState()
        let journal = RecoveryJournal(
            sessionID: SampleSessions.richID, savedAt: "2026-11-29T10:00:00Z",
            base: JSONObject([("title", "Older title")]), edits: JSONObject([("title", "Recovered title")]))
        _ = apply(.journalLoaded(journal), to: &state)
        XCTAssertEqual(state.prompt, .recover(journal))
        XCTAssertTrue(screenText(state).contains("recover"))
        XCTAssertTrue(screenText(state).contains("Recovered"))
        press(.character("y"), &state)
        XCTAssertEqual(state.editors[.title]?.text, "Recovered title")
        XCTAssertTrue(state.isDirty)
        XCTAssertEqual(state.base?.title, "Older title", "a save will notice the server's change since the copy")
        press(.control("s"), &state)
        _ = apply(.saveChecked(.success(server([]))), to: &state)
        if case .conflict? = state.prompt {} else { XCTFail("the server's title changed since the copy was made") }
    }

    func testDecliningARecoveryCopySetsItAside() {
        var state = loadedState()
        let journal = RecoveryJournal(
            sessionID: SampleSessions.richID, base: JSONObject([("title", "Ops leaders — step 1")]),
            edits: JSONObject([("title", "Recovered title")]))
        _ = apply(.journalLoaded(journal), to: &state)
        press(.escape, &state)  // closes the diff first
        XCTAssertEqual(press(.character("n"), &state), [.setAsideJournal(sessionID: SampleSessions.richID)])
        XCTAssertEqual(state.editors[.title]?.text, "Ops leaders — step 1")
        let same = RecoveryJournal(
            sessionID: SampleSessions.richID, base: JSONObject(), edits: JSONObject([("title", "Ops leaders — step 1")])
        )
        XCTAssertEqual(apply(.journalLoaded(same), to: &state), [.removeJournal(sessionID: SampleSessions.richID)])
    }

    func testEnterMovesThroughSingleLineFieldsAndBreaksLinesInTheBody() {
        var state = loadedState()
        press(.alt("1"), &state)
        press(.enter, &state)
        XCTAssertEqual(state.focus, .subject)
        press(.enter, &state)
        XCTAssertEqual(state.focus, .body)
        press(.enter, &state)
        XCTAssertEqual(state.editors[.body]?.lines.first, "")
        XCTAssertEqual(state.editors[.title]?.lines.count, 1)
    }

    func testAPasteIsOneEditAndOnlyGoesIntoTextFields() {
        var state = loadedState()
        let big = String(repeating: "pasted line 中文 %first_name%\n", count: 4000)
        _ = apply(.input(.paste(big)), to: &state)
        XCTAssertTrue(state.editors[.body]!.text.hasPrefix(big))
        press(.control("z"), &state)
        XCTAssertFalse(state.isDirty)
        press(.alt("6"), &state)
        _ = apply(.input(.paste("x")), to: &state)
        XCTAssertEqual(state.status?.isError, true)
        press(.alt("4"), &state)
        _ = apply(.input(.paste("a\nchat message")), to: &state)
        XCTAssertEqual(state.editors[.transcript]?.text, "a\nchat message", "a paste into the composer keeps its lines")
    }

    func testAPasteLeavesOutTerminalColoursAndControlCharactersAndSaysSo() {
        var state = loadedState()
        press(.controlEnd, &state)
        let before = state.editors[.body]!.text
        _ = apply(
            .input(.paste("\nRed \u{1B}[1;31mtext\u{1B}[0m,\ta tab\u{07}\u{1B}]8;;http://x\u{1B}\\link")), to: &state)
        XCTAssertEqual(state.editors[.body]!.text, before + "\nRed text,\ta tablink")
        XCTAssertEqual(
            state.status?.text,
            "Pasted without 4 control characters or escape sequences (colours copied from a terminal): "
                + "an email cannot hold them")
        _ = apply(.input(.paste(" plain")), to: &state)
        XCTAssertTrue(state.editors[.body]!.text.hasSuffix("link plain"))
    }

    func testTheExternalEditorsResultIsOneUndoableEdit() {
        var state = loadedState()
        press(.alt("2"), &state)
        XCTAssertEqual(
            press(.control("e"), &state),
            [
                .editExternally(
                    .subject, text: "%first_name%, a faster week for %company%?", editor: state.externalEditor)
            ])
        _ = apply(.externalEditFinished(.subject, .success("From vi\n")), to: &state)
        XCTAssertEqual(state.editors[.subject]?.text, "From vi", "the editor's final newline is dropped")
        press(.control("z"), &state)
        XCTAssertEqual(state.editors[.subject]?.text, "%first_name%, a faster week for %company%?")
        let effects = apply(
            .externalEditFinished(.subject, .failure(ExternalEditFailure("the editor `nope` was not found"))),
            to: &state)
        XCTAssertEqual(effects, [.repaintAll])
        XCTAssertTrue(state.status!.text.contains("not found"))
        XCTAssertEqual(state.editors[.subject]?.text, "%first_name%, a faster week for %company%?")
    }

    func testTheBodyScrollsToKeepTheCursorVisible() {
        var json = SampleSessions.rich().objectValue!
        json["draft_body"] = .string((0..<200).map { "body line \($0)" }.joined(separator: "\n"))
        var state = loadedState(.object(json), width: 80, height: 24)
        press(.controlEnd, &state)
        XCTAssertTrue(screenText(state).contains("body line 199"))
        let surface = ScreenView.render(state)
        XCTAssertNotNil(surface.cursor)
        XCTAssertEqual(surface.text(row: surface.cursor!.y).contains("body line 199"), true)
        press(.controlHome, &state)
        XCTAssertTrue(screenText(state).contains("body line 0"))
        press(.pageDown, &state)
        XCTAssertGreaterThan(state.editors[.body]!.cursor.line, 10)
    }

    /// A resize while another pane has the focus, then the focus back: the body's place on the
    /// screen changed with the focus, and its cursor is still in view (the action fuzzer, seed
    /// 20261206, run 90040).
    func testTheBodysCursorStaysInViewWhenTheFocusMovesItsPane() {
        for json in [SampleSessions.rich(), Sessions.unicode(), SampleSessions.empty(), Sessions.busy()] {
            var state = loadedState(json, width: 23, height: 27)
            type("é", &state)
            press([.alt("d"), .character(" "), Key.controlEnd.shifted, .alt("4")], &state)
            _ = apply(.input(.resize(width: 83, height: 12)), to: &state)
            press([.down, .backTab], &state)
            XCTAssertTrue(state.hasKeyboard(.body))
            XCTAssertNotNil(ScreenView.render(state).cursor, "the cursor shows in the body")
        }
    }

    func testAnExternalEditThatChangesNothingSaysSoAndLeavesNoEdit() {
        var state = loadedState()
        state.externalEditor = ExternalEditorName(name: "vi", howToLeave: "press Esc, type :wq and Enter")
        XCTAssertEqual(
            press(.control("e"), &state).last,
            .editExternally(.body, text: state.editors[.body]!.text, editor: state.externalEditor))
        XCTAssertTrue(state.status?.text.contains("Editing the body in vi: press Esc, type :wq and Enter") == true)
        let same = state.editors[.body]!.text + "\n"
        _ = apply(.externalEditFinished(.body, .success(same)), to: &state)
        XCTAssertEqual(state.status?.text, "Back from vi: the body is unchanged")
        XCTAssertFalse(state.isDirty)
        XCTAssertFalse(state.editors[.body]!.canUndo, "no empty undo step")
    }
}
