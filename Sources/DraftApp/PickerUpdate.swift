import PuffleAPI

/// The `--campaign` session list: choose a session, then the usual screen opens.
enum PickerUpdate {
    static func listed(_ result: Result<[Session], APIError>, state: inout AppState) -> [Effect] {
        guard var picker = state.picker else { return [] }
        switch result {
        case .success(let sessions):
            picker.sessions = sessions
            picker.error = nil
            picker.selected = min(picker.selected, max(0, sessions.count - 1))
            state.loadingMessage = nil
        case .failure(let error):
            if picker.sessions == nil {
                return [.exit(status: ExitStatus.forStartFailure(error), message: "puffle-draft: \(error.message)")]
            }
            picker.error = error.message
        }
        state.picker = picker
        return []
    }

    static func perform(_ command: Command, state: inout AppState) -> [Effect] {
        guard var picker = state.picker else { return [] }
        defer { state.picker = picker }
        let count = picker.sessions?.count ?? 0
        switch command {
        case .selectPrevious: picker.selected = max(0, picker.selected - 1)
        case .selectNext: picker.selected = min(max(0, count - 1), picker.selected + 1)
        case .reload: return [.listSessions(campaignID: picker.campaignID)]
        case .quit: return [.exit(status: 0, message: nil)]
        case .openSelected:
            guard let sessions = picker.sessions, sessions.indices.contains(picker.selected) else { return [] }
            let id = sessions[picker.selected].id
            state.sessionID = id
            state.loadingMessage = "Loading session \(id.prefix(8))…"
            return [.fetchSession(id: id, reason: .open)]
        case .repaint: return [.repaintAll]
        default: break
        }
        return []
    }
}
