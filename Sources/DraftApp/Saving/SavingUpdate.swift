import DraftCore
import PuffleAPI

/// Ctrl-S: check what the server has now, ask when it changed under the edits or a task is
/// running, then PATCH only the changed fields. Every failure keeps the edits; one that may pass
/// (the network, the server) is tried again by itself, each attempt checking afresh.
enum SavingUpdate {
    static func requestSave(busyConfirmed: Bool = false, state: inout AppState) -> [Effect] {
        guard let id = state.sessionID, state.base != nil else { return [] }
        if state.saving != nil {
            state.status = StatusMessage("Already saving…")
            return []
        }
        // Ctrl-S while a retry waits: now, with the yes already given; the attempts go on counting.
        let retrying = state.saveRetry
        let cancel: [Effect] = state.timers.contains(.saveRetry) ? [.cancel(.saveRetry)] : []
        state.saveRetry?.secondsLeft = nil
        guard state.isDirty else {
            state.saveRetry = nil
            state.status = StatusMessage("Nothing to save")
            return cancel + afterSave(state: &state)
        }
        let confirmed = busyConfirmed || retrying?.busyConfirmed == true
        if state.taskStatus != nil && !confirmed {
            state.saveRetry = nil
            state.prompt = .busySave
            return cancel
        }
        state.saving = .checking(busyConfirmed: confirmed)
        state.status = StatusMessage(retrying.map { "Saving (attempt \($0.attempt + 1))…" } ?? "Saving…")
        return cancel + [.fetchSession(id: id, reason: .saveCheck)]
    }

    /// The fresh copy fetched before writing.
    static func checked(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        guard case .checking(let busyConfirmed)? = state.saving else { return [] }
        switch result {
        case .failure(let error):
            return failed(error, state: &state)
        case .success(let fresh):
            let conflicts = SessionMerge.refresh(&state, with: fresh)
            state.serverChanged.formUnion(conflicts)
            if fresh.taskStatus != nil && !busyConfirmed {
                state.saving = nil
                state.saveRetry = nil
                state.prompt = .busySave
                return []
            }
            if !conflicts.isEmpty {
                state.saving = nil
                state.saveRetry = nil
                state.prompt = .conflict(fields: conflicts, theirs: fresh)
                state.status = nil
                return []
            }
            return write(state: &state)
        }
    }

    /// Sends the minimal PATCH for what still differs from the base.
    static func write(state: inout AppState) -> [Effect] {
        guard let id = state.sessionID, let base = state.base, let edited = state.editedSession() else { return [] }
        guard let body = SessionPatch.body(from: base, to: edited) else {
            state.saving = nil
            state.saveRetry = nil
            state.status = StatusMessage("Saved (the server already had these changes)")
            return [.removeJournal(sessionID: id)] + afterSave(state: &state)
        }
        state.saving = .writing(busyConfirmed: state.saving?.busyConfirmed ?? false)
        return [.patchSession(id: id, body: body)]
    }

    static func finished(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        guard case .writing? = state.saving, let id = state.sessionID else { return [] }
        switch result {
        case .failure(let error):
            return failed(error, state: &state)
        case .success(let saved):
            state.saving = nil
            state.saveRetry = nil
            // The answer is the new base; text typed while the PATCH travelled stays unsaved.
            state.base = saved
            state.serverChanged = []
            for pane in Pane.textPanes {
                let saved = state.baseText(pane)
                state.editors[pane]?.noteEqual(to: saved)
            }
            state.status = StatusMessage("Saved")
            let journal: [Effect] =
                RecoveryJournal.snapshot(of: state).map { [.writeJournal($0)] } ?? [.removeJournal(sessionID: id)]
            return journal + afterSave(state: &state)
        }
    }

    /// The retry's countdown, for the header: a timer a second, then the attempt.
    static func tick(secondsLeft: Int, state: inout AppState) -> [Effect] {
        state.saveRetry?.secondsLeft = secondsLeft
        return [countdown(to: Double(secondsLeft), from: Double(secondsLeft))]
    }

    /// The timer for the next whole second the header shows of a wait of `seconds` (which may
    /// have a fraction), counted from `shown`: the attempt itself once none is left.
    static func countdown(to seconds: Double, from shown: Double) -> Effect {
        let left = Int(shown.rounded(.up)) - 1
        let step = seconds - Double(left)
        return .after(seconds: step, left > 0 ? .saveRetryTick(secondsLeft: left) : .saveRetryDue, id: .saveRetry)
    }

    /// Time for the next attempt; never over a prompt waiting for the user, nor two at once.
    static func retryDue(state: inout AppState) -> [Effect] {
        guard state.saveRetry != nil else { return [] }
        guard state.prompt == nil, state.saving == nil else {
            state.saveRetry?.secondsLeft = 1
            return [.after(seconds: 1, .saveRetryDue, id: .saveRetry)]
        }
        state.saveRetry?.secondsLeft = nil
        return requestSave(state: &state)
    }

    /// A failure that may pass waits and tries again; one that will not stops and says what to do.
    private static func failed(_ error: APIError, state: inout AppState) -> [Effect] {
        let busyConfirmed = state.saving?.busyConfirmed ?? false
        state.saving = nil
        guard error.isTransient else {
            state.afterSave = nil
            state.saveRetry = nil
            state.status = StatusMessage(
                "Not saved: \(error.message). Your edits are kept; Ctrl-S tries again", isError: true)
            return []
        }
        let attempt = (state.saveRetry?.attempt ?? 0) + 1
        let delay = Backoff.delay(attempt: attempt, after: error, seed: state.sessionID ?? "")
        state.saveRetry = SaveRetry(
            attempt: attempt, error: error, secondsLeft: Int(delay.rounded(.up)), busyConfirmed: busyConfirmed)
        let next = error.isOffline ? "The server cannot be reached" : "Not saved"
        // The countdown is the header's alone: a second one here would disagree with it a second later.
        state.status = StatusMessage(
            "\(next): \(error.message). Trying again by itself (the header counts down); Ctrl-S tries now. "
                + "Your edits are kept", isError: true)
        return [countdown(to: delay, from: delay)]
    }

    /// What the save was asked for: quitting, applying the draft to the campaign, the list, a turn.
    private static func afterSave(state: inout AppState) -> [Effect] {
        guard !state.isDirty, let next = state.afterSave else { return [] }
        state.afterSave = nil
        switch next {
        case .quit:
            // A chat message typed and not sent stays for next time, as with "d".
            let kept = RecoveryJournal.snapshot(of: state).map { [Effect.writeJournal($0)] } ?? []
            return kept + [.exit(status: 0, message: nil)]
        case .apply: return ApplyUpdate.request(state: &state)
        case .leave(let jump): return PickerUpdate.backToList(keepingEdits: false, then: jump, state: &state)
        case .sendTurn(let message): return ChatUpdate.sendTurn(message, state: &state)
        }
    }
}
