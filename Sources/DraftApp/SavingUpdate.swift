import DraftCore
import PuffleAPI

/// Ctrl-S: check what the server has now, ask when it changed under the edits or a task is
/// running, then PATCH only the changed fields. Every failure keeps the edits.
enum SavingUpdate {
    static func requestSave(busyConfirmed: Bool = false, state: inout AppState) -> [Effect] {
        guard let id = state.sessionID, state.base != nil else { return [] }
        if state.saving != nil {
            state.status = StatusMessage("Already saving…")
            return []
        }
        guard state.isDirty else {
            state.status = StatusMessage("Nothing to save")
            state.quitAfterSave = false
            return []
        }
        if state.taskStatus != nil && !busyConfirmed {
            state.prompt = .busySave
            return []
        }
        state.saving = .checking(busyConfirmed: busyConfirmed)
        state.status = StatusMessage("Saving…")
        return [.fetchSession(id: id, reason: .saveCheck)]
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
                state.prompt = .busySave
                return []
            }
            if !conflicts.isEmpty {
                state.saving = nil
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
            state.status = StatusMessage("Saved (the server already had these changes)")
            return [.removeJournal(sessionID: id)] + quitIfAsked(state: &state)
        }
        state.saving = .writing
        return [.patchSession(id: id, body: body)]
    }

    static func finished(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        guard state.saving == .writing, let id = state.sessionID else { return [] }
        switch result {
        case .failure(let error):
            return failed(error, state: &state)
        case .success(let saved):
            state.saving = nil
            // The answer is the new base; text typed while the PATCH travelled stays unsaved.
            state.base = saved
            state.serverChanged = []
            for pane in Pane.textPanes {
                let saved = state.baseText(pane)
                state.editors[pane]?.noteEqual(to: saved)
            }
            state.status = StatusMessage("Saved")
            let journal: [Effect] = RecoveryJournal.snapshot(of: state).map { [.writeJournal($0)] } ?? [.removeJournal(sessionID: id)]
            return journal + quitIfAsked(state: &state)
        }
    }

    private static func failed(_ error: APIError, state: inout AppState) -> [Effect] {
        state.saving = nil
        state.quitAfterSave = false
        state.status = StatusMessage("Not saved: \(error.message). Your edits are kept; Ctrl-S tries again", isError: true)
        return []
    }

    private static func quitIfAsked(state: inout AppState) -> [Effect] {
        guard state.quitAfterSave, !state.isDirty else { return [] }
        return [.exit(status: 0, message: nil)]
    }
}
