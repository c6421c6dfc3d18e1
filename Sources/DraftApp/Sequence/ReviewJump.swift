import DraftCore

/// Where Enter on a check of the sequence review goes when that means another session: kept
/// while the open session is left (saved or kept for later), then done.
public enum ReviewJump: Equatable, Sendable {
    /// Open a session, the body's cursor at the text if given.
    case open(sessionID: String, at: TextPosition?)
    /// Start the session of an email that has none (the user said yes).
    case create(campaignID: String, nodeID: String)

    /// The effects that do it, from a state with no session open.
    func perform(state: inout AppState) -> [Effect] {
        switch self {
        case .open(let id, let position):
            state.sessionID = id
            state.cursorOnOpen = position
            return [.fetchSession(id: id, reason: .open)]
        case .create(let campaignID, let nodeID):
            state.status = StatusMessage("Creating…")
            return [.createSession(campaignID: campaignID, nodeID: nodeID)]
        }
    }
}
