import DraftCore
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
        case .newSession:
            state.prompt = .newSession(TextBuffer("", singleLine: true))
            return []
        case .deleteSelected:
            guard let sessions = picker.sessions, sessions.indices.contains(picker.selected) else { return [] }
            state.prompt = .deleteSession(sessions[picker.selected])
            return []
        default: break
        }
        return []
    }

    /// Enter in the new-session prompt: the node id typed, checked before anything is sent.
    static func create(nodeID text: String, state: inout AppState) -> [Effect] {
        let node = text.trimmingCharacters(in: .whitespaces)
        guard SessionID.isValid(node), let campaign = state.picker?.campaignID else {
            state.status = StatusMessage("\(node.isEmpty ? "An empty id" : node) is not a UUID such as 6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b", isError: true)
            return []
        }
        state.prompt = nil
        state.status = StatusMessage("Creating…")
        return [.createSession(campaignID: campaign, nodeID: node.lowercased())]
    }

    /// A new session opens at once, like one picked from the list.
    static func created(_ result: Result<Session, APIError>, state: inout AppState) -> [Effect] {
        switch result {
        case .success(let session):
            state.sessionID = session.id
            return Update.apply(.sessionLoaded(.success(session), .open), to: &state)
        case .failure(let error):
            state.picker?.error = "Not created: \(error.message)"
            return []
        }
    }

    static func deleted(_ result: Result<String, APIError>, state: inout AppState) -> [Effect] {
        guard var picker = state.picker else { return [] }
        defer { state.picker = picker }
        switch result {
        case .success(let id):
            picker.sessions?.removeAll { $0.id == id }
            picker.selected = max(0, min(picker.selected, (picker.sessions?.count ?? 1) - 1))
            picker.error = nil
            state.status = StatusMessage("Deleted")
            return [.listSessions(campaignID: picker.campaignID)]
        case .failure(let error):
            picker.error = "Not deleted: \(error.message)"
            return []
        }
    }
}
