import DraftCore
import PuffleAPI

/// A session as the server sent it, one flow each: the first GET (at start or from the list),
/// Ctrl-R, a poll while a task runs. (The GET before a save is `SavingUpdate.checked`'s, the look
/// after a paid request went unanswered is `ChatUpdate.taskChecked`'s.)
enum SessionAnswers {
    /// An answer about a session left for the list (Ctrl-O) is no longer wanted.
    static func isWanted(_ result: Result<Session, APIError>, state: AppState) -> Bool {
        guard case .success(let session) = result else { return true }
        return session.id == state.sessionID
    }

    /// The first GET: a failure at start ends the program with a clear line and its exit status;
    /// from the list it is said there, and the list stays.
    static func opened(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        guard isWanted(result, state: state) else { return [] }
        switch result {
        case .failure(let error):
            guard state.picker != nil || state.campaigns != nil else {
                return [.exit(status: ExitStatus.forStartFailure(error), message: "puffle-draft: \(error.message)")]
            }
            state.picker?.error = "Cannot open it: \(error.message)"
            if state.picker == nil { state.status = StatusMessage("Cannot open it: \(error.message)", isError: true) }
            state.sessionID = nil
            state.cursorOnOpen = nil
            return []
        case .success(let session):
            return took(session, reason: .open, state: &state)
        }
    }

    /// Ctrl-R: a failure is said and nothing else changes.
    static func reloaded(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        state.reloadInFlight = false
        guard isWanted(result, state: state) else { return [] }
        switch result {
        case .failure(let error):
            state.status = StatusMessage("Reload failed: \(error.message)", isError: true)
            return []
        case .success(let session):
            return took(session, reason: .reload, state: &state)
        }
    }

    /// A poll: a failure keeps polling, more slowly, as the task is still running as far as we know.
    static func polled(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        state.poll.inFlight = false
        guard isWanted(result, state: state) else { return [] }
        switch result {
        case .failure(let error):
            state.poll.consecutiveErrors += 1
            state.status = StatusMessage("Checking the task failed: \(error.message)", isError: true)
            return [.after(seconds: state.poll.nextDelay, .pollDue, id: .poll)]
        case .success(let session):
            return took(session, reason: .poll, state: &state)
        }
    }

    /// A fresh copy of the session: the first becomes the editors; later ones are merged under
    /// the user's edits, and the busy state follows.
    static func took(_ session: Session, reason: LoadReason, state: inout AppState) -> [Effect] {
        let wasBusy = state.taskStatus != nil
        var effects: [Effect] = []
        if reason == .open || state.base == nil {
            state.base = session
            state.editors = Dictionary(
                uniqueKeysWithValues: Pane.textPanes.map { pane in
                    (pane, TextBuffer(session[pane.field!].stringValue ?? "", singleLine: pane != .body))
                })
            state.editors[.transcript] = Composer.holding()
            effects.append(.loadJournal(sessionID: session.id))
            effects += CampaignUpdate.opened(session, state: &state)
            // Opened from a check of the sequence review: the cursor goes to the text it names.
            if let position = state.cursorOnOpen {
                state.cursorOnOpen = nil
                state.focus(.body)
                SequenceUpdate.placeCursor(at: position, state: &state)
            }
        } else {
            let conflicts = SessionMerge.refresh(&state, with: session)
            state.serverChanged.formUnion(conflicts)
            if !conflicts.isEmpty {
                let names = conflicts.map(\.displayName).joined(separator: ", ")
                state.status = StatusMessage(
                    "The server changed the \(names) you are editing; your text is kept, Ctrl-S asks what to do",
                    isError: true)
            }
        }
        state.poll.consecutiveErrors = 0
        ChatUpdate.settlePendingTurn(state: &state)
        FindUpdate.recount(state: &state)
        state.selectedExample = min(state.selectedExample, max(0, state.exampleOrder.count - 1))
        state.selectedHistory = min(state.selectedHistory, max(0, session.draftHistory.count - 1))
        if reason == .reload && state.serverChanged.isEmpty { state.status = StatusMessage("Reloaded") }
        if wasBusy && session.taskStatus == nil && reason != .open && state.serverChanged.isEmpty {
            state.status = StatusMessage("The task finished; the panes show its result")
        }
        return effects + busyEffects(state: &state, wasBusy: wasBusy)
    }

    /// Starts or stops the spinner and the polling when the busy flag changes.
    static func busyEffects(state: inout AppState, wasBusy: Bool) -> [Effect] {
        if let task = state.taskStatus {
            var effects: [Effect] = wasBusy ? [] : [.after(seconds: Timers.spinnerInterval, .spinnerTick, id: .spinner)]
            if !state.timers.contains(.poll) && !state.poll.inFlight {
                let delay = state.poll.nextDelay
                state.poll.waited += delay
                effects.append(.after(seconds: delay, .pollDue, id: .poll))
            }
            if state.poll.waited > ChatUpdate.patience(for: task) && !state.poll.warnedSlow {
                // Never a hang: say so, keep checking (more slowly), leave the keys to the user.
                state.poll.warnedSlow = true
                let usual = task == .generatingExamples ? "a few minutes" : "10–30 s"
                let minutes = Int(ChatUpdate.patience(for: task)) / 60
                state.status = StatusMessage(
                    "\(task.label.capitalized) has run for over \(minutes) min (usually \(usual)). "
                        + "Still checking every \(Int(PollState.slowInterval)) s; Ctrl-R checks now", isError: true)
            }
            return effects
        }
        state.poll.waited = 0
        state.poll.warnedSlow = false
        return wasBusy ? [.cancel(.spinner), .cancel(.poll)] : []
    }
}
